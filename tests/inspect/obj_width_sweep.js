for (let n = 55; n <= 80; n++) {
  console.log({ key: 'v'.repeat(n) });
}
