const log = `2024-01-15 10:23:45 [INFO] User alice logged in from 192.168.1.10
2024-01-15 10:24:02 [WARN] Disk usage at 85% on /dev/sda1
2024-01-15 10:25:13 [ERROR] Failed to connect to db-primary:5432 (timeout after 30s)
2024-01-15 10:25:14 [INFO] Retrying connection (attempt 2/5)
2024-01-15 10:26:00 [ERROR] User bob: permission denied for /admin
2024-01-15 10:27:30 [DEBUG] cache hit ratio=0.93 keys=1204`;
const re = /^(?<date>\d{4}-\d{2}-\d{2}) (?<time>[\d:]+) \[(?<level>\w+)\] (?<msg>.*)$/gm;
const entries = [...log.matchAll(re)].map(m => ({ ...m.groups }));
console.log(entries.length, entries[2]);
const byLevel = entries.reduce((acc, e) => ({ ...acc, [e.level]: (acc[e.level] ?? 0) + 1 }), {});
console.log(byLevel);
console.log(log.match(/\b\d{1,3}(?:\.\d{1,3}){3}\b/g), log.match(/(?<=at )\d+%/)?.[0], log.match(/\w+(?=:\d{4})/)?.[0]);
console.log(log.split('\n').filter(l => /\[(ERROR|WARN)\]/.test(l)).map(l => l.replace(/^\S+ \S+ /, '')));
console.log(log.replace(/(?<user>alice|bob)/g, '<$<user>>').split('\n').filter(l => l.includes('<')).length);
console.log('a1b2c3'.replace(/(\d)/g, '[$1]'), 'a1b2c3'.replace(/\d/g, '$&$&'), 'abc'.replace('b', '$`|$\''), 'x'.replace('x', '$$'));
console.log('one two  three'.split(/(\s+)/), 'a,b;c d'.split(/[,; ]/), ''.split(','), 'abc'.split(''), 'abc'.split(/(?:)/u));
const kv = 'name=Ann; age=30; city=New York;  empty=; =novalue';
console.log(Object.fromEntries([...kv.matchAll(/(\w+)=([^;]*)/g)].map(([, k, v]) => [k, v.trim()])));
const sticky = /\d+/y; sticky.lastIndex = 3;
console.log(sticky.exec('abc123def')?.[0], sticky.lastIndex, sticky.exec('abc123def'), sticky.lastIndex);
const g = /o/g; const found = []; let m; while ((m = g.exec('foo boo')) !== null) found.push(m.index);
console.log(found, g.lastIndex);
console.log(/\p{Lu}/u.test('É'), 'héllo wörld'.match(/\p{L}+/gu), '😀 smile'.match(/./gu).length, '😀'.match(/./g).length);
console.log(/^[\w.+-]+@[\w-]+\.[\w.]+$/.test('john.doe+tag@mail.example.com'), /^[\w.+-]+@[\w-]+\.[\w.]+$/.test('bad@'), /colou?r/i.test('COLOR'));
console.log('2024-01-15'.match(/(\d+)-(\d+)-(\d+)/).slice(1).map(Number), RegExp('a.c', 's').test('a\nc'), /a.c/.test('a\nc'));
console.log('The Cat sat on the MAT'.replace(/\b(\w)(\w*)\b/g, (_, f, r) => f.toUpperCase() + r.toLowerCase()));
console.log('aaa'.lastIndexOf('a'), 'abcabc'.search(/c/), 'x-y_z'.replace(/[-_](.)/g, (_, c) => c.toUpperCase()));
const esc = s => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
console.log(esc('1+1=2? (yes) [ok] {x} a|b ^$ \\'), new RegExp(esc('a.b')).test('axb'));
console.log(/(a)|(b)/.exec('b'), 'abc'.match(/(?<first>a)(?<rest>.*)/).groups);
console.log(/x/gimsuy.flags, /x/g.source, String(/a\/b/), new RegExp('/', 'g').source, RegExp.prototype.toString.call(/[/]/));
const dup = 'the the quick quick brown fox fox'.replace(/\b(\w+) \1\b/g, '$1');
console.log(dup, /(\w)\1/.test('hello'), 'mississippi'.replace(/(ss)/g, m => m.toUpperCase()));
console.log('a.b.c'.replaceAll('.', '/'), 'aaa'.replaceAll(/a/g, (m, off) => off), 'Tab\tNew\nLine'.replace(/\s/g, c => JSON.stringify(c)));
