// Where an expression may begin, '/' starts a regular expression literal:
// a '/' inside a class [...] or escaped does not end it.
var r = /re/g;
console.log(typeof r, typeof /[/]/, typeof /\//, typeof /a/gimsuy);
console.log(typeof /=/, typeof /[\]/]+/);
var f = function () { return /x/ };
console.log(typeof f(), [/a/, /b/].length, typeof (1, /c/));
if (true) /d/
console.log(typeof /e/ === "object" ? "regex" : "divide");
