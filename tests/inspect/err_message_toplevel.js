const e = new TypeError('top');
console.log(e.message, String(e), e.name);
console.log(`${e}`);
