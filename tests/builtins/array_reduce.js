const a = [1, 2, 3, 4];
console.log(a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10), a.reduceRight((s, x) => s + x, ''));
console.log(a.reduce((acc, x, i, arr) => acc.concat([[x, i, arr.length]]), []));
console.log([, 1, , 2].reduce((s, x) => s + x), [, 5].reduceRight((s, x) => s * x));
console.log([7].reduce(() => 'never'), [].reduce((a, b) => a, 'init'));
try { [].reduce((a, b) => a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [, ,].reduceRight((a, b) => a); } catch (e) { console.log(e.name + ': ' + e.message); }
try { [1].reduce('x'); } catch (e) { console.log(e.name + ': ' + e.message); }
console.log(Array.prototype.reduce.call('abc', (s, c) => c + s, ''));
