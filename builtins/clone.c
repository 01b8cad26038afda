/* clone.c - node's global structuredClone(value): a deep copy by the HTML
 * structured clone rules for what weakjs has (primitives, plain objects,
 * arrays with their holes, Map, Set, Error, RegExp, Boolean/Number/String
 * wrappers), keeping shared references and cycles.  Anything else (a
 * function, a symbol, a WeakMap, a Promise) throws node's
 * "DOMException [DataCloneError]: X could not be cloned." -- weakjs has no
 * DOMException class, so that is an object (no native error, as node's)
 * whose prototype is a private DOMException.prototype inheriting from
 * Error.prototype (constructor named DOMException, name 'DataCloneError',
 * code 25).  Its stack starts at structuredClone's caller. */
#include <string.h>

#include "builtins.h"
#include "mapset.h"
#include "object.h"

typedef struct Clone {
    JSContext *ctx;
    JSValue memo;       /* a Map from originals to their copies */
} Clone;

/* node's structuredClone is native, so the stacks of its errors start at
 * its caller: while one is made, the top frame is the caller's (when the
 * top is structuredClone's own).  Returns the frame to restore. */
static JSStackFrame *from_caller(JSContext *ctx)
{
    JSStackFrame *saved = ctx->frame;
    if (saved && !saved->filename && saved->prev)
        ctx->frame = saved->prev;
    return saved;
}

/* Prototype of the DataCloneError objects; static data is a GC root. */
static JSValue dom_exception_proto;

static JSValue DOMException_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val, (void)argc, (void)argv;
    return js_throw_type_error(ctx, "Illegal constructor");
}

static JSValue throw_data_clone(JSContext *ctx, JSValue v)
{
    const char *text = NULL;
    if (js_is_function(v)) {
        JSValue s = js_to_string(ctx, v);
        if (js_is_exception(s))
            return s;
        text = js_to_utf8(ctx, s, NULL);
    } else {
        text = js_receiver_string(ctx, v);
    }
    size_t n = strlen(text) + 32;
    char *msg = js_malloc_atomic(n);
    snprintf(msg, n, "%s could not be cloned.", text);
    if (js_is_undefined(dom_exception_proto)) {
        JSValue p = js_new_object_proto(ctx, ctx->error_proto[JS_ERROR]);
        JSValue c = js_new_cfunction(ctx, DOMException_ctor, "DOMException", 0);
        js_define_value(ctx, p, ctx->atoms.constructor, c, JS_PROP_CW);
        js_define_value(ctx, c, ctx->atoms.prototype, p, 0);
        js_define_value(ctx, p, ctx->sym.to_string_tag, js_new_string(ctx, "DOMException"), JS_PROP_CONFIGURABLE);
        dom_exception_proto = p;
    }
    /* a DOMException is no native error (util.types.isNativeError is false,
     * and an uncaught one is reported as node reports other objects) */
    JSValue err = js_new_object_proto(ctx, js_obj(dom_exception_proto));
    js_define_value(ctx, err, ctx->atoms.message, js_new_string(ctx, msg), JS_PROP_CW);
    js_define_value(ctx, err, ctx->atoms.name, js_new_string(ctx, "DataCloneError"), JS_PROP_CW);
    js_define_value_str(ctx, err, "code", js_new_int(25), JS_PROP_CW);
    JSStackFrame *saved = from_caller(ctx);
    js_capture_stack(ctx, err);
    ctx->frame = saved;
    return js_throw(ctx, err);
}

static JSValue clone_value(Clone *c, JSValue v);

static JSValue memo_call(Clone *c, const char *method, int argc, JSValue *argv)
{
    return js_invoke(c->ctx, c->memo, js_atom(c->ctx, method), argc, argv);
}

/* Copies obj's own enumerable string-keyed properties onto copy. */
static int clone_props(Clone *c, JSValue obj, JSValue copy)
{
    JSContext *ctx = c->ctx;
    JSValue keys = js_own_keys(ctx, obj, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
    if (js_is_exception(keys))
        return -1;
    uint64_t n;
    if (js_length_of(ctx, keys, &n) < 0)
        return -1;
    for (uint64_t i = 0; i < n; i++) {
        JSValue k = js_get_elem(ctx, keys, i);
        if (js_is_exception(k))
            return -1;
        JSValue v = js_get(ctx, obj, k);
        if (js_is_exception(v) || js_is_exception(v = clone_value(c, v)))
            return -1;
        if (js_define_value(ctx, copy, js_to_property_key(ctx, k), v, JS_PROP_CWE) < 0)
            return -1;
    }
    return 0;
}

static JSValue new_from_global(JSContext *ctx, const char *name, int argc, JSValue *argv)
{
    JSValue f = js_get_str(ctx, ctx->global, name);
    if (js_is_exception(f))
        return f;
    return js_construct(ctx, f, argc, argv, f);
}

/* HTML's serialization of an Error: a known name or "Error", the own
 * message, and (as V8 does) the stack and cause. */
static JSValue clone_error(Clone *c, JSValue v)
{
    static const char *const names[] = { "Error", "EvalError", "RangeError", "ReferenceError",
                                         "SyntaxError", "TypeError", "URIError" };
    static const JSErrorKind kinds[] = { JS_ERROR, JS_EVAL_ERROR, JS_RANGE_ERROR, JS_REFERENCE_ERROR,
                                         JS_SYNTAX_ERROR, JS_TYPE_ERROR, JS_URI_ERROR };
    JSContext *ctx = c->ctx;
    JSValue name = js_get_atom(ctx, v, ctx->atoms.name);
    if (js_is_exception(name))
        return name;
    JSErrorKind kind = JS_ERROR;
    if (js_is_string(name)) {
        const char *n = js_to_utf8(ctx, name, NULL);
        for (size_t i = 0; i < JS_COUNTOF(names); i++)
            if (!strcmp(n, names[i]))
                kind = kinds[i];
    }
    JSValue copy = js_new_object_proto(ctx, ctx->error_proto[kind]);
    js_obj(copy)->h.class_id = JS_CLASS_ERROR;
    JSValue key = copy;
    if (js_is_exception(memo_call(c, "set", 2, (JSValue[]){ v, key })))
        return JS_EXCEPTION;
    JSPropertyDescriptor d;
    static const char *const fields[] = { "message", "stack", "cause" };
    for (size_t i = 0; i < JS_COUNTOF(fields); i++) {
        JSValue k = js_atom(ctx, fields[i]);
        int r = js_get_own_property(ctx, js_obj(v), k, &d);
        if (r < 0)
            return JS_EXCEPTION;
        if (!r)
            continue;
        JSValue fv = js_get(ctx, v, k);
        if (js_is_exception(fv))
            return fv;
        if (i < 2 && !js_is_string(fv) && js_is_exception(fv = js_to_string(ctx, fv)))
            return fv;
        if (i == 2 && js_is_exception(fv = clone_value(c, fv)))
            return fv;
        js_define_value(ctx, copy, k, fv, JS_PROP_CW);
    }
    return copy;
}

static JSValue clone_collection(Clone *c, JSValue v, bool is_map)
{
    JSContext *ctx = c->ctx;
    JSValue copy = new_from_global(ctx, is_map ? "Map" : "Set", 0, NULL);
    if (js_is_exception(copy) || js_is_exception(memo_call(c, "set", 2, (JSValue[]){ v, copy })))
        return JS_EXCEPTION;
    /* snapshot first: cloning a key may run a getter that changes v */
    uint32_t n = js_mapset_size(v), i = 0;
    JSValue *items = js_malloc(sizeof *items * 2 * (n ? n : 1));
    JSValue k, val;
    for (const void *cur = js_mapset_next(v, NULL, &k, &val); cur && i < n; cur = js_mapset_next(v, cur, &k, &val)) {
        items[2 * i] = k;
        items[2 * i + 1] = val;
        i++;
    }
    for (uint32_t j = 0; j < i; j++) {
        JSValue args[2];
        if (js_is_exception(args[0] = clone_value(c, items[2 * j])))
            return JS_EXCEPTION;
        if (is_map && js_is_exception(args[1] = clone_value(c, items[2 * j + 1])))
            return JS_EXCEPTION;
        if (js_is_exception(js_invoke(ctx, copy, js_atom(ctx, is_map ? "set" : "add"), is_map ? 2 : 1, args)))
            return JS_EXCEPTION;
    }
    return copy;
}

static JSValue clone_object(Clone *c, JSValue v)
{
    JSContext *ctx = c->ctx;
    JSValue seen = memo_call(c, "get", 1, &v);
    if (js_is_exception(seen) || !js_is_undefined(seen))
        return seen;
    JSObject *o = js_obj(v);
    JSValue copy;
    switch (o->h.class_id) {
    case JS_CLASS_BOOLEAN:
    case JS_CLASS_NUMBER:
    case JS_CLASS_STRING:
        copy = js_to_object(ctx, o->u.prim);
        break;
    case JS_CLASS_REGEXP: {
        JSValue args[2] = { js_get_str(ctx, v, "source"), js_get_str(ctx, v, "flags") };
        if (js_is_exception(args[0]) || js_is_exception(args[1]))
            return JS_EXCEPTION;
        copy = new_from_global(ctx, "RegExp", 2, args);
        break;
    }
    case JS_CLASS_ERROR:
        return clone_error(c, v);
    case JS_CLASS_MAP:
    case JS_CLASS_SET:
        return clone_collection(c, v, o->h.class_id == JS_CLASS_MAP);
    case JS_CLASS_ARRAY: {
        uint64_t len;
        if (js_length_of(ctx, v, &len) < 0)
            return JS_EXCEPTION;
        copy = js_new_array(ctx, (uint32_t)len);
        if (js_is_exception(copy) || js_is_exception(memo_call(c, "set", 2, (JSValue[]){ v, copy })))
            return JS_EXCEPTION;
        return clone_props(c, v, copy) < 0 ? JS_EXCEPTION : copy;
    }
    case JS_CLASS_OBJECT:
    case JS_CLASS_ARGUMENTS:
        copy = js_new_object(ctx);
        if (js_is_exception(memo_call(c, "set", 2, (JSValue[]){ v, copy })))
            return JS_EXCEPTION;
        return clone_props(c, v, copy) < 0 ? JS_EXCEPTION : copy;
    default:
        return throw_data_clone(ctx, v);
    }
    if (js_is_exception(copy) || js_is_exception(memo_call(c, "set", 2, (JSValue[]){ v, copy })))
        return JS_EXCEPTION;
    return copy;
}

static JSValue clone_value(Clone *c, JSValue v)
{
    if (js_is_symbol(v))
        return throw_data_clone(c->ctx, v);
    if (!js_is_object(v))
        return v;
    if (js_is_function(v))
        return throw_data_clone(c->ctx, v);
    if (js_check_stack(c->ctx))
        return JS_EXCEPTION;
    return clone_object(c, v);
}

static JSValue structuredClone(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)this_val;
    if (argc < 1) {
        JSStackFrame *saved = from_caller(ctx);
        JSValue err = js_new_error(ctx, JS_TYPE_ERROR, js_new_string(ctx, "The value argument must be specified"));
        ctx->frame = saved;
        js_define_value_str(ctx, err, "code", js_new_string(ctx, "ERR_MISSING_ARGS"), JS_PROP_CWE);
        return js_throw(ctx, err);
    }
    Clone c = { ctx, new_from_global(ctx, "Map", 0, NULL) };
    if (js_is_exception(c.memo))
        return c.memo;
    return clone_value(&c, argv[0]);
}

void js_init_clone(JSContext *ctx)
{
    dom_exception_proto = JS_UNDEFINED;
    js_define_value_str(ctx, ctx->global, "structuredClone", js_new_cfunction(ctx, structuredClone, "structuredClone", 0),
                        JS_PROP_CW);
}
