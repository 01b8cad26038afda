// primitives at top level and inside containers
console.log(undefined, null, true, false, 0, -0, 1.5, -1e21, NaN, Infinity, 'raw string', Symbol('s'), Symbol());
console.log([undefined, null, true, -0, 1e-7, 'str', Symbol('in'), Symbol.iterator]);
console.log({ s: 'x', n: -0, u: undefined, nul: null });
console.log('');
console.log();
console.log('a', 'b', 1, 'c');
console.info('info'); console.debug('debug');
