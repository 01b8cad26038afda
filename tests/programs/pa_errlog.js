// console.log on errors prints the stack; keep it path-independent by editing stack
function clean(e) { e.stack = e.stack.split('\n')[0]; return e; }
const e1 = clean(new Error('simple'));
console.log(e1);
const e2 = clean(new TypeError('typed'));
e2.code = 'E_TYPE';
e2.details = { a: 1 };
console.log(e2);
console.log([clean(new RangeError('in array'))]);
console.log({ err: clean(new Error('in obj')) });
const e3 = new Error('no stack'); e3.stack = undefined;
console.log(e3);
const e4 = new Error('custom stack'); e4.stack = 'totally custom';
console.log(e4);
class MyErr extends Error { constructor(m) { super(m); this.name = 'MyErr'; } }
const e5 = clean(new MyErr('mine'));
console.log(e5, String(e5));
const e6 = new Error('msg'); e6.name = 'Renamed'; e6.stack = e6.stack.split('\n')[0];
console.log(e6);
const e7 = clean(new Error('outer', { cause: clean(new Error('inner')) }));
console.log(e7);
const e8 = clean(new Error('cause str', { cause: 'just a string' }));
console.log(e8);
const e9 = new Error(''); e9.stack = 'Error';
console.log(e9);
const e10 = clean(new Error('multi\nline message'));
console.log(e10);
console.log(Object.prototype.toString.call(e1), typeof e1.stack);
const agg = new AggregateError([clean(new Error('x'))], 'agg'); clean(agg);
console.log(agg);
class NoName extends Error {}
const e11 = clean(new NoName('nn'));
console.log(e11);
console.log(e11.name, e11.constructor.name);
