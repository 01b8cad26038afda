const isPlain = v => v !== null && typeof v === 'object' && !Array.isArray(v) && Object.getPrototypeOf(v) === Object.prototype;
function deepMerge(target, ...sources) {
  for (const src of sources) {
    if (!isPlain(src)) continue;
    for (const [k, v] of Object.entries(src)) {
      if (k === '__proto__' || k === 'constructor') continue;
      if (isPlain(v)) target[k] = deepMerge(isPlain(target[k]) ? { ...target[k] } : {}, v);
      else if (Array.isArray(v)) target[k] = Array.isArray(target[k]) ? [...new Set([...target[k], ...v])] : [...v];
      else if (v !== undefined) target[k] = v;
    }
  }
  return target;
}
const defaults = { server: { host: 'localhost', port: 80, tls: { enabled: false, ciphers: ['a', 'b'] } }, features: ['x'], debug: false, retries: 3 };
const fileCfg = { server: { port: 8080, tls: { enabled: true } }, features: ['y', 'x'], retries: undefined };
const envCfg = JSON.parse('{"server":{"host":"0.0.0.0","tls":{"ciphers":["c"]}},"debug":true,"__proto__":{"polluted":true}}');
const merged = deepMerge({}, defaults, fileCfg, envCfg);
console.log(merged);
console.log(JSON.stringify(merged, null, 2));
console.log(defaults.server.port, defaults.server.tls.enabled, ({}).polluted, merged.polluted);
const diff = (a, b, path = '') => {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  return [...keys].flatMap(k => {
    const p = path ? `${path}.${k}` : k, x = a?.[k], y = b?.[k];
    if (isPlain(x) && isPlain(y)) return diff(x, y, p);
    if (JSON.stringify(x) === JSON.stringify(y)) return [];
    return [x === undefined ? `+ ${p} = ${JSON.stringify(y)}` : y === undefined ? `- ${p}` : `~ ${p}: ${JSON.stringify(x)} -> ${JSON.stringify(y)}`];
  });
};
console.log(diff(defaults, merged).join('\n'));
const get = (obj, path, dflt) => path.split(/[.[\]]+/).filter(Boolean).reduce((o, k) => (o == null ? undefined : o[k]), obj) ?? dflt;
console.log(get(merged, 'server.tls.ciphers[2]'), get(merged, 'server.nope.deep', 'fallback'), get(merged, 'features.length'));
const set = (obj, path, val) => { const ks = path.split('.'); ks.slice(0, -1).reduce((o, k) => (o[k] ??= {}), obj)[ks.at(-1)] = val; return obj; };
console.log(set({}, 'a.b.c', 1), set({ a: { x: 1 } }, 'a.y', 2));
const frozen = Object.freeze(structuredClone(merged));
console.log(Object.isFrozen(frozen), Object.isFrozen(frozen.server), frozen === merged, JSON.stringify(frozen) === JSON.stringify(merged));
