// Template literals: interpolation, nesting, multi-line, tagged templates
// and String.raw.
var name = "world", n = 3;
console.log(`hello ${name}`, `${n} + ${n} = ${n + n}`, `${`nested ${n * 2}`}!`);
console.log(`line one
line two`);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${true}`);
console.log(`\${escaped} \` backtick \\`);
function tag(strings, ...values) {
    return JSON.stringify(strings) + " " + JSON.stringify(strings.raw) + " " + JSON.stringify(values);
}
console.log(tag`a${1}b${"two"}c`);
console.log(tag`\n${0}`);
console.log(tag``);
console.log(String.raw`C:\new\table ${1 + 1}`);
function first(strings) { return strings; }
console.log(first`x` === first`x`, Object.isFrozen(first`y`));
