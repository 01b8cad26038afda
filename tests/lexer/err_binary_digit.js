var n = 0b102;
