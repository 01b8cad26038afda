/* function.c - Function.prototype: call, apply, bind, toString and
 * [Symbol.hasInstance].  Bound functions are objects of class
 * BOUND_FUNCTION (u.bound); js_call/js_construct in the evaluator unwrap
 * them.  Closure source text comes from the evaluator when it provides
 * eval_function_source. */
#include <math.h>

#include "builtins.h"
#include "object.h"

/* Provided by runtime/eval.c when it records function source ranges. */
const char *eval_function_source(JSContext *ctx, JSValue f, size_t *len) __attribute__((weak));

static JSValue Function_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_throw_syntax_error(ctx, "Function constructor is not supported");
}

/* %ThrowTypeError%: the getter and setter of Function.prototype's
 * `arguments` and `caller` and of a strict arguments object's `callee`. */
static JSValue ThrowTypeError(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_throw_type_error(ctx, "'caller', 'callee', and 'arguments' properties may not be accessed "
                                    "on strict mode functions or the arguments objects for calls to them");
}

static JSValue Function_prototype_call(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(this_val))
        return js_throw_type_error(ctx, "Function.prototype.call called on non-function");
    return js_call(ctx, this_val, argv[0], argc > 1 ? argc - 1 : 0, argv + 1);
}

static JSValue Function_prototype_apply(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue *list = NULL;
    int n = 0;
    if (!js_is_function(this_val))
        return js_throw_type_error(ctx, "Function.prototype.apply was called on %s, which is %s and not a function",
                                   js_receiver_string(ctx, this_val),
                                   js_is_object(this_val) ? "an object" : "a primitive");
    if (!js_is_nullish(argv[1]) && js_list_from_array_like(ctx, argv[1], &list, &n) < 0)
        return JS_EXCEPTION;
    return js_call(ctx, this_val, argv[0], n, list);
}

static JSValue Function_prototype_bind(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(this_val))
        return js_throw_type_error(ctx, "Bind must be called on a function");
    JSObject *target = js_obj(this_val);
    JSValue bf = js_new_object_class(ctx, target->proto, JS_CLASS_BOUND_FUNCTION);
    if (js_is_exception(bf))
        return bf;
    JSObject *b = js_obj(bf);
    int nargs = argc > 1 ? argc - 1 : 0;
    b->h.flags |= JS_OBJ_CALLABLE | (target->h.flags & JS_OBJ_CONSTRUCTOR);
    b->u.bound.target = this_val;
    b->u.bound.this_val = argv[0];
    b->u.bound.argc = nargs;
    b->u.bound.args = js_malloc(sizeof(JSValue) * (nargs ? nargs : 1));
    for (int i = 0; i < nargs; i++)
        b->u.bound.args[i] = argv[i + 1];

    /* length: max(0, target.length - nargs) when target has an own number length */
    double len = 0;
    int r = js_get_own_property(ctx, target, ctx->atoms.length, NULL);
    if (r < 0)
        return JS_EXCEPTION;
    if (r) {
        JSValue l = js_get_atom(ctx, this_val, ctx->atoms.length);
        if (js_is_exception(l))
            return l;
        if (js_is_number(l)) {
            double d = js_get_number(l);
            if (d == INFINITY)
                len = INFINITY;
            else if (d != -INFINITY && d == d) {
                d = trunc(d);
                len = d - nargs > 0 ? d - nargs : 0;
            }
        }
    }
    js_define_value(ctx, bf, ctx->atoms.length, js_new_number(len), JS_PROP_CONFIGURABLE);
    JSValue name = js_get_atom(ctx, this_val, ctx->atoms.name);
    if (js_is_exception(name))
        return name;
    if (!js_is_string(name))
        name = ctx->atoms.empty;
    js_define_value(ctx, bf, ctx->atoms.name, js_concat(ctx, js_new_string(ctx, "bound "), name),
                    JS_PROP_CONFIGURABLE);
    return bf;
}

static JSValue native_source(JSContext *ctx, JSValue f)
{
    JSValue name = JS_UNDEFINED;
    JSPropertyDescriptor d;
    if (js_get_own_property(ctx, js_obj(f), ctx->atoms.name, &d) > 0 && !(d.flags & JS_PROP_ACCESSOR))
        name = d.value;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    js_sb_puts(&sb, "function ");
    if (js_is_string(name) && js_class_of(f) != JS_CLASS_BOUND_FUNCTION)
        js_sb_put_string(&sb, name);
    js_sb_puts(&sb, "() { [native code] }");
    return js_sb_finish(&sb);
}

static JSValue Function_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(this_val))
        return js_throw_type_error(ctx, "Function.prototype.toString requires that 'this' be a Function");
    if (js_class_of(this_val) == JS_CLASS_FUNCTION && eval_function_source) {
        size_t len;
        const char *src = eval_function_source(ctx, this_val, &len);
        if (src)
            return js_new_string_len(ctx, src, len);
    }
    return native_source(ctx, this_val);
}

/* OrdinaryHasInstance(C, O). */
static JSValue Function_prototype_hasInstance(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue c = this_val, o = argv[0];
    if (!js_is_function(c))
        return JS_FALSE;
    if (js_class_of(c) == JS_CLASS_BOUND_FUNCTION) {
        int r = js_instanceof(ctx, o, js_obj(c)->u.bound.target);
        return r < 0 ? JS_EXCEPTION : js_new_bool(r);
    }
    if (!js_is_object(o))
        return JS_FALSE;
    JSValue p = js_get_atom(ctx, c, ctx->atoms.prototype);
    if (js_is_exception(p))
        return p;
    if (!js_is_object(p))
        return js_throw_type_error(ctx, "Function has non-object prototype '%s' in instanceof check",
                                   js_receiver_string(ctx, p));
    for (JSObject *q = js_obj(o)->proto; q; q = q->proto)
        if (q == js_obj(p))
            return JS_TRUE;
    return JS_FALSE;
}

static const JSFunctionEntry function_proto_funcs[] = {
    { "apply", Function_prototype_apply, 2 },
    { "bind", Function_prototype_bind, 1 },
    { "call", Function_prototype_call, 1 },
    { "toString", Function_prototype_toString, 0 },
};

void js_init_function(JSContext *ctx)
{
    JSValue proto = js_mkptr(ctx->function_proto);
    JSValue tte = js_new_cfunction(ctx, ThrowTypeError, "", 0);
    js_define_value(ctx, tte, ctx->atoms.length, js_new_int(0), 0);
    js_define_value(ctx, tte, ctx->atoms.name, ctx->atoms.empty, 0);
    js_prevent_extensions(ctx, tte);
    ctx->throw_type_error = tte;
    js_define_accessor(ctx, proto, ctx->atoms.arguments, tte, tte, JS_PROP_CONFIGURABLE);
    js_define_accessor(ctx, proto, ctx->atoms.caller, tte, tte, JS_PROP_CONFIGURABLE);
    js_define_class(ctx, "Function", Function_ctor, 1, proto);
    js_define_functions(ctx, proto, function_proto_funcs, JS_COUNTOF(function_proto_funcs));
    JSValue hi = js_new_cfunction(ctx, Function_prototype_hasInstance, "[Symbol.hasInstance]", 1);
    js_define_value(ctx, proto, ctx->sym.has_instance, hi, 0);
}
