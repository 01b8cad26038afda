'use strict';
var o = { x: 1 };
with (o) { console.log(x); }
