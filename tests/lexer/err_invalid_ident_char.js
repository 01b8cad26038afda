var a¢ = 1;
