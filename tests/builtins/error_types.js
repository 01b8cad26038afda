const types = [EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError];
for (const T of types) {
  const e = new T('msg');
  console.log(T.name, e.name, e.message, String(e), e instanceof T, e instanceof Error, Object.getPrototypeOf(T) === Error,
    Object.getPrototypeOf(T.prototype) === Error.prototype, T.length, T.prototype.hasOwnProperty('message'));
}
try { null.x; } catch (e) { console.log(e instanceof TypeError, e.constructor === TypeError); }
try { undefinedVariable; } catch (e) { console.log(e.name, e instanceof ReferenceError); }
try { new Array(-1); } catch (e) { console.log(e.name, e instanceof RangeError); }
console.log(TypeError('no new') instanceof TypeError);
