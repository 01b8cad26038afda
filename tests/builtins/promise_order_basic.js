// then chains, queueMicrotask and setTimeout interleave as in node
const log = (s) => console.log(s);
setTimeout(() => log("timeout 1"), 0);
Promise.resolve().then(() => log("then 1a")).then(() => log("then 1b")).then(() => log("then 1c"));
queueMicrotask(() => log("microtask 1"));
Promise.resolve().then(() => log("then 2a")).then(() => log("then 2b"));
queueMicrotask(() => {
  log("microtask 2");
  queueMicrotask(() => log("microtask 2 inner"));
  Promise.resolve().then(() => log("then from microtask"));
});
setTimeout(() => {
  log("timeout 2");
  Promise.resolve().then(() => log("then in timeout 2"));
  queueMicrotask(() => log("microtask in timeout 2"));
}, 0);
setTimeout(() => log("timeout 3"), 0);
new Promise((resolve) => { log("executor runs synchronously"); resolve(); }).then(() => log("then 3"));
log("script end");
