// V8 places a property read that continues a call (f().x, o.m().x.y) at
// its '.', any other read at the name; a compound assignment's or update's
// read of a nullish object at the object, delete's too
const where = (e) => e.message + ' @ ' + e.stack.split('\n').slice(1)
    .filter((l) => l.includes(__filename)).slice(0, 2)
    .map((l) => l.split(__dirname + '/').join('').trim()).join(' / ');
const run = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(where(e)); } };
function f() { return undefined; }
function h() { return { m() { return {}; }, get g() { throw new Error('getter'); } }; }
const s = 'ab', o = { a: {} }, e = {};
let u;
run(() => (1).toFixed(2).x.y);
run(() => s.toUpperCase().foo.bar);
run(() => h().m().x.y);
run(() => f()
  .x);
run(() => f().x());
run(() => h()[0].x);
run(() => typeof h().a.b);
run(() => delete h().a.b);
run(() => h().a.b.c = 1);
run(() => h().g);
run(() => h() /* c */ .x.y);
run(() => (h()).x.y);
run(() => new Object().a.b);
run(() => o.a.b.c);
run(() => o.a['b'].c);
run(() => h().a.b += 1);
run(() => h().a.b++);
run(() => e.a.b += 1);
run(() => ++e.a.b);
run(() => e.a.b ||= 1);
run(() => e.a['b'] += 1);
run(() => e.a.b[0] += 1);
run(() => { u.b += 1; });
run(() => { u[0]++; });
run(() => { delete u.b; });
run(() => { delete o.a.b.c; });
