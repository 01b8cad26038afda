function f() { return this === globalThis; }
console.log(f(), typeof f.call(2), f.call(null), f.call(undefined));
const frozen = Object.freeze({ a: 1 });
frozen.a = 2; frozen.b = 3;
console.log(frozen.a, frozen.b);
const named = function nm() { nm = 1; return typeof nm; };
console.log(named());
created = 'implicit';
console.log(created);
console.log(delete created, typeof created);
var notDeletable = 1;
console.log(delete notDeletable, notDeletable);
