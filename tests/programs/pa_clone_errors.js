// structuredClone's errors: no frame of its own, and a DOMException is no native error
const util = require('util');
const frames = e => e.stack.split('\n').filter(l => !l.includes('node:')).join('\n').split(__dirname + '/').join('');
function copyState(state) { return structuredClone(state); }
try { copyState({ onSave() {} }); } catch (e) { console.log(frames(e)); console.log(util.types.isNativeError(e), e instanceof Error, e.name, e.code); }
try { structuredClone(); } catch (e) { console.log(frames(e)); console.log(util.types.isNativeError(e), e.name); }
try { [1].map(() => structuredClone(Symbol('s'))); } catch (e) { console.log(frames(e)); }
const data = { cb: function handler() {} };
const copy = structuredClone(data);
