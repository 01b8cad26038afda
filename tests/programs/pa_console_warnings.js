// the console's warnings go to stderr from a nextTick, as node's process.emitWarning
console.count('jobs');
console.countReset('jobs');
console.countReset('jobs');
console.count('jobs');
console.countReset('never-counted');
console.time('load');
console.time('load');
console.timeLog('missing');
console.timeEnd('missing-too');
console.log('sync code done');
setTimeout(() => { throw new Error('stop here so stderr is checked'); }, 0);
