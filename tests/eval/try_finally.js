function f1() { try { return 'try'; } finally { console.log('finally runs'); } }
console.log(f1());
function f2() { try { return 'try'; } finally { return 'finally'; } }
console.log(f2());
function f3() { try { throw new Error('x'); } catch (e) { return 'caught ' + e.message; } finally { console.log('f3 finally'); } }
console.log(f3());
function f4() { for (let i = 0; i < 3; i++) { try { if (i === 1) break; } finally { console.log('iter', i); } } return 'f4'; }
console.log(f4());
function f5() { try { try { throw 1; } finally { console.log('inner finally'); } } catch (e) { return 'outer caught ' + e; } }
console.log(f5());
function f6() { try { throw 1; } finally { return 'swallowed'; } }
console.log(f6());
function f7() { let i = 0; while (true) { try { i++; if (i < 3) continue; return i; } finally { console.log('f7', i); } } }
console.log(f7());
try { try { throw new TypeError('t'); } catch (e) { throw new RangeError('r from ' + e.name); } } catch (e) { console.log(e.name, e.message); }
try { } catch { console.log('no'); } finally { console.log('optional binding ok'); }
try { throw 'str'; } catch { console.log('catch without binding'); }
