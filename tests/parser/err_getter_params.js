x = { get a(b) { } };
