x
/re/g
y = 4
/2
