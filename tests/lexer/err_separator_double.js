var n = 1__000;
