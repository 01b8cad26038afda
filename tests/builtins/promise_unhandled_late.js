// handling a rejection only in a later task is too late
const p = Promise.reject(new RangeError("too late"));
Promise.resolve().then(() => console.log("microtasks still run"));
setTimeout(() => p.catch(() => console.log("not reached")), 0);
