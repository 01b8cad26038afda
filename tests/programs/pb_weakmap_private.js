// WeakMap for private data and metadata
const priv = new WeakMap();
class Account {
  constructor(owner, balance) {
    priv.set(this, { balance, history: [] });
    this.owner = owner;
  }
  deposit(n) {
    const p = priv.get(this);
    p.balance += n;
    p.history.push(['deposit', n]);
    return this;
  }
  withdraw(n) {
    const p = priv.get(this);
    if (n > p.balance) throw new RangeError(`insufficient funds: ${p.balance} < ${n}`);
    p.balance -= n;
    p.history.push(['withdraw', n]);
    return this;
  }
  get balance() { return priv.get(this).balance; }
  get history() { return priv.get(this).history.map(([k, v]) => `${k}:${v}`).join(' '); }
}
const acct = new Account('ann', 10).deposit(5).withdraw(3);
console.log(acct.owner, acct.balance, acct.history);
console.log(Object.keys(acct), JSON.stringify(acct));
try { acct.withdraw(100); } catch (e) { console.log(e.name, e.message); }

const visited = new WeakSet();
function walk(node, depth = 0) {
  if (visited.has(node)) { console.log(' '.repeat(depth) + '(cycle to ' + node.name + ')'); return; }
  visited.add(node);
  console.log(' '.repeat(depth) + node.name);
  for (const child of node.children) walk(child, depth + 2);
}
const root = { name: 'root', children: [] };
const kid = { name: 'kid', children: [root] };
root.children.push(kid, { name: 'leaf', children: [] });
walk(root);

const meta = new WeakMap();
function tag(o, info) { meta.set(o, { ...meta.get(o), ...info }); return o; }
const fn = tag(function handler() {}, { route: '/home' });
tag(fn, { method: 'GET' });
console.log(meta.get(fn), meta.has({}), meta.get(fn.prototype));
try { meta.set('str', 1); } catch (e) { console.log(e.constructor.name, e.message); }
try { visited.add(1); } catch (e) { console.log(e.constructor.name, e.message); }
console.log(meta.delete(fn), meta.has(fn), meta.delete(fn));
console.log(priv instanceof WeakMap, Object.prototype.toString.call(visited));
