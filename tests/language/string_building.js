// Building strings: += in loops, join, concatenation with numbers, and
// reading the result back.
let s = "";
for (let i = 0; i < 1000; i++) s += i % 10;
console.log(s.length, s.slice(0, 12), s.slice(-5), s.charCodeAt(999));
const parts = [];
for (let i = 0; i < 5; i++) parts.push("p" + i);
console.log(parts.join(), parts.join(""), parts.join(" | "), [].join("x"), [1].join("x"));
let big = "ab";
for (let i = 0; i < 16; i++) big += big;
console.log(big.length, big.lastIndexOf("ab"), big.indexOf("ba"), big[131071]);
let t = "start";
const alias = t;
t += "-end";
console.log(alias, t);
let u = "";
u += 1; u += 2.5; u += null; u += undefined; u += true; u += [3, 4]; u += {};
console.log(u);
let h = 0;
for (let i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
console.log(h);
const lines = [];
for (let row = 1; row <= 3; row++) {
    let line = "";
    for (let col = 1; col <= 3; col++) line += String(row * col).padStart(3);
    lines.push(line);
}
console.log(lines.join("\n"));
console.log("a" + 1 + 2, 1 + 2 + "a", "x".concat(...["y", "z"]), "" + -0 + 0);
