let s = "😀";
let t = "x😀y"; let b = ;
