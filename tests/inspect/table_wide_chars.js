console.table([{ name: '中文', v: 1 }, { name: 'abc', v: 22 }]);
console.table([{ emoji: '😀x' }, { emoji: 'ok' }]);
console.table({ 'ключ': 'значение', 'キー': '値' });
