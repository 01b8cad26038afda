'use strict';
function f() { return this; }
console.log(f(), typeof f.call(2));
try { undeclared = 1; } catch (e) { console.log(e.name, e.message); }
const frozen = Object.freeze({ a: 1 });
try { frozen.a = 2; } catch (e) { console.log(e.name, e.message); }
try { frozen.b = 2; } catch (e) { console.log(e.name, e.message); }
const ro = {};
Object.defineProperty(ro, 'x', { value: 1 });
try { ro.x = 5; } catch (e) { console.log(e.name, e.message); }
const getterOnly = { get g() { return 1; } };
try { getterOnly.g = 2; } catch (e) { console.log(e.name, e.message); }
try { (function () { 'use strict'; return 'x'.prop = 1; })(); } catch (e) { console.log(e.name, e.message); }
const named = function nm() { try { nm = 1; } catch (e) { return e.name + ': ' + e.message; } };
console.log(named());
