var let = 1, static = 2, get = 3, set = 4, of = 5, async = 6, from = 7, as = 8, target = 9, yield = 10, await = 11;
let + 1;
for (of of []) ;
x = { get, set, of };
x.let.static.get;
