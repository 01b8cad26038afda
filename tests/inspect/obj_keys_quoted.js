console.log({ 'a-b': 1, 'with space': 2, '': 3, '1a': 4, a1: 5, $: 6, _x: 7, 'ü': 8 });
console.log({ 1: 'one', 10: 'ten', '-1': 'neg', '01': 'lead', 1.5: 'f' });
console.log({ "it's": 1, 'say "x"': 2 });
console.log({ 'new\nline': 1 });
