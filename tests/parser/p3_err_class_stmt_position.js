// a class declaration is not a statement
var x = 1;
if (x) class C {}
