const proto = { hello() {} };
const o = Object.create(proto);
o.x = 1;
console.log(o);
const o2 = Object.create(Object.create(null));
console.log(o2);
