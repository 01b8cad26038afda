console.log([true, false, null, undefined, true, false, null, undefined]);
