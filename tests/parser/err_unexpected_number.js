var 1 = 2;
