// format strings
console.log('%s is %d years and %i, %f %j %o %O %% %c done', 'Bob', 42.5, 42.9, '3.5x', { a: 1 }, [1], { b: { c: { d: { e: 1 } } } }, 'css', 'extra', 7);
console.log('%s', { a: { b: 1 } }, '%s', Symbol('x'));
console.log('%s|%s|%s|%s', null, undefined, -0, [1, [2, [3]]]);
console.log('%d|%d|%d|%i|%f', '42', -0, {}, '0x10', 'abc');
console.log('%j', { a: [1, 'x'] }, '%j');
console.log('no args %s %d');
console.log('%%s %s', 'a', 'b');
console.log('100%', 'done', '%');
console.log(5, '%s', 'x');
const c = {}; c.c = c; console.log('%j', c);
class T { toString() { return 'custom T'; } } console.log('%s', new T());
