// Promise.resolve / Promise.reject
const p = Promise.resolve(1);
console.log(Promise.resolve(p) === p);
const r = Promise.reject(p);
r.catch((e) => console.log("reject does not unwrap:", e === p));
const fake = Promise.resolve(2);
fake.constructor = Object;
console.log("other constructor rewraps:", Promise.resolve(fake) !== fake);
Promise.resolve({ then: undefined }).then((v) => console.log("object with undefined then", v));
let ctorCalls = 0;
function Weird(executor) { ctorCalls++; executor((v) => console.log("Weird resolve", v), (e) => console.log("Weird reject", e)); }
Promise.resolve.call(Weird, "x");
Promise.reject.call(Weird, "y");
console.log("Weird constructed", ctorCalls, "times");
