// a reserved word written with escapes is not a keyword, and not a name either
var \u0069f = 1;
