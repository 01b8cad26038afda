// `var arguments` names the arguments object itself: it starts out holding
// the object and stays mapped to the parameters; a parameter or a function
// declaration of that name does replace it.
function before() { return typeof arguments; var arguments = 1; }
function plain(a) { var arguments; a = 5; return [arguments[0], arguments.length]; }
function assigned() { var arguments = 3; return arguments; }
function declared() { function arguments() {} var arguments; return typeof arguments; }
function param(arguments) { var arguments; return arguments; }
function captured() { var arguments; return (() => arguments.length)(); }
console.log(before(1, 2), plain(1, 2), assigned(), declared(), param(9), captured(1, 2));
