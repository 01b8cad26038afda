/* conv.c - the abstract conversion operations: ToBoolean, ToNumber (with
 * StringToNumber), ToNumeric, ToInt32/ToUint32, ToIntegerOrInfinity,
 * ToLength, ToIndex, ToString, ToPropertyKey, ToObject, ToPrimitive. */
#include <math.h>
#include <stdlib.h>

#include "atom.h"
#include "shape.h"

bool js_to_boolean(JSValue v)
{
    if (js_is_int(v))
        return js_get_int(v) != 0;
    if (js_is_number(v)) {
        double d = js_get_double_raw(v);
        return d == d && d != 0;
    }
    if (js_is_bool(v))
        return v == JS_TRUE;
    if (js_is_nullish(v) || v == JS_EMPTY)
        return false;
    if (js_is_string(v))
        return js_str(v)->len != 0;
    return true;
}

/* ---------------------------------------------------------------- StringToNumber */

bool js_is_space(uint32_t c)
{
    switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return c >= 0x2000 && c <= 0x200A;
    }
}

static double parse_radix(const char *s, int radix)
{
    double v = 0;
    if (!*s)
        return NAN;
    for (; *s; s++) {
        int dgt;
        if (*s >= '0' && *s <= '9') dgt = *s - '0';
        else if (*s >= 'a' && *s <= 'z') dgt = *s - 'a' + 10;
        else if (*s >= 'A' && *s <= 'Z') dgt = *s - 'A' + 10;
        else return NAN;
        if (dgt >= radix)
            return NAN;
        v = v * radix + dgt;
    }
    return v;
}

/* StrDecimalLiteral: [+-] (Infinity | digits [. digits] | . digits) [e [+-] digits] */
static double parse_decimal(const char *s)
{
    const char *p = s;
    bool neg = false;
    if (*p == '+' || *p == '-')
        neg = *p++ == '-';
    if (strcmp(p, "Infinity") == 0)
        return neg ? -INFINITY : INFINITY;
    int digits = 0;
    while (*p >= '0' && *p <= '9') p++, digits++;
    if (*p == '.') {
        p++;
        while (*p >= '0' && *p <= '9') p++, digits++;
    }
    if (!digits)
        return NAN;
    if (*p == 'e' || *p == 'E') {
        p++;
        if (*p == '+' || *p == '-')
            p++;
        if (!(*p >= '0' && *p <= '9'))
            return NAN;
        while (*p >= '0' && *p <= '9') p++;
    }
    if (*p)
        return NAN;
    return strtod(s, NULL);
}

double js_string_to_number(JSString *s)
{
    s = js_string_flat(s);
    uint32_t a = 0, b = s->len;
    while (a < b && js_is_space(js_string_at(s, a)))
        a++;
    while (b > a && js_is_space(js_string_at(s, b - 1)))
        b--;
    if (a == b)
        return 0;
    char small[64];
    char *buf = b - a < sizeof small ? small : js_malloc_atomic(b - a + 1);
    for (uint32_t i = a; i < b; i++) {
        uint16_t c = js_string_at(s, i);
        if (c >= 0x80 || c == 0)
            return NAN;
        buf[i - a] = (char)c;
    }
    buf[b - a] = 0;
    if (buf[0] == '0' && buf[1]) {
        switch (buf[1]) {
        case 'x': case 'X': return parse_radix(buf + 2, 16);
        case 'o': case 'O': return parse_radix(buf + 2, 8);
        case 'b': case 'B': return parse_radix(buf + 2, 2);
        }
    }
    return parse_decimal(buf);
}

/* ---------------------------------------------------------------- ToNumber & co */

int js_to_number(JSContext *ctx, JSValue v, double *out)
{
    for (;;) {
        if (js_is_int(v)) {
            *out = js_get_int(v);
            return 0;
        }
        if (js_is_number(v)) {
            *out = js_get_double_raw(v);
            return 0;
        }
        if (js_is_string(v)) {
            *out = js_string_to_number(js_str(v));
            return 0;
        }
        switch (v) {
        case JS_UNDEFINED: *out = NAN; return 0;
        case JS_NULL: case JS_FALSE: *out = 0; return 0;
        case JS_TRUE: *out = 1; return 0;
        }
        if (js_is_symbol(v)) {
            js_throw_type_error(ctx, "Cannot convert a Symbol value to a number");
            return -1;
        }
        if (!js_is_object(v)) {
            *out = NAN;
            return 0;
        }
        v = js_to_primitive(ctx, v, JS_HINT_NUMBER);
        if (js_is_exception(v))
            return -1;
    }
}

JSValue js_to_numeric(JSContext *ctx, JSValue v)
{
    if (js_is_number(v))
        return v;
    double d;
    if (js_to_number(ctx, v, &d) < 0)
        return JS_EXCEPTION;
    return js_new_number(d);
}

int js_to_int32(JSContext *ctx, JSValue v, int32_t *out)
{
    if (js_is_int(v)) {
        *out = js_get_int(v);
        return 0;
    }
    double d;
    if (js_to_number(ctx, v, &d) < 0)
        return -1;
    *out = js_double_to_int32(d);
    return 0;
}

int js_to_uint32(JSContext *ctx, JSValue v, uint32_t *out)
{
    int32_t i;
    if (js_to_int32(ctx, v, &i) < 0)
        return -1;
    *out = (uint32_t)i;
    return 0;
}

int js_to_integer_or_infinity(JSContext *ctx, JSValue v, double *out)
{
    if (js_is_int(v)) {
        *out = js_get_int(v);
        return 0;
    }
    double d;
    if (js_to_number(ctx, v, &d) < 0)
        return -1;
    if (d != d)
        d = 0;
    d = trunc(d);
    *out = d == 0 ? 0 : d;   /* no -0 */
    return 0;
}

int js_to_length(JSContext *ctx, JSValue v, uint64_t *out)
{
    double d;
    if (js_to_integer_or_infinity(ctx, v, &d) < 0)
        return -1;
    if (d <= 0)
        *out = 0;
    else if (d >= 9007199254740991.0)
        *out = 9007199254740991ull;
    else
        *out = (uint64_t)d;
    return 0;
}

int js_to_index(JSContext *ctx, JSValue v, uint64_t *out)
{
    if (js_is_undefined(v)) {
        *out = 0;
        return 0;
    }
    double d;
    if (js_to_integer_or_infinity(ctx, v, &d) < 0)
        return -1;
    if (d < 0 || d > 9007199254740991.0) {
        js_throw_range_error(ctx, "Invalid index");
        return -1;
    }
    *out = (uint64_t)d;
    return 0;
}

/* ---------------------------------------------------------------- ToString & co */

JSValue js_to_string(JSContext *ctx, JSValue v)
{
    for (;;) {
        if (js_is_string(v))
            return v;
        if (js_is_int(v))
            return js_number_to_string(ctx, js_get_int(v));   /* small ones are cached */
        if (js_is_number(v))
            return js_number_to_string(ctx, js_get_double_raw(v));
        switch (v) {
        case JS_UNDEFINED: return ctx->atoms.undefined;
        case JS_NULL: return ctx->atoms.null_;
        case JS_TRUE: return ctx->atoms.true_;
        case JS_FALSE: return ctx->atoms.false_;
        }
        if (js_is_symbol(v))
            return js_throw_type_error(ctx, "Cannot convert a Symbol value to a string");
        if (!js_is_object(v))
            return ctx->atoms.empty;
        v = js_to_primitive(ctx, v, JS_HINT_STRING);
        if (js_is_exception(v))
            return v;
    }
}

JSValue js_to_property_key(JSContext *ctx, JSValue v)
{
    if (js_is_string(v))
        return js_atom_from_string(ctx, v);
    if (js_is_symbol(v))
        return v;
    if (js_is_int(v) && js_get_int(v) >= 0)
        return js_atom_from_uint(ctx, (uint32_t)js_get_int(v));
    if (js_is_object(v)) {
        v = js_to_primitive(ctx, v, JS_HINT_STRING);
        if (js_is_exception(v))
            return v;
        if (js_is_symbol(v))
            return v;
    }
    v = js_to_string(ctx, v);
    if (js_is_exception(v))
        return v;
    return js_atom_from_string(ctx, v);
}

static JSValue wrap(JSContext *ctx, JSObject *proto, JSClassID cls, JSValue prim)
{
    JSObject *o = js_alloc_object(ctx, proto, cls);
    o->u.prim = prim;
    return js_mkptr(o);
}

JSValue js_to_object(JSContext *ctx, JSValue v)
{
    if (js_is_object(v))
        return v;
    if (js_is_nullish(v))
        return js_throw_type_error(ctx, "Cannot convert undefined or null to object");
    if (js_is_number(v))
        return wrap(ctx, ctx->number_proto, JS_CLASS_NUMBER, v);
    if (js_is_bool(v))
        return wrap(ctx, ctx->boolean_proto, JS_CLASS_BOOLEAN, v);
    if (js_is_string(v))
        return wrap(ctx, ctx->string_proto, JS_CLASS_STRING, v);
    if (js_is_symbol(v))
        return wrap(ctx, ctx->symbol_proto, JS_CLASS_SYMBOL, v);
    return js_throw_type_error(ctx, "Cannot convert undefined or null to object");
}

/* ---------------------------------------------------------------- ToPrimitive */

JSValue js_to_primitive(JSContext *ctx, JSValue v, int hint)
{
    if (!js_is_object(v))
        return v;
    if (js_check_stack(ctx))
        return JS_EXCEPTION;
    JSValue ex = js_get_atom(ctx, v, ctx->sym.to_primitive);
    if (js_is_exception(ex))
        return ex;
    if (!js_is_nullish(ex)) {
        if (!js_is_function(ex))
            return js_throw_type_error(ctx, "Symbol.toPrimitive is not a function");
        JSValue h = hint == JS_HINT_STRING ? ctx->atoms.string
                  : hint == JS_HINT_NUMBER ? ctx->atoms.number : ctx->atoms.default_;
        JSValue r = js_call(ctx, ex, v, 1, &h);
        if (js_is_exception(r))
            return r;
        if (js_is_object(r))
            return js_throw_type_error(ctx, "Cannot convert object to primitive value");
        return r;
    }
    JSValue order[2] = { ctx->atoms.valueOf, ctx->atoms.toString };
    if (hint == JS_HINT_STRING) {
        order[0] = ctx->atoms.toString;
        order[1] = ctx->atoms.valueOf;
    }
    for (int i = 0; i < 2; i++) {
        JSValue f = js_get_atom(ctx, v, order[i]);
        if (js_is_exception(f))
            return f;
        if (js_is_function(f)) {
            JSValue r = js_call(ctx, f, v, 0, NULL);
            if (js_is_exception(r) || !js_is_object(r))
                return r;
        }
    }
    return js_throw_type_error(ctx, "Cannot convert object to primitive value");
}
