const o = { l1: { l2: { l3: { l4: 'deep' } } } };
console.log(require('util').inspect(o, { depth: 5 }));
console.log(require('util').inspect({ a: o, b: o }, { depth: 5 }));
