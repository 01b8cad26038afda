new A;
new A();
new A.B(1);
new new A()();
new A()[0];
f()();
f(...args, 1);
f(a, b,);
function F() { return new.target; }
