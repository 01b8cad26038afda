console.log([1].concat(2, [3, 4], [[5]]), [].concat(), [1, , 3].concat([, 5]));
const spreadable = { length: 2, 0: 'a', 1: 'b', [Symbol.isConcatSpreadable]: true };
console.log([0].concat(spreadable));
const notSpread = [9, 8];
notSpread[Symbol.isConcatSpreadable] = false;
const r = [0].concat(notSpread);
console.log(r.length, r[1] === notSpread);
console.log(Array.prototype.concat.call(1, 2).length, typeof Array.prototype.concat.call('s')[0]);
console.log([1].concat('ab', { length: 1, 0: 'z' }).length);
try { Array.prototype.concat.call(null); } catch (e) { console.log(e.name + ': ' + e.message); }
