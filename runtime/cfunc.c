/* cfunc.c - built-in functions written in C: creating them (with node's
 * `length` then `name` own properties), installing method tables and
 * constructors, and the helpers C constructors need (new.target,
 * GetPrototypeFromConstructor).  Calling them is the evaluator's js_call. */
#include "atom.h"
#include "shape.h"

static JSValue new_cfunc(JSContext *ctx, const char *name, int length)
{
    JSObject *o = js_alloc_object(ctx, ctx->function_proto, JS_CLASS_CFUNCTION);
    o->h.flags |= JS_OBJ_CALLABLE;
    o->u.cfunc.length = (int16_t)length;
    o->u.cfunc.data = JS_UNDEFINED;
    JSValue f = js_mkptr(o);
    js_define_value(ctx, f, ctx->atoms.length, js_new_int(length), JS_PROP_CONFIGURABLE);
    js_define_value(ctx, f, ctx->atoms.name, js_new_string(ctx, name), JS_PROP_CONFIGURABLE);
    return f;
}

JSValue js_new_cfunction(JSContext *ctx, JSCFunction *fn, const char *name, int length)
{
    JSValue f = new_cfunc(ctx, name, length);
    js_obj(f)->u.cfunc.fn = fn;
    return f;
}

JSValue js_new_cfunction_magic(JSContext *ctx, JSCFunctionMagic *fn, const char *name, int length, int magic)
{
    JSValue f = new_cfunc(ctx, name, length);
    js_obj(f)->u.cfunc.fn_magic = fn;
    js_obj(f)->u.cfunc.magic = (int16_t)magic;
    return f;
}

JSValue js_new_target(JSContext *ctx)
{
    return ctx->new_target;
}

/* "[Symbol.iterator]" -> ctx->sym.iterator; anything else: NULL. */
static const JSValue *well_known_symbol(JSContext *ctx, const char *name)
{
    static const struct { const char *name; size_t off; } tab[] = {
#define WK(n, f) { "[Symbol." n "]", offsetof(JSContext, sym.f) }
        WK("iterator", iterator), WK("asyncIterator", async_iterator),
        WK("hasInstance", has_instance), WK("toPrimitive", to_primitive),
        WK("toStringTag", to_string_tag), WK("isConcatSpreadable", is_concat_spreadable),
        WK("species", species), WK("match", match), WK("matchAll", match_all),
        WK("replace", replace), WK("search", search), WK("split", split),
        WK("unscopables", unscopables),
#undef WK
    };
    for (size_t i = 0; i < JS_COUNTOF(tab); i++)
        if (strcmp(tab[i].name, name) == 0)
            return (const JSValue *)((const char *)ctx + tab[i].off);
    return NULL;
}

void js_define_functions(JSContext *ctx, JSValue obj, const JSFunctionEntry *tab, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        JSValue key;
        const JSValue *sym = tab[i].name[0] == '[' ? well_known_symbol(ctx, tab[i].name) : NULL;
        key = sym ? *sym : js_atom(ctx, tab[i].name);
        JSValue f = js_new_cfunction(ctx, tab[i].fn, tab[i].name, tab[i].length);
        js_define_value(ctx, obj, key, f, JS_PROP_CW);
    }
}

JSValue js_define_class(JSContext *ctx, const char *name, JSCFunction *ctor, int length, JSValue proto)
{
    JSValue f = js_new_cfunction(ctx, ctor, name, length);
    js_obj(f)->h.flags |= JS_OBJ_CONSTRUCTOR;
    js_define_value(ctx, f, ctx->atoms.prototype, proto, 0);
    if (js_is_object(proto))
        js_define_value(ctx, proto, ctx->atoms.constructor, f, JS_PROP_CW);
    js_define_value(ctx, ctx->global, js_atom(ctx, name), f, JS_PROP_CW);
    return f;
}

/* A getter on `prototype` that throws is swallowed here (the fallback is
 * used): the signature has no way to report it. */
JSObject *js_proto_from_ctor(JSContext *ctx, JSValue new_target, JSObject *fallback)
{
    if (!js_is_object(new_target))
        return fallback;
    JSValue saved = ctx->exception;
    JSValue p = js_get_atom(ctx, new_target, ctx->atoms.prototype);
    if (js_is_exception(p)) {
        ctx->exception = saved;
        return fallback;
    }
    return js_is_object(p) ? js_obj(p) : fallback;
}
