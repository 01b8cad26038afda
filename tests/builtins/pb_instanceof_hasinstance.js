// A Symbol.hasInstance that is not callable: V8 names the value with its type
const shapes = [1, 'x', {}, true, [1], Symbol('q'), 2.5];
for (const h of shapes) {
  try {
    ({}) instanceof { [Symbol.hasInstance]: h };
    console.log('no throw');
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
// null and undefined fall back to the ordinary check
const plain = function () {};
Object.defineProperty(plain, Symbol.hasInstance, { value: null });
console.log(new plain() instanceof plain, {} instanceof plain);
// a callable one decides, and its result is converted to boolean
const Odd = { [Symbol.hasInstance]: (n) => (n % 2 ? 'yes' : 0) };
console.log(3 instanceof Odd, 4 instanceof Odd);
