// util.inspect.defaultOptions changes what console.log prints
const util = require('util');
const config = { server: { http: { routes: { api: { v1: ['users', 'orders'] } } } }, list: Array.from({ length: 8 }, (_, i) => i) };
console.log(config);
console.log(util.inspect.defaultOptions);
console.log(Object.keys(util.inspect), Object.isSealed(util.inspect.defaultOptions));
util.inspect.defaultOptions.depth = null;
console.log(config);
util.inspect.defaultOptions = { maxArrayLength: 3, breakLength: 120 };
console.log(config, util.inspect.defaultOptions.depth);
console.log(util.inspect(config, { depth: 0 }));
console.log(util.format('%o', [1, 2, 3, 4, 5]));
class Probe { [util.inspect.custom](depth, opts) { return `depth=${depth} max=${opts.maxArrayLength} break=${opts.breakLength}`; } }
console.log(new Probe(), util.inspect(new Probe(), { depth: 1 }));
for (const bad of [null, 5, 'x', [1]]) {
  try { util.inspect.defaultOptions = bad; } catch (e) { console.log(e.name, e.code, e.message); }
}
try { util.inspect.defaultOptions = { notAnOption: true }; } catch (e) { console.log(e.name, e.message); }
util.inspect.defaultOptions = { depth: 2, maxArrayLength: 100, breakLength: 80 };
console.log(config);
