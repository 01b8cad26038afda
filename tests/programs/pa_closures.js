const fns = [];
for (var i = 0; i < 3; i++) fns.push(() => i);
const lets = [];
for (let j = 0; j < 3; j++) lets.push(() => j);
console.log(fns.map(f => f()), lets.map(f => f()));
const fromForIn = []; for (const k in { a: 1, b: 2 }) fromForIn.push(() => k);
console.log(fromForIn.map(f => f()));
let captured = []; for (let i = 0; i < 3; i++) { captured.push(() => i); i++; }
console.log(captured.map(f => f()));
function makeCounter(start = 0, step = 1) {
  let count = start;
  function next() { count += step; return count; }
  next.reset = () => { count = start; };
  next.peek = () => count;
  return next;
}
const c1 = makeCounter(), c2 = makeCounter(10, -2);
c1(); c1(); c2();
console.log(c1.peek(), c2.peek(), c1(), c2());
c1.reset(); console.log(c1.peek(), typeof c1, c1.name, c1);
function once(fn) { let done = false, result; return function (...args) { if (!done) { done = true; result = fn.apply(this, args); } return result; }; }
const init = once(x => { console.log('init with', x); return x * 2; });
console.log(init(5), init(6), init(7));
const bank = (() => {
  let balance = 100;
  const history = [];
  const record = (type, amt) => history.push(`${type}:${amt}`);
  return {
    deposit(a) { balance += a; record('D', a); return this; },
    withdraw(a) { if (a > balance) { record('X', a); return this; } balance -= a; record('W', a); return this; },
    get balance() { return balance; },
    history: () => [...history],
  };
})();
bank.deposit(50).withdraw(500).withdraw(30);
console.log(bank.balance, bank.history(), bank.balance = 1e6, bank.balance);
function Person(name) { let secret = name.split('').reverse().join(''); this.getSecret = () => secret; this.name = name; }
const p = new Person('alice');
console.log(p.getSecret(), p.secret, p);
const adders = Array.from({ length: 4 }, (_, n) => x => x + n);
console.log(adders.map(f => f(10)));
const lazySum = (...nums) => () => nums.reduce((a, b) => a + b, 0);
console.log(lazySum(1, 2, 3)(), lazySum()());
let x = 'global';
function outerFn() { let x = 'outer'; function innerFn() { return x; } x = 'outer-changed'; return innerFn; }
console.log(outerFn()(), x);
const counterObj = { count: 0, incLater() { return () => ++this.count; }, incFn() { return function () { return typeof this; }; } };
const incL = counterObj.incLater(); incL(); incL();
console.log(counterObj.count, counterObj.incFn()());
var hoistMe = 'top';
function shadow() { console.log(hoistMe); var hoistMe = 'inner'; return hoistMe; }
console.log(shadow());
function fnDecl() { return 'first'; }
console.log(fnDecl());
{ function blockFn() { return 'block'; } }
console.log(typeof blockFn === 'function' ? blockFn() : 'undef');
const rec = function fact(n) { return n <= 1 ? 1 : n * fact(n - 1); };
console.log(rec(6), typeof fact);
console.log((function () { 'use strict'; return this; })(), (() => typeof this)());
const gen = (() => { let id = 0; return { next: () => `id_${(++id).toString().padStart(3, '0')}` }; })();
console.log(gen.next(), gen.next(), gen.next());
