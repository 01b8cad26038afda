const o = { get x(a) { return 1; } };
