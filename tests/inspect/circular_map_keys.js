const o = { name: 'o' };
const m = new Map([[o, o]]);
o.m = m;
console.log(m);
console.log(o);
