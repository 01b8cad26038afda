// console.dir with options, groups, count, assert
console.dir({ a: { b: { c: { d: 1 } } } });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: null });
console.dir('str');
console.group('Group');
console.log('inside');
console.log({ multi: 'line', object: 'that is long enough to break over lines', more: 'text here' });
console.group();
console.log('nested');
console.groupEnd();
console.groupEnd();
console.log('outside');
console.count(); console.count(); console.count('x'); console.countReset(); console.count();
console.assert(true, 'not shown');
