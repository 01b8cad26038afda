a: b: while (1) { continue a; }
get: for (;;) break get;
