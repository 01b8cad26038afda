// require('events'): node's EventEmitter, printed as node prints it
const EventEmitter = require('events');
console.log(EventEmitter === require('events').EventEmitter, typeof EventEmitter, EventEmitter.name, EventEmitter.length, EventEmitter.defaultMaxListeners);
const e = new EventEmitter();
console.log(e);
e.on('a', (x, y) => console.log('a1', x, y));
console.log(e);
e.once('a', function (x) { console.log('a once', x, this === e); });
console.log(e);
console.log(e.emit('a', 1, 2), e.emit('a', 3), e.emit('b'));
console.log(e.listenerCount('a'), e.eventNames(), e.getMaxListeners());
class Foo extends EventEmitter { constructor() { super(); this.n = 1; } }
const f = new Foo();
f.on('x', () => {});
console.log(f, f instanceof EventEmitter);
try { e.emit('error', new Error('bad')); } catch (err) { console.log('thrown', err.message); }
try { e.emit('error', 'str'); } catch (err) { console.log('thrown', err.name, err.code, err.message); }
e.on('error', (err) => console.log('handled', err.message));
e.emit('error', new Error('ok'));
const h = () => console.log('h');
e.on('newListener', (ev, l) => console.log('newListener', ev, l === h));
e.on('z', h); e.on('z', h);
e.off('z', h);
console.log(e.listeners('z').length, e.rawListeners('a').length);
e.removeAllListeners('z');
console.log(e.eventNames());
e.removeAllListeners();
console.log(e);
function Old() { EventEmitter.call(this); }
Object.setPrototypeOf(Old.prototype, EventEmitter.prototype);
const o = new Old(); o.on('q', () => console.log('old q')); o.emit('q');
console.log(o);
try { e.on('x', 5) } catch (err) { console.log(err.code, err.message) }
console.log(e.setMaxListeners(1) === e, e.getMaxListeners());
