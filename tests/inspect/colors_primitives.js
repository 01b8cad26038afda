const util = require('util');
const show = (v) => console.log(JSON.stringify(util.inspect(v, { colors: true })));
show(1); show(-0); show('str'); show(true); show(null); show(undefined); show(Symbol('s'));
show(NaN);
