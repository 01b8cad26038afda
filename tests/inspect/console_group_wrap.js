// the group indent eats into the break length
console.group();
console.group();
console.group();
console.log({ aaaa: 'xxxxxxxxxx', bbbb: 'xxxxxxxxxx', cccc: 'xxxxxxxxxx', dd: 'xxxx' });
console.log(Array.from({ length: 30 }, (_, i) => i * 1000));
console.groupEnd(); console.groupEnd(); console.groupEnd();
