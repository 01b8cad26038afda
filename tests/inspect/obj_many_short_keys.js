const o = {};
for (let i = 0; i < 26; i++) o[String.fromCharCode(97 + i)] = i;
console.log(o);
