"use strict";
x = 010;
