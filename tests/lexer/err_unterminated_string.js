console.log("before");
var s = "abc;
console.log(s);
