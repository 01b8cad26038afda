class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
function F() {}
const o = new F();
console.log(o instanceof F, o instanceof Object, Object.create(null) instanceof Object);
F.prototype = {};
console.log(o instanceof F);
const bound = F.bind(null);
console.log(new F() instanceof bound);
console.log('length' in [], 0 in [1], 1 in [1], 'toString' in {}, Symbol.iterator in []);
try { 'a' in 'abc'; } catch (e) { console.log(e.message); }
try { ({}) instanceof {}; } catch (e) { console.log(e.message); }
