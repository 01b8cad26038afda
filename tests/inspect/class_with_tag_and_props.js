class Temp { constructor() { this.celsius = 20; } get [Symbol.toStringTag]() { return 'Temperature'; } }
console.log(new Temp());
console.log([new Temp()]);
class Same { get [Symbol.toStringTag]() { return 'Same'; } }
console.log(new Same());
