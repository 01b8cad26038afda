class A { static set x() {} }
