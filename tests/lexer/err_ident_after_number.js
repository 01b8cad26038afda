var n = 3in [];
