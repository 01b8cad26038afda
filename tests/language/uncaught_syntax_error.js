// A syntax error anywhere in the script means nothing runs at all.
console.log("not printed: the script never starts");
function ok() { return 1; }
let x = 1 +;
