'use strict';
// in strict code a function may not be named after a reserved word
function let() {}
