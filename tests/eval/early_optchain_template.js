// a template may not follow `?.`
let a = { b: String.raw };
console.log(a?.b);
a?.`x`;
