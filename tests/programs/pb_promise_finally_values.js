// finally passes values through, but its own throw or rejection wins
function show(label) {
  return [
    (v) => console.log(label, 'fulfilled', v),
    (e) => console.log(label, 'rejected', e instanceof Error ? e.message : e),
  ];
}

Promise.resolve('kept').finally(() => 'ignored').then(...show('1'));
Promise.reject('reason').finally(() => 'ignored').then(...show('2'));
Promise.resolve('lost').finally(() => { throw new Error('finally threw'); }).then(...show('3'));
Promise.resolve('lost too').finally(() => Promise.reject('finally rejected')).then(...show('4'));

const slow = () => new Promise((r) => setTimeout(() => { console.log('slow cleanup done'); r('x'); }, 150));
Promise.resolve('waited').finally(slow).then(...show('5'));

let cleaned = 0;
function withResource(fail) {
  console.log('open resource', fail ? '(will fail)' : '');
  return new Promise((resolve, reject) => {
    setTimeout(() => (fail ? reject(new Error('io error')) : resolve('data')), 5);
  }).finally(() => {
    cleaned++;
    console.log('close resource, cleaned =', cleaned);
  });
}

withResource(false)
  .then((d) => console.log('got', d))
  .then(() => withResource(true))
  .catch((e) => console.log('caught', e.message))
  .finally(() => console.log('total cleaned', cleaned));
