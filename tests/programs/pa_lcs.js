const lcs = (a, b) => {
  const dp = Array.from({ length: a.length + 1 }, () => new Array(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) dp[i][j] = a[i - 1] === b[j - 1] ? dp[i - 1][j - 1] + 1 : Math.max(dp[i - 1][j], dp[i][j - 1]);
  const out = []; let i = a.length, j = b.length;
  while (i && j) { if (a[i - 1] === b[j - 1]) { out.unshift(a[i - 1]); i--; j--; } else if (dp[i - 1][j] >= dp[i][j - 1]) i--; else j--; }
  return out;
};
function lineDiff(oldText, newText) {
  const a = oldText.split('\n'), b = newText.split('\n'), common = lcs(a, b);
  const out = []; let i = 0, j = 0;
  for (const line of common) {
    while (a[i] !== line) out.push('- ' + a[i++]);
    while (b[j] !== line) out.push('+ ' + b[j++]);
    out.push('  ' + line); i++; j++;
  }
  while (i < a.length) out.push('- ' + a[i++]);
  while (j < b.length) out.push('+ ' + b[j++]);
  return out;
}
const v1 = `function greet(name) {
  console.log("Hello " + name);
  return true;
}
greet("world");`;
const v2 = `function greet(name, punct = "!") {
  console.log(\`Hello \${name}\${punct}\`);
  return true;
}

greet("world");
greet("weakjs", "?");`;
console.log(lineDiff(v1, v2).join('\n'));
console.log(lcs('ABCBDAB', 'BDCABA').join(''), lcs([1, 2, 3, 4], [2, 4, 5]).length);
const lev = (s, t) => { const d = Array.from({ length: s.length + 1 }, (_, i) => [i, ...Array(t.length).fill(0)]); for (let j = 1; j <= t.length; j++) d[0][j] = j; for (let i = 1; i <= s.length; i++) for (let j = 1; j <= t.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1)); return d[s.length][t.length]; };
const dict = ['apple', 'apply', 'ample', 'maple', 'angle', 'applet', 'happy'];
const suggest = w => dict.map(d => [d, lev(w, d)]).sort((x, y) => x[1] - y[1] || x[0].localeCompare(y[0])).slice(0, 3);
console.log(suggest('appel'), suggest('hapy'), lev('', 'abc'), lev('kitten', 'sitting'));
const similarity = (a, b) => (1 - lev(a, b) / Math.max(a.length, b.length, 1)).toFixed(3);
console.log(similarity('weakjs', 'weak.js'), similarity('node', 'deno'), similarity('', ''));
