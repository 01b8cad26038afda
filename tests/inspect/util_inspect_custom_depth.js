const util = require('util');
const c = { [util.inspect.custom](depth, options, inspect) { return `depth=${depth} ${typeof options.stylize} ${inspect === util.inspect}`; } };
console.log(c);
console.log({ a: { b: c } });
console.log(util.inspect(c, { depth: 5 }));
console.log(util.inspect({ x: c }, { depth: null }));
