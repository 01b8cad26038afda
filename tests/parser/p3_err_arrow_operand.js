// an arrow function is no operand
var a = 0;
var x = a || () => 1;
