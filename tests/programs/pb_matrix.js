// Matrix operations on arrays of arrays
const zeros = (r, c) => Array.from({ length: r }, () => new Array(c).fill(0));
const identity = (n) => zeros(n, n).map((row, i) => row.map((_, j) => (i === j ? 1 : 0)));
const transpose = (m) => m[0].map((_, j) => m.map((row) => row[j]));
const multiply = (a, b) => a.map((row) => transpose(b).map((col) => row.reduce((s, x, k) => s + x * col[k], 0)));
const add = (a, b) => a.map((row, i) => row.map((x, j) => x + b[i][j]));
const format = (m) => m.map((row) => row.map((x) => String(x).padStart(4)).join('')).join('\n');

const A = [[1, 2, 3], [4, 5, 6]];
const B = [[7, 8], [9, 10], [11, 12]];
console.log(format(multiply(A, B)));
console.log(format(transpose(A)));
console.log(JSON.stringify(identity(3)));
console.log(format(add(A, A)));

function determinant(m) {
  if (m.length === 1) return m[0][0];
  if (m.length === 2) return m[0][0] * m[1][1] - m[0][1] * m[1][0];
  return m[0].reduce((sum, x, j) => {
    const minor = m.slice(1).map((row) => row.filter((_, k) => k !== j));
    return sum + (j % 2 ? -1 : 1) * x * determinant(minor);
  }, 0);
}
console.log(determinant([[2, 0, 1], [1, 3, 2], [1, 1, 1]]), determinant(identity(4)), determinant([[1, 2], [2, 4]]));

function power(m, n) {
  let result = identity(m.length);
  let base = m;
  while (n > 0) {
    if (n & 1) result = multiply(result, base);
    base = multiply(base, base);
    n >>= 1;
  }
  return result;
}
console.log('fib via matrix:', power([[1, 1], [1, 0]], 30)[0][1]);

const rotate = (m) => transpose(m).map((row) => row.reverse());
const grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]];
console.log(format(rotate(grid)));
console.log(grid.flat().reduce((a, b) => a + b), grid.map((r) => Math.max(...r)), grid.map((_, i) => grid[i][i]));
const spiral = (m) => (m.length ? [...m[0], ...spiral(rotateLeft(m.slice(1)))] : []);
const rotateLeft = (m) => (m.length ? transpose(m).reverse() : []);
console.log(spiral([[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]));
