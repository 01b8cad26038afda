// strings.js - building strings with += and Array.prototype.join, reading
// them back with charCodeAt, slicing and indexOf.
function hash(s) {
    var h = 0, i;
    for (i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h;
}

function concatBuild(n) {
    var s = "", i;
    for (i = 0; i < n; i++) s += String.fromCharCode(97 + (i % 26)) + (i % 10);
    return s;
}

function joinBuild(n) {
    var parts = [], i;
    for (i = 0; i < n; i++) parts.push("item" + i);
    return parts.join(",");
}

function pieces(n) {
    var words = ["alpha", "beta", "gamma", "delta", "epsilon"], acc = 0, i, w, s;
    for (i = 0; i < n; i++) {
        w = words[i % 5];
        s = w + "-" + i;
        acc = (acc + s.length + s.indexOf("-") + s.slice(1, 3).charCodeAt(0)) | 0;
        if (s.toUpperCase().charCodeAt(0) === 65) acc = (acc + 1) | 0;
    }
    return acc;
}

var a = concatBuild(200000);
var b = joinBuild(100000);
console.log("strings", a.length, hash(a), b.length, hash(b), pieces(100000));
