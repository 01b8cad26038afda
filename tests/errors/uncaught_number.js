function fail() { throw 42; }
fail();
