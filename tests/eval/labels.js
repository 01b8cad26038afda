outer: for (let i = 0; i < 3; i++) {
  inner: for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('pair', i, j);
  }
}
blk: {
  console.log('in block');
  if (true) break blk;
  console.log('never');
}
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n > 5) break loop;
    if (n % 2) continue loop;
    console.log('even', n);
  } while (true);
}
a: b: for (const x of [1, 2, 3]) { if (x === 2) continue a; if (x === 3) break b; console.log('x', x); }
sw: switch (1) { case 1: for (;;) { break sw; } }
console.log('done', n);
