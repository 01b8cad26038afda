console.log({ s: 'x'.repeat(100) });
console.log(['y'.repeat(90)]);
console.log([['z'.repeat(78)]]);
