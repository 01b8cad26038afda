// Destructuring with defaults, rest, renaming and nested patterns
const user = {
  id: 7,
  name: 'Ada',
  address: { city: 'London', zip: undefined },
  roles: ['admin', 'dev', 'ops'],
  meta: null,
};

const { name, age = 36, address: { city, zip = '00000', country = 'UK' } } = user;
console.log(name, age, city, zip, country);

const { roles: [primary, ...otherRoles], id: userId } = user;
console.log(primary, otherRoles, userId);

const { meta = 'no meta', missing = 'was undefined' } = user;
console.log(meta, missing);

const { id, ...withoutId } = user;
console.log(id, Object.keys(withoutId));

function connect({ host = 'localhost', port = 80, secure = port === 443 } = {}) {
  return `${secure ? 'https' : 'http'}://${host}:${port}`;
}
console.log(connect(), connect({ port: 443 }), connect({ host: 'x.org', secure: true }));

let a = 1, b = 2;
[a, b] = [b, a];
console.log('swapped', a, b);

const [x = 'dx', , z = 'dz', ...tail] = [undefined, 'skipped', null, 4, 5];
console.log(x, z, tail);

const points = [[1, 2], [3, 4]];
for (const [px, py] of points) console.log(`(${px}, ${py})`);
const entries = Object.entries({ k1: 'v1', k2: 'v2' }).map(([k, v]) => `${k}->${v}`);
console.log(entries);

let counter = 0;
const next = () => ++counter;
const [d1 = next(), d2 = next()] = [undefined, 'given'];
console.log(d1, d2, counter);

const key = 'dyn';
const { [key]: dynamicValue = 'none', [`${key}2`]: other = 'none2' } = { dyn: 'found' };
console.log(dynamicValue, other);

try {
  const { anything } = null;
  console.log(anything);
} catch (e) {
  console.log(e.constructor.name + ':', e.message);
}
try {
  const [q] = {};
  console.log(q);
} catch (e) {
  console.log(e.constructor.name + ':', e.message);
}
