class Node_ { constructor(value, next = null) { this.value = value; this.next = next; } }
class LinkedList {
  #head = null; #size = 0;
  push(v) { const n = new Node_(v); if (!this.#head) this.#head = n; else { let c = this.#head; while (c.next) c = c.next; c.next = n; } this.#size++; return this; }
  shift() { if (!this.#head) return undefined; const v = this.#head.value; this.#head = this.#head.next; this.#size--; return v; }
  get size() { return this.#size; }
  reverse() { let prev = null, cur = this.#head; while (cur) [cur.next, prev, cur] = [prev, cur, cur.next]; this.#head = prev; return this; }
  [Symbol.iterator]() { let c = this.#head; return { next: () => { if (!c) return { done: true, value: undefined }; const value = c.value; c = c.next; return { done: false, value }; } }; }
  toString() { return [...this].join(' -> ') || '(empty)'; }
  get head() { return this.#head; }
}
const list = new LinkedList().push(1).push(2).push(3).push(4);
console.log(String(list), list.size);
console.log(`${list.reverse()}`, [...list].map(x => x * 10));
console.log(list.head);
console.log(list.shift(), list.shift(), list.size, String(list));
console.log(String(new LinkedList()), new LinkedList());
class Stack { #items = []; push(...x) { this.#items.push(...x); return this; } pop() { return this.#items.pop(); } peek() { return this.#items.at(-1); } get length() { return this.#items.length; } }
const balanced = s => { const st = new Stack(), pairs = { ')': '(', ']': '[', '}': '{' }; for (const ch of s) { if ('([{'.includes(ch)) st.push(ch); else if (ch in pairs && st.pop() !== pairs[ch]) return false; } return st.length === 0; };
console.log(['()', '([]{})', '(]', '((', '{[()()]}', ''].map(s => `${s || "''"}: ${balanced(s)}`));
const rpn = expr => { const st = []; for (const tok of expr.split(/\s+/)) { if (/^-?\d+(\.\d+)?$/.test(tok)) st.push(parseFloat(tok)); else { const b = st.pop(), a = st.pop(); st.push({ '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': a ** b }[tok]); } } return st.pop(); };
console.log(rpn('3 4 + 2 *'), rpn('5 1 2 + 4 * + 3 -'), rpn('2 3 ^'), rpn('1 0 /'), rpn('0 0 /'));
class PriorityQueue {
  #heap = [];
  constructor(cmp = (a, b) => a - b) { this.cmp = cmp; }
  push(v) { const h = this.#heap; h.push(v); let i = h.length - 1; while (i > 0) { const p = (i - 1) >> 1; if (this.cmp(h[i], h[p]) >= 0) break; [h[i], h[p]] = [h[p], h[i]]; i = p; } }
  pop() { const h = this.#heap; const top = h[0]; const last = h.pop(); if (h.length) { h[0] = last; let i = 0; for (;;) { let l = 2 * i + 1, r = l + 1, m = i; if (l < h.length && this.cmp(h[l], h[m]) < 0) m = l; if (r < h.length && this.cmp(h[r], h[m]) < 0) m = r; if (m === i) break; [h[i], h[m]] = [h[m], h[i]]; i = m; } } return top; }
  get size() { return this.#heap.length; }
}
const pq = new PriorityQueue((a, b) => a.pri - b.pri || a.name.localeCompare(b.name));
[['write', 3], ['eat', 1], ['sleep', 2], ['code', 1], ['read', 5]].forEach(([name, pri]) => pq.push({ name, pri }));
const order = []; while (pq.size) order.push(pq.pop());
console.log(order);
console.log(pq, Object.keys(pq));
