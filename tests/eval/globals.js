var gv = 1;
let gl = 2;
function gf() { return gv + gl; }
console.log(gf());
implicitGlobal = 5;
console.log(globalThis.implicitGlobal, delete globalThis.implicitGlobal, typeof implicitGlobal);
globalThis.fromProp = 'prop';
console.log(fromProp);
function readLater() { return laterLet; }
try { readLater(); } catch (e) { console.log(e.message); }
let laterLet = 'ready';
console.log(readLater());
const cnst = 1;
function setConst() { cnst = 2; }
try { setConst(); } catch (e) { console.log(e.message); }
var gv = 10;
console.log(gv, gf());
for (var loopVar = 0; loopVar < 3; loopVar++);
console.log(loopVar);
function sloppyAssign() { newGlobalFromFn = 'made'; }
sloppyAssign();
console.log(newGlobalFromFn);
function strictAssign() { 'use strict'; undeclaredInStrict = 1; }
try { strictAssign(); } catch (e) { console.log(e.name, e.message); }
console.log(typeof globalThis, typeof gc);
