outer: for (let i = 0; i < 4; i++) {
  inner: for (let j = 0; j < 4; j++) {
    if (j === i) continue outer;
    if (i === 3) break outer;
    console.log(i, j);
  }
}
blk: { console.log('in block'); if (true) break blk; console.log('never'); }
function grade(score) {
  switch (true) {
    case score >= 90: return 'A';
    case score >= 80: return 'B';
    default: return 'F';
  }
}
console.log([95, 85, 20].map(grade));
function days(month) {
  let out = [];
  switch (month) {
    case 'feb': out.push(28);
    case 'apr': case 'jun': out.push(30); break;
    case 'jan': { out.push(31); break; }
    default: out.push('?');
  }
  return out;
}
console.log(days('feb'), days('jun'), days('jan'), days('xyz'));
const cfg = { server: { port: 0, host: '' }, retries: null };
console.log(cfg.server?.port ?? 80, cfg.server.host || 'localhost', cfg.retries ?? 3, cfg.client?.timeout, cfg.client?.timeout.ms, cfg.fn?.());
console.log(cfg.server?.['port'], cfg.missing?.[0], (null)?.x ?? 'dflt');
let z = null; z ??= 5; let y = 0; y ||= 7; let w = 1; w &&= 9;
console.log(z, y, w);
const { server: { port: p = 8080, host: h } = {}, retries: r = 3, extra = 'none', ...others } = { ...cfg, more: 1 };
console.log(p, JSON.stringify(h), r, extra, others);
const [x1 = 'd1', [x2, x3] = [2, 3], ...xs] = [undefined, undefined, 4, 5];
console.log(x1, x2, x3, xs);
function tag(strings, ...vals) { return strings.raw.map((s, i) => s + (i < vals.length ? `[${vals[i]}]` : '')).join(''); }
console.log(tag`a${1}b${'two'}c\n`, String.raw`x\ty${2}`);
function html(s, ...v) { return s.reduce((acc, str, i) => acc + str + (v[i] !== undefined ? String(v[i]).toUpperCase() : ''), ''); }
console.log(html`<p>${'hello'} and ${'bye'}</p>`);
const counter = (() => { let c = 0; return { inc: () => ++c, dec: () => --c, get value() { return c; } }; })();
counter.inc(); counter.inc(); counter.dec();
console.log(counter.value, counter);
const memo = fn => { const cache = new Map(); return n => cache.has(n) ? cache.get(n) : (cache.set(n, fn(n)), cache.get(n)); };
const slowSquare = memo(n => { console.log('computing', n); return n * n; });
console.log(slowSquare(4), slowSquare(4), slowSquare(5));
const fibm = memo(n => n < 2 ? n : fibm(n - 1) + fibm(n - 2));
console.log(fibm(90));
var hoisted = typeof later; function later() {}
console.log(hoisted, typeof notYet, (function () { return typeof arguments; })(), (() => this)());
console.log([1, 2, 3].map((n, i, arr) => arr.length - i), ((a, b = a * 2, ...c) => [a, b, c])(1));
do { var k = (k || 0) + 1; } while (k < 3);
console.log(k, void 0, typeof null, typeof [], typeof Symbol(), 1 < 2 < 3, 3 > 2 > 1);
console.log(`${[1, 2]}`, `${{}}`, [] + [], [] + {}, 1 + '2' - 1, '3' * '4', true + 1, null + 1, undefined + 1);
