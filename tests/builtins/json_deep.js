// very deep nesting: stringify throws a RangeError instead of crashing
let deep = [];
for (let i = 0; i < 100000; i++) deep = [deep];
try { JSON.stringify(deep); console.log('no error'); } catch (e) { console.log(e instanceof RangeError, e.message); }
let o = {};
for (let i = 0; i < 100000; i++) o = { o };
try { JSON.stringify(o); console.log('no error'); } catch (e) { console.log(e instanceof RangeError); }
let medium = [];
for (let i = 0; i < 500; i++) medium = [medium];
console.log(JSON.stringify(medium).length, JSON.parse(JSON.stringify(medium)).length);
