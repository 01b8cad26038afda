// String literals, escapes, indexing and the common String methods.
var s = "Hello, World";
console.log(s.length, s[0], s.charAt(4), s.charCodeAt(1), s[100], s.at(-1));
console.log(s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("xyz"), s.includes("World"), s.startsWith("Hell"), s.endsWith("ld"));
console.log(s.slice(7), s.slice(-5, -1), s.substring(5, 0), s.substr(1, 3), s.toUpperCase(), s.toLowerCase());
console.log(s.split(", "), "a,b,,c".split(","), "abc".split(""), "a b c".split(" ", 2));
console.log("  pad ".trim() + "|", "  pad ".trimStart() + "|", "|" + "  pad ".trimEnd(), "5".padStart(3, "0"), "5".padEnd(3, "*"), "ab".repeat(3));
console.log("a-b-c".replace("-", "+"), "a-b-c".replaceAll("-", "+"), "abc".concat(1, 2), "x".localeCompare === undefined);
console.log("tab\there", "quote\"s", 'single\'s', "back\\slash", "\x41\u0042\u{43}", "line1\nline2");
console.log("é".length, "😀".length, "😀".charCodeAt(0), "😀".codePointAt(0), String.fromCharCode(72, 105), String.fromCodePoint(128512) === "😀");
console.log("abc" < "abd", "a".codePointAt(0), [..."a😀b"].length);
var t = "immutable";
t[0] = "X";
console.log(t);
