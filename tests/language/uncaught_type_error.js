// An uncaught TypeError ends the script with a non-zero status after the
// output printed so far.
console.log("before");
function read(o) { return o.field.inner; }
read({});
console.log("never printed");
