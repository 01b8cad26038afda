// Annex B: a function declaration as the body of an if, and labelled ones
console.log(typeof f, typeof g);
if (1) function f() { return 'f'; }
console.log(typeof f, f());
if (0) function g() { return 'g'; } else function h() { return 'h'; }
console.log(typeof g, h());
function inner(flag) {
  if (flag) function k() { return 'k' + flag; }
  return typeof k === 'function' ? k() : typeof k;
}
console.log(inner(1), inner(0));
console.log(early());
lbl: function early() { return 'hoisted through the label'; }
{
  a: b: function nested() { return 'nested'; }
}
console.log(nested());
for (var i = 0; i < 2; i++) if (i) function inLoop() { return i; }
console.log(inLoop());
