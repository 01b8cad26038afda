function tokenize(src) {
  const re = /\s*(?:(\d+\.?\d*(?:e[+-]?\d+)?)|([A-Za-z_]\w*)|(\*\*|[-+*/%^(),=]))/gy;
  const out = []; let m; re.lastIndex = 0;
  while (re.lastIndex < src.length) {
    const start = re.lastIndex;
    m = re.exec(src);
    if (!m) { if (/^\s*$/.test(src.slice(start))) break; throw new SyntaxError(`Unexpected character '${src.slice(start).trim()[0]}' at ${start}`); }
    if (m[1]) out.push({ t: 'num', v: parseFloat(m[1]) }); else if (m[2]) out.push({ t: 'id', v: m[2] }); else if (m[3]) out.push({ t: 'op', v: m[3] });
  }
  return out;
}
class Parser {
  constructor(tokens, env) { this.toks = tokens; this.i = 0; this.env = env; }
  peek() { return this.toks[this.i]; }
  eat(v) { const t = this.toks[this.i]; if (v !== undefined && (!t || t.v !== v)) throw new SyntaxError(`Expected '${v}' but found ${t ? `'${t.v}'` : 'end'}`); this.i++; return t; }
  parse() { const v = this.assign(); if (this.i < this.toks.length) throw new SyntaxError(`Unexpected '${this.peek().v}'`); return v; }
  assign() { const t = this.peek(), n = this.toks[this.i + 1]; if (t?.t === 'id' && n?.v === '=') { this.i += 2; return (this.env[t.v] = this.assign()); } return this.add(); }
  add() { let v = this.mul(); while (['+', '-'].includes(this.peek()?.v)) { const op = this.eat().v; const r = this.mul(); v = op === '+' ? v + r : v - r; } return v; }
  mul() { let v = this.pow(); while (['*', '/', '%'].includes(this.peek()?.v)) { const op = this.eat().v; const r = this.pow(); v = op === '*' ? v * r : op === '/' ? v / r : v % r; } return v; }
  pow() { const b = this.unary(); if (['^', '**'].includes(this.peek()?.v)) { this.eat(); return b ** this.pow(); } return b; }
  unary() { if (this.peek()?.v === '-') { this.eat(); return -this.unary(); } if (this.peek()?.v === '+') { this.eat(); return +this.unary(); } return this.call(); }
  call() {
    const t = this.eat();
    if (!t) throw new SyntaxError('Unexpected end of input');
    if (t.t === 'num') return t.v;
    if (t.v === '(') { const v = this.add(); this.eat(')'); return v; }
    if (t.t === 'id') {
      if (this.peek()?.v === '(') { this.eat('('); const args = []; if (this.peek()?.v !== ')') { do { args.push(this.add()); } while (this.peek()?.v === ',' && this.eat(',')); } this.eat(')'); const f = Math[t.v]; if (typeof f !== 'function') throw new ReferenceError(`Unknown function ${t.v}`); return f(...args); }
      if (t.v in this.env) return this.env[t.v];
      if (t.v.toUpperCase() in Math) return Math[t.v.toUpperCase()];
      throw new ReferenceError(`Undefined variable ${t.v}`);
    }
    throw new SyntaxError(`Unexpected '${t.v}'`);
  }
}
const env = {};
const exprs = ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ** 2', '10 / 4', '10 % 4', 'x = 5', 'y = x * 2 + 1', 'sqrt(x * y + 9)', 'max(1, x, y, 3)', 'pi * 2', 'e', '1 / 0', '0 / 0', '1e3 + 2.5e-1', 'round(2.5) + round(-2.5)', 'abs(-7) + floor(-1.5)', '1 +', '(2 * 3', 'foo(1)', 'z + 1', '3 $ 4', '2 3', 'hypot(3, 4)'];
for (const e of exprs) {
  try { console.log(e.padEnd(26), '=>', new Parser(tokenize(e), env).parse()); }
  catch (err) { console.log(e.padEnd(26), '!!', `${err.name}: ${err.message}`); }
}
console.log(env);
