// V8 shows Promise.prototype.finally's nameless steps: "at <anonymous>"
const trace = (e) => e.stack.split('\n').slice(1).map((l) => l.replace(/\(.*[\\/]/, '(').replace(/at .*[\\/]/, 'at ')).join('\n');
Promise.resolve(1).finally(() => console.log(trace(new Error('in finally'))));
Promise.reject(new Error('r')).finally(function named() { console.log(trace(new Error('n'))); }).catch(() => {});
Promise.resolve(2).then(() => console.log(trace(new Error('then'))));
