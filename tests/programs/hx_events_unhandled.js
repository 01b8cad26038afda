// an unhandled 'error' event with a value that is not an Error: ERR_UNHANDLED_ERROR
const EventEmitter = require('events');
new EventEmitter().emit('error', 42);
