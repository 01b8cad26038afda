// Logical operators, short-circuit, nullish coalescing, optional chaining and
// logical assignment.
var log = [];
function t(v) { log.push(v); return v; }
console.log(t(0) || t("a"), t(1) && t(2), t(null) ?? t("d"), t(0) ?? t("never"));
console.log(log.join(","));
console.log(!0, !"", !"0", ![], !!{}, !!NaN, !!-0);
var o = { a: { b: { c: 42 } }, f: function () { return "called"; } };
console.log(o?.a?.b?.c, o.x?.y, o.x?.y.z.w, o.f?.(), o.g?.(), o?.["a"]?.b.c);
var n = null;
console.log(n?.foo, n?.[0], (n ?? "dflt"));
var p = { v: 0, w: null, u: 5 };
p.v ||= 10; p.w ??= 20; p.u &&= 30; p.z ??= 40;
console.log(p);
var calls = 0;
var q = { k: 1 };
q.k ||= ++calls; q.k ??= ++calls;
console.log(q.k, calls);
console.log(1 || 2 && 0, (1 || 2) && 0, null || undefined, "" && "x");
