const deps = { app: ['ui', 'api', 'utils'], ui: ['utils', 'theme'], api: ['db', 'utils'], db: ['utils'], theme: [], utils: [] };
function topo(graph) {
  const visited = new Set(), temp = new Set(), order = [];
  const visit = (n, path = []) => {
    if (temp.has(n)) throw new Error(`Cycle: ${[...path, n].join(' -> ')}`);
    if (visited.has(n)) return;
    temp.add(n); (graph[n] || []).forEach(d => visit(d, [...path, n])); temp.delete(n);
    visited.add(n); order.push(n);
  };
  Object.keys(graph).forEach(n => visit(n));
  return order;
}
console.log(topo(deps));
try { topo({ a: ['b'], b: ['c'], c: ['a'] }); } catch (e) { console.log(e.message); }
const edges = [['A', 'B', 4], ['A', 'C', 2], ['B', 'C', 5], ['B', 'D', 10], ['C', 'E', 3], ['E', 'D', 4], ['D', 'F', 11]];
const adj = {};
for (const [u, v, w] of edges) { (adj[u] ??= []).push([v, w]); (adj[v] ??= []).push([u, w]); }
function dijkstra(src) {
  const dist = Object.fromEntries(Object.keys(adj).map(k => [k, Infinity])), prev = {};
  dist[src] = 0;
  const q = new Set(Object.keys(adj));
  while (q.size) {
    const u = [...q].reduce((a, b) => dist[a] <= dist[b] ? a : b);
    q.delete(u);
    for (const [v, w] of adj[u]) if (dist[u] + w < dist[v]) { dist[v] = dist[u] + w; prev[v] = u; }
  }
  return { dist, prev };
}
const { dist, prev } = dijkstra('A');
console.log(dist);
const path = t => { const p = [t]; while (prev[p[0]]) p.unshift(prev[p[0]]); return p.join('→'); };
console.log(Object.keys(adj).map(path));
const bfs = (start) => { const seen = new Set([start]), q = [start], order = []; while (q.length) { const n = q.shift(); order.push(n); for (const [m] of adj[n].sort()) if (!seen.has(m)) { seen.add(m); q.push(m); } } return order; };
const dfs = (n, seen = new Set()) => { seen.add(n); for (const [m] of adj[n]) if (!seen.has(m)) dfs(m, seen); return [...seen]; };
console.log(bfs('A'), dfs('A'));
console.log(adj);
const grid = ['S.#.....', '.##.###.', '....#...', '.##...#E'];
const solve = () => {
  const H = grid.length, W = grid[0].length; let s, e;
  grid.forEach((r, y) => [...r].forEach((c, x) => { if (c === 'S') s = [y, x]; if (c === 'E') e = [y, x]; }));
  const q = [[...s, 0]], seen = new Set([s.join()]);
  while (q.length) { const [y, x, d] = q.shift(); if (y === e[0] && x === e[1]) return d; for (const [dy, dx] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) { const ny = y + dy, nx = x + dx; if (ny >= 0 && ny < H && nx >= 0 && nx < W && grid[ny][nx] !== '#' && !seen.has(`${ny},${nx}`)) { seen.add(`${ny},${nx}`); q.push([ny, nx, d + 1]); } } }
  return -1;
};
console.log('shortest path length:', solve());
