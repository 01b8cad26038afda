// A file runs inside node's CommonJS wrapper: top-level new.target is
// undefined and a top-level return ends the script.
console.log(new.target, (() => new.target)());
function f() { return new.target; }
console.log(f(), typeof new f());
for (const x of [1, 2, 3]) {
  if (x === 2) {
    console.log('returning at', x);
    return;
  }
  console.log('x', x);
}
console.log('not reached');
