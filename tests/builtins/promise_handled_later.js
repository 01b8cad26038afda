// a rejection handled before the microtask queue drains is not reported
const p = Promise.reject(new Error("handled later"));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log("caught:", e.message));
});
const q = Promise.reject("q");
queueMicrotask(() => q.then(null, (e) => console.log("caught q:", e)));
new Promise((_, rej) => rej("chained")).then((v) => v).catch((e) => console.log("chain caught:", e));
console.log("end of script");
