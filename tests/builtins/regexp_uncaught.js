// an uncaught SyntaxError from the constructor
console.log('before');
new RegExp('a(b');
console.log('not reached');
