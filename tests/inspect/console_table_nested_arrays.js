console.table([[1, [2, 3]], [{ x: 1 }, 'str']]);
console.table([new Map([[1, 2]]), new Set([3])]);
