Promise.resolve().then(() => { console.log('p1'); process.nextTick(() => console.log('tick from p1')); }).then(() => console.log('p2'));
process.nextTick((a, b) => { console.log('t1', a, b); Promise.resolve().then(() => console.log('p from t1')); process.nextTick(() => console.log('t3 from t1')); }, 1, 2);
process.nextTick(() => console.log('t2'));
queueMicrotask(() => console.log('qm'));
setTimeout(() => { console.log('timeout'); process.nextTick(() => console.log('tick in timeout')); Promise.resolve().then(() => console.log('p in timeout')); }, 0);
setTimeout(() => console.log('timeout 2'), 0);
console.log('sync');
try { process.nextTick(5); } catch (e) { console.log(e.name, e.code, e.message); }
console.log(typeof process.nextTick, process.nextTick.length, process.nextTick.name);
