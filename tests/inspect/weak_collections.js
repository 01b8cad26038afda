console.log(new WeakMap(), new WeakSet());
const k = {};
const wm = new WeakMap([[k, 1]]);
console.log(wm);
console.log({ wm, ws: new WeakSet([k]) });
class MyWM extends WeakMap {}
console.log(new MyWM());
