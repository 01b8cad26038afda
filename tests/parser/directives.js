"use\x20strict";
("use strict");
function f() { "other"; "use strict"; }
function g() { x; "use strict"; }
