// toUpperCase / toLowerCase beyond ASCII
console.log('Hello World'.toUpperCase(), 'Hello World'.toLowerCase());
console.log('straße'.toUpperCase(), 'ÀÉÎÕÜ ÿ'.toLowerCase(), 'àéîõü'.toUpperCase(), 'ÿ'.toUpperCase());
console.log('ΑΒΓΔ ΣΟΦΟΣ'.toLowerCase(), 'αβγδ ς'.toUpperCase(), 'Привет Мир'.toUpperCase(), 'ПРИВЕТ'.toLowerCase());
console.log('İ'.toLowerCase().length, 'ı'.toUpperCase(), 'µ'.toUpperCase(), 'ǆ'.toUpperCase(), 'Ǆ'.toLowerCase());
console.log('ﬁ'.toUpperCase(), 'Ω'.toLowerCase(), '123 !?'.toUpperCase(), 'Ā ā Ž ž'.toUpperCase(), 'Ā ā Ž ž'.toLowerCase());
console.log('abc'.toLocaleUpperCase(), 'ABC'.toLocaleLowerCase(), '\u{10428}'.toUpperCase() === '\u{10400}');
console.log('ǰ ΐ ΰ և ẖ ẚ ὐ ᾀ ᾈ ᾳ ῼ ﬓ ﬗ'.toUpperCase(), 'ᾈ ῼ'.toLowerCase(), 'ΑΣ ΑΣΑ Σ'.toLowerCase());
