const parse = s => s.trim().split('\n').map(r => [...r.trim()].map(c => c === '#'));
const step = g => g.map((row, y) => row.map((alive, x) => {
  let n = 0;
  for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) if ((dy || dx) && g[y + dy]?.[x + dx]) n++;
  return alive ? n === 2 || n === 3 : n === 3;
}));
const show = g => g.map(r => r.map(c => (c ? '#' : '.')).join('')).join('\n');
let g = parse(`
......
..#...
...#..
.###..
......
......`);
for (let i = 0; i < 4; i++) { console.log(`gen ${i}:\n${show(g)}`); g = step(g); }
console.log(g.flat().filter(Boolean).length);
const board = ['XOX', 'OXO', 'OXX'];
const winner = b => { const L = [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 3, 6], [1, 4, 7], [2, 5, 8], [0, 4, 8], [2, 4, 6]]; const f = b.join(''); for (const [a, c, d] of L) if (f[a] !== '.' && f[a] === f[c] && f[a] === f[d]) return f[a]; return f.includes('.') ? null : 'draw'; };
console.log(winner(board), winner(['XX.', 'OO.', '...']), winner(['XOX', 'XOO', 'OXX']));
const sudokuRowOk = r => new Set(r.filter(n => n)).size === r.filter(n => n).length;
const sud = [[5, 3, 0, 0, 7, 0, 0, 0, 0], [6, 0, 0, 1, 9, 5, 0, 0, 0], [0, 9, 8, 0, 0, 0, 0, 6, 0], [8, 0, 0, 0, 6, 0, 0, 0, 3], [4, 0, 0, 8, 0, 3, 0, 0, 1], [7, 0, 0, 0, 2, 0, 0, 0, 6], [0, 6, 0, 0, 0, 0, 2, 8, 0], [0, 0, 0, 4, 1, 9, 0, 0, 5], [0, 0, 0, 0, 8, 0, 0, 7, 9]];
const cols = sud[0].map((_, i) => sud.map(r => r[i]));
const boxes = Array.from({ length: 9 }, (_, b) => sud.slice(Math.floor(b / 3) * 3, Math.floor(b / 3) * 3 + 3).flatMap(r => r.slice((b % 3) * 3, (b % 3) * 3 + 3)));
console.log([sud, cols, boxes].map(gr => gr.every(sudokuRowOk)));
function solveSudoku(s) {
  const ok = (r, c, n) => { for (let i = 0; i < 9; i++) { if (s[r][i] === n || s[i][c] === n) return false; const br = 3 * Math.floor(r / 3) + Math.floor(i / 3), bc = 3 * Math.floor(c / 3) + i % 3; if (s[br][bc] === n) return false; } return true; };
  for (let r = 0; r < 9; r++) for (let c = 0; c < 9; c++) if (!s[r][c]) { for (let n = 1; n <= 9; n++) if (ok(r, c, n)) { s[r][c] = n; if (solveSudoku(s)) return true; s[r][c] = 0; } return false; }
  return true;
}
const copy = sud.map(r => [...r]);
console.log(solveSudoku(copy));
console.log(copy.map(r => r.join(' ')).join('\n'));
console.log(copy);
