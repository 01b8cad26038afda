// 72-76-80 boundary: each entry start plus output must fit in breakLength
console.log({ aaaa: 'xxxxxxxxxx', bbbb: 'xxxxxxxxxx', cccc: 'xxxxxxxxxx', dd: 'xxxxxx' });
console.log({ aaaa: 'xxxxxxxxxx', bbbb: 'xxxxxxxxxx', cccc: 'xxxxxxxxxx', dd: 'xxxxxxx' });
console.log({ aaaa: 'xxxxxxxxxx', bbbb: 'xxxxxxxxxx', cccc: 'xxxxxxxxxx', dd: 'xxxxxxxx' });
console.log({ aaaa: 'xxxxxxxxxx', bbbb: 'xxxxxxxxxx', cccc: 'xxxxxxxxxx', dd: 'xxxxxxxxxxxxx' });
console.log({ aaaa: 'xxxxxxxxxx', bbbb: 'xxxxxxxxxx', cccc: 'xxxxxxxxxx', dd: 'xxxxxxxxxxxxxx' });
