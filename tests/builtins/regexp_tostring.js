// toString, String(), printing with console.log
const r = /a\/b[/]c/gi;
console.log(r.toString(), String(r), `${r}`, r + '');
console.log(r);
console.log([/x/, /y/g], { re: /z/m });
const withProp = /p/; withProp.extra = 1;
console.log(withProp);
console.log(new RegExp('\n'), new RegExp(''), new RegExp('/', 'g'));
console.log(RegExp.prototype.toString.call({ source: 'a', flags: 'q' }), String(RegExp.prototype));
console.log(JSON.stringify({ r: /x/ }), typeof /x/, Object.keys(/x/));
