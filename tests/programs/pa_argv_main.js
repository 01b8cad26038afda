// process.argv holds absolute paths, as node builds it; argv[1] is __filename
const [execPath, script, ...args] = process.argv;
console.log(execPath.startsWith('/'), script.startsWith('/'), script === __filename, script.endsWith('pa_argv_main.js'));
console.log(args, args.length);
if (process.argv[1] === __filename) console.log('run directly');
const opts = Object.fromEntries(args.filter(a => a.startsWith('--')).map(a => a.slice(2).split('=')).map(([k, v = true]) => [k, v]));
console.log(opts);
