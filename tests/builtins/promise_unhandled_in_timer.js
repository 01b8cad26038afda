// a rejection made in a timer is reported after that timer's microtasks
setTimeout(() => {
  console.log("timer 1");
  Promise.resolve().then(() => { throw new Error("thrown in a handler"); });
  queueMicrotask(() => console.log("microtask of timer 1"));
}, 0);
setTimeout(() => console.log("timer 2 never runs"), 5);
