// class code is strict, the class's own name included
var C = class static {};
