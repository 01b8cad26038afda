// over 100 items: "... N more items"
console.log(Array.from({ length: 120 }, (_, i) => i));
console.log(Array(101).fill(0).map((_, i) => (i % 3 ? i : 'x')));
const sparse = []; sparse[200] = 1; console.log(sparse);
const holes = Array(150); holes[0] = 'first'; holes[149] = 'last'; console.log(holes);
