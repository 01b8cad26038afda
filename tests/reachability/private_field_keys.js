// Class instances with private fields as WeakMap keys, where a private
// field refers to another instance: the referenced one lives while its
// referrer does.
const util = require('util');
const count = (x) => (util.inspect(x, { showHidden: true }).match(/=>/g) || []).length;
const tags = new WeakMap();
class Node2 {
  #next;
  #id;
  constructor(id, next) { this.#id = id; this.#next = next; tags.set(this, 'node ' + id); }
  get id() { return this.#id; }
  next() { return this.#next; }
}
let head;
function build() {
  let n = null;
  for (let i = 5; i >= 1; i--) n = new Node2(i, n);
  head = n;
}
build();
gc();
console.log('list of 5:', count(tags));
function advance() { head = head.next().next(); }
advance();
gc();
console.log('after advancing 2:', count(tags));
function tagOfHead() { return tags.get(head); }
console.log('head:', tagOfHead());
head = null;
gc();
console.log('after head = null:', count(tags));
