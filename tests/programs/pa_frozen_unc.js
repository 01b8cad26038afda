'use strict';
const config = Object.freeze({ debug: false, level: 1 });
console.log(config);
config.debug = true;
