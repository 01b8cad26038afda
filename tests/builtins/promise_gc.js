// reactions and pending promises survive collections; long chains run in order
let p = Promise.resolve(0);
for (let i = 0; i < 3000; i++) p = p.then((v) => v + 1);
p.then((v) => console.log("chain of 3000:", v));
const pending = [];
for (let i = 0; i < 300; i++) {
  let res;
  const q = new Promise((r) => { res = r; });
  pending.push(q.then((v) => v * 2));
  setTimeout(() => { if (i % 50 === 0) gc(); res(i); }, 0);
}
gc();
Promise.all(pending).then((vs) => console.log("sum:", vs.reduce((a, b) => a + b, 0), "count:", vs.length));
Promise.allSettled(Array.from({ length: 500 }, (_, i) => (i % 2 ? Promise.reject(i) : i)))
  .then((rs) => console.log("settled:", rs.filter((r) => r.status === "rejected").length, "rejected"));
