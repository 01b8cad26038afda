// Scheduling functions reject a callback that is not a function with
// node's ERR_INVALID_ARG_TYPE error.
for (const f of [setTimeout, setInterval, setImmediate, queueMicrotask, process.nextTick]) {
  for (const v of [undefined, 5, 'str', {}, null]) {
    try {
      f(v);
    } catch (e) {
      console.log(f.name, e.name, e.code, e.message);
    }
  }
}
