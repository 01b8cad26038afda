// A file runs as a CommonJS module: the wrapper's parameters are bound,
// `this` is module.exports, and top-level declarations are module locals.
console.log(typeof module, typeof exports, typeof require, typeof __filename, typeof __dirname);
console.log(__filename.endsWith('module_scope.js'), __filename.startsWith('/'));
console.log(__filename.startsWith(__dirname + '/'), module.filename === __filename, module.path === __dirname);
console.log(module.id, module.loaded, module.children.length, Array.isArray(module.paths));
console.log(this === module.exports, module.exports === exports, this);
console.log(arguments.length, arguments[0] === exports, arguments[1] === require,
            arguments[2] === module, arguments[3] === __filename, arguments[4] === __dirname);
console.log(Object.prototype.toString.call(arguments));

var zz = 1;
console.log(zz, globalThis.zz, 'zz' in globalThis);
function declared() { return 'declared'; }
console.log(declared(), typeof globalThis.declared);
let lx = 2;
const cx = 3;
class K {}
console.log(lx, cx, typeof K, globalThis.lx, globalThis.K);
implicit = 4;   // an undeclared assignment still makes a global
console.log(globalThis.implicit);
delete globalThis.implicit;

// top-level bindings persist across statements and closures see them
var counter = 0;
function bump() { return ++counter; }
bump();
bump();
const arrow = () => [counter, arguments.length, this === module.exports];
console.log(arrow());
for (let i = 0; i < 2; i++) { var last = i; }
console.log(last, typeof i);

// hoisting: functions before their declaration, var as undefined
console.log(hoisted(), early);
function hoisted() { return 'hoisted'; }
var early = 'set';

// require is the global require
console.log(arguments[1] === require, require('util') === require('node:util'), require('assert') === require('assert'));

// a wrapper parameter may be re-declared with var, and assigned
var __filename;
console.log(typeof __filename);
