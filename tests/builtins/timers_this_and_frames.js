// Timer callbacks run with node's Timeout or Immediate object as `this`,
// which holds the callback as _onTimeout or _onImmediate; so traces name
// the frame as node's do.
const frame = (e) => e.stack.split('\n')[1].replace(/\(.*\//, '(');
function named() {
  console.log('named:', frame(new Error()));
}
const t = setTimeout(named, 1);
console.log(t.constructor.name, t._onTimeout === named, Object.keys(t).includes('_onTimeout'));
setTimeout(() => console.log('arrow:', frame(new Error())), 2);
setTimeout(function () {
  console.log('this:', this.constructor.name, typeof this._onTimeout, frame(new Error()));
}, 3);
const i = setImmediate(function () {
  console.log('immediate this:', this === i, this.constructor.name, frame(new Error()));
});
console.log(i.constructor.name, typeof i._onImmediate, typeof i.hasRef, typeof i.refresh);
const iv = setInterval(function () {
  console.log('interval this:', this === iv, frame(new Error()));
  clearInterval(iv);
}, 4);
const cleared = setImmediate(() => console.log('never'));
clearImmediate(cleared);
