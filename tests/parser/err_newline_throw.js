throw
new Error("x");
