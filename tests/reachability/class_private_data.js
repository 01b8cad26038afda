// Private data for class instances in a module-level WeakMap: the data goes
// away with the instance, including data that points back at the instance.
const util = require('util');
const count = (x) =>
  (util.inspect(x, { showHidden: true, maxArrayLength: Infinity }).match(/=>/g) || []).length;

const priv = new WeakMap();
class Account {
  constructor(owner, balance) {
    priv.set(this, { balance, history: [], self: this });
    this.owner = owner;
  }
  deposit(n) {
    const p = priv.get(this);
    p.balance += n;
    p.history.push(n);
    return this;
  }
  get balance() { return priv.get(this).balance; }
}
let accounts = [];
function open(n) {
  for (let i = 0; i < n; i++) accounts.push(new Account('user' + i, i * 10).deposit(5).deposit(1));
}
open(50);
gc();
console.log('accounts:', accounts.length, 'private records:', count(priv));
console.log('balance of user7:', accounts[7].balance);
function closeSome() { accounts = accounts.filter((a, i) => i % 5 === 0); }
closeSome();
gc();
console.log('after closing 40:', count(priv), accounts.map((a) => a.balance).join(','));
accounts = null;
gc();
console.log('after dropping all:', count(priv));
