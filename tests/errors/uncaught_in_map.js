[1, 2, 3].map((x) => {
  if (x === 2) throw new RangeError('two');
  return x;
});
