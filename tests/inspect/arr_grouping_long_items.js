console.log(Array.from({ length: 8 }, (_, i) => 'a longer string item ' + i));
console.log(Array.from({ length: 10 }, (_, i) => ({ i })));
