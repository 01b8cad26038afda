var e = 'outer';
try { throw 'inner'; } catch (e) { console.log(e); var e = 'assigned'; console.log(e); }
console.log(e);
const fns = [];
for (let i = 0; i < 2; i++) { try { throw i; } catch (err) { fns.push(() => err); } }
console.log(fns.map(f => f()));
try { throw new Error('x'); } catch ({ message, name }) { console.log(name, message); }
function f() { try { return 'a'; } catch (e) { return 'b'; } }
console.log(f());
try { null.x; } catch (err) { console.log(err instanceof TypeError, err.constructor.name); }
try { undefinedFn(); } catch (err) { console.log(err instanceof ReferenceError); }
let caught;
try { try { throw 1; } catch (x) { throw x + 1; } } catch (y) { caught = y; }
console.log(caught);
