// Single-character escapes, hex and Unicode escapes in string literals:
// printed as lengths and code units so the output is unambiguous.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out.join(" ");
}
console.log(codes("\n\t\b\f\v\0\r"));
console.log(codes('\'\"\\'), "it's", 'say "hi"');
console.log(codes("\x41\x7e\xff\u0042\u00e9\u2028"));
console.log(codes("\u{41}\u{000000043}\u{1F600}"), "\u{1F600}".length);
console.log(codes("\q\c\d\e\é"), "\a" === "a");
console.log("\uD83D\uDE00" === "\u{1F600}", codes("\uD800"));
console.log("tab:\tend", "a\
b", 'x\
y'.length);
console.log("".length, ''.length, "\0".length);
