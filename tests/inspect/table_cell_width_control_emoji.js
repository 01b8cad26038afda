// Cell widths as node's getStringWidth: control characters (a multi-line
// cell's newlines) are zero wide, emoji and regional-indicator flags two.
console.table({ flag: '🇯🇵 flag', n: 46314, t: true });
console.table([['line one\nline two', 'x'], ['a\tb', 'é\u0301']]);
const e = new RangeError('msg');
e.stack = 'RangeError: msg\n    at f (/x/y.js:1:2)';
console.table([[e, 'next']]);
console.table([{ ['key\nwith newline']: 1, ['😀']: 2 }]);
