let a = 1
let b = 2
var c = a
  + b
throw new Error("x")
