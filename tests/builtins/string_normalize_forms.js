// normalize(): canonical decomposition (NFD), ordering of marks and
// composition (NFC), Hangul syllables, and the common accent-stripping idiom.
const slug = s => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
  .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
console.log(slug('Crème Brûlée à la Mode!'), slug('Ñandú Ålesund Øre Łódź'), slug('São Paulo — Zürich'));
const hex = s => [...s].map(x => x.codePointAt(0).toString(16)).join(' ');
const cases = ['é', 'e\u0301', 'Å', '\u212b', 'ṩ', 's\u0323\u0307', 's\u0307\u0323', '한국어',
  '\u1100\u1161\u11a8', 'Ǆ', 'ắ', 'q\u0307\u0323', '\u0958', 'a\u0301\u0301', '😀é', 'ΐ', 'ώ',
  'a\u0308\u0301\u0327', '\u0344', 'Ω', 'e\u0301\u0302'];
for (const c of cases)
  console.log(JSON.stringify(c), hex(c.normalize('NFC')), '|', hex(c.normalize('NFD')),
    c.normalize() === c.normalize('NFC'));
console.log('café' === 'cafe\u0301', 'café'.normalize() === 'cafe\u0301'.normalize(),
  'cafe\u0301'.normalize().length, 'café'.normalize('NFD').length, 'plain ascii'.normalize('NFD'));
const names = ['Zoe\u0308', 'Zoë', 'Jose\u0301', 'José'];
console.log(new Set(names.map(n => n.normalize())).size, names.map(n => n.normalize('NFD').length));
try { 'x'.normalize('nfc'); } catch (e) { console.log(e.name, e.message); }
