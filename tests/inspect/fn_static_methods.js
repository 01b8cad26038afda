class S { static m() {} static get g() { return 1; } }
console.log(S);
