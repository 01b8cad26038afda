// a value thrown and caught at top level must not stay reachable
// (stale stack words, cached exceptions) once the script drops it
const refs = [];
function make(tag) { const o = { tag }; refs.push(new WeakRef(o)); return o; }
let held = make('thrown');
try { throw held; } catch (e) { console.log('caught', e.tag); }
held = null;
let other = make('plain');
other = null;
for (const x of [make('iterated')]) console.log(x.tag);
setTimeout(() => {
  gc();
  console.log(refs.map(r => r.deref()));
}, 0);
