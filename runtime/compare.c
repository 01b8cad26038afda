/* compare.c - equality and type tests: IsStrictlyEqual, IsLooselyEqual,
 * SameValue, SameValueZero, typeof and instanceof (InstanceofOperator with
 * OrdinaryHasInstance, bound functions included). */
#include <math.h>

#include "atom.h"
#include "shape.h"

bool js_strict_equals(JSValue a, JSValue b)
{
    if (a == b)   /* same bits: equal unless NaN */
        return !js_is_double(a) || js_get_double_raw(a) == js_get_double_raw(a);
    if (js_is_number(a) && js_is_number(b))
        return !(js_is_int(a) && js_is_int(b)) && js_get_number(a) == js_get_number(b);
    if (js_is_string(a) && js_is_string(b))
        return js_string_equals(js_str(a), js_str(b));
    return false;
}

bool js_same_value(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) {
        if (js_is_int(a) && js_is_int(b))
            return a == b;
        double x = js_get_number(a), y = js_get_number(b);
        if (x != x)
            return y != y;
        if (x == 0 && y == 0)
            return signbit(x) == signbit(y);
        return x == y;
    }
    return js_strict_equals(a, b);
}

bool js_same_value_zero(JSValue a, JSValue b)
{
    if (js_is_number(a) && js_is_number(b)) {
        double x = js_get_number(a), y = js_get_number(b);
        return x == y || (x != x && y != y);
    }
    return js_strict_equals(a, b);
}

int js_loose_equals(JSContext *ctx, JSValue a, JSValue b)
{
    for (;;) {
        if (js_is_number(a) && js_is_number(b))
            return js_get_number(a) == js_get_number(b);
        if (js_is_string(a) && js_is_string(b))
            return js_string_equals(js_str(a), js_str(b));
        if (a == b)
            return 1;
        if (js_is_nullish(a) || js_is_nullish(b))
            return js_is_nullish(a) && js_is_nullish(b);
        if (js_is_object(a) && js_is_object(b))
            return 0;
        if (js_is_symbol(a) && js_is_symbol(b))
            return 0;
        double d;
        if (js_is_bool(a)) {
            a = js_new_int(a == JS_TRUE);
            continue;
        }
        if (js_is_bool(b)) {
            b = js_new_int(b == JS_TRUE);
            continue;
        }
        if (js_is_number(a) && js_is_string(b)) {
            d = js_string_to_number(js_str(b));
            return js_get_number(a) == d;
        }
        if (js_is_string(a) && js_is_number(b)) {
            d = js_string_to_number(js_str(a));
            return d == js_get_number(b);
        }
        if (js_is_object(a) && !js_is_object(b)) {
            a = js_to_primitive(ctx, a, JS_HINT_DEFAULT);
            if (js_is_exception(a))
                return -1;
            continue;
        }
        if (js_is_object(b) && !js_is_object(a)) {
            b = js_to_primitive(ctx, b, JS_HINT_DEFAULT);
            if (js_is_exception(b))
                return -1;
            continue;
        }
        return 0;
    }
}

JSValue js_typeof(JSContext *ctx, JSValue v)
{
    if (js_is_number(v))
        return ctx->atoms.number;
    if (js_is_string(v))
        return ctx->atoms.string;
    if (js_is_bool(v))
        return ctx->atoms.boolean;
    if (js_is_undefined(v))
        return ctx->atoms.undefined;
    if (js_is_symbol(v))
        return ctx->atoms.symbol;
    if (js_is_function(v))
        return ctx->atoms.function;
    return ctx->atoms.object;
}

/* OrdinaryHasInstance(C, O) */
int js_ordinary_has_instance(JSContext *ctx, JSValue c, JSValue v)
{
    if (!js_is_function(c))
        return 0;
    while (js_class_of(c) == JS_CLASS_BOUND_FUNCTION)
        c = js_obj(c)->u.bound.target;
    if (!js_is_object(v))
        return 0;
    JSValue p = js_get_atom(ctx, c, ctx->atoms.prototype);
    if (js_is_exception(p))
        return -1;
    if (!js_is_object(p)) {
        const char *desc = js_is_string(p) ? js_to_utf8(ctx, p, NULL) : js_describe(ctx, p);
        js_throw_type_error(ctx, "Function has non-object prototype '%s' in instanceof check", desc);
        return -1;
    }
    JSObject *target = js_obj(p);
    for (JSObject *o = js_obj(v)->proto; o; o = o->proto)
        if (o == target)
            return 1;
    return 0;
}

int js_instanceof(JSContext *ctx, JSValue v, JSValue ctor)
{
    if (!js_is_object(ctor)) {
        js_throw_type_error(ctx, "Right-hand side of 'instanceof' is not an object");
        return -1;
    }
    JSValue h = js_get_atom(ctx, ctor, ctx->sym.has_instance);
    if (js_is_exception(h))
        return -1;
    if (!js_is_nullish(h)) {
        /* GetMethod's check, with V8's typed wording ("number 1 is not a function") */
        if (!js_is_function(h)) {
            js_throw_type_error(ctx, "%s is not a function", js_describe_typed(ctx, h));
            return -1;
        }
        JSValue r = js_call(ctx, h, ctor, 1, &v);
        if (js_is_exception(r))
            return -1;
        return js_to_boolean(r);
    }
    if (!js_is_function(ctor)) {
        js_throw_type_error(ctx, "Right-hand side of 'instanceof' is not callable");
        return -1;
    }
    return js_ordinary_has_instance(ctx, ctor, v);
}
