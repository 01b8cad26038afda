// an uncaught error prints as util.inspect shows it
class MyErr extends Error {}
console.log('before');
throw new MyErr('bad thing');
