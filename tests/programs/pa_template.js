function compile(tpl) {
  return data => tpl
    .replace(/\{\{#each (\w+)\}\}([\s\S]*?)\{\{\/each\}\}/g, (_, key, body) => (data[key] || []).map((item, index) => compile(body)({ ...data, ...item, this: item, '@index': index })).join(''))
    .replace(/\{\{#if (\w+)\}\}([\s\S]*?)(?:\{\{else\}\}([\s\S]*?))?\{\{\/if\}\}/g, (_, key, yes, no = '') => compile(data[key] ? yes : no)(data))
    .replace(/\{\{\s*([\w.@]+)\s*(?:\|\s*(\w+))?\s*\}\}/g, (_, path, filter) => {
      let v = path.split('.').reduce((o, k) => (o == null ? undefined : o[k]), data);
      if (filter === 'upper') v = String(v).toUpperCase();
      else if (filter === 'money') v = '$' + Number(v).toFixed(2);
      else if (filter === 'json') v = JSON.stringify(v);
      return v ?? '';
    });
}
const invoice = compile(`Invoice for {{ customer.name | upper }} ({{customer.email}})
{{#each items}}  {{@index}}. {{name}} x{{qty}} @ {{price | money}}
{{/each}}{{#if paid}}Status: PAID{{else}}Status: DUE {{ due }}{{/if}}
Meta: {{ meta | json }} Missing: [{{ nope.deep }}]`);
const data = { customer: { name: 'Ada Lovelace', email: 'ada@example.com' }, items: [{ name: 'Widget', qty: 2, price: 3.5 }, { name: 'Gadget', qty: 1, price: 10 }], paid: false, due: 'tomorrow', meta: { v: 1, tags: ['a'] } };
console.log(invoice(data));
console.log(invoice({ ...data, paid: true, items: [] }));
const fmt = (s, ...args) => s.replace(/\{(\d+)\}/g, (m, i) => (i < args.length ? args[i] : m));
console.log(fmt('{0} + {1} = {2}; {3} stays', 1, 2, 3));
const named = (s, o) => s.replace(/\$\{(\w+)\}/g, (_, k) => k in o ? o[k] : `<${k}?>`);
console.log(named('Hi ${name}, you are ${age}. ${unknown}', { name: 'Bo', age: 7 }));
function tag(strings, ...values) { return strings.reduce((acc, s, i) => acc + s + (i < values.length ? `[${typeof values[i]}:${values[i]}]` : ''), ''); }
console.log(tag`num ${42} str ${'x'} obj ${{}} arr ${[1, 2]} nul ${null}`);
const sql = (strings, ...vals) => ({ text: strings.reduce((a, s, i) => a + '$' + i + s), values: vals });
console.log(sql`SELECT * FROM users WHERE id = ${7} AND name = ${"O'Brien"}`);
console.log(String.raw`C:\new\table${1 + 1}\x`, `line1\nline2`.split('\n'), `${`nested ${'deep'}`}`);
