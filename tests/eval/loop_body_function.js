console.log('never printed');
while (false) function f() {}
