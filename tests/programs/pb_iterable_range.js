// Custom iterables: a Range class, spread, Array.from, destructuring
class Range {
  constructor(start, end, step = 1) {
    this.start = start;
    this.end = end;
    this.step = step;
  }
  [Symbol.iterator]() {
    let current = this.start;
    const { end, step } = this;
    return {
      next() {
        if (step > 0 ? current < end : current > end) {
          const value = current;
          current += step;
          return { value, done: false };
        }
        return { value: undefined, done: true };
      },
      [Symbol.iterator]() { return this; },
    };
  }
  get length() { return Math.max(0, Math.ceil((this.end - this.start) / this.step)); }
}

const r = new Range(0, 10, 3);
console.log([...r], r.length);
console.log(Array.from(new Range(1, 6), (x, i) => x * x + i));
console.log(Math.max(...new Range(5, 0, -1)));
const [first, second = 'default', ...rest] = new Range(10, 14);
console.log(first, second, rest);
const [only, missing = 'fallback'] = new Range(7, 8);
console.log(only, missing);

for (const n of new Range(3, 0, -1)) console.log('down', n);
console.log(new Set(new Range(0, 3)), new Map([...new Range(0, 3)].map((i) => [i, String.fromCharCode(97 + i)])));

const it = new Range(0, 2)[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next());
console.log([...it]);

const empty = new Range(5, 5);
console.log([...empty], Array.from(empty).length, empty.length);
function sum(...nums) { return nums.reduce((a, b) => a + b, 0); }
console.log(sum(...new Range(1, 101)));
