// Where the calls of an iterable's [Symbol.iterator]() and next() report:
// an array literal's spread at its source, a call's spread at the call,
// for-of's iterator at its source and next() at the head's binding
const where = (e) => e.message + ' @ ' + e.stack.split('\n').slice(1)
    .filter((l) => l.includes(__filename)).slice(0, 2)
    .map((l) => l.split(__dirname + '/').join('').trim()).join(' / ');
const run = (f) => { try { f(); console.log('no error'); } catch (e) { console.log(where(e)); } };
const bad = { [Symbol.iterator]() { throw new Error('iterator'); } };
const badNext = { [Symbol.iterator]() { return { next: () => { throw new Error('next'); } }; } };
const o = { bad, f() {} };
let x;
function f() {}
let y = 1;
y = y + 1;
try { [...{ [Symbol.iterator]() { return { next: () => { throw new Error('e'); } }; } }]; } catch (e) { console.log(where(e)); }
run(() => [...bad]);
run(() => [0, ...badNext]);
run(() => [...o.bad]);
run(() => [1, ...(o).bad]);
run(() => f(...bad));
run(() => o.f(1, ...bad));
run(() => new f(...badNext));
run(() => { for (const v of bad); });
run(() => { for (const v of badNext); });
run(() => { for (x of badNext); });
run(() => { for (o.p of badNext); });
run(() => { for (var w of o.bad); });
run(() => { for (x of [1]) for (x of o.bad); });
