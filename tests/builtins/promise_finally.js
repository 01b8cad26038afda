// finally: passes values and reasons through, can override with a throw
const log = (...a) => console.log(...a);
Promise.resolve(1).finally(() => 99).then((v) => log("value passes through:", v));
Promise.reject(2).finally(() => 99).catch((e) => log("reason passes through:", e));
Promise.resolve(3).finally(() => { throw new Error("finally threw"); }).catch((e) => log("override:", e.message));
Promise.resolve(4).finally(() => Promise.reject("rejected in finally")).catch((e) => log("override by promise:", e));
Promise.resolve(5).finally(function () { log("onFinally args:", arguments.length); });
Promise.resolve(6).finally().then((v) => log("no callback:", v));
Promise.reject(7).finally("not a function").catch((e) => log("non-callable passes reason:", e));
Promise.resolve(8)
  .finally(() => new Promise((r) => setTimeout(() => { log("finally waits"); r("ignored"); }, 1)))
  .then((v) => log("after waiting:", v));
try { Promise.prototype.finally.call(1); } catch (e) { log(e.constructor.name, e.message); }
const thenable = { then(a, b) { log("finally calls then with", typeof a, typeof b, a.length, b.length); } };
Promise.prototype.finally.call(thenable, () => {});
