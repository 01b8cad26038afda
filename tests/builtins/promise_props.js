// the shape of Promise and Promise.prototype
console.log(Object.getOwnPropertyNames(Promise));
console.log(Object.getOwnPropertyNames(Promise.prototype));
console.log(Promise.length, Promise.name, typeof Promise);
for (const k of ["all", "allSettled", "any", "race", "resolve", "reject"]) console.log(k, Promise[k].length, Promise[k].name);
for (const k of ["then", "catch", "finally"]) console.log(k, Promise.prototype[k].length, Promise.prototype[k].name);
console.log(Promise.prototype[Symbol.toStringTag], Object.getOwnPropertyDescriptor(Promise.prototype, Symbol.toStringTag));
console.log(Object.getOwnPropertyDescriptor(Promise, "prototype"));
console.log(Object.getOwnPropertyDescriptor(Promise.prototype, "then"));
console.log(Promise.prototype.constructor === Promise, Object.getPrototypeOf(Promise.prototype) === Object.prototype);
console.log(Object.getPrototypeOf(Promise.resolve()) === Promise.prototype);
console.log(Object.keys(Promise.resolve()), Object.getOwnPropertyNames(Promise.resolve()));
