foo: { while (true) { continue foo; } }
