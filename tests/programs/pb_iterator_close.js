// Iterator return() runs when a loop exits early
function tracked(values, label) {
  let i = 0;
  return {
    [Symbol.iterator]() { return this; },
    next() {
      if (i < values.length) return { value: values[i++], done: false };
      console.log(label, 'exhausted');
      return { done: true };
    },
    return(v) {
      console.log(label, 'closed at index', i);
      return { done: true, value: v };
    },
  };
}

for (const x of tracked([1, 2, 3, 4], 'break')) {
  if (x === 2) break;
}
for (const x of tracked([1, 2], 'full')) console.log('saw', x);

function findFirst(iterable, pred) {
  for (const x of iterable) if (pred(x)) return x;
  return undefined;
}
console.log('found', findFirst(tracked([5, 8, 13], 'return'), (x) => x > 6));

try {
  for (const x of tracked(['a', 'b'], 'throw')) {
    throw new Error('stop at ' + x);
  }
} catch (e) {
  console.log('caught', e.message);
}

const [a, b] = tracked([10, 20, 30], 'destructure');
console.log(a, b);
const [c, ...d] = tracked([1, 2, 3], 'rest');
console.log(c, d);

outer: for (const i of tracked([1, 2], 'outer')) {
  for (const j of tracked([1, 2], 'inner')) {
    if (j === 2) continue outer;
    console.log('pair', i, j);
  }
}
console.log(Array.from(tracked([7], 'from')));
