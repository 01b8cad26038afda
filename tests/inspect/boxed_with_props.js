const s = new String('abc');
s.extra = 1;
console.log(s);
const n = new Number(5);
n.x = 'y';
console.log(n);
console.log(require('util').inspect(new String('ab'), { showHidden: true }));
