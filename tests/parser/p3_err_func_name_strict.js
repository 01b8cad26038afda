// a function's name follows the function's own strictness
function ok() {}
function arguments() { 'use strict'; }
