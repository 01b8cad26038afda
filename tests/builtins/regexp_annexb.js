// legacy (Annex B) syntax without the u flag
console.log(/\x41\x4/.test('Ax4'), /\u004/.test('u004'), /\c/.test('\\c'), /\cJ/.test('\n'), /[\c1]/.test('\x11'), /[\c_]/.test('\x1f'));
console.log(/\0/.test('\0'), /\101/.test('A'), /\08/.test('\x008'), /\8/.test('8'), /\9\8/.test('98'), /\377/.test('\xff'), /\400/.test('\x200'));
console.log(/(a)\2/.test('a\x02'), /(a)\10/.test('a\x08'), /[\1]/.test('\x01'));
console.log(/a{/.test('a{'), /a{1/.test('a{1'), /a{,2}/.test('a{,2}'), /x{1}}/.test('x}'), /]/.test(']'), /}/.test('}'));
console.log(/\a\e\q\z\A\Q\E/.test('aeqzAQE'), /\-/.test('-'), /[\-]/.test('-'), /\k/.test('k'));
console.log(/(?=a)*a/.test('a'), /(?!b)+a/.test('a'), /\p{L}/.test('p{L}'), /\P/.test('P'));
