var s = "line one
line two";
