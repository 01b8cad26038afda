console.log(typeof later);
{ function later() { return 'later'; } }
console.log(later());
function inFn() {
  console.log(typeof inner);
  if (true) { function inner() { return 'inner'; } }
  return inner();
}
console.log(inFn());
let shadow = 'let';
{ function shadow2() {} }
console.log(shadow, typeof shadow2);
switch (1) { case 1: function inSwitch() { return 'sw'; } }
console.log(inSwitch());
{ function twice() { return 1; } }
{ function twice() { return 2; } }
console.log(twice());
