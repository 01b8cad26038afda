// `for (async of` would start an async arrow
var async;
for (async of [1]) ;
