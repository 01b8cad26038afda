// the `require.main === module` idiom of small command-line tools
function parseArgs(argv) {
  const opts = { verbose: false, count: 1, names: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-v' || a === '--verbose') opts.verbose = true;
    else if (a.startsWith('--count=')) opts.count = Number(a.slice(8));
    else opts.names.push(a);
  }
  return opts;
}
function greet(name, n) { return Array.from({ length: n }, (_, i) => `Hello #${i + 1}, ${name}!`); }
function main() {
  const opts = parseArgs(['--count=2', 'Ann', '-v', 'Bob']);
  if (opts.verbose) console.log('options:', opts);
  for (const name of opts.names) console.log(greet(name, opts.count).join('\n'));
  return 0;
}
module.exports = { parseArgs, greet };
if (require.main === module) {
  console.log('running as a script');
  process.exitCode = main();
} else {
  console.log('loaded as a module');
}
console.log(typeof require.resolve, require.resolve('util'), require.resolve('node:assert'), Object.keys(require.cache).length);
console.log(module.id, module.exports === exports, Object.keys(module.exports), require.main.id, require.main.loaded);
try { require.resolve('./missing-file'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
setTimeout(() => console.log('later:', module.loaded, require.main === module), 0);
console.log(Object.keys(module), Object.getOwnPropertySymbols(module).map(String), module.loaded);
