#!/usr/bin/env node
// A hashbang line at the very start is a comment; so are // and /* */.
/* block */ console.log(1); // trailing
/**/ console.log(/* inline */ 2 /**/ + /***/ 3);
/* a * b / c ** / "not a string" ' */
// /* not a block comment start
console.log("/* in a string */", '// also', `/* template */`);
console.log(4 /* * / */ / 2); /* ends */
/*
 * multi
 * line
 */ console.log(5);
var x = 10 // comment ending the line
/ 2;
console.log(x);
