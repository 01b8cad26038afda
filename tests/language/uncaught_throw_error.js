// A user-thrown Error subclass escaping every handler; finally blocks still
// run on the way out.
class ValidationError extends Error {
    constructor(message) { super(message); this.name = "ValidationError"; }
}
function check(v) {
    try {
        if (v < 0) throw new ValidationError("value must be non-negative, got " + v);
    } finally {
        console.log("finally ran");
    }
}
check(1);
check(-3);
console.log("never printed");
