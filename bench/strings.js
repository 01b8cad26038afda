// strings.js - building strings with += and Array.prototype.join, reading
// them back with charCodeAt, slicing and indexOf.
function hash(s) {
    var h = 0, i;
    for (i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h;
}

// Many medium strings rather than one huge one: some engines copy on every
// +=, and a quadratic benchmark would measure only that.
function concatBuild(rounds, n) {
    var h = 0, len = 0, r, s, i;
    for (r = 0; r < rounds; r++) {
        s = "";
        for (i = 0; i < n; i++) s += String.fromCharCode(97 + ((i + r) % 26)) + (i % 10);
        len += s.length;
        h = (h * 7 + hash(s)) | 0;
    }
    return len + ":" + h;
}

function joinBuild(rounds, n) {
    var h = 0, len = 0, r, parts, i, s;
    for (r = 0; r < rounds; r++) {
        parts = [];
        for (i = 0; i < n; i++) parts.push("item" + (i + r));
        s = parts.join(",");
        len += s.length;
        h = (h * 7 + hash(s)) | 0;
    }
    return len + ":" + h;
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

console.log("strings", concatBuild(100, 1000), joinBuild(50, 2000), pieces(100000));
