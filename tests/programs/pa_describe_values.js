// how values are named inside V8's messages: functions by source text,
// objects with their own toString as [object Object], else #<Ctor>
class Foo {}
class Bar { toString() { return 'bar'; } }
const vals = [{}, { toString() { return 'x'; } }, new Foo(), new Bar(), Object.create(null), [1, 2], [{}],
  { [Symbol.toStringTag]: 'Tagged' }, new Map(), new Error('em'), /re/, () => 1, Math, function named(a) { return a; }];
for (const v of vals) {
  try { new Promise(v); console.log('ok'); } catch (e) { console.log(e.message); }
  try { RegExp.prototype.exec.call(v, 'x'); } catch (e) { console.log(e.message); }
  try { new WeakSet().has.call(v, {}); } catch (e) { console.log(e.message); }
}
try { class Sub extends (() => {}) {} } catch (e) { console.log(e.message); }
try { class Sub2 extends Math.max {} } catch (e) { console.log(e.message); }
Promise.reject({ toString() { return 'not used'; } });
