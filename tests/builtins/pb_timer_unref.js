// unref: a timer that does not keep the program alive, yet fires while it runs
const watchdog = setTimeout(() => console.log('watchdog fired while work was pending'), 10);
console.log('unref returns the timer:', watchdog.unref() === watchdog, 'hasRef:', watchdog.hasRef());
setTimeout(() => console.log('work done'), 120);

// alone and unref'd: the program ends without waiting 100 seconds
setTimeout(() => console.log('never printed'), 100000).unref();
const tick = setInterval(() => {}, 5000);
tick.unref();

// ref() undoes unref()
const back = setTimeout(() => console.log('re-ref timer fired'), 20);
back.unref();
back.ref();
console.log('hasRef after ref:', back.hasRef());

// refresh() starts the same delay over: fires after the 150 ms timer
const late = setTimeout(() => console.log('refreshed timer fired last'), 100);
setTimeout(() => late.refresh(), 80);
setTimeout(() => console.log('150 ms timer'), 150);
