// Stack overflow is catchable, and the engine keeps working afterwards.
let depth = 0;
function down() { depth++; down(); }
try { down(); } catch (e) { console.log(e instanceof RangeError, e.message, depth > 1000); }
function sum(n) { return n === 0 ? 0 : n + sum(n - 1); }
console.log(sum(1000));
