// toLowerCase maps capital sigma to final sigma at the end of a word,
// looking past case-ignorable characters on both sides.
const cases = [
  '\u03a3', 'A\u03a3', '\ud835\udca2\u03a3', 'A.\u03a3', 'A\u00ad\u03a3', 'A\ud834\ude42\u03a3',
  '\u0345\u03a3', '\u0391\u0345\u03a3', 'A\u03a3B', 'A\u03a3\ud835\udca2', 'A\u03a3.b',
  'A\u03a3\u00adB', 'A\u03a3\u0345', 'A\u03a3\u0345\u0391', 'A\u180e\u03a3', 'A\u03a3\u180eB',
  '\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 \u03a3\u0391\u03a3',
];
for (const s of cases) {
  const lower = s.toLowerCase();
  console.log(JSON.stringify(s), JSON.stringify(lower), lower === s.toLocaleLowerCase());
}
