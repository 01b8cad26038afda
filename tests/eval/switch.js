function s(x) {
  const out = [];
  switch (x) {
    case 1: out.push('one');
    case 2: out.push('two'); break;
    default: out.push('default');
    case 3: out.push('three');
    case '4': out.push('four-string'); break;
  }
  return out.join(',');
}
console.log(s(1), s(2), s(3), s(4), s('4'), s(9));
switch (2) { case 1: { let a = 1; console.log(a); } case 2: { let a = 2; console.log(a); } }
function r(x) { switch (x) { case 'a': return 'A'; default: return 'other'; } }
console.log(r('a'), r('b'));
let i = 0;
switch (i++) { case 0: console.log('zero', i); }
