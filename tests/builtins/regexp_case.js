// the i flag, with and without u
console.log(/ÉCOLE/i.test('école'), 'ΣσςΣ'.match(/σ/gi), /[a-z]+/i.exec('ABC')[0]);
console.log(/k/i.test('\u212a'), /k/iu.test('\u212a'), /s/i.test('\u017f'), /s/iu.test('\u017f'));
console.log(/\w/i.test('\u017f'), /\w/iu.test('\u017f'), /ß/i.test('ẞ'), /ß/iu.test('ẞ'));
console.log(/å/i.test('\u212b'), /Ω/i.test('\u2126'), /ω/iu.test('\u2126'));
console.log(/[^a]/i.test('A'), /[^a]/i.test('b'), /Ж/i.test('ж'), /ǅ/i.test('ǆ'));
console.log(/(a)\1/i.test('aA'), /[À-Þ]/i.test('é'), 'Straße'.match(/SS/i));
console.log(/\u0130/i.test('i'), /i/i.test('\u0131'), /I/iu.test('\u0131'));
