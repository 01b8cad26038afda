console.log({ data: Array.from({ length: 20 }, (_, i) => i * 3) });
console.log([Array.from({ length: 8 }, (_, i) => i), Array.from({ length: 8 }, (_, i) => i * 10)]);
