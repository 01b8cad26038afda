// The abstract equality (==) table on representative values.
var vals = [undefined, null, true, false, 0, 1, -0, NaN, "", "0", "1", "true", " ", [], [0], [1], {}];
var names = ["undefined", "null", "true", "false", "0", "1", "-0", "NaN", '""', '"0"', '"1"', '"true"', '" "', "[]", "[0]", "[1]", "{}"];
for (var i = 0; i < vals.length; i++) {
    var row = "";
    for (var j = 0; j < vals.length; j++) row += vals[i] == vals[j] ? "1" : ".";
    console.log(row, names[i]);
}
console.log("" == 0, "0" == false, [] == false, [] == ![], null == false, "1" == [1]);
