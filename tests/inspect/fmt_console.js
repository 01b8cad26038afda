console.log('%s is %d years', 'Bob', 42);
console.log('%o', { x: [1] });
console.log('%j', { y: 2 });
console.log('%c', 'css');
console.log('%i%%', 55.5);
console.log('no format', '%s');
console.log(5, '%s', 'x');
