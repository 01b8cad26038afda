const s = Symbol('desc');
console.log(typeof s, s.toString(), s.description, String(s), Symbol().description, Symbol().toString());
console.log(Symbol('x') === Symbol('x'), s === s, Symbol(undefined).description, Symbol(null).description, Symbol(12).description);
console.log(Symbol('').description === '', Symbol('').toString());
const o = { [s]: 1, normal: 2 };
console.log(Object.keys(o), o[s], Object.getOwnPropertySymbols(o).length, s in o);
try { new Symbol(); } catch (e) { console.log(e.name + ': ' + e.message); }
try { s + ''; } catch (e) { console.log(e.name + ': ' + e.message); }
try { `${s}`; } catch (e) { console.log(e.name + ': ' + e.message); }
try { +s; } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Object(s) instanceof Symbol, typeof Object(s), Object(s).valueOf() === s, Object(s).description);
console.log(Object(s) == s, [s].length, !!s);
console.log(Symbol.length, Symbol.name, Object.getPrototypeOf(s) === Symbol.prototype);
