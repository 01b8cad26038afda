console.log({ s: 'line one\nline two\nline three and some more text to make it long enough' });
console.log(['first line of a multi-line string\nsecond line of the multi-line string\nthird']);
console.log({ short: 'a\nb' });
console.log({ deep: { deeper: 'x'.repeat(30) + '\n' + 'y'.repeat(30) + '\n' + 'z'.repeat(10) } });
