// A traffic-light / order state machine driven by a Map of transitions and timers
const transitions = new Map([
  ['created', new Map([['pay', 'paid'], ['cancel', 'cancelled']])],
  ['paid', new Map([['ship', 'shipped'], ['refund', 'refunded']])],
  ['shipped', new Map([['deliver', 'delivered'], ['lose', 'lost']])],
  ['lost', new Map([['refund', 'refunded']])],
]);
const terminal = new Set(['cancelled', 'delivered', 'refunded']);

class Order {
  state = 'created';
  history = ['created'];
  constructor(id) { this.id = id; }
  send(event) {
    const next = transitions.get(this.state)?.get(event);
    if (!next) throw new Error(`order ${this.id}: cannot '${event}' when ${this.state}`);
    this.state = next;
    this.history.push(next);
    return this;
  }
  get done() { return terminal.has(this.state); }
  allowed() { return [...(transitions.get(this.state)?.keys() ?? [])]; }
}

const scripts = {
  A: ['pay', 'ship', 'deliver'],
  B: ['pay', 'ship', 'lose', 'refund'],
  C: ['cancel', 'pay'],
  D: ['ship'],
};
const orders = Object.keys(scripts).map((id) => new Order(id));

function run(order, events, delay) {
  return events.reduce(
    (p, ev) => p.then(() => new Promise((resolve, reject) => setTimeout(() => {
      try {
        order.send(ev);
      } catch (e) {
        reject(e);
        return;
      }
      console.log(`${order.id} ${ev.padEnd(8)} -> ${order.state}${order.done ? ' (final)' : ''}`);
      resolve();
    }, delay))),
    Promise.resolve(),
  );
}

// one order at a time, so the log does not depend on timer precision
const settled = [];
orders
  .reduce((p, o) => p.then(() => run(o, scripts[o.id], 5).then(
    () => settled.push({ status: 'fulfilled' }),
    (reason) => settled.push({ status: 'rejected', reason }),
  )), Promise.resolve())
  .then(() => {
    settled.forEach((r, i) => {
      const o = orders[i];
      console.log(o.id, r.status, r.reason?.message ?? '', '|', o.history.join(' > '), '| next:', o.allowed().join(',') || '-');
    });
  });
