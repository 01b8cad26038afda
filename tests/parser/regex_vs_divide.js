a = b / c / d;
r = /ab+c/gi;
if (x) /re/.test(s);
q = (a) / 2;
s = x / /y/.source.length;
t = {} / 1;
u = [/a/, /b/];
