// an uncaught assert(): the message quotes the call
const assert = require('assert');
function positive(n) {
  assert(n > 0);
  return n;
}
console.log(positive(1));
positive(-1);
