// how many ticks finally and the combinators take, counted against a ticker
const log = [];
let tick = 0;
function ticker(n) {
  if (n === 0) return;
  Promise.resolve().then(() => { log.push("tick " + ++tick); ticker(n - 1); });
}
ticker(8);
Promise.resolve("f").finally(() => {}).then((v) => log.push("finally(fulfilled) " + v));
Promise.reject("r").finally(() => {}).catch((e) => log.push("finally(rejected) " + e));
Promise.resolve("g").finally(() => Promise.resolve()).then((v) => log.push("finally returning promise " + v));
Promise.all([1, 2]).then(() => log.push("all of values"));
Promise.all([Promise.resolve(1)]).then(() => log.push("all of a promise"));
Promise.allSettled([1]).then(() => log.push("allSettled"));
Promise.race([1]).then(() => log.push("race"));
Promise.any([Promise.reject(1)]).catch(() => log.push("any rejected"));
Promise.any([1]).then(() => log.push("any fulfilled"));
Promise.all([]).then(() => log.push("all empty"));
setTimeout(() => console.log(log.join("\n")), 0);
