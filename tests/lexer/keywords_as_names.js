// Contextual keywords are ordinary identifiers outside their contexts, and
// every reserved word is a valid property name.
var let_ = 0, get = 1, set = 2, of = 3, async = 4, from = 5, as = 6, target = 7, yield_ = 8;
var static_ = 9;
console.log(get, set, of, async, from, as, target);
var o = { if: 1, class: 2, new: 3, typeof: 4, return: 5, get: 6, set: 7, let: 8, null: 9, true: 10 };
console.log(o.if, o.class, o.new, o.typeof, o.return, o.get, o.set, o.let, o.null, o.true);
console.log(Object.keys(o).length);
var let = 10;
console.log(let, typeof of, [of].length);
