// rejections travel down then chains to the first rejection handler
const log = (...a) => console.log(...a);
Promise.reject(new Error("E1"))
  .then(() => log("skipped"))
  .then(() => log("skipped too"))
  .catch((e) => { log("caught", e.message); return "recovered"; })
  .then((v) => log("continues with", v));
Promise.reject("R").then(null, (r) => log("then's second argument", r));
Promise.reject("R2").then(undefined, undefined).catch((r) => log("non-callable handlers pass through", r));
Promise.resolve("V").catch(() => log("not called")).then((v) => log("catch passes values", v));
Promise.reject(1).catch((e) => { throw e + 1; }).catch((e) => log("rethrown", e));
const thenable = { then(a, b) { log("catch invokes then:", a, typeof b); return "ret"; } };
log("catch returns", Promise.prototype.catch.call(thenable, () => {}));
try { Promise.prototype.catch.call(undefined); } catch (e) { log(e.constructor.name); }
