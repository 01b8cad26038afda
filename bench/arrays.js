// arrays.js - push, indexed loops, map/filter/reduce with callbacks and
// sort with a comparator.
function lcg(seed) {
    var s = seed;
    return function () { s = (s * 1103515245 + 12345) & 0x7fffffff; return s; };
}

function pushAndSum(n) {
    var a = [], i, sum = 0;
    for (i = 0; i < n; i++) a.push(i * 3 & 1023);
    for (i = 0; i < a.length; i++) sum = (sum + a[i]) | 0;
    for (i = a.length - 1; i >= 0; i -= 2) a[i] = a[i] + 1;
    for (i = 0; i < a.length; i++) sum = (sum + a[i]) | 0;
    return sum;
}

function functional(n) {
    var a = [], i, r = 0, k;
    for (i = 0; i < n; i++) a.push(i);
    for (k = 0; k < 10; k++) {
        r = (r + a.map(function (x) { return x * 2 + k; })
                 .filter(function (x) { return x % 3 !== 0; })
                 .reduce(function (acc, x) { return (acc + x) | 0; }, 0)) | 0;
    }
    return r;
}

function sorting(n) {
    var next = lcg(42), a = [], i, check = 0;
    for (i = 0; i < n; i++) a.push(next() % 100000);
    a.sort(function (x, y) { return x - y; });
    for (i = 1; i < a.length; i++) if (a[i - 1] > a[i]) return -1;
    for (i = 0; i < a.length; i += 97) check = (check * 7 + a[i]) | 0;
    var objs = [];
    for (i = 0; i < n / 4; i++) objs.push({ key: next() % 1000, id: i });
    objs.sort(function (p, q) { return p.key - q.key || p.id - q.id; });
    for (i = 0; i < objs.length; i += 31) check = (check * 5 + objs[i].id) | 0;
    return check;
}

console.log("arrays", pushAndSum(400000), functional(30000), sorting(80000));
