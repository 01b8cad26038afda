// How deep promise chains interleave: each then is one microtask hop
const out = [];
const p1 = Promise.resolve();
p1.then(() => out.push('A1')).then(() => out.push('A2')).then(() => out.push('A3'));
p1.then(() => out.push('B1')).then(() => out.push('B2'));

Promise.resolve().then(() => {
  out.push('C1');
  return Promise.resolve('inner');
}).then((v) => out.push('C2:' + v));

Promise.resolve().then(() => {
  out.push('D1');
  return { then(r) { out.push('D-thenable'); r('t'); } };
}).then((v) => out.push('D2:' + v));

Promise.reject(new Error('x')).catch(() => out.push('E-catch')).finally(() => out.push('E-finally')).then(() => out.push('E-after'));

queueMicrotask(() => out.push('Q1'));
process.nextTick(() => out.push('tick'));

setTimeout(() => {
  console.log(out.join(' '));
  const seq = [];
  let p = Promise.resolve(0);
  for (let i = 1; i <= 5; i++) p = p.then((v) => { seq.push(v); return v + i; });
  p.then((v) => console.log('sum chain', seq, v));
}, 0);
