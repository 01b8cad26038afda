console.group('G');
console.error('err in group');
console.warn('warn in group');
console.log('log in group');
console.groupEnd();
