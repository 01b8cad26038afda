// Grouping and counting with Map
const orders = [
  { id: 1, customer: 'ann', item: 'apple', qty: 3, price: 0.5 },
  { id: 2, customer: 'bob', item: 'pear', qty: 1, price: 0.75 },
  { id: 3, customer: 'ann', item: 'pear', qty: 2, price: 0.75 },
  { id: 4, customer: 'cid', item: 'apple', qty: 10, price: 0.45 },
  { id: 5, customer: 'bob', item: 'fig', qty: 6, price: 1.2 },
  { id: 6, customer: 'ann', item: 'fig', qty: 1, price: 1.2 },
];

function groupBy(list, keyFn) {
  const groups = new Map();
  for (const entry of list) {
    const key = keyFn(entry);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(entry);
  }
  return groups;
}

const byCustomer = groupBy(orders, (o) => o.customer);
for (const [customer, list] of byCustomer) {
  const total = list.reduce((sum, o) => sum + o.qty * o.price, 0);
  console.log(`${customer}: ${list.length} orders, total ${total.toFixed(2)}`);
}

const itemCounts = new Map();
for (const { item, qty } of orders) itemCounts.set(item, (itemCounts.get(item) ?? 0) + qty);
console.log(itemCounts);
console.log('most ordered:', [...itemCounts].sort((a, b) => b[1] - a[1])[0]);

const words = 'the quick brown fox jumps over the lazy dog the end'.split(' ');
const freq = words.reduce((m, w) => m.set(w, (m.get(w) || 0) + 1), new Map());
console.log('size', freq.size, 'the =', freq.get('the'), 'cat =', freq.get('cat'));
console.log([...freq.keys()].join(','));
freq.delete('the');
console.log('after delete:', freq.has('the'), freq.size);

const byLength = groupBy(words, (w) => w.length);
console.log(new Map([...byLength].sort((a, b) => a[0] - b[0])));
console.log(Object.fromEntries(byLength));
