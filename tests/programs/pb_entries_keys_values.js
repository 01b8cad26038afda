// entries(), keys(), values() on arrays, maps, sets and objects
const fruits = ['apple', 'banana', 'cherry'];
for (const [i, f] of fruits.entries()) console.log(i, f);
console.log([...fruits.keys()], [...fruits.values()]);

const sparse = [1, , 3];
console.log([...sparse.keys()], Object.keys(sparse), [...sparse.entries()]);

const stock = new Map([['apples', 5], ['pears', 0], ['figs', 12]]);
console.log([...stock.keys()], [...stock.values()]);
const inStock = [...stock.entries()].filter(([, n]) => n > 0).map(([k]) => k);
console.log(inStock);

const colors = new Set(['red', 'green']);
console.log([...colors.entries()], [...colors.keys()], colors.values().next());

const config = { host: 'localhost', port: 8080, debug: false };
for (const [key, value] of Object.entries(config)) console.log(`${key}=${value}`);
console.log(Object.keys(config).length, Object.values(config));

const arrIter = fruits[Symbol.iterator]();
console.log(arrIter.next(), typeof arrIter[Symbol.iterator], arrIter[Symbol.iterator]() === arrIter);
console.log(Object.prototype.toString.call(arrIter), Object.prototype.toString.call(stock.keys()));

const strIter = 'héllo'[Symbol.iterator]();
console.log(strIter.next().value, [...strIter].join('|'));
console.log([...'a😀b'].length, 'a😀b'.length);

const m2 = new Map();
const live = m2.keys();
m2.set('late', 1);
console.log('iterator sees later entries:', live.next());
console.log(fruits.entries().toString(), String(stock.entries()));
