const s = Symbol('desc');
console.log(s, Symbol(), Symbol(''), Symbol.iterator);
console.log([s, Symbol.for('reg')]);
console.log({ s });
console.log(String(Symbol('x y')));
