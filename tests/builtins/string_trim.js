// trim, trimStart, trimEnd and the JS whitespace set
const ws = ' \t\n\v\f\r\u00a0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';
const s = ws + 'x y' + ws;
console.log(JSON.stringify(s.trim()), s.trimStart().length, s.trimEnd().length);
console.log(JSON.stringify('\u200bx\u200b'.trim()), JSON.stringify('  a  '.trimStart()), JSON.stringify('  a  '.trimEnd()));
console.log(String.prototype.trimLeft === String.prototype.trimStart, String.prototype.trimRight === String.prototype.trimEnd);
console.log(String.prototype.trimStart.name, String.prototype.trimEnd.name, JSON.stringify(''.trim()));
