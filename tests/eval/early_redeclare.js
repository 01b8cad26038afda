console.log("not printed");
let a = 1;
function f() {}
let a = 2;
