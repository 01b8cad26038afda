// props.js - property reads and writes on objects of a few different shapes
// (polymorphic access sites), plus adding and overwriting properties.
function makePoint(i) { return { x: i, y: i + 1 }; }
function makePoint3(i) { return { x: i, y: i * 2, z: 3 }; }
function makeRect(i) { return { w: i & 15, h: 7, x: 1, y: 2 }; }

var objs = [], i;
for (i = 0; i < 300; i++) {
    if (i % 3 === 0) objs.push(makePoint(i));
    else if (i % 3 === 1) objs.push(makePoint3(i));
    else objs.push(makeRect(i));
}

function sweep(rounds) {
    var sum = 0, r, j, o;
    for (r = 0; r < rounds; r++) {
        for (j = 0; j < objs.length; j++) {
            o = objs[j];
            sum = (sum + o.x + o.y) | 0;
            o.x = (o.x + 1) & 1023;
        }
    }
    return sum;
}

function build(n) {
    var total = 0, k, o;
    for (k = 0; k < n; k++) {
        o = {};
        o.a = k;
        o.b = k & 7;
        o.c = o.a + o.b;
        o.d = o.c * 2;
        o.a = o.d - o.b;
        total = (total + o.a + o.b + o.c + o.d) | 0;
    }
    return total;
}

function keyed(n) {
    var names = ["alpha", "beta", "gamma", "delta"], o = {}, k, s = 0, key;
    for (k = 0; k < names.length; k++) o[names[k]] = k;
    for (k = 0; k < n; k++) {
        key = names[k & 3];
        o[key] = (o[key] + k) & 65535;
        s = (s + o[key]) | 0;
    }
    return s;
}

console.log("props", sweep(2500), build(150000), keyed(300000));
