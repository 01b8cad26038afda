// A binary-heap priority queue used to schedule tasks and merge sorted lists
class PriorityQueue {
  #heap = [];
  #cmp;
  constructor(cmp = (a, b) => a - b) { this.#cmp = cmp; }
  get size() { return this.#heap.length; }
  push(...items) {
    for (const item of items) {
      this.#heap.push(item);
      let i = this.#heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (this.#cmp(this.#heap[i], this.#heap[p]) >= 0) break;
        [this.#heap[i], this.#heap[p]] = [this.#heap[p], this.#heap[i]];
        i = p;
      }
    }
    return this;
  }
  pop() {
    const h = this.#heap;
    if (h.length === 0) return undefined;
    const top = h[0];
    const last = h.pop();
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && this.#cmp(h[l], h[m]) < 0) m = l;
        if (r < h.length && this.#cmp(h[r], h[m]) < 0) m = r;
        if (m === i) break;
        [h[i], h[m]] = [h[m], h[i]];
        i = m;
      }
    }
    return top;
  }
  peek() { return this.#heap[0]; }
  [Symbol.iterator]() {
    const copy = new PriorityQueue(this.#cmp);
    copy.push(...this.#heap);
    return { next: () => (copy.size ? { value: copy.pop(), done: false } : { value: undefined, done: true }) };
  }
}

const pq = new PriorityQueue();
pq.push(5, 3, 8, 1, 9, 2, 7);
console.log([...pq], pq.size, pq.peek());
const drained = [];
while (pq.size) drained.push(pq.pop());
console.log(drained, pq.pop());

const tasks = new PriorityQueue((a, b) => a.priority - b.priority || a.seq - b.seq);
let seq = 0;
for (const [name, priority] of [['write docs', 3], ['fix bug', 1], ['review', 2], ['deploy', 1], ['lunch', 5]]) {
  tasks.push({ name, priority, seq: seq++ });
}
for (const t of tasks) console.log(`p${t.priority} ${t.name}`);

function mergeSorted(...lists) {
  const q = new PriorityQueue((a, b) => a.value - b.value);
  lists.forEach((l, li) => l.length && q.push({ value: l[0], li, i: 0 }));
  const out = [];
  while (q.size) {
    const { value, li, i } = q.pop();
    out.push(value);
    if (i + 1 < lists[li].length) q.push({ value: lists[li][i + 1], li, i: i + 1 });
  }
  return out;
}
console.log(mergeSorted([1, 4, 9], [2, 3, 10, 11], [], [0, 5]));
function dijkstra(edges, start) {
  const adj = new Map();
  for (const [a, b, w] of edges) {
    if (!adj.has(a)) adj.set(a, []);
    if (!adj.has(b)) adj.set(b, []);
    adj.get(a).push([b, w]);
    adj.get(b).push([a, w]);
  }
  const dist = new Map([[start, 0]]);
  const q = new PriorityQueue((x, y) => x[1] - y[1]).push([start, 0]);
  while (q.size) {
    const [node, d] = q.pop();
    if (d > dist.get(node)) continue;
    for (const [next, w] of adj.get(node)) {
      if (d + w < (dist.get(next) ?? Infinity)) {
        dist.set(next, d + w);
        q.push([next, d + w]);
      }
    }
  }
  return dist;
}
console.log(dijkstra([['A', 'B', 4], ['A', 'C', 1], ['C', 'B', 2], ['B', 'D', 5], ['C', 'D', 8], ['D', 'E', 3]], 'A'));
