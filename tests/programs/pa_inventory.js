class Item {
  static #nextId = 1;
  #price;
  constructor(name, price, qty = 0) {
    this.id = Item.#nextId++;
    this.name = name;
    this.#price = price;
    this.qty = qty;
  }
  get price() { return this.#price; }
  set price(v) {
    if (typeof v !== 'number' || Number.isNaN(v) || v < 0) throw new TypeError(`Bad price: ${v}`);
    this.#price = v;
  }
  get total() { return this.#price * this.qty; }
  toJSON() { return { id: this.id, name: this.name, price: this.#price, qty: this.qty }; }
  static from(obj) { return new Item(obj.name, obj.price, obj.qty); }
}
class Inventory {
  items = new Map();
  add(item) { this.items.set(item.id, item); return this; }
  remove(id) { return this.items.delete(id); }
  get value() { let s = 0; for (const it of this.items.values()) s += it.total; return s; }
  [Symbol.iterator]() { return this.items.values(); }
  report() {
    const rows = [...this].map(i => `${String(i.id).padStart(3)} | ${i.name.padEnd(12)} | ${i.price.toFixed(2).padStart(8)} | ${String(i.qty).padStart(4)}`);
    return ['ID  | Name         |    Price |  Qty', '-'.repeat(38), ...rows].join('\n');
  }
}
const inv = new Inventory();
inv.add(new Item('Hammer', 12.5, 10)).add(new Item('Nails (100)', 3.99, 250)).add(Item.from({ name: 'Saw', price: 24, qty: 3 }));
console.log(inv.report());
console.log('Total value:', inv.value.toFixed(2));
const first = inv.items.get(1);
try { first.price = -3; } catch (e) { console.log(e.message); }
try { first.price = 'x'; } catch (e) { console.log(e.message); }
first.price = 15;
console.log(first.price, first.total, first);
console.log(JSON.stringify([...inv]));
console.log(JSON.stringify({ inv: [...inv] }, null, 2));
console.log(inv.remove(2), inv.remove(99), inv.items.size);
console.log(inv);
const byValue = [...inv].sort((a, b) => b.total - a.total).map(({ name, total }) => ({ name, total }));
console.log(byValue);
console.log(Object.getOwnPropertyNames(Item.prototype), Object.keys(first));
console.log('price' in first, first.hasOwnProperty('price'), Object.getOwnPropertyDescriptor(Item.prototype, 'total'));
