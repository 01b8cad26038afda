// A registry that is itself unreachable when its targets die never calls
// back; a live one does.
let live = new FinalizationRegistry((h) => console.log('live registry:', h));
function setup() {
  const dead = new FinalizationRegistry((h) => console.log('dead registry:', h));
  dead.register({}, 'from dead');
  live.register({}, 'from live');
}
setup();
gc();
setTimeout(() => console.log('done'), 20);
