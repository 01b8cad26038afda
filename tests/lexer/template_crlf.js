// Template raw values: CRLF and CR become LF in both the cooked and raw
// strings; a line continuation keeps its backslash in raw.
function tag(s) { return [s.length, s[0].length, s.raw[0].length, s[0].charCodeAt(1), s.raw[0]]; }
console.log(tag`a
b`);
console.log(tag`ab`);
console.log(tag`a\
b`);
console.log(`x
y`.length, `xy`.charCodeAt(1));
