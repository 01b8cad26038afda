// Keys gathered for for-in, an array rest element's copy and a tagged
// template's strings are defined on fresh arrays, not assigned: a setter or
// a read-only index on Array.prototype must not reach them.
let log = '';
Object.defineProperty(Array.prototype, '0', { value: 100, writable: false, configurable: true });
Object.defineProperty(Array.prototype, '1', { set(v) { log += 'setter ' + v + '\n'; }, configurable: true });
for (const k in [101, 102]) log += 'key ' + k + '\n';
const [, ...tail] = [1, 2, 3];
log += 'tail ' + tail[0] + ' ' + tail[1] + ' ' + Object.getOwnPropertyNames(tail).join() + '\n';
const tag = (s) => s[0] + '|' + s[1] + '|' + s.raw[0] + '|' + Object.getOwnPropertyNames(s).join();
log += 'tag ' + tag`a${1}b` + '\n';
delete Array.prototype[0];
delete Array.prototype[1];
process.stdout.write(log);
