for (const n of [6, 7, 16, 17, 26, 27]) {
  console.log(Array.from({ length: n }, (_, i) => 'w' + i));
}
