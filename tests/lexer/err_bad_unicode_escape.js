var s = "\u12";
