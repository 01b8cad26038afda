// TypeErrors and their messages
const t = (f) => { try { f(); console.log("no error"); } catch (e) { console.log(e.constructor.name + ": " + e.message); } };
t(() => Promise(() => {}));
t(() => new Promise());
t(() => new Promise(1));
t(() => new Promise({}));
t(() => new Promise("s"));
t(() => new Promise([1, 2]));
t(() => Promise.prototype.then.call({}));
t(() => Promise.prototype.then.call("s"));
t(() => Promise.resolve.call(1));
t(() => Promise.reject.call(undefined));
t(() => Promise.resolve.call({}));
t(() => Promise.all.call(1));
t(() => Promise.race.call(null));
t(() => Promise.any.call("x"));
t(() => Promise.allSettled.call(2));
t(() => { const p = Promise.resolve(); p.constructor = 1; p.then(); });
t(() => { const p = Promise.resolve(); p.constructor = { [Symbol.species]: 1 }; p.then(); });
t(() => { const p = Promise.resolve(); p.constructor = { [Symbol.species]: function () {} }; p.then(); });
t(() => { const p = Promise.resolve(); p.constructor = { [Symbol.species]: function (e) { e(1, 2); e(1, 2); } }; p.then(); });
t(() => { const p = Promise.resolve(); p.constructor = { [Symbol.species]: null }; p.then(); });
t(() => new Promise.prototype.then());
function NoResolve(e) { return new Promise(e); }
NoResolve.resolve = 5;
Promise.all.call(NoResolve, [1]).catch((e) => console.log("async:", e.message));
