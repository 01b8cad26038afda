a = `plain`;
b = `x${y}z`;
c = `${a}${b}`;
d = tag`t${1}u`;
e = `line\n${`nested ${deep}`}`;
f = String.raw`\unicode`;
