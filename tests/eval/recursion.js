function f(n) { return n ? f(n - 1) + 1 : 0; }
console.log(f(5000));
function inf() { return inf() + 1; }
try { inf(); } catch (e) { console.log(e instanceof RangeError, e.message); }
const g = (n) => (n === 0 ? 0 : 1 + g(n - 1));
console.log(g(3000));
function again() { try { return again(); } catch (e) { return 'caught deep'; } }
console.log(again());
const o = { get x() { return this.x; } };
try { o.x; } catch (e) { console.log(e.name, e.message); }
