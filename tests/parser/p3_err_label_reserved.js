'use strict';
// an escaped strict-mode reserved word as a label
yi\u0065ld: 1;
