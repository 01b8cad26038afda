const x = 5, name = 'w';
console.log(`a${x}b${name}c`, `${x + 1}`, `plain`, `${''}`, `multi
line`);
console.log(`${[1, 2]} ${{}} ${null} ${undefined} ${true}`);
function tag(strings, ...vals) { return strings.raw.join('|') + ' / ' + strings.join('|') + ' / ' + vals.join(','); }
console.log(tag`one${1}two${2}three`);
console.log(tag`\n${'x'}`);
function same(s) { return s; }
const sites = [];
for (let i = 0; i < 2; i++) sites.push(same`x${i}y`);
console.log(sites[0] === sites[1], Object.isFrozen(sites[0]), Object.isFrozen(sites[0].raw));
console.log(String.raw`a\tb${1}`);
const obj = { m(s, v) { return this.k + s[0] + v; }, k: 'K' };
console.log(obj.m`pre${9}`);
console.log(`${{ toString() { return 'TS'; } }}`);
