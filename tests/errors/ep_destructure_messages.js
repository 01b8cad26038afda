// A nullish value for an object pattern: a declaration's, assignment's or
// parameter's own pattern "Cannot destructure ..." naming the value as
// written, a nested one the plain load's "Cannot read properties ...";
// an array pattern's value that is not iterable, as V8 finds it
const where = (e) => e.message + ' @ ' + e.stack.split('\n').slice(1)
    .filter((l) => l.includes(__filename)).slice(0, 1)
    .map((l) => l.split(__dirname + '/').join('').trim()).join(' / ');
const run = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(where(e)); } };
function mk() { return {}; }
const o = { a: {}, n: 5 }, z = {};
let u, k, m, n;
run(() => { const { a: { b } } = {}; });
run(() => { const [{ c }] = []; });
run(() => { const { a: { b } } = { a: null }; });
run(() => { const [[x]] = []; });
run(() => { ({ a: { k } } = {}); });
run(() => { [{ m }] = []; });
run(() => { [[n]] = []; });
run(() => { function g({ a: { b } }) {} g({}); });
run(() => { function g([{ c }]) {} g([]); });
run(() => { function g({ b }) {} g(); });
run(() => { function g({ b }) {} g(null); });
run(() => { const { a: { b: { c } } } = { a: { b: null } }; });
run(() => { const [{ x4 }] = [null]; });
run(() => { const { a: { b = 1 } } = {}; });
run(() => { const { a: { ...rest } } = {}; });
run(() => { const [{ ...rest }] = []; });
run(() => { const { a: { b } = undefined } = {}; });
run(() => { const [{ c } = undefined] = []; });
run(() => { const { x1 } = null; });
run(() => { const { x2 } = u; });
run(() => { const { a: { x3 } } = o.b || undefined; });
run(() => { ({ k } = u); });
run(() => { ({ k } = o.u); });
run(() => { const { x } = mk().u; });
run(() => { const { [0]: x } = o.u; });
run(() => { const {} = o.u; });
run(() => { const { ...x } = o.u; });
run(() => { const [p] = o.a; });
run(() => { const [p] = o.n; });
run(() => { const [p] = o['a']; });
run(() => { const [p] = (o.a); });
run(() => { const [p] = z || o; });
run(() => { const [p] = z; });
run(() => { const [p] = {}; });
run(() => { const [p] = 5; });
run(() => { const [p] = null; });
run(() => { const [p] = mk(); });
run(() => { const [p] = new Object(); });
run(() => { const [p] = o.a, q = 1; });
run(() => { var [p] = z.a; });
run(() => { let p; [p] = o.a; });
run(() => { let p; [p] = 5; });
