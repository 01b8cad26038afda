// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function level3() { return new Error('made deep'); }
function level2() { return level3(); }
function level1() { return level2(); }
const e = level1();
function thrower() { throw e; }
try { thrower(); } catch (caught) { console.log(frames(caught)); }
// the header is made when stack is first read, the frames when the error is made
class Late extends Error { constructor(m) { super(m); this.name = 'Late'; } }
function makeLate() { return new Late('renamed'); }
console.log(frames(makeLate()));
const read = new Error('first');
const s1 = read.stack;
read.message = 'second';
console.log(read.stack === s1, frames(read).split('\n')[0]);
const unread = new Error('before');
unread.message = 'after';
console.log(frames(unread).split('\n')[0]);
const obj = { build() { return [1].map(function mapper() { return new TypeError('in callback'); })[0]; } };
console.log(frames(obj.build()));
