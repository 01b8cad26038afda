// The HTML methods of String.prototype (Annex B), which node has.
const names = ['anchor', 'big', 'blink', 'bold', 'fixed', 'fontcolor', 'fontsize', 'italics',
  'link', 'small', 'strike', 'sub', 'sup'];
for (const m of names) console.log(m, String.prototype[m].length, 'ab'[m]('say "hi"'));
console.log('x'.fontcolor(), String.prototype.sub.call(5));
try {
  String.prototype.bold.call(null);
} catch (e) {
  console.log(e.constructor.name, e.message);
}
const order = [];
String.prototype.link.call({ toString() { order.push('this'); return 'T'; } },
  { toString() { order.push('arg'); return 'U'; } });
console.log(order, Object.getOwnPropertyDescriptor(String.prototype, 'sup').enumerable);
