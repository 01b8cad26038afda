class Animal {
  static registry = [];
  static { Animal.kingdom = 'Animalia'; }
  #sound;
  constructor(name, sound) { this.name = name; this.#sound = sound; Animal.registry.push(name); }
  speak() { return `${this.name} says ${this.#sound}`; }
  get description() { return `${this.constructor.name}(${this.name})`; }
  static [Symbol.hasInstance](obj) { return typeof obj?.speak === 'function'; }
}
class Dog extends Animal {
  constructor(name) { super(name, 'woof'); }
  speak() { return super.speak() + '!'; }
  get description() { return 'Good ' + super.description; }
}
const duck = { speak() { return 'quack'; } };
const d = new Dog('Rex');
console.log(d.speak(), d.description, duck instanceof Animal, [] instanceof Animal, Animal.kingdom, Animal.registry);
class Stack2 extends Array {
  peek() { return this[this.length - 1]; }
  static get [Symbol.species]() { return Array; }
}
const s = Stack2.from([1, 2, 3]);
const mapped = s.map(x => x * 2);
console.log(s.peek(), s instanceof Stack2, mapped instanceof Stack2, mapped, s);
function process(cmd) {
  switch (cmd.type) {
    case 'add': { const r = cmd.a + cmd.b; return `sum=${r}`; }
    case 'neg': { const r = -cmd.a; return `neg=${r}`; }
    case 'noop':
    case 'skip':
      return 'nothing';
    default:
      throw new Error(`unknown command ${JSON.stringify(cmd)}`);
  }
}
for (const c of [{ type: 'add', a: 1, b: 2 }, { type: 'neg', a: 5 }, { type: 'skip' }, { type: 'boom' }]) {
  try { console.log(process(c)); } catch (e) { console.log(e.message); }
}
function tricky() { try { throw new Error('inner'); } catch (e) { return 'caught ' + e.message; } finally { console.log('cleanup'); } }
console.log(tricky());
function override() { try { return 'try'; } finally { return 'finally'; } }
console.log(override());
function nested() { try { try { throw new TypeError('t'); } finally { console.log('inner finally'); } } catch (e) { return e.name; } }
console.log(nested());
let i = 0;
outer: do { i++; for (const j of [1, 2, 3]) { if (j === 2) continue outer; if (i > 3) break outer; console.log('i,j', i, j); } } while (i < 10);
console.log('final i', i);
const obj = { a: 1, get b() { return this.a + 1; }, ['c' + 'd']: 3, [Symbol.toPrimitive](h) { return h === 'number' ? 42 : 'obj'; } };
console.log(+obj, `${obj}`, obj + '', obj.b, obj.cd);
const { a, ...rest } = obj;
console.log(a, rest);
const arr = [1, 2, 3, 4, 5];
const [first, , third, ...others] = arr;
console.log(first, third, others);
let p = 1, q = 2; [p, q] = [q, p]; console.log(p, q);
const fnDefaults = ({ x = 1, y = x * 2 } = {}, [z = y + 1] = []) => [x, y, z];
console.log(fnDefaults(), fnDefaults({ x: 5 }), fnDefaults({ y: 0 }, [undefined]), fnDefaults({}, [null]));
console.log(typeof undefined_thing, typeof null, void 'x', (1, 2, 3), !!'', !!'0', !![] , null ?? 0 ?? 1);
console.log([..."abc"].entries().next(), Object.entries('ab'), Array.from({ length: 2, 0: 'x', 1: 'y' }));
const wm = new WeakMap(); const key = {}; wm.set(key, 'v');
console.log(wm.get(key), wm.has({}), wm);
console.log(Number('12px'), Number.parseFloat('12.5px'), Math.round('2.5'), '5' * '2', '5' + 2, 5 + +'2', '10' / '4');
