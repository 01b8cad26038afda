const w = new WeakMap();
w.set(1, 2);
