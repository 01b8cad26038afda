// console's own properties are enumerable, in node's order
console.log(Object.keys(console).slice(0, 19).join(' '));
for (const k of ['dirxml', 'clear', 'log', 'table']) console.log(k, typeof console[k], console[k].length);
console.dirxml({ x: 1 }, [2], 'three');
console.clear();
// console.assert: String(first) then format with the rest
console.assert(false, { obj: 1 });
console.assert(false, 5, 'x');
console.assert(false, '%s!', 'fmt');
console.assert(false, '50%');
console.assert(true, 'quiet');
console.log('done');
