while (true) { break foo; }
