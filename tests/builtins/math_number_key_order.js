// Math's and Number's own keys come in V8's order, which inspect with
// showHidden and getOwnPropertyNames show.
console.log(Object.getOwnPropertyNames(Math).join(' '));
console.log(Object.getOwnPropertyNames(Number).join(' '));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
