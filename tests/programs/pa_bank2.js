class InsufficientFundsError extends Error {
  constructor(account, amount) {
    super(`Account ${account.id} has insufficient funds: balance ${account.balance.toFixed(2)}, requested ${amount.toFixed(2)}`);
    this.name = 'InsufficientFundsError';
    this.accountId = account.id;
    this.shortfall = +(amount - account.balance).toFixed(2);
  }
}
class Account {
  static #seq = 1000;
  #tx = [];
  constructor(owner, balance = 0) { this.id = ++Account.#seq; this.owner = owner; this.balance = balance; }
  #record(type, amount) { this.#tx.push({ type, amount, balance: this.balance }); }
  deposit(amount) { if (!(amount > 0)) throw new RangeError('Deposit must be positive'); this.balance += amount; this.#record('deposit', amount); }
  withdraw(amount) { if (amount > this.balance) throw new InsufficientFundsError(this, amount); this.balance -= amount; this.#record('withdraw', amount); }
  get statement() { return this.#tx.map(t => `${t.type.padEnd(9)}${t.amount.toFixed(2).padStart(10)}${t.balance.toFixed(2).padStart(10)}`).join('\n'); }
  toJSON() { return { id: this.id, owner: this.owner, balance: this.balance, transactions: this.#tx.length }; }
}
class Bank {
  accounts = new Map();
  open(owner, initial) { const a = new Account(owner, initial); this.accounts.set(a.id, a); return a; }
  transfer(fromId, toId, amount) {
    const from = this.accounts.get(fromId), to = this.accounts.get(toId);
    if (!from || !to) throw new Error(`Unknown account ${!from ? fromId : toId}`, { cause: { fromId, toId } });
    from.withdraw(amount);
    to.deposit(amount);
    return `${from.owner} -> ${to.owner}: ${amount}`;
  }
  get totalDeposits() { return [...this.accounts.values()].reduce((s, a) => s + a.balance, 0); }
}
const bank = new Bank();
const alice = bank.open('Alice', 500), bob = bank.open('Bob');
const ops = [[alice.id, bob.id, 200], [bob.id, alice.id, 250], [alice.id, 9999, 1], [bob.id, alice.id, 50.5], [alice.id, bob.id, -5]];
for (const op of ops) {
  try { console.log(bank.transfer(...op)); }
  catch (e) {
    console.log(`${e.name}: ${e.message}`);
    if (e.shortfall) console.log('  shortfall:', e.shortfall);
    if (e.cause) console.log('  cause:', e.cause);
  }
}
console.log(alice.statement);
console.log(bob.statement);
console.log(bank.totalDeposits, JSON.stringify([...bank.accounts.values()]));
console.log(bank.accounts);
const e = new InsufficientFundsError(alice, 1e6);
console.log(Object.entries(e), e.name, e instanceof InsufficientFundsError, Object.prototype.toString.call(e));
