// Symbols: uniqueness, description, as property keys (hidden from keys and
// JSON), Symbol.for registry, well-known symbols.
const s1 = Symbol("desc"), s2 = Symbol("desc");
console.log(s1 === s2, s1.description, s1.toString(), String(s2), typeof s1, Symbol().description);
const o = { [s1]: "symbol value", regular: 1 };
o[s2] = "other";
console.log(o[s1], o[s2], Object.keys(o), JSON.stringify(o), Object.getOwnPropertySymbols(o).length);
console.log(Symbol.for("app") === Symbol.for("app"), Symbol.keyFor(Symbol.for("app")), Symbol.keyFor(s1));
class Even { static [Symbol.hasInstance](n) { return n % 2 === 0; } }
console.log(2 instanceof Even, 3 instanceof Even);
class Tagged { get [Symbol.toStringTag]() { return "MyTag"; } }
console.log(Object.prototype.toString.call(new Tagged()), String(new Tagged()));
const money = { amount: 5, [Symbol.toPrimitive](hint) { return hint === "string" ? "$" + this.amount : this.amount; } };
console.log(`${money}`, money + 1, money * 2);
try { s1 + 1; } catch (e) { console.log(e.name, e.message); }
console.log(typeof Symbol.iterator, Symbol.iterator.toString(), Symbol.asyncIterator.description);
const keys = [];
for (const k in o) keys.push(k);
console.log(keys, s1 in o, Object.assign({}, o)[s1]);
