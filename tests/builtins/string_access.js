// at, charAt, charCodeAt, codePointAt, concat, slice, substring, substr
const s = 'hello, world';
console.log(s.at(0), s.at(-1), s.at(100), s.at(-100), s.at(1.7));
console.log(s.charAt(1), JSON.stringify(s.charAt(99)), s.charAt(), s.charAt(-1) === '');
console.log(s.charCodeAt(0), s.charCodeAt(99), s.charCodeAt());
const e = 'a\u{1F600}b';
console.log(e.length, e.codePointAt(1), e.codePointAt(2), e.codePointAt(9), e.charCodeAt(1));
console.log('abc'.concat(1, null, undefined, [2, 3], {}));
console.log(s.slice(7), s.slice(-5), s.slice(2, -2), JSON.stringify(s.slice(5, 2)), s.slice(-100, 3));
console.log(s.substring(7), s.substring(5, 2), s.substring(-3, 3), s.substring(3, NaN), s.substring(0, 100));
console.log(s.substr(7), s.substr(-5, 3), s.substr(2, 0) === '', s.substr(1, -1) === '', s.substr(NaN, 2));
console.log('abc'.length, ''.length, 'x'.at(-1));
console.log(String.prototype.at.call(12345, -2), String.prototype.slice.call(true, 1));
