// A recursive-descent calculator with a tokenizer and error reporting
function tokenize(src) {
  const tokens = [];
  const re = /\s*(?:(\d+\.?\d*)|([A-Za-z]+)|(\*\*|[-+*/%^(),]))/y;
  let m;
  while (re.lastIndex < src.length && (m = re.exec(src))) {
    if (m[1]) tokens.push({ type: 'num', value: parseFloat(m[1]) });
    else if (m[2]) tokens.push({ type: 'name', value: m[2] });
    else tokens.push({ type: 'op', value: m[3] });
  }
  if (re.lastIndex < src.trimEnd().length) throw new SyntaxError(`unexpected character at ${re.lastIndex}: '${src[re.lastIndex]}'`);
  return tokens;
}

const funcs = { sqrt: Math.sqrt, abs: Math.abs, max: Math.max, min: Math.min, round: Math.round };
const consts = new Map([['pi', Math.PI], ['e', Math.E]]);

function evaluate(src) {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = () => tokens[pos];
  const take = (v) => {
    const t = tokens[pos];
    if (v !== undefined && (!t || t.value !== v)) throw new SyntaxError(`expected '${v}' but found ${t ? `'${t.value}'` : 'end'}`);
    pos++;
    return t;
  };
  function expr() {
    let v = term();
    while (peek() && (peek().value === '+' || peek().value === '-')) v = take().value === '+' ? v + term() : v - term();
    return v;
  }
  function term() {
    let v = power();
    while (peek() && '*/%'.includes(peek().value)) {
      const op = take().value;
      const r = power();
      if (op !== '*' && r === 0) throw new RangeError('division by zero');
      v = op === '*' ? v * r : op === '/' ? v / r : v % r;
    }
    return v;
  }
  function power() {
    const base = unary();
    if (peek() && (peek().value === '^' || peek().value === '**')) { take(); return base ** power(); }
    return base;
  }
  function unary() {
    if (peek() && peek().value === '-') { take(); return -unary(); }
    return primary();
  }
  function primary() {
    const t = take();
    if (!t) throw new SyntaxError('unexpected end of input');
    if (t.type === 'num') return t.value;
    if (t.value === '(') { const v = expr(); take(')'); return v; }
    if (t.type === 'name') {
      if (consts.has(t.value)) return consts.get(t.value);
      const f = funcs[t.value];
      if (!f) throw new ReferenceError(`unknown name ${t.value}`);
      take('(');
      const args = [expr()];
      while (peek() && peek().value === ',') { take(); args.push(expr()); }
      take(')');
      return f(...args);
    }
    throw new SyntaxError(`unexpected '${t.value}'`);
  }
  const result = expr();
  if (pos < tokens.length) throw new SyntaxError(`trailing '${tokens[pos].value}'`);
  return result;
}

for (const src of ['1 + 2 * 3', '(1 + 2) * 3', '2 ^ 3 ^ 2', '-2 ** 2', 'sqrt(16) + abs(-3)', 'max(1, 5, 3) % 4',
  'round(pi * 100) / 100', '10 / 0', '1 +', '(2', 'foo(1)', '3 $ 4', '7 7', '1.5 * 4 - e']) {
  try {
    console.log(src.padEnd(22), '=', evaluate(src));
  } catch (e) {
    console.log(src.padEnd(22), '!', `${e.name}: ${e.message}`);
  }
}
