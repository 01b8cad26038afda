const ts = Error.prototype.toString;
console.log(ts.call({}), ts.call({ name: 'N' }), ts.call({ message: 'M' }), ts.call({ name: 'N', message: 'M' }));
console.log(ts.call({ name: '', message: 'only msg' }), ts.call({ name: 'only name', message: '' }), JSON.stringify(ts.call({ name: '', message: '' })));
console.log(ts.call({ name: undefined, message: undefined }), ts.call({ name: 5, message: true }));
const e = new TypeError('bad');
e.name = 'Custom';
console.log(String(e));
try { ts.call(1); } catch (x) { console.log(x.name + ': ' + x.message); }
try { ts.call(undefined); } catch (x) { console.log(x.name + ': ' + x.message); }
console.log(`${new RangeError('r')}`, new SyntaxError('s') + '');
