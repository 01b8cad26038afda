// util.inspect groups arrays of short items into columns padded by display
// width (node's getStringWidth): wide CJK and emoji take two columns,
// combining marks none.
console.log(['日本', '中文', '한국어', 'ไทย', 'עברית', 'العربية', 'Ελληνικά', 'русский']);
console.log(['✅ done', '❌ fail', '⚠ warn', '★ star', 'ok', 'no', 'maybe', 'later']);
console.log(Array.from({ length: 12 }, (_, i) => 'é'.repeat(i % 4 + 1)));
console.log(Array.from({ length: 12 }, (_, i) => 'e\u0301'.repeat(i % 3 + 1)));
console.log(Array.from({ length: 10 }, (_, i) => '😀'.repeat(i % 4 + 1)));
console.log(['👨‍👩‍👧', '👍🏽', 'ｆｕｌｌ', 'half', '\u200bzw', 'ｱｲｳ', 'x', 'y', 'z']);
console.log({ tags: ['東京', '大阪', '京都', '札幌', '福岡', '神戸', '名古屋', '横浜', '仙台', '広島'] });
console.log(Array.from({ length: 26 }, (_, i) => String.fromCharCode(0x4e00 + i * 37) + i));
