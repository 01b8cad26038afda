// With u, a lone surrogate in the subject is a character of its own.
const s = 'a\ud800b\udc00c\ud83d\udca9';
console.log(s.match(/./gu).length, s.replace(/./gu, '.'), s.split(/(?:)/u).length);
console.log(/^.$/u.test('\ud800'), /^[^x]$/u.test('\udc00'), /^\P{L}$/u.test('\udc00'), /^\p{Cs}$/u.test('\ud800'));
console.log(/^\D$/u.test('\udc00'), /^\S$/u.test('\ud800'), /^[\s\S]$/u.test('\udbff'));
console.log(/\ud83d/u.test('\ud83d\udca9'), /\udca9/u.test('\ud83d\udca9'), /\ud83d/u.test('\ud83d!'));
console.log([...s.matchAll(/\p{L}/gu)].map(m => m.index), 'x\udc00y'.search(/\udc00/u));
const y = /./uy;
y.lastIndex = 6;
console.log(y.exec(s)[0].length, y.lastIndex);
