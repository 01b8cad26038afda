// A repeat count beyond any string's length is valid and never matches.
const big = Number.MAX_SAFE_INTEGER;
console.log(new RegExp('b{' + big + '}', 'u').test('bbb'));
console.log(new RegExp('b{' + big + ',}?').test('b'));
console.log(new RegExp('b{' + big + ',' + big + '}').test('b'));
console.log(new RegExp('a(b){' + big + '}?|c').exec('abc'));
try { new RegExp('b{9,' + big + '}x{' + big + ',2}'); } catch (e) { console.log(e.message); }
