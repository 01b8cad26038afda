// errors thrown in handlers reject the derived promise
const log = (...a) => console.log(...a);
Promise.resolve().then(() => { throw new TypeError("in then"); }).catch((e) => log(e.name, e.message));
Promise.reject(1).catch(() => { null.x; }).catch((e) => log(e.constructor.name, e.message));
Promise.resolve().then(() => { throw undefined; }).then(null, (e) => log("thrown undefined:", e));
const p = Promise.resolve(1);
const q = p.then(() => { throw "s"; });
q.catch(() => {});
setTimeout(() => log(p, q), 0);
