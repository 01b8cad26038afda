// JSON.stringify of every value kind
console.log(JSON.stringify({ a: 1, b: 'two', c: [true, false, null], d: { e: -1.5 } }));
console.log(JSON.stringify(-0), JSON.stringify(NaN), JSON.stringify(Infinity), JSON.stringify(1e21), JSON.stringify(5e-324));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(Symbol('x')), JSON.stringify(null), JSON.stringify('s'));
console.log(JSON.stringify([undefined, () => 1, Symbol('y'), NaN, -Infinity]), JSON.stringify({ u: undefined, f() {}, s: Symbol(), n: null }));
console.log(JSON.stringify(new Number(3)), JSON.stringify(new String('str')), JSON.stringify(new Boolean(false)), JSON.stringify([new Number(-0)]));
console.log(JSON.stringify({ [Symbol('k')]: 1, 2: 'two', b: 1, a: 2, 1: 'one' }), JSON.stringify([[], {}, [[]]]));
console.log(JSON.stringify('\u2028\u2029\0\x1f\x7f"\\/\b\f\n\r\t'));
console.log(JSON.stringify('\ud800'), JSON.stringify('\udc00x'), JSON.stringify('\ud83d\ude00'), JSON.stringify('a\udbff\udfffb\udfff'));
const o = Object.create({ inherited: 1 }); o.own = 2;
Object.defineProperty(o, 'hidden', { value: 3, enumerable: false });
console.log(JSON.stringify(o), JSON.stringify([, 1, ,]), JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])));
