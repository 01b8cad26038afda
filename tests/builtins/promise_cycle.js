// resolving a promise with itself rejects it with a TypeError
let res;
const p = new Promise((r) => { res = r; });
res(p);
p.catch((e) => console.log(e.constructor.name + ": " + e.message));
const q = Promise.resolve().then(() => q);
q.catch((e) => console.log("then returning itself:", e.message));
