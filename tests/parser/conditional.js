x = a ? b : c ? d : e;
y = a ? b = 1 : c = 2;
z = (a, b, c);
