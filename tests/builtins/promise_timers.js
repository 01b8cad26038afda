// microtasks run after each timer callback, before the next timer
const log = (...a) => console.log(...a);
setTimeout(() => {
  log("t1");
  Promise.resolve().then(() => log("t1 micro")).then(() => log("t1 micro 2"));
}, 0);
setTimeout(() => {
  log("t2");
  new Promise((r) => setTimeout(r, 0, "from t2")).then((v) => log("resolved in a later timer:", v));
}, 0);
Promise.resolve().then(() => setTimeout(() => log("timer scheduled in a microtask"), 0));
