if (a) let x = 1;
