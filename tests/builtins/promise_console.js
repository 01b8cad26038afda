// console.log of promises in each state
console.log(Promise.resolve(1));
console.log(new Promise(() => {}));
const r = Promise.reject(new Error("bad"));
r.catch(() => {});
console.log(Promise.resolve("str"), Promise.resolve({ a: [1, 2] }));
const rej = Promise.reject(42);
rej.catch(() => {});
console.log(rej);
console.log([Promise.resolve(undefined)], { p: Promise.resolve(null) });
const pending = new Promise((res) => setTimeout(res, 1, "later"));
console.log(pending);
pending.then(() => console.log(pending));
console.log(String(Promise.resolve()), Object.prototype.toString.call(Promise.resolve()));
console.log(r instanceof Promise, typeof r);
