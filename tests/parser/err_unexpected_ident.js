var a b;
