for (let n = 40; n <= 70; n += 3) {
  console.log({ outer: { inner: 'z'.repeat(n) }, x: 1 });
}
