// After `continue`, `break` and `return` a newline inserts a semicolon only
// before a token that could continue the statement: a `;` on the next line
// ends the statement itself, so an `else` may follow.
let seen = [];
for (let i = 0; i < 3; i++) {
  if (i === 1) continue
  ; else seen.push(i);
}
for (;;) {
  if (true) break
  ; else seen.push('never');
}
function f(x) {
  if (x) return
  ; else return 'no';
}
console.log(seen, f(true), f(false));
