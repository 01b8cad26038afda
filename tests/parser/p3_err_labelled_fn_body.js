// a labelled function is not a loop body, labels or no labels
while (false) one: two: function f() {}
