console.log({ a: { b: { c: { d: {} } } } });
console.log({ a: [[[{}]]] });
console.log([[[[]]]]);
console.log({ x: { y: { z: 1 } }, w: { v: { u: 2 } } });
