// Template literals: no substitution, head/middle/tail pieces, object
// literals and nested templates inside substitutions, escapes, `$` alone.
var a = 1, b = 'two';
console.log(`plain`, `${a}`, `x${a}y${b}z`, `$`, `$a`, `a$`, `{}`, `\${a}`);
console.log(`${ {a:1}.a }`, `${ { x: { y: 2 } }.x.y }`, `${ function () { return {}; } () }`);
console.log(`outer ${ `inner ${ `deepest ${a + 1}` }` } done`);
console.log(`${a}${b}`, `${'}'}`, `${"`"}`, `${ a > 0 ? `pos` : `neg` }`);
console.log(`line1
line2`.length, `\n\t\x41\u0042\u{43}\0`.length, `\u{1F600}`.length);
console.log(`a\
b`, `\``, `\\`.length);
