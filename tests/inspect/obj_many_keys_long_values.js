const o = {};
for (let i = 0; i < 8; i++) o['key' + i] = 'value number ' + i;
console.log(o);
