// Thenables: objects with a then method are adopted by promises
const thenable = {
  then(resolve, reject) {
    console.log('then called with', typeof resolve, typeof reject);
    setTimeout(() => resolve('from thenable'), 5);
  },
};
Promise.resolve(thenable).then((v) => console.log('resolved:', v));

const badThenable = { then() { throw new Error('then exploded'); } };
Promise.resolve(badThenable).catch((e) => console.log('caught:', e.message));

const doubleCall = {
  then(res, rej) {
    res('first');
    res('second');
    rej(new Error('ignored'));
  },
};
new Promise((r) => r(doubleCall)).then((v) => console.log('only first counts:', v));

let getterRuns = 0;
const lazyThen = {
  get then() {
    getterRuns++;
    return undefined;
  },
};
Promise.resolve(lazyThen).then((v) => console.log('plain object, then read', getterRuns, 'time(s)', v === lazyThen));

const p = Promise.resolve(1);
console.log('same promise back:', Promise.resolve(p) === p, new Promise((r) => r(p)) === p);

const order = [];
Promise.resolve().then(() => order.push('a1')).then(() => order.push('a2')).then(() => order.push('a3'));
new Promise((r) => r(Promise.resolve())).then(() => order.push('resolved-with-promise'));
Promise.resolve().then(() => order.push('b1')).then(() => order.push('b2')).then(() => order.push('b3')).then(() => order.push('b4'));
setTimeout(() => console.log(order.join(' ')), 20);

const cyc = new Promise((resolve) => setTimeout(() => resolve(cyc), 0));
cyc.catch((e) => console.log(e.constructor.name, e.message));
