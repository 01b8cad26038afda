a = x => x * 2;
b = () => {};
c = (x, y) => { return x + y };
d = (x = 1, [y], {z}, ...r) => r;
e = x => y => x + y;
f = async => async;
g = (a,) => a;
