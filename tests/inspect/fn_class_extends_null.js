class N extends null {}
console.log(N);
class M extends Object {}
console.log(M);
