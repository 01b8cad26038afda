const machine = {
  initial: 'idle',
  states: {
    idle: { on: { FETCH: 'loading' } },
    loading: { on: { RESOLVE: 'success', REJECT: 'failure', CANCEL: 'idle' } },
    success: { on: { RESET: 'idle' }, final: true },
    failure: { on: { RETRY: 'loading', RESET: 'idle' } },
  },
};
function interpret(def) {
  let state = def.initial;
  const history = [state];
  return {
    get state() { return state; },
    send(evt) {
      const next = def.states[state].on?.[evt];
      if (!next) { console.log(`  ignored ${evt} in ${state}`); return false; }
      console.log(`  ${state} --${evt}--> ${next}`);
      state = next; history.push(next);
      return true;
    },
    history: () => history.slice(),
    can: evt => Boolean(def.states[state].on?.[evt]),
  };
}
const svc = interpret(machine);
['FETCH', 'FETCH', 'REJECT', 'RETRY', 'RESOLVE', 'RETRY', 'RESET'].forEach(e => svc.send(e));
console.log(svc.state, svc.history(), svc.can('FETCH'), svc.can('RESOLVE'));
const transitions = Object.entries(machine.states).flatMap(([from, { on = {} }]) => Object.entries(on).map(([evt, to]) => ({ from, evt, to })));
console.table(transitions);
const reachable = (start) => { const seen = new Set([start]); const q = [start]; while (q.length) { const s = q.shift(); for (const t of Object.values(machine.states[s].on ?? {})) if (!seen.has(t)) { seen.add(t); q.push(t); } } return seen; };
console.log(reachable('success'), reachable('failure').size);
const traffic = ['green', 'yellow', 'red'];
const durations = { green: 30, yellow: 5, red: 25 };
let clock = 0, idx = 0; const timeline = [];
while (clock < 120) { const c = traffic[idx % 3]; timeline.push(`${String(clock).padStart(3)}s ${c}`); clock += durations[c]; idx++; }
console.log(timeline.join('\n'));
const vending = { credit: 0, stock: { cola: 2, chips: 0 }, prices: { cola: 125, chips: 75 } };
const insert = c => { if (![5, 10, 25, 100].includes(c)) return `rejected ${c}`; vending.credit += c; return `credit ${vending.credit}`; };
const buy = item => {
  if (!(item in vending.stock)) return `unknown item ${item}`;
  if (!vending.stock[item]) return `${item} sold out`;
  const price = vending.prices[item];
  if (vending.credit < price) return `need ${price - vending.credit} more`;
  vending.stock[item]--; const change = vending.credit - price; vending.credit = 0;
  const coins = [25, 10, 5].reduce((acc, c) => { while (acc.left >= c) { acc.coins.push(c); acc.left -= c; } return acc; }, { left: change, coins: [] }).coins;
  return `vend ${item}, change ${change} ${JSON.stringify(coins)}`;
};
console.log([insert(100), buy('cola'), insert(3), insert(25), insert(25), buy('cola'), buy('chips'), insert(100), insert(100), buy('cola'), buy('cola'), buy('water')]);
console.log(vending);
