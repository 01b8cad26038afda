// EventEmitter: removal, prepend, symbols, 'error' without a listener, subclasses
const { EventEmitter } = require('node:events');
const e = new EventEmitter();
const l1 = () => console.log('l1'), l2 = () => console.log('l2');
e.on('removeListener', (t, f) => console.log('removed', t, f === l1 || f === l2));
e.on('x', l1); e.on('x', l2); e.once('x', l1);
e.off('x', l1);
e.emit('x');
console.log(e.listeners('x').length, e.listenerCount('x'));
e.removeListener('x', l2);
e.emit('x');
console.log(e.eventNames(), e._eventsCount);
e.prependListener('y', () => console.log('y2')); e.prependOnceListener('y', () => console.log('y1'));
e.emit('y'); e.emit('y');
try { e.setMaxListeners(-1) } catch (err) { console.log(err.code, err.message) }
const sym = Symbol('s');
e.on(sym, () => console.log('sym event'));
e.emit(sym);
console.log(e.eventNames());
try { e.emit('error') } catch (err) { console.log(err.message) }
try { e.emit('error', { a: 1 }) } catch (err) { console.log(err.message, err.context) }
class Chat extends EventEmitter {
  send(m) { this.emit('message', m); return this; }
}
const c = new Chat();
c.on('message', function (m) { console.log('got', m, this instanceof Chat); });
c.send('hi').send('there');
console.log(require('process') === process, require.resolve('events'));
