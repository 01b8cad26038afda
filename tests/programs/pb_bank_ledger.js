// A bank ledger: classes, getters, frozen records, validation errors
class InsufficientFunds extends Error {
  constructor(account, amount) {
    super(`account ${account.id} cannot pay ${amount.toFixed(2)}; balance ${account.balance.toFixed(2)}`);
    this.name = 'InsufficientFunds';
    this.shortBy = amount - account.balance;
  }
}

class Account {
  static #nextId = 100;
  #entries = [];
  constructor(owner) {
    this.id = Account.#nextId++;
    this.owner = owner;
  }
  get balance() { return this.#entries.reduce((sum, e) => sum + e.amount, 0); }
  get entries() { return [...this.#entries]; }
  post(amount, memo) {
    if (!Number.isFinite(amount) || amount === 0) throw new RangeError(`invalid amount: ${amount}`);
    if (amount < 0 && this.balance + amount < 0) throw new InsufficientFunds(this, -amount);
    const entry = Object.freeze({ seq: this.#entries.length + 1, amount, memo });
    this.#entries.push(entry);
    return entry;
  }
  toJSON() { return { id: this.id, owner: this.owner, balance: this.balance }; }
}

class Bank {
  accounts = new Map();
  open(owner, deposit = 0) {
    const a = new Account(owner);
    this.accounts.set(a.id, a);
    if (deposit) a.post(deposit, 'opening deposit');
    return a;
  }
  transfer(fromId, toId, amount) {
    const from = this.accounts.get(fromId);
    const to = this.accounts.get(toId);
    if (!from || !to) throw new ReferenceError(`no such account: ${!from ? fromId : toId}`);
    from.post(-amount, `transfer to ${toId}`);
    to.post(amount, `transfer from ${fromId}`);
  }
  get total() { return [...this.accounts.values()].reduce((s, a) => s + a.balance, 0); }
}

const bank = new Bank();
const ann = bank.open('ann', 100);
const bob = bank.open('bob');
bank.transfer(ann.id, bob.id, 30.5);
for (const attempt of [() => bank.transfer(bob.id, ann.id, 50), () => bank.transfer(ann.id, 999, 1), () => ann.post(NaN), () => ann.post(0)]) {
  try { attempt(); } catch (e) { console.log(`${e.name}: ${e.message}`, e.shortBy ?? ''); }
}
console.log(JSON.stringify([...bank.accounts.values()]));
console.log(ann.entries);
const entry = ann.entries[0];
entry.amount = 1e6;
console.log('frozen entry unchanged:', entry.amount, Object.isFrozen(entry));
console.log('total money:', bank.total, 'balance is a getter:', typeof Object.getOwnPropertyDescriptor(Account.prototype, 'balance').get);
console.log(bob instanceof Account, Object.keys(bob), bob.entries.map((e) => e.memo));
