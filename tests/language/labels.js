// Labeled break and continue, nested loops, labeled blocks.
const out = [];
outer: for (let i = 0; i < 4; i++) {
    for (let j = 0; j < 4; j++) {
        if (j === 2) continue outer;
        if (i === 3) break outer;
        out.push(`${i}${j}`);
    }
}
console.log(out.join(" "));
let n = 0;
loop: while (true) {
    do {
        n++;
        if (n > 5) break loop;
    } while (n % 2);
}
console.log(n);
block: {
    console.log("in block");
    if (n) break block;
    console.log("not reached");
}
const found = [];
rows: for (const row of [[1, 2], [3, -1, 4], [5]]) {
    for (const v of row) {
        if (v < 0) continue rows;
        found.push(v);
    }
}
console.log(found);
a: b: for (let i = 0; i < 3; i++) { if (i === 1) continue a; if (i === 2) break b; console.log("i", i); }
let k = 0;
for (;;) { if (++k >= 3) break; }
console.log(k);
