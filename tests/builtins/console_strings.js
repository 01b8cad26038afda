// string quoting and escapes inside containers
console.log(['plain', "it's", 'say "hi"', 'both \' and "', 'all \' " `', 'tpl ${x} \' "']);
console.log(['\n\t\r\b\f\v\0', '\x01\x1f\x7f\x9f', 'back\\slash', '\ud800 lone', '\udc00', 'ok \u{1F600}', 'é ü']);
console.log({ 'key with space': 1, "it's": 2, 'a\nb': 3 });
console.log(['x'.repeat(20) + '\n' + 'y'.repeat(70)]);
console.log({ text: 'line one\nline two\nline three is here and it goes on for quite a while longer' });
console.log(['short\nlines']);
