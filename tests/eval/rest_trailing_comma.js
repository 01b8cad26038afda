console.log('never printed');
let [a, ...b,] = [1, 2];
