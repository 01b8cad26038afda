// the executor: runs synchronously; a throw rejects unless already resolved
const log = (...a) => console.log(...a);
const p1 = new Promise(() => { throw new Error("executor threw"); });
p1.catch((e) => log("p1 rejected:", e.message));
const p2 = new Promise((res) => { res("done"); throw new Error("ignored"); });
p2.then((v) => log("p2 fulfilled:", v));
let saved;
const p3 = new Promise((res, rej) => { saved = { res, rej }; });
log("resolving functions:", typeof saved.res, saved.res.length, saved.rej.length, JSON.stringify(saved.res.name));
log("resolve returns", saved.res("later"));
p3.then((v) => log("p3 fulfilled:", v));
new Promise(function () { log("this in sloppy executor is globalThis:", this === globalThis); });
const p4 = new Promise((res) => res());
p4.then((v) => log("p4 value:", v));
new Promise(function () { "use strict"; log("this in strict executor:", this); });
