// nor the body of an if
if (false) one: function f() {} else ;
