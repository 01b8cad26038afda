// An uncaught ReferenceError from a name that is nowhere declared.
console.log("start");
let total = 0;
for (let i = 0; i < 3; i++) total += i;
console.log(total);
console.log(totl);
