/* reflect.c - the Reflect namespace (ES2015): each function is one of an
 * object's internal methods ([[Get]], [[Set]], [[DefineOwnProperty]], ...)
 * exposed with a boolean result where the Object equivalent would throw.
 * Everything goes through the runtime API in js.h; only Reflect.set walks
 * the prototype chain itself (OrdinarySet), because js_set_receiver in
 * sloppy mode does not say whether the assignment was refused. */
#include <string.h>

#include "builtins.h"
#include "object.h"

static JSValue not_object(JSContext *ctx, const char *fn)
{
    return js_throw_type_error(ctx, "Reflect.%s called on non-object", fn);
}

/* The (target, propertyKey) arguments most Reflect functions start with:
 * TypeError unless target is an object, then ToPropertyKey. -1 on a throw. */
static int target_and_key(JSContext *ctx, int argc, JSValue *argv, const char *fn, JSValue *o, JSValue *key)
{
    *o = js_arg(argc, argv, 0);
    if (!js_is_object(*o)) {
        not_object(ctx, fn);
        return -1;
    }
    *key = js_to_property_key(ctx, js_arg(argc, argv, 1));
    return js_is_exception(*key) ? -1 : 0;
}

/* V8 names a non-constructor by its text: functions by their source. */
static const char *value_text(JSContext *ctx, JSValue v)
{
    if (js_is_function(v) || js_is_string(v)) {
        JSValue s = js_to_string(ctx, v);
        if (!js_is_exception(s))
            return js_to_utf8(ctx, s, NULL);
        ctx->exception = JS_UNDEFINED;
    }
    return js_receiver_string(ctx, v);
}

static JSValue Reflect_apply(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue f = js_arg(argc, argv, 0);
    if (!js_is_function(f)) {
        const char *kind = js_is_object(f) ? "an object" : js_is_null(f) ? "null" : NULL;
        if (!kind) {
            const char *t = js_to_utf8(ctx, js_typeof(ctx, f), NULL);
            size_t n = strlen(t) + 3;
            char *buf = js_malloc_atomic(n);
            snprintf(buf, n, "a %s", t);
            kind = buf;
        }
        return js_throw_type_error(ctx, "Function.prototype.apply was called on %s, which is %s and not a function",
                                   value_text(ctx, f), kind);
    }
    JSValue *list = NULL;
    int n = 0;
    if (js_list_from_array_like(ctx, js_arg(argc, argv, 2), &list, &n) < 0)
        return JS_EXCEPTION;
    return js_call(ctx, f, js_arg(argc, argv, 1), n, list);
}

static JSValue Reflect_construct(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue f = js_arg(argc, argv, 0);
    JSValue nt = argc > 2 ? argv[2] : f;
    if (!js_is_constructor(f))
        return js_throw_type_error(ctx, "%s is not a constructor", value_text(ctx, f));
    if (!js_is_constructor(nt))
        return js_throw_type_error(ctx, "%s is not a constructor", value_text(ctx, nt));
    JSValue *list = NULL;
    int n = 0;
    if (js_list_from_array_like(ctx, js_arg(argc, argv, 1), &list, &n) < 0)
        return JS_EXCEPTION;
    return js_construct(ctx, f, n, list, nt);
}

static JSValue Reflect_defineProperty(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o, key;
    JSPropertyDescriptor d;
    int has;
    if (target_and_key(ctx, argc, argv, "defineProperty", &o, &key) < 0 ||
        js_to_descriptor(ctx, js_arg(argc, argv, 2), &d, &has) < 0)
        return JS_EXCEPTION;
    int r = js_define_property(ctx, o, key, &d, has, false);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r > 0);
}

static JSValue Reflect_deleteProperty(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o, key;
    if (target_and_key(ctx, argc, argv, "deleteProperty", &o, &key) < 0)
        return JS_EXCEPTION;
    int r = js_delete(ctx, o, key, false);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r > 0);
}

static JSValue Reflect_get(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o, key;
    if (target_and_key(ctx, argc, argv, "get", &o, &key) < 0)
        return JS_EXCEPTION;
    return js_get_receiver(ctx, o, key, argc > 2 ? argv[2] : o);
}

static JSValue Reflect_getOwnPropertyDescriptor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o, key;
    if (target_and_key(ctx, argc, argv, "getOwnPropertyDescriptor", &o, &key) < 0)
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    int r = js_get_own_property(ctx, js_obj(o), key, &d);
    if (r < 0)
        return JS_EXCEPTION;
    return r ? js_from_descriptor(ctx, &d) : JS_UNDEFINED;
}

static JSValue Reflect_getPrototypeOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o))
        return not_object(ctx, "getPrototypeOf");
    JSObject *p = js_obj(o)->proto;
    return p ? js_mkptr(p) : JS_NULL;
}

static JSValue Reflect_has(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o, key;
    if (target_and_key(ctx, argc, argv, "has", &o, &key) < 0)
        return JS_EXCEPTION;
    int r = js_has_property(ctx, o, key);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r);
}

static JSValue Reflect_isExtensible(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o))
        return not_object(ctx, "isExtensible");
    return js_new_bool(js_obj(o)->h.flags & JS_OBJ_EXTENSIBLE);
}

static JSValue Reflect_ownKeys(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o))
        return not_object(ctx, "ownKeys");
    return js_own_keys(ctx, o, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
}

static JSValue Reflect_preventExtensions(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o = js_arg(argc, argv, 0);
    if (!js_is_object(o))
        return not_object(ctx, "preventExtensions");
    return js_prevent_extensions(ctx, o) < 0 ? JS_EXCEPTION : JS_TRUE;
}

/* OrdinarySet(o, key, v, receiver) with its boolean result: 1, 0 or -1. */
static int ordinary_set(JSContext *ctx, JSObject *o, JSValue key, JSValue v, JSValue receiver)
{
    JSPropertyDescriptor d;
    int r = 0;
    for (; o; o = o->proto) {
        if ((r = js_get_own_property(ctx, o, key, &d)) < 0)
            return -1;
        if (r)
            break;
    }
    if (r && (d.flags & JS_PROP_ACCESSOR)) {
        if (!js_is_function(d.setter))
            return 0;
        return js_is_exception(js_call(ctx, d.setter, receiver, 1, &v)) ? -1 : 1;
    }
    if (r && !(d.flags & JS_PROP_WRITABLE))
        return 0;
    if (!js_is_object(receiver))
        return 0;
    JSPropertyDescriptor cur, nd = { .value = v, .getter = JS_UNDEFINED, .setter = JS_UNDEFINED };
    if ((r = js_get_own_property(ctx, js_obj(receiver), key, &cur)) < 0)
        return -1;
    if (r) {
        if ((cur.flags & JS_PROP_ACCESSOR) || !(cur.flags & JS_PROP_WRITABLE))
            return 0;
        return js_define_property(ctx, receiver, key, &nd, JS_DESC_HAS_VALUE, false);
    }
    nd.flags = JS_PROP_CWE;
    return js_define_property(ctx, receiver, key, &nd,
                              JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                                  JS_DESC_HAS_CONFIGURABLE, false);
}

static JSValue Reflect_set(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o, key;
    if (target_and_key(ctx, argc, argv, "set", &o, &key) < 0)
        return JS_EXCEPTION;
    int r = ordinary_set(ctx, js_obj(o), key, js_arg(argc, argv, 2), argc > 3 ? argv[3] : o);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r > 0);
}

static JSValue Reflect_setPrototypeOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    JSValue o = js_arg(argc, argv, 0), p = js_arg(argc, argv, 1);
    if (!js_is_object(o))
        return not_object(ctx, "setPrototypeOf");
    if (!js_is_object(p) && !js_is_null(p))
        return js_throw_type_error(ctx, "Object prototype may only be an Object or null: %s", value_text(ctx, p));
    int r = js_set_prototype(ctx, o, p, false);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r > 0);
}

/* In node's order, which Object.getOwnPropertyNames(Reflect) shows. */
static const JSFunctionEntry reflect_funcs[] = {
    { "defineProperty", Reflect_defineProperty, 3 },
    { "deleteProperty", Reflect_deleteProperty, 2 },
    { "apply", Reflect_apply, 3 },
    { "construct", Reflect_construct, 2 },
    { "get", Reflect_get, 2 },
    { "getOwnPropertyDescriptor", Reflect_getOwnPropertyDescriptor, 2 },
    { "getPrototypeOf", Reflect_getPrototypeOf, 1 },
    { "has", Reflect_has, 2 },
    { "isExtensible", Reflect_isExtensible, 1 },
    { "ownKeys", Reflect_ownKeys, 1 },
    { "preventExtensions", Reflect_preventExtensions, 1 },
    { "set", Reflect_set, 3 },
    { "setPrototypeOf", Reflect_setPrototypeOf, 2 },
};

void js_init_reflect(JSContext *ctx)
{
    JSValue r = js_new_object(ctx);
    js_define_functions(ctx, r, reflect_funcs, JS_COUNTOF(reflect_funcs));
    js_define_value(ctx, r, ctx->sym.to_string_tag, js_new_string(ctx, "Reflect"), JS_PROP_CONFIGURABLE);
    js_define_value_str(ctx, ctx->global, "Reflect", r, JS_PROP_CW);
}
