const o = { l1: { l2: {} } };
o.l1.l2.back = o;
console.log(o);
o.l1.l2.deep = { more: { back: o.l1 } };
console.log(o);
