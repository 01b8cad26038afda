for (let n = 50; n <= 78; n += 2) {
  console.log({ k1: 'a'.repeat(n / 2), k2: 'b'.repeat(n / 2) });
}
