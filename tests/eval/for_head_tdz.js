// The object of for-in/for-of is evaluated with the loop's let/const names in TDZ.
try { for (let x of x) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { for (const k in k) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { let y = [1]; for (let y of y) {} } catch (e) { console.log(e.constructor.name, e.message); }
try { for (let [a, b] of [[a]]) {} } catch (e) { console.log(e.constructor.name, e.message); }
let outer = [1, 2];
for (let v of outer) console.log(v);
var w = [3];
for (var w of w) console.log(w);
const fs = [];
for (let i of [1, 2]) fs.push(() => i);
console.log(fs.map((f) => f()));
for (let x of (() => { try { return x; } catch (e) { return [e.message]; } })()) console.log(x);
