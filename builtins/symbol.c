/* symbol.c - the Symbol function, Symbol.for/keyFor, Symbol.prototype and
 * the well-known symbols (ctx->sym; made here unless the runtime already
 * did).  The Symbol.for registry is an object with no prototype mapping
 * key strings to symbols. */
#include "builtins.h"
#include "object.h"
#include "state.h"

/* The well-known symbols, by the name after "Symbol.". */
static JSValue *well_known(JSContext *ctx, int i, const char **name)
{
    static const char *const names[] = {
        "asyncIterator", "hasInstance", "isConcatSpreadable", "iterator", "match", "matchAll",
        "replace", "search", "species", "split", "toPrimitive", "toStringTag", "unscopables",
    };
    JSValue *slots[] = {
        &ctx->sym.async_iterator, &ctx->sym.has_instance, &ctx->sym.is_concat_spreadable,
        &ctx->sym.iterator, &ctx->sym.match, &ctx->sym.match_all, &ctx->sym.replace,
        &ctx->sym.search, &ctx->sym.species, &ctx->sym.split, &ctx->sym.to_primitive,
        &ctx->sym.to_string_tag, &ctx->sym.unscopables,
    };
    if (i >= (int)JS_COUNTOF(names))
        return NULL;
    *name = names[i];
    return slots[i];
}

void js_init_well_known_symbols(JSContext *ctx)
{
    const char *name;
    JSValue *slot;
    for (int i = 0; (slot = well_known(ctx, i, &name)); i++) {
        if (js_is_symbol(*slot))
            continue;
        char buf[64];
        snprintf(buf, sizeof buf, "Symbol.%s", name);
        *slot = js_new_symbol(ctx, js_new_string(ctx, buf));
    }
}

static JSValue Symbol_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_undefined(js_new_target(ctx)))
        return js_throw_type_error(ctx, "Symbol is not a constructor");
    JSValue desc = JS_UNDEFINED, arg = js_arg(argc, argv, 0);
    if (!js_is_undefined(arg)) {
        desc = js_to_string(ctx, arg);
        if (js_is_exception(desc))
            return desc;
    }
    return js_new_symbol(ctx, desc);
}

static JSValue Symbol_for(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue key = js_to_string(ctx, argv[0]);
    if (js_is_exception(key))
        return key;
    JSValue atom = js_atom_from_string(ctx, key), registry = js_builtin_state(ctx)->symbol_registry;
    JSPropertyDescriptor d;
    if (js_get_own_property(ctx, js_obj(registry), atom, &d) > 0)
        return d.value;
    JSValue sym = js_new_symbol(ctx, key);
    ((JSSymbol *)js_get_ptr(sym))->registered = true;
    js_define_value(ctx, registry, atom, sym, JS_PROP_CWE);
    return sym;
}

static JSValue Symbol_keyFor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_symbol(argv[0]))
        return js_throw_type_error(ctx, "%s is not a symbol", js_receiver_string(ctx, argv[0]));
    JSSymbol *s = (JSSymbol *)js_get_ptr(argv[0]);
    return s->registered ? s->description : JS_UNDEFINED;
}

/* thisSymbolValue: a symbol or a Symbol wrapper object. */
static JSValue this_symbol(JSContext *ctx, JSValue v, const char *method)
{
    if (js_is_symbol(v))
        return v;
    if (js_class_of(v) == JS_CLASS_SYMBOL && js_is_symbol(js_obj(v)->u.prim))
        return js_obj(v)->u.prim;
    return js_throw_type_error(ctx, "%s requires that 'this' be a Symbol", method);
}

static JSValue Symbol_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue s = this_symbol(ctx, this_val, "Symbol.prototype.toString");
    if (js_is_exception(s))
        return s;
    return js_new_string(ctx, js_receiver_string(ctx, s));
}

static JSValue Symbol_prototype_valueOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_symbol(ctx, this_val, "Symbol.prototype.valueOf");
}

static JSValue Symbol_prototype_toPrimitive(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_symbol(ctx, this_val, "Symbol.prototype [ @@toPrimitive ]");
}

static JSValue Symbol_prototype_description(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue s = this_symbol(ctx, this_val, "Symbol.prototype.description");
    if (js_is_exception(s))
        return s;
    return ((JSSymbol *)js_get_ptr(s))->description;
}

static const JSFunctionEntry symbol_statics[] = {
    { "for", Symbol_for, 1 },
    { "keyFor", Symbol_keyFor, 1 },
};

static const JSFunctionEntry symbol_proto_funcs[] = {
    { "toString", Symbol_prototype_toString, 0 },
    { "valueOf", Symbol_prototype_valueOf, 0 },
};

void js_init_symbol(JSContext *ctx)
{
    js_init_well_known_symbols(ctx);
    JSBuiltinState *bs = js_builtin_state(ctx);
    if (!js_is_object(bs->symbol_registry))
        bs->symbol_registry = js_new_object_proto(ctx, NULL);
    if (!ctx->symbol_proto)
        ctx->symbol_proto = js_obj(js_new_object(ctx));
    JSValue proto = js_mkptr(ctx->symbol_proto);
    JSValue ctor = js_define_class(ctx, "Symbol", Symbol_ctor, 0, proto);
    js_define_functions(ctx, ctor, symbol_statics, JS_COUNTOF(symbol_statics));
    const char *name;
    JSValue *slot;
    for (int i = 0; (slot = well_known(ctx, i, &name)); i++)
        js_define_value(ctx, ctor, js_atom(ctx, name), *slot, 0);
    js_define_functions(ctx, proto, symbol_proto_funcs, JS_COUNTOF(symbol_proto_funcs));
    js_define_accessor(ctx, proto, js_atom(ctx, "description"),
                       js_new_cfunction(ctx, Symbol_prototype_description, "get description", 0),
                       JS_UNDEFINED, JS_PROP_CONFIGURABLE);
    js_define_value(ctx, proto, ctx->sym.to_primitive,
                    js_new_cfunction(ctx, Symbol_prototype_toPrimitive, "[Symbol.toPrimitive]", 1),
                    JS_PROP_CONFIGURABLE);
    js_define_value(ctx, proto, ctx->sym.to_string_tag, js_new_string(ctx, "Symbol"), JS_PROP_CONFIGURABLE);
}
