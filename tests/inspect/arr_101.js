const a = Array.from({ length: 101 }, (_, i) => i % 7);
console.log(a);
