// typeof on every kind of value.
console.log(typeof undefined, typeof null, typeof true, typeof 1, typeof NaN, typeof "s");
console.log(typeof {}, typeof [], typeof function () {}, typeof class {}, typeof (() => 1));
console.log(typeof Symbol(), typeof Symbol.iterator, typeof new Number(1), typeof String(1));
console.log(typeof Math, typeof JSON, typeof Object, typeof console.log, typeof undeclaredName);
let x;
console.log(typeof x, typeof globalThis);
