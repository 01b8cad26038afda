'use strict';
console.log('never printed');
if (true) function f() {}
