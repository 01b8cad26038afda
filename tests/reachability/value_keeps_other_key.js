// A value in one WeakMap keeps the key of another WeakMap alive, for as
// long as its own key (and map) live.
const util = require('util');
const show = (label, x) => console.log(label, util.inspect(x, { showHidden: true }));

const owners = new WeakMap();
const details = new WeakMap();
let doc = null;
function setup() {
  const d = { title: 'report' };
  const author = { name: 'Lee' };
  owners.set(d, { author });
  details.set(author, 'author details');
  doc = d;
}
setup();
gc();
show('owners:', owners);
show('details (author kept by owners value):', details);
doc = null;
gc();
show('owners:', owners);
show('details:', details);
