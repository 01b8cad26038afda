// stack lines without node's internal frames, paths relative to this folder
const frames = (e) => e.stack.split("\n").filter((l) => !/\(?node:/.test(l)).join("\n").split(__dirname + "/").join("");
function down(n) { if (n === 0) throw new Error('bottom'); return down(n - 1); }
try { down(20); } catch (e) { console.log(frames(e)); console.log(e.stack.split('\n').length); }
Error.stackTraceLimit = 3;
try { down(5); } catch (e) { console.log(frames(e)); }
Error.stackTraceLimit = 0;
try { down(2); } catch (e) { console.log(JSON.stringify(e.stack)); }
Error.stackTraceLimit = 1;
console.log(frames(new TypeError('one frame')));
Error.stackTraceLimit = 10;
console.log(frames(new RangeError('back to ten')));
