// A doubly linked list class that is iterable and array-like in places
class Node {
  constructor(value) { this.value = value; this.prev = null; this.next = null; }
}
class LinkedList {
  #head = null;
  #tail = null;
  #size = 0;
  static from(iterable) { const l = new LinkedList(); for (const v of iterable) l.push(v); return l; }
  get size() { return this.#size; }
  push(v) {
    const n = new Node(v);
    if (!this.#tail) this.#head = this.#tail = n;
    else { n.prev = this.#tail; this.#tail.next = n; this.#tail = n; }
    this.#size++;
    return this;
  }
  unshift(v) {
    const n = new Node(v);
    if (!this.#head) this.#head = this.#tail = n;
    else { n.next = this.#head; this.#head.prev = n; this.#head = n; }
    this.#size++;
    return this;
  }
  remove(pred) {
    for (let n = this.#head; n; n = n.next) {
      if (!pred(n.value)) continue;
      if (n.prev) n.prev.next = n.next; else this.#head = n.next;
      if (n.next) n.next.prev = n.prev; else this.#tail = n.prev;
      this.#size--;
      return n.value;
    }
    return undefined;
  }
  at(i) {
    if (i < 0) i += this.#size;
    let n = this.#head;
    while (n && i-- > 0) n = n.next;
    return n?.value;
  }
  reverse() {
    let n = this.#head;
    [this.#head, this.#tail] = [this.#tail, this.#head];
    while (n) { [n.prev, n.next] = [n.next, n.prev]; n = n.prev; }
    return this;
  }
  [Symbol.iterator]() {
    let n = this.#head;
    return { next: () => { if (!n) return { done: true, value: undefined }; const value = n.value; n = n.next; return { done: false, value }; } };
  }
  backwards() {
    let n = this.#tail;
    return { [Symbol.iterator]() { return this; }, next: () => (n ? { done: false, value: ((v) => (n = n.prev, v))(n.value) } : { done: true }) };
  }
  map(fn) { return LinkedList.from([...this].map(fn)); }
  toString() { return `(${[...this].join(' <-> ')})`; }
  get [Symbol.toStringTag]() { return 'LinkedList'; }
}

const list = LinkedList.from([3, 4, 5]).unshift(2).unshift(1).push(6);
console.log(String(list), list.size);
console.log(list.at(0), list.at(-1), list.at(2), list.at(10));
console.log('removed', list.remove((v) => v % 2 === 0 && v > 3), String(list), list.size);
console.log([...list.backwards()], String(list.reverse()), [...list]);
console.log(`${list.map((v) => v * v)}`, Object.prototype.toString.call(list));
const [first, ...others] = list;
console.log(first, others, Math.min(...list), Array.from(list, (v, i) => `${i}:${v}`));
console.log(list, new LinkedList().toString(), [...new LinkedList()]);
