console.log(Object.freeze({ a: 1 }), Object.seal([1, 2]));
