// localeCompare follows ICU's root collation for the Latin letters it
// expands or sets apart: ß = ss, æ = ae, œ = oe at the base level with an
// accent difference, ø/đ/ł/ħ as stroked letters, ı/ŋ/ŧ with places of
// their own, ligatures and other compatibility forms as their letters with
// a tertiary difference, combining marks as accents, l· as a contraction.
const words = [
    'Straße', 'Strasse', 'strasse', 'STRASSE', 'Strase', 'Strassen', 'Æsir', 'Aesir', 'aesir', 'Adam',
    'œuvre', 'Oeuvre', 'oeuvre', 'Ørsted', 'Orsted', 'Östen', 'Oslo', 'Þór', 'Thor', 'Zürich',
    'ﬁnal', 'final', 'Final', 'ﬂow', 'flow', 'ĳs', 'ijs', 'Łódź', 'Lodz', 'col·lecció', 'coll', 'colla',
    'ıslak', 'islak', 'Islak', 'jam', 'Đorđe', 'Dorde', 'ðe', 'de', 'ħa', 'ha', 'ŋa', 'na', 'oa',
    'e\u0301te\u0301', 'été', 'ete', 'Ete', 'q\u0301', 'qa', 'ª', 'a', 'A', 'Ａ', '²', '2', '½', '1/2',
    'a b', 'ab', 'a-b', 'a\u00A0b', '‘a’', "'a'", '«a»', '"a"', '¿a?', 'a…', 'a...', '€5', '$5', '10', '9',
];
console.log(words.slice().sort((x, y) => x.localeCompare(y)).join(' | '));
console.log(words.slice().sort((x, y) => x.localeCompare(y, 'en', { caseFirst: 'upper' })).join(' | '));
console.log(words.slice().sort((x, y) => x.localeCompare(y, undefined, { numeric: true })).join(' | '));
const pairs = [
    ['ß', 'ss'], ['ß', 'SS'], ['ß', 'ſs'], ['ẞ', 'ß'], ['æ', 'ae'], ['Æ', 'AE'], ['æ', 'ǽ'], ['œ', 'oe'],
    ['ø', 'o'], ['ø', 'ö'], ['ð', 'đ'], ['ł', 'l'], ['ı', 'i'], ['ı', 'j'], ['ŋ', 'o'], ['ﬁ', 'fi'],
    ['ﬁ', 'Fi'], ['ǅ', 'Dž'], ['ǅ', 'dž'], ['ŀ', 'l·'], ['l·', 'l'], ['ſ', 's'], ['ﬅ', 'ſt'], ['ª', 'A'],
    ['a\u0001b', 'ab'], ['01', '1'], ['‘', "'"], ['´', '`'], ['x\u0308', 'ẍ'], ['\u00A0', ' '],
];
const sens = [undefined, 'base', 'accent', 'case', 'variant'];
for (const [a, b] of pairs)
    console.log(a, b, sens.map(s => a.localeCompare(b, undefined, s && { sensitivity: s })).join(' '),
                a.localeCompare(b, undefined, { numeric: true }));
