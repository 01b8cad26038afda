// TypeError wording when a value is not iterable, as V8 words each site.
function show(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
let obj = null, none, plain = {}, five = 5;
const o = { a: { b: null } };
show(() => { const [a] = obj; });
show(() => { let [a] = none; });
show(() => { const [x] = plain; });
show(() => { for (const x of obj); });
show(() => { for (const x of o.a.b); });
show(() => [...none]);
show(() => [...plain]);
show(() => Math.max(...plain));
show(() => Math.max(...five));
show(() => Math.max(...obj));
show(() => Math.max(...none));
show(() => new Set(...plain));
show(() => { let a; [a] = obj; });
show(() => { let a; [a] = plain; });
show(() => { function f([a]) {} f(); });
show(() => { function f([a]) {} f(null); });
show(() => { function f([a]) {} f({}); });
show(() => { let [[a]] = [null]; });
show(() => new Set({}));
console.log(Math.max(...[1, 3, 2]), [...'ab'], (([a, b]) => a + b)([1, 2]));
