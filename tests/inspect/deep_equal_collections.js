const { isDeepStrictEqual: eq } = require('util');
console.log(eq(new Map([[1, 'a']]), new Map([[1, 'a']])), eq(new Map([[1, 'a']]), new Map([[1, 'b']])));
console.log(eq(new Set([1, 2]), new Set([2, 1])), eq(new Set([{ a: 1 }]), new Set([{ a: 1 }])));
console.log(eq(new Set([{ a: 1 }]), new Set([{ a: 2 }])));
console.log(eq(new Map([[{ k: 1 }, 'v']]), new Map([[{ k: 1 }, 'v']])));
const a = {}; a.self = a; const b = {}; b.self = b;
console.log(eq(a, b));
const s1 = Symbol('s');
console.log(eq({ [s1]: 1 }, { [s1]: 1 }), eq({ [s1]: 1 }, { [s1]: 2 }));
class A { constructor() { this.x = 1; } }
console.log(eq(new A(), { x: 1 }), eq(new A(), new A()));
const e1 = new Error('m'), e2 = new Error('m');
console.log(eq(e1, e2), eq(new Error('a'), new Error('b')), eq(new TypeError('m'), new Error('m')));
console.log(eq(/a/g, /a/g), eq(/a/g, /a/i));
