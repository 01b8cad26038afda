console.log('before');
function fail() { throw new TypeError('custom failure'); }
fail();
console.log('never');
