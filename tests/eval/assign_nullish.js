// o[k] = v on a nullish o: v is evaluated first, the error says "setting".
let u, n = null, k = 'kk';
function show(f) {
  try { f(); console.log('no error'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
show(() => { u.x = console.log('rhs1'); });
show(() => { u[k] = console.log('rhs2'); });
show(() => { n[0] = console.log('rhs3'); });
show(() => { u[{ toString() { console.log('never'); return 's'; } }] = console.log('rhs4'); });
show(() => { u[k] += console.log('never'); });
show(() => { u[k]++; });
show(() => { [u[k]] = [1]; });
show(() => { ({ a: u[k] } = { a: 1 }); });
const o = {}; o[k] = 1; o[Symbol.for('s')] = 2; console.log(o);
