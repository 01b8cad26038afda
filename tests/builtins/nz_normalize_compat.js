// NFKC and NFKD apply the compatibility decompositions (ligatures, width,
// super/subscripts, fractions, squared words, math letters), then compose
// as NFC does; NFC and NFD leave those characters alone.
function hex(s) {
    return [...s].map(c => c.codePointAt(0).toString(16).toUpperCase()).join(' ');
}
const samples = [
    'ﬁ', 'ﬃ', 'Ｗｅｂ', 'ｶﾞ', 'x²', 'H₂O', '½', '\u00A0', 'ǆ', 'ẛ\u0323',
    '㍿', '℡', 'ﷺ', '𝐀𝔷', 'ℌ', 'Ω', 'Å', 'ㄱ', 'ㅏ', '\u3131\u314F',
    '\u1100\u1161\u11A8', '각', 'e\u0301', 'ｅ\u0301', 'ﬀ\u0327\u0301', 'ȩ́', 'abc',
    '\u0958', '\u2126\u0301', '\u1E9B', '\u00B4', '\u0344', '\uD800x', 'ŉ', '①', '⑴',
];
for (const s of samples)
    console.log(hex(s).padEnd(18), ['NFC', 'NFD', 'NFKC', 'NFKD'].map(f => f + '=' + hex(s.normalize(f))).join('  '));
console.log('ﬁ'.normalize() === 'ﬁ', 'ﬁ'.normalize(undefined) === 'ﬁ');
for (const bad of ['nfkc', 'NFKC ', 'NFC\0', 'NFK', ''])
    try {
        'a'.normalize(bad);
        console.log('accepted', JSON.stringify(bad));
    } catch (e) {
        console.log(e.name, JSON.stringify(bad), e.message);
    }
