var f = (a)
=> a;
