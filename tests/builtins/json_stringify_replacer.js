// JSON.stringify with replacer functions and property lists
const v = { a: 1, b: 'two', c: { a: 3, d: 4 }, e: [5, 6] };
console.log(JSON.stringify(v, (k, val) => (typeof val === 'number' ? val * 2 : val)));
console.log(JSON.stringify(v, (k, val) => (k === 'c' ? undefined : val)));
console.log(JSON.stringify(v, ['a', 'c']), JSON.stringify(v, ['e', 'a', 'a', 1]), JSON.stringify([{ a: 1, b: 2 }], ['b']));
console.log(JSON.stringify({ 1: 'one', 2: 'two' }, [1, new String('2'), {}, null]));
const calls = [];
JSON.stringify({ x: [1, { y: 2 }] }, function (k, val) { calls.push(`${JSON.stringify(k)}@${Array.isArray(this) ? 'arr' : typeof this}`); return val; });
console.log(calls.join(' '));
console.log(JSON.stringify(1, (k, v) => (k === '' ? { wrapped: v, key: k } : v)), JSON.stringify({ a: 1 }, () => undefined));
console.log(JSON.stringify({ a: 1, b: [1, 2] }, null), JSON.stringify({ a: 1 }, 'notAReplacer'));
