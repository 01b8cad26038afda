console.log(new Number(3), new String('str'), new Boolean(false));
console.log(Object(Symbol('s')));
console.log(new Number(-0));
console.log([new String('')]);
