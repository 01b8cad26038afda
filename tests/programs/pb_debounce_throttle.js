// debounce and throttle built from timers, driven by a scripted event stream
function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
function throttle(fn, ms) {
  let blocked = false;
  let pending = null;
  return function run(...args) {
    if (blocked) { pending = args; return; }
    fn(...args);
    blocked = true;
    setTimeout(() => {
      blocked = false;
      if (pending) { const a = pending; pending = null; run(...a); }
    }, ms);
  };
}

const saves = [];
const save = debounce((text) => { saves.push(text); console.log('saved:', text); }, 30);
'hello'.split('').reduce((acc, ch) => { const t = acc + ch; save(t); return t; }, '');

const calls = [];
const scroll = throttle((pos) => calls.push(pos), 40);
for (let i = 1; i <= 5; i++) scroll(i * 10);

setTimeout(() => {
  console.log('saves', saves, 'throttled calls', calls);
  save('again');
  save('again and again');
  setTimeout(() => console.log('final saves', saves.length, saves.at(-1), 'calls', calls), 120);
}, 150);
