// Tagged templates: the strings array has a cooked value (undefined after a
// bad escape, which only tagged templates allow) and a raw value.
function tag(strings, ...subs) {
  return [strings.length, strings[0], strings.raw[0], subs.length];
}
console.log(tag`hello`);
console.log(tag`a${1}b${2}c`);
console.log(tag`\unicode and \u{110000} and \xZ`);
console.log(tag`\01`, tag`\8`);
console.log(tag`\n`[1] === '\n', tag`\n`[2] === '\\n');
function pieces(s) { return s.raw; }
console.log(pieces`one${1}two${2}three`);
