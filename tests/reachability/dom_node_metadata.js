// DOM-like tree with per-node metadata in a WeakMap and a WeakSet of
// "dirty" nodes: removing a subtree frees its nodes' metadata.
const util = require('util');
const inspectAll = (x) => util.inspect(x, { showHidden: true, maxArrayLength: Infinity, depth: 0 });
const count = (x) => (inspectAll(x).match(/=>/g) || []).length;
const countSet = (x) => (inspectAll(x).match(/\[Object\]|tag:/g) || []).length;

const meta = new WeakMap();
const dirty = new WeakSet();
function el(tag, children = []) {
  const node = { tag, children, parent: null };
  for (const c of children) c.parent = node;
  meta.set(node, { listeners: [() => node.tag], created: tag });
  dirty.add(node);
  return node;
}
let root;
function build() {
  root = el('html', [
    el('head', [el('title')]),
    el('body', [
      el('div', [el('p'), el('p'), el('span', [el('b'), el('i')])]),
      el('ul', [el('li'), el('li'), el('li')]),
    ]),
  ]);
}
build();
gc();
console.log('nodes with metadata:', count(meta), 'dirty:', countSet(dirty));
function removeChild(parent, i) { const [c] = parent.children.splice(i, 1); c.parent = null; }
removeChild(root.children[1], 0); // the div and its 6 descendants
gc();
console.log('after removing div:', count(meta), countSet(dirty));
function clean(node) { dirty.delete(node); node.children.forEach(clean); }
clean(root.children[0]);
gc();
console.log('after cleaning head:', count(meta), countSet(dirty));
root.children[1].children[0].children.length = 0; // the li's
gc();
console.log('after ul.children.length = 0:', count(meta), countSet(dirty));
root = null;
gc();
console.log('after root = null:', count(meta), countSet(dirty));
