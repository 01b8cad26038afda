// switch: strict matching, fall-through, default in the middle, blocks.
function classify(v) {
    switch (v) {
        case 1: return "one";
        case "1": return "string one";
        case true: return "true";
        case null: return "null";
        case undefined: return "undefined";
        default: return "other";
    }
}
console.log([1, "1", true, null, undefined, 2, NaN].map(classify));
function fall(n) {
    const out = [];
    switch (n) {
        case 0: out.push(0);
        case 1: out.push(1);
        default: out.push("d");
        case 2: out.push(2); break;
        case 3: out.push(3);
    }
    return out.join(",");
}
console.log(fall(0), fall(1), fall(2), fall(3), fall(9));
let evals = [];
function k(x) { evals.push(x); return x; }
switch (k(3)) { case k(1): case k(2): break; case k(3): evals.push("hit"); break; case k(4): break; }
console.log(evals);
switch (0) { }
switch ("x") { default: console.log("only default"); }
for (let i = 0; i < 3; i++) {
    switch (i) { case 1: continue; }
    console.log("after switch", i);
}
