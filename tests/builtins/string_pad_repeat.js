// padStart, padEnd, repeat
console.log('5'.padStart(3, '0'), 'abc'.padStart(10, '123'), 'abc'.padStart(2), JSON.stringify('abc'.padStart(6)));
console.log('abc'.padEnd(10, 'xy'), JSON.stringify('abc'.padEnd(5)), 'abc'.padEnd(6, ''), 'x'.padEnd(3, undefined) + '|');
console.log('ab'.repeat(3), JSON.stringify('ab'.repeat(0)), JSON.stringify(''.repeat(5)), '-'.repeat(2.9));
for (const n of [-1, Infinity, -Infinity]) {
  try { 'a'.repeat(n); } catch (e) { console.log(e.name + ': ' + e.message); }
}
console.log('7'.padStart(4, 'ab'), '42'.padStart(0, 'x'), 'é'.padStart(3, '*'));
