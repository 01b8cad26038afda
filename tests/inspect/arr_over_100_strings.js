const a = Array.from({ length: 105 }, (_, i) => 's' + i);
console.log(a);
