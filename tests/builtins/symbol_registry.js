const a = Symbol.for('app');
const b = Symbol.for('app');
console.log(a === b, a.description, Symbol.keyFor(a), Symbol.keyFor(Symbol('app')), Symbol.keyFor(Symbol.iterator));
console.log(Symbol.for() === Symbol.for('undefined'), Symbol.for(1) === Symbol.for('1'), Symbol.for('').description);
try { Symbol.keyFor('app'); } catch (e) { console.log(e.name + ': ' + e.message); }
try { Symbol.keyFor({}); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Symbol.for('app') !== Symbol('app'), String(Symbol.for('z')));
