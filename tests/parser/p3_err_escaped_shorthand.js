// an escaped reserved word is no shorthand property
var o = 1;
var x = ({ bre\u0061k });
