const obj = {};
obj.method();
