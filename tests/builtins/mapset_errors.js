const methods = [
  ['get', Map], ['set', Map], ['has', Map], ['delete', Map], ['clear', Map], ['forEach', Map], ['keys', Map],
  ['add', Set], ['has', Set], ['values', Set], ['entries', Set],
];
for (const [name, C] of methods) {
  try { C.prototype[name].call({}, 1); } catch (e) { console.log(e.name + ': ' + e.message); }
}
try { Map.prototype.get.call(new Set(), 1); } catch (e) { console.log(e.message); }
try { Set.prototype.add.call(new Map(), 1); } catch (e) { console.log(e.message); }
try { Map.prototype.has.call(1, 1); } catch (e) { console.log(e.message); }
try { Map.prototype.has.call(undefined, 1); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call({}); } catch (e) { console.log(e.message); }
try { Object.getOwnPropertyDescriptor(Set.prototype, 'size').get.call(new Map()); } catch (e) { console.log(e.message); }
try { new Map().entries().next.call({}); } catch (e) { console.log(e.message); }
try { new Set().values().next.call(new Map().keys()); } catch (e) { console.log(e.message); }
