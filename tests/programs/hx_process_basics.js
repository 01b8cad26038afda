// process host APIs that everyday scripts use
console.log(process.stdout.write('written\n'), process.stderr.write(''));
console.log(typeof process.version, process.version[0], typeof process.versions.node);
console.log(process.cwd() === __dirname, typeof process.pid, process.pid > 0);
const up = process.uptime();
console.log(typeof up, up >= 0 && up < 60);
const t = process.hrtime();
console.log(Array.isArray(t), t.length, Number.isInteger(t[0]), t[1] >= 0 && t[1] < 1e9);
const d = process.hrtime(t);
console.log(d[0] >= 0, d[1] >= 0 && d[1] < 1e9);
const m = process.memoryUsage();
console.log(Object.keys(m), Object.values(m).every((v) => typeof v === 'number'));
console.log(m.heapUsed <= m.heapTotal);
console.log(typeof process.nextTick, process.title, typeof process.arch, typeof process.execPath);
for (const v of [1.5, 'abc', {}, true, 2 ** 40, -1, '2', null, undefined, NaN, Infinity, '1.5', '', 'NaN', 1e21, 2 ** 53]) {
  try {
    process.exitCode = v;
    console.log('ok', v, process.exitCode);
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
process.exitCode = undefined;
for (const v of [1.5, 'x']) {
  try { process.exit(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
for (const v of [1, [1], [1, 2, 3]]) {
  try { process.hrtime(v); } catch (e) { console.log(e.name, e.code, e.message); }
}
try { process.stdout.write(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { process.on('exit', 1); } catch (e) { console.log(e.name, e.code, e.message); }
