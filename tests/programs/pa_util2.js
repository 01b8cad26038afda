const util = require('util');
console.log(Object.keys(util).filter(k => k in { _extend: 1, debug: 1, debuglog: 1, deprecate: 1, format: 1, styleText: 1, formatWithOptions: 1, inherits: 1, inspect: 1, isArray: 1, isBoolean: 1, isDeepStrictEqual: 1, isPrimitive: 1, promisify: 1, stripVTControlCharacters: 1, toUSVString: 1, types: 1 }).join(' '));
const vals = [true, 0, 'str', Symbol('s'), null, undefined, {}, [], () => {}, /re/, new Error('e'), Object.create(Error.prototype), new Number(1)];
for (const check of ['isBoolean', 'isNumber', 'isString', 'isSymbol', 'isNull', 'isUndefined', 'isNullOrUndefined', 'isObject', 'isFunction', 'isRegExp', 'isError', 'isPrimitive', 'isBuffer']) {
  console.log(check.padEnd(18), vals.map(v => (util[check](v) ? 'Y' : '.')).join(''));
}
console.log(util._extend({ a: 1, b: 1 }, { b: 2, c: 3 }), util._extend({ a: 1 }, null));
const log = util.debuglog('myapp');
log('hidden %d', 42);
console.log(typeof log, log.enabled, util.debug === util.debuglog);
const colored = util.styleText('red', 'alert');
console.log(JSON.stringify(colored), JSON.stringify(util.styleText(['bold', 'underline'], 'x')));
console.log(util.stripVTControlCharacters(colored), util.stripVTControlCharacters('\u001b[1;31mbold red\u001b[0m plain \u001b]8;;https://x.io\u0007link\u001b]8;;\u0007'));
console.log(util.stripVTControlCharacters(util.inspect({ a: [1, 'two'] }, { colors: true })));
console.log(JSON.stringify(util.toUSVString('ok\ud800x\udc00y\ud83d\ude00')));
try { util.styleText('chartreuse', 'x'); } catch (e) { console.log(e.name, e.code, e.message.slice(0, 60)); }
try { util.styleText('red', 42); } catch (e) { console.log(e.name, e.code, e.message); }
try { util.stripVTControlCharacters(5); } catch (e) { console.log(e.code, e.message); }
const { colors, styles } = util.inspect;
console.log(colors.red, colors.bgBlue, styles.number, Object.keys(colors).length, Object.keys(styles));
const paint = (s, c) => `\x1b[${colors[c][0]}m${s}\x1b[${colors[c][1]}m`;
console.log(JSON.stringify(paint('ok', 'green')));
console.log(Object.keys(util.types).length, Object.keys(util.types).slice(0, 6));
(function () { console.log(util.types.isArgumentsObject(arguments), util.types.isArgumentsObject([])); })();
console.log(util.types.isGeneratorFunction(function () {}), util.types.isProxy({}), util.types.isTypedArray([]), util.types.isBoxedPrimitive(Object('s')), util.types.isNativeError(new TypeError()));
