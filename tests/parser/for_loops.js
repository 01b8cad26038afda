for (var i = 0; i < n; i++) {}
for (let i = 0, j = 1;;) break;
for (;;) break;
for (x in o) ;
for (var k in o) ;
for (const v of list) ;
for (let [k, v] of map) ;
for ({a} of list) ;
for (o.p of list) ;
