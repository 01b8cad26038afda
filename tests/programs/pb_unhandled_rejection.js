// An unhandled rejection ends node with its report and exit code 1
const queue = [];
function task(name, ms) {
  return new Promise((resolve) => setTimeout(() => { queue.push(name); resolve(name); }, ms));
}
task('first', 1).then((n) => console.log('done', n));
Promise.resolve().then(() => console.log('microtask before the rejection'));

function validate(user) {
  if (!user.name) return Promise.reject(new RangeError('user needs a name'));
  return Promise.resolve(user);
}
validate({ name: 'ada' }).then((u) => console.log('valid', u.name));
validate({});
console.log('end of script');
