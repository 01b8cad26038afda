// localeCompare treats canonically equivalent strings as equal.
const pairs = [
  ['o\u0308', '\u00f6'], ['\u00e4\u0323', 'a\u0323\u0308'], ['a\u0308\u0323', 'a\u0323\u0308'],
  ['\u1111\u1171\u11B6', '\ud4db'], ['\u00c5', 'A\u030A'], ['\u2126', '\u03a9'],
  ['\u1e69', 's\u0323\u0307'], ['q\u0307\u0323', 'q\u0323\u0307'],
  ['e\u0301', 'e'], ['e\u0301', 'f'], ['resume', 'r\u00e9sum\u00e9'],
];
for (const [a, b] of pairs) console.log(JSON.stringify(a), JSON.stringify(b), a.localeCompare(b), b.localeCompare(a));
