// Legacy octal escapes (sloppy mode only): up to three octal digits with a
// value below 256; \8 and \9 are just the digits.
function codes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out.join(" ");
}
console.log(codes("\1\7\10\17\101\377"));
console.log(codes("\400"), codes("\477"), codes("\08"), codes("\00"));
console.log(codes("\8\9"), "\101BC");
