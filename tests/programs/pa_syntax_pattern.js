const prices = [1, 2];
const { min, max };
console.log(prices);
