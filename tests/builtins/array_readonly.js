const a = [1, 2];
Object.defineProperty(a, 'length', { writable: false });
for (const f of [() => a.push(3), () => a.pop(), () => a.shift(), () => a.unshift(0), () => a.splice(0, 1), () => { a[5] = 1; return a.length; }, () => a.fill(9), () => a.reverse()]) {
  try { console.log('ok', f(), a.join()); } catch (e) { console.log(e.constructor.name, e.message); }
}
const b = Object.seal([1, 2, 3]);
try { b.pop(); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(b.join());
try { b.sort((x, y) => y - x); console.log(b.join()); } catch (e) { console.log(e.message); }
const c = Object.freeze([3, 1]);
try { c.sort(); } catch (e) { console.log(e.constructor.name, e.message); }
try { c.fill(0); } catch (e) { console.log(e.constructor.name, e.message); }
try { c.copyWithin(0, 1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(c.join());
