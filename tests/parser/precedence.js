x = a + b * c - d / e % f;
y = a || b && c | d ^ e & f;
z = a == b != c === d !== e < f <= g > h >= i;
w = a << b >> c >>> d;
v = a ** b ** c;
u = (-a) ** 2;
t = !a + ~b - typeof c + void d;
s = a instanceof B || k in o;
