const a = 'abcdefghijklmnopqrstuvwxyz'.split('');
console.log(a);
