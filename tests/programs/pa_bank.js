class Account {
  #balance = 0;
  static count = 0;
  constructor(owner, initial = 0) {
    this.owner = owner;
    this.#balance = initial;
    Account.count++;
    this.history = [];
  }
  get balance() { return this.#balance; }
  deposit(amount) {
    if (amount <= 0) throw new RangeError(`Invalid deposit: ${amount}`);
    this.#balance += amount;
    this.history.push({ type: 'deposit', amount });
    return this;
  }
  withdraw(amount) {
    if (amount > this.#balance) throw new Error('Insufficient funds', { cause: { wanted: amount, have: this.#balance } });
    this.#balance -= amount;
    this.history.push({ type: 'withdraw', amount });
    return this;
  }
  toString() { return `Account(${this.owner}: $${this.#balance.toFixed(2)})`; }
  static compare(a, b) { return a.balance - b.balance; }
}
class Savings extends Account {
  constructor(owner, initial, rate) { super(owner, initial); this.rate = rate; }
  addInterest() { return this.deposit(this.balance * this.rate); }
  toString() { return 'Savings ' + super.toString(); }
}
const a = new Account('Ann', 100);
const b = new Savings('Bob', 250.5, 0.05);
a.deposit(50).withdraw(30);
b.addInterest();
console.log(a);
console.log(b);
console.log(String(a), `${b}`);
console.log([a, b].sort(Account.compare).map(x => x.owner));
console.log(Account.count, a instanceof Account, b instanceof Account, Object.getPrototypeOf(b) === Savings.prototype);
try { a.deposit(-5); } catch (e) { console.log(e.name, e.message, e instanceof RangeError); }
try { a.withdraw(1000); } catch (e) { console.log(e.message, e.cause); }
console.log(a.history);
console.log(Object.keys(a), JSON.stringify(b));
console.log(typeof Account, Account.name, Savings.name, b.constructor.name);
console.log(Object.getOwnPropertyNames(Account.prototype));
console.log(Account);
console.log(Savings);
console.log({ acct: a });
