// Graph BFS/DFS with Maps: shortest path, components, topological sort
function buildGraph(edges, directed = false) {
  const g = new Map();
  const add = (a, b) => {
    if (!g.has(a)) g.set(a, []);
    g.get(a).push(b);
  };
  for (const [a, b] of edges) {
    add(a, b);
    if (!directed) add(b, a);
    else if (!g.has(b)) g.set(b, []);
  }
  return g;
}

function bfsPath(g, start, goal) {
  const prev = new Map([[start, null]]);
  const queue = [start];
  while (queue.length) {
    const node = queue.shift();
    if (node === goal) break;
    for (const next of g.get(node) ?? []) {
      if (!prev.has(next)) {
        prev.set(next, node);
        queue.push(next);
      }
    }
  }
  if (!prev.has(goal)) return null;
  const path = [];
  for (let n = goal; n !== null; n = prev.get(n)) path.unshift(n);
  return path;
}

const city = buildGraph([
  ['A', 'B'], ['A', 'C'], ['B', 'D'], ['C', 'D'], ['D', 'E'], ['E', 'F'], ['X', 'Y'],
]);
console.log('A->F', bfsPath(city, 'A', 'F')?.join(' -> '));
console.log('A->Y', bfsPath(city, 'A', 'Y'));

function components(g) {
  const seen = new Set();
  const result = [];
  for (const start of g.keys()) {
    if (seen.has(start)) continue;
    const comp = [];
    const stack = [start];
    while (stack.length) {
      const n = stack.pop();
      if (seen.has(n)) continue;
      seen.add(n);
      comp.push(n);
      for (const m of g.get(n)) if (!seen.has(m)) stack.push(m);
    }
    result.push(comp.sort());
  }
  return result;
}
console.log(components(city));

function topoSort(g) {
  const state = new Map();
  const order = [];
  function visit(n) {
    if (state.get(n) === 'done') return;
    if (state.get(n) === 'active') throw new Error(`cycle at ${n}`);
    state.set(n, 'active');
    for (const m of g.get(n)) visit(m);
    state.set(n, 'done');
    order.push(n);
  }
  for (const n of g.keys()) visit(n);
  return order.reverse();
}
const tasks = buildGraph([['fetch', 'parse'], ['parse', 'render'], ['config', 'fetch'], ['config', 'render']], true);
console.log(topoSort(tasks));
tasks.get('render').push('config');
try { topoSort(tasks); } catch (e) { console.log(e.message); }

const degree = new Map([...city].map(([k, v]) => [k, v.length]));
console.log(degree);
