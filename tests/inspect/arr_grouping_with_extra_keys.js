const a = Array.from({ length: 10 }, (_, i) => i);
a.extra = 'yes';
console.log(a);
