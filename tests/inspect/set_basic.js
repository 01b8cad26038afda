console.log(new Set());
console.log(new Set([1, 'two', [3], { four: 4 }]));
const s = new Set([1]);
s.prop = true;
console.log(s);
class MySet extends Set {}
console.log(new MySet(['a']));
