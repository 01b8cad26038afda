console.assert(true, 'not printed');
console.log('after assert');
console.assert(false, 'printed to stderr %s', 'x');
console.assert(false);
console.log('done');
