// flag getters, the generic flags getter, and the prototype's layout
const r = new RegExp('a', 'dgimsuy');
console.log(r.flags, r.hasIndices, r.global, r.ignoreCase, r.multiline, r.dotAll, r.unicode, r.sticky, r.unicodeSets);
const n = new RegExp('a');
console.log(n.flags === '', n.global, n.sticky, n.unicode);
console.log(new RegExp('a', 'yusmig').flags);
console.log(RegExp.prototype.global, RegExp.prototype.source, RegExp.prototype.flags === '');
const flagsGet = Object.getOwnPropertyDescriptor(RegExp.prototype, 'flags').get;
console.log(flagsGet.name, flagsGet.call({ global: 1, sticky: 'y', ignoreCase: 0, dotAll: true }));
for (const k of ['global', 'source', 'flags', 'sticky']) {
  const d = Object.getOwnPropertyDescriptor(RegExp.prototype, k);
  console.log(k, typeof d.get, d.set, d.enumerable, d.configurable, d.get.name);
}
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'global').get.call({}); } catch (e) { console.log(e.name, e.message); }
try { Object.getOwnPropertyDescriptor(RegExp.prototype, 'source').get.call({}); } catch (e) { console.log(e.name, e.message); }
try { flagsGet.call(3); } catch (e) { console.log(e.name, e.message); }
console.log(Object.getOwnPropertyNames(RegExp.prototype).join());
console.log(RegExp.prototype[Symbol.toStringTag], Object.prototype.toString.call(/x/));
