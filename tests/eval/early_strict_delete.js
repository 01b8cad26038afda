"use strict";
var x = 1;
delete x;
