// Iterator protocol edges: who calls return(), and when
function source(label, n = 3) {
  let i = 0;
  const log = (msg) => console.log(`  [${label}] ${msg}`);
  return {
    [Symbol.iterator]() { log('get iterator'); return this; },
    next() {
      i++;
      log(`next -> ${i <= n ? i : 'done'}`);
      return i <= n ? { value: i, done: false } : { value: undefined, done: true };
    },
    return() { log('return'); return {}; },
  };
}

console.log('Array.from with a throwing map function:');
try { Array.from(source('from'), (x) => { if (x === 2) throw new Error('map failed'); return x; }); } catch (e) { console.log(' ', e.message); }

console.log('Map constructor with a bad entry:');
try { new Map(source('map')); } catch (e) { console.log(' ', e.message); }

console.log('Set constructor takes everything:');
console.log(' ', new Set(source('set', 2)));

console.log('destructuring default throws:');
try { const [a, b = (() => { throw new Error('default failed'); })()] = [1]; } catch (e) { console.log(' ', e.message); }
try {
  const [a = 0, b = (() => { throw new Error('default failed in iterator'); })()] = source('destr', 5);
} catch (e) { console.log(' ', e.message); }

console.log('destructuring takes only what it needs:');
const [x, y] = source('two', 5);
console.log(' ', x, y);
const [p, , q] = source('holes', 5);
console.log(' ', p, q);
const [] = source('empty pattern');
const [...all] = source('rest', 2);
console.log(' ', all);

console.log('spread into call and array:');
console.log(' ', Math.max(...source('spread', 2)), [0, ...source('arr', 1), 9]);

console.log('Promise.all over an iterable:');
Promise.all(source('all', 2)).then((v) => console.log('  all resolved', v));

console.log('for-of with break in a nested function does not close:');
for (const v of source('fn', 2)) {
  [1].forEach(() => {});
  if (v === 2) console.log('  reached 2');
}
console.log('WeakSet from iterable of objects:');
const objs = [{}, {}];
const ws = new WeakSet(objs);
console.log(' ', ws.has(objs[0]), ws.has({}));
