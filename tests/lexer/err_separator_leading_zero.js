var n = 0_1;
