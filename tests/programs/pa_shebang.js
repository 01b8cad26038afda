#!/usr/bin/env node
"use strict";
console.log("shebang ok", typeof this, this === module.exports);
