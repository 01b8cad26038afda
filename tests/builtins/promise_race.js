// Promise.race: first to settle wins, empty never settles
const empty = Promise.race([]);
setTimeout(() => console.log("race([]) after a timer:", empty), 5);
Promise.race([new Promise((r) => setTimeout(() => r("late"), 20)), new Promise((r) => setTimeout(() => r("early"), 1))])
  .then((v) => console.log("winner", v));
Promise.race([3, Promise.resolve(4)]).then((v) => console.log("plain value first", v));
Promise.race([Promise.resolve(4), 3]).then((v) => console.log("resolved promise first", v));
Promise.race([new Promise(() => {}), Promise.reject(new Error("boom"))]).catch((e) => console.log("rejected", e.message));
Promise.race({}).catch((e) => console.log(e.constructor.name, e.message));
