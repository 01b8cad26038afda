// boxed primitives
console.log(new Number(3), new Number(-0), new String('ab'), new Boolean(false), Object(Symbol('q')));
const n = new Number(3); n.x = 1; console.log(n);
const s = new String('hey'); s.extra = true; console.log([s]);
console.log(Object('it\'s'), [new Boolean(true)]);
