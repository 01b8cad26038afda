console.log(encodeURIComponent('a b&c=d/é?#'), decodeURIComponent('%E2%9C%93'), encodeURI('http://x.com/a b?q=1&r=é#frag'));
console.log(encodeURIComponent("-_.!~*'()"), encodeURI(';/?:@&=+$,#'), encodeURIComponent(';/?:@&=+$,#'));
console.log(encodeURIComponent('😀'), decodeURIComponent('%F0%9F%98%80'), decodeURI('%3B%2F%3f%20%C3%A9'), decodeURIComponent('%3B%2F%3f'));
console.log(escape('a b+c/é€@*'), unescape('%u20AC%41%zz%'), unescape(escape('héllo wörld')));
for (const bad of ['%', '%E0%A4%A', '%C0%80', '%FF', '%ED%A0%80', '%F4%90%80%80', '%xy']) {
  try { decodeURIComponent(bad); console.log('ok?', bad); } catch (e) { console.log(bad, e.name, e.message, e instanceof URIError); }
}
try { encodeURIComponent('\ud800'); } catch (e) { console.log(e.name, e.message); }
try { encodeURIComponent('\udc00x'); } catch (e) { console.log(e.name, e.message); }
console.log(encodeURIComponent(123), encodeURIComponent(), decodeURI(), encodeURIComponent.length, encodeURIComponent.name);
const params = { q: 'hello world', lang: 'en/us', emoji: '✓' };
const qs = Object.entries(params).map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`).join('&');
console.log(qs, Object.fromEntries(qs.split('&').map(p => p.split('=').map(decodeURIComponent))));
console.log(Object.getOwnPropertyDescriptor(globalThis, 'encodeURI'));
