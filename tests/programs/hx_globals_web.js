// performance, btoa/atob and their DOMException errors
const t0 = performance.now();
console.log(typeof t0, t0 >= 0 && t0 < 10000, performance.now() >= t0);
console.log(typeof performance.timeOrigin, performance.timeOrigin > 1.6e12);
console.log(btoa('hello'), btoa(''), btoa('a'), btoa('ab'), btoa('abc'), btoa('\xff\xfe\x00'));
console.log(btoa(null), btoa(undefined), btoa(12), btoa([1, 2]));
console.log(atob('aGVsbG8='), JSON.stringify(atob(' aGVs\nbG8 ')), atob(''), atob('YQ'), atob('YWI='));
console.log(JSON.stringify(atob('abc=')), JSON.stringify(atob('//79')), atob(btoa('round trip')));
for (const s of ['a', 'abc==', '!!!!', 'aGVsbG8=x', 'YQ=', 'Y===', 'ab=c', '\u0100AAA']) {
  try {
    console.log(JSON.stringify(atob(s)));
  } catch (e) {
    console.log(JSON.stringify(s), e.name, e.code, e.message, e instanceof DOMException, e instanceof Error);
  }
}
try { btoa('\u0100'); } catch (e) { console.log(e.name, e.code, e.message, String(e)); }
try { btoa(); } catch (e) { console.log(e.name, e.code, e.message); }
try { atob(); } catch (e) { console.log(e.name, e.code, e.message); }
const d = new DOMException('custom', 'NotFoundError');
console.log(d.name, d.message, d.code, Object.keys(d), d instanceof Error, Object.prototype.toString.call(d));
const plain = new DOMException();
console.log(JSON.stringify(plain.name), JSON.stringify(plain.message), plain.code);
try { DOMException('x'); } catch (e) { console.log(e.name, e.message); }
