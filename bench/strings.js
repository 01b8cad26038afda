// strings.js - building strings with += and Array.prototype.join, reading
// them back with charCodeAt, slice, indexOf and split.
// Strings stay short to medium: some engines copy on every += and index
// UTF-8 from the start on every charCodeAt, and a quadratic benchmark would
// measure only that.
function hash(s) {
    var h = 0, i;
    for (i = 0; i < s.length; i++) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h;
}

// A cheap fingerprint of a longer string: its length and 16 sampled chars.
function sample(s) {
    var h = s.length, step = Math.floor(s.length / 16) || 1, i;
    for (i = 0; i < s.length; i += step) h = (h * 31 + s.charCodeAt(i)) | 0;
    return h;
}

function concatBuild(rounds, n) {
    var h = 0, r, s, i;
    for (r = 0; r < rounds; r++) {
        s = "";
        for (i = 0; i < n; i++) s += String.fromCharCode(97 + ((i + r) % 26)) + (i % 10);
        h = (h * 7 + hash(s)) | 0;
    }
    return h;
}

function joinBuild(rounds, n) {
    var h = 0, r, parts, i, s;
    for (r = 0; r < rounds; r++) {
        parts = [];
        for (i = 0; i < n; i++) parts.push("item" + (i + r));
        s = parts.join(",");
        h = (h * 7 + sample(s) + s.split(",").length) | 0;
    }
    return h;
}

function pieces(n) {
    var words = ["alpha", "beta", "gamma", "delta", "epsilon"], acc = 0, i, w, s;
    for (i = 0; i < n; i++) {
        w = words[i % 5];
        s = w + "-" + i;
        acc = (acc + s.length + s.indexOf("-") + s.slice(1, 3).charCodeAt(0)) | 0;
        if (s.toUpperCase().charCodeAt(0) === 65) acc = (acc + 1) | 0;
        if (s === "gamma-12") acc = (acc + 1000) | 0;
    }
    return acc;
}

console.log("strings", concatBuild(1000, 60), joinBuild(400, 200), pieces(100000));
