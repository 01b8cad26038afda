// An error thrown in a timer callback is uncaught: later timers never run
let count = 0;
function parseRecord(line) {
  const [key, value] = line.split('=');
  if (value === undefined) throw new SyntaxError(`bad record: ${line}`);
  return { key, value };
}
const lines = ['a=1', 'b=2', 'oops', 'c=3'];
lines.forEach((line, i) => {
  setTimeout(() => {
    const r = parseRecord(line);
    count++;
    console.log('parsed', r.key, r.value, 'count', count);
  }, i * 5);
});
setTimeout(() => console.log('never printed'), 100);
