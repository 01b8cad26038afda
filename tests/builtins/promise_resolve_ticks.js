// resolving with a promise costs two extra ticks, with a thenable one
const log = [];
let tick = 0;
function ticker(n) {
  if (n === 0) return;
  Promise.resolve().then(() => { log.push("tick " + ++tick); ticker(n - 1); });
}
ticker(6);
new Promise((r) => r(Promise.resolve("p"))).then((v) => log.push("resolve(promise): " + v));
new Promise((r) => r({ then(f) { log.push("thenable.then"); f("t"); } })).then((v) => log.push("resolve(thenable): " + v));
new Promise((r) => r("plain")).then((v) => log.push("resolve(plain): " + v));
Promise.resolve().then(() => Promise.resolve("q")).then((v) => log.push("then returns promise: " + v));
Promise.resolve().then(() => "x").then((v) => log.push("then returns value: " + v));
Promise.resolve(Promise.resolve("same")).then((v) => log.push("Promise.resolve(promise): " + v));
setTimeout(() => console.log(log.join("\n")), 0);
