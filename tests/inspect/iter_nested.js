const m = new Map([['k', { deep: { deeper: { deepest: 1 } } }]]);
console.log({ it: m.entries() });
console.log([new Set(['x']).values()]);
