// Anonymous functions in class field initialisers take the field's name
// (private ones "#x", symbols "[desc]"); a computed static member named
// "prototype" is a TypeError when the class is evaluated.
var sym = Symbol("tag");
class C {
    static #sf = () => 1;
    #f = function () {};
    static s = () => 1;
    i = class {};
    static [sym] = function () {};
    ["comp" + "uted"] = () => 0;
    named = function own() {};
    static sf() { return C.#sf.name; }
    f() { return this.#f.name; }
}
var c = new C();
console.log(C.sf(), c.f(), C.s.name, c.i.name, C[sym].name, c.computed.name, c.named.name);

function attempt(label, make) {
    try {
        make();
        console.log(label, "no error");
    } catch (e) {
        console.log(label, e.constructor.name + ": " + e.message);
    }
}
var p = "prototype";
attempt("method", function () { class A { static [p]() {} } });
attempt("getter", function () { class A { static get [p]() { return 1; } } });
attempt("setter", function () { class A { static set [p](v) {} } });
attempt("field", function () { class A { static [p] = 1; } });
attempt("bare field", function () { class A { static [p]; } });
attempt("instance", function () { class A { [p]() {} } return A; });
