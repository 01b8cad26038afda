"use strict";
function f() { return 1; }
var g = () => 2;
