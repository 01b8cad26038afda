// no semicolon is inserted between an optional chain and a template
var a = {};
a?.b
`x`;
