// JSON.stringify with indent numbers and strings
const v = { a: [1, { b: 2 }], c: 'x', d: [], e: {}, f: [[]] };
console.log(JSON.stringify(v, null, 2));
console.log(JSON.stringify(v, null, '--'));
console.log(JSON.stringify([1, 2], null, 20));
console.log(JSON.stringify({ a: 1 }, null, 'abcdefghijklmnop'));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, ''), JSON.stringify({ a: 1 }, null, -3), JSON.stringify([1], null, 1.9));
console.log(JSON.stringify({ a: [1] }, null, new Number(1)), JSON.stringify({ a: 1 }, null, new String('\t')));
console.log(JSON.stringify({ a: undefined, b: 1 }, null, 2), JSON.stringify([undefined], null, 2));
