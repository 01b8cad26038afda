const catalog = new Map([
  ['apple', { price: 0.5, unit: 'each', stock: 100 }],
  ['bread', { price: 2.25, unit: 'loaf', stock: 10 }],
  ['milk', { price: 1.99, unit: 'litre', stock: 0 }],
  ['cheese', { price: 12.8, unit: 'kg', stock: 3.5 }],
]);
class OutOfStock extends Error {
  constructor(item, wanted, have) { super(`Only ${have} ${catalog.get(item)?.unit ?? 'units'} of ${item} left (wanted ${wanted})`); this.name = 'OutOfStock'; Object.assign(this, { item, wanted, have }); }
}
class Cart {
  lines = [];
  add(item, qty = 1) {
    const p = catalog.get(item);
    if (!p) throw new ReferenceError(`No such product: ${item}`);
    if (qty > p.stock) throw new OutOfStock(item, qty, p.stock);
    const line = this.lines.find(l => l.item === item);
    line ? (line.qty += qty) : this.lines.push({ item, qty });
    p.stock -= qty;
    return this;
  }
  get subtotal() { return this.lines.reduce((s, l) => s + l.qty * catalog.get(l.item).price, 0); }
  total({ taxRate = 0.08, discount = 0 } = {}) {
    const afterDiscount = this.subtotal * (1 - discount);
    return Math.round(afterDiscount * (1 + taxRate) * 100) / 100;
  }
  receipt() {
    const rows = this.lines.map(({ item, qty }) => { const { price, unit } = catalog.get(item); return `${item.padEnd(8)}${String(qty).padStart(5)} ${unit.padEnd(6)}@ ${price.toFixed(2).padStart(6)} = ${(qty * price).toFixed(2).padStart(7)}`; });
    return [...rows, '-'.repeat(44), `${'Subtotal'.padEnd(35)}${this.subtotal.toFixed(2).padStart(9)}`, `${'Total (8% tax)'.padEnd(35)}${this.total().toFixed(2).padStart(9)}`].join('\n');
  }
}
const cart = new Cart();
const attempts = [['apple', 6], ['bread', 2], ['milk', 1], ['caviar', 1], ['cheese', 0.75], ['apple', 4], ['cheese', 5]];
for (const [item, qty] of attempts) {
  try { cart.add(item, qty); console.log(`added ${qty} ${item}`); }
  catch (e) {
    if (e instanceof OutOfStock) console.log(`${e.name}: ${e.message} [${e.item}/${e.wanted}/${e.have}]`);
    else console.log(`${e.constructor.name}: ${e.message}`);
  }
}
console.log(cart.receipt());
console.log(cart.total({ discount: 0.1 }), cart.total({ taxRate: 0 }), cart.total({}));
console.log(cart);
console.log(catalog);
console.log([...catalog].filter(([, p]) => p.stock === 0).map(([n]) => n));
const err = new OutOfStock('bread', 99, 8);
console.log(Object.keys(err), err.toString(), err instanceof Error);
console.log(JSON.stringify(cart), JSON.stringify(Object.fromEntries(catalog), null, 1));
