class TreeNode { constructor(key, value) { this.key = key; this.value = value; this.left = null; this.right = null; } }
class BST {
  #root = null; #size = 0;
  insert(key, value = key) {
    const node = new TreeNode(key, value);
    if (!this.#root) { this.#root = node; this.#size++; return this; }
    let cur = this.#root;
    for (;;) {
      if (key === cur.key) { cur.value = value; return this; }
      const side = key < cur.key ? 'left' : 'right';
      if (!cur[side]) { cur[side] = node; this.#size++; return this; }
      cur = cur[side];
    }
  }
  has(key) { let c = this.#root; while (c) { if (c.key === key) return true; c = key < c.key ? c.left : c.right; } return false; }
  inorder(n = this.#root, out = []) { if (n) { this.inorder(n.left, out); out.push(n.key); this.inorder(n.right, out); } return out; }
  preorder(n = this.#root, out = []) { if (n) { out.push(n.key); this.preorder(n.left, out); this.preorder(n.right, out); } return out; }
  levels() { const out = []; let q = this.#root ? [this.#root] : []; while (q.length) { out.push(q.map(n => n.key)); q = q.flatMap(n => [n.left, n.right].filter(Boolean)); } return out; }
  height(n = this.#root) { return n ? 1 + Math.max(this.height(n.left), this.height(n.right)) : 0; }
  min() { let c = this.#root; while (c?.left) c = c.left; return c?.key; }
  max() { let c = this.#root; while (c?.right) c = c.right; return c?.key; }
  get size() { return this.#size; }
  get root() { return this.#root; }
  draw(n = this.#root, prefix = '', isLeft = true, lines = []) {
    if (!n) return lines;
    if (n.right) this.draw(n.right, prefix + (isLeft ? '│   ' : '    '), false, lines);
    lines.push(prefix + (isLeft ? '└── ' : '┌── ') + n.key);
    if (n.left) this.draw(n.left, prefix + (isLeft ? '    ' : '│   '), true, lines);
    return lines;
  }
}
const t = new BST();
[50, 30, 70, 20, 40, 60, 80, 35, 45, 65].forEach(k => t.insert(k, `v${k}`));
t.insert(40, 'updated');
console.log(t.size, t.height(), t.min(), t.max(), t.has(45), t.has(99));
console.log(t.inorder().join(' '), '|', t.preorder().join(' '));
console.log(t.levels());
console.log(t.draw().join('\n'));
console.log(t.root);
console.log(JSON.stringify(t.root, ['key', 'left', 'right']).length);
console.log(t);
const words = new BST();
'the quick brown fox jumps over the lazy dog'.split(' ').forEach(w => words.insert(w));
console.log(words.inorder(), words.size, words.height());
