/* error.c - Error and its native subclasses (EvalError ... AggregateError),
 * Error.prototype.toString and Error.captureStackTrace.  Instances are
 * JS_CLASS_ERROR objects; their `stack` is captured by the runtime
 * (js_capture_stack) from the evaluator's frame chain. */
#include "builtins.h"
#include "object.h"

static const char *const error_names[JS_ERROR__COUNT] = {
    "Error", "EvalError", "RangeError", "ReferenceError",
    "SyntaxError", "TypeError", "URIError", "AggregateError",
};

/* InstallErrorCause */
static int install_cause(JSContext *ctx, JSValue err, JSValue options)
{
    if (!js_is_object(options))
        return 0;
    int r = js_has_property(ctx, options, ctx->atoms.cause);
    if (r <= 0)
        return r;
    JSValue cause = js_get_atom(ctx, options, ctx->atoms.cause);
    if (js_is_exception(cause))
        return -1;
    return js_define_value(ctx, err, ctx->atoms.cause, cause, JS_PROP_CW);
}

/* Captures err.stack without the built-in's own frame and, as V8 does,
 * without the frames up to the topmost call of `above` (new.target, or the
 * function given to captureStackTrace) when it is on the stack. */
static void capture_stack_above(JSContext *ctx, JSValue err, JSValue self, JSValue above)
{
    JSStackFrame *saved = ctx->frame, *f = saved;
    if (f && !f->filename && f->func == self)
        f = f->prev;
    if (js_is_object(above))
        for (JSStackFrame *g = f; g; g = g->prev)
            if (g->func == above) {
                f = g->prev;
                break;
            }
    ctx->frame = f;
    js_capture_stack(ctx, err);
    ctx->frame = saved;
}

static JSValue error_construct(JSContext *ctx, JSErrorKind kind, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    JSObject *proto = js_is_undefined(nt) ? ctx->error_proto[kind]
                                          : js_proto_from_ctor(ctx, nt, ctx->error_proto[kind]);
    if (!proto)
        return JS_EXCEPTION;
    JSValue err = js_new_object_class(ctx, proto, JS_CLASS_ERROR);
    if (js_is_exception(err))
        return err;
    int first = kind == JS_AGGREGATE_ERROR;   /* AggregateError(errors, message, options) */
    JSValue msg = js_arg(argc, argv, first), options = js_arg(argc, argv, first + 1);
    /* stack first so that the own keys come out in V8's order */
    js_define_value(ctx, err, ctx->atoms.stack, JS_UNDEFINED, JS_PROP_CW);
    if (!js_is_undefined(msg)) {
        msg = js_to_string(ctx, msg);
        if (js_is_exception(msg))
            return msg;
        js_define_value(ctx, err, ctx->atoms.message, msg, JS_PROP_CW);
    }
    if (install_cause(ctx, err, options) < 0)
        return JS_EXCEPTION;
    if (kind == JS_AGGREGATE_ERROR) {
        JSIterator it;
        JSValue list = js_new_array(ctx, 0), v;
        int r;
        if (js_get_iterator(ctx, js_arg(argc, argv, 0), &it) < 0)
            return JS_EXCEPTION;
        while ((r = js_iterator_step(ctx, &it, &v)) > 0)
            js_array_push(ctx, list, v);
        if (r < 0)
            return JS_EXCEPTION;
        js_define_value(ctx, err, ctx->atoms.errors, list, JS_PROP_CW);
    }
    capture_stack_above(ctx, err, ctx->error_ctor[kind], nt);
    return err;
}

#define ERROR_CTOR(kind, cname) \
    static JSValue cname##_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv) \
    { return error_construct(ctx, kind, argc, argv); }
ERROR_CTOR(JS_ERROR, Error)
ERROR_CTOR(JS_EVAL_ERROR, EvalError)
ERROR_CTOR(JS_RANGE_ERROR, RangeError)
ERROR_CTOR(JS_REFERENCE_ERROR, ReferenceError)
ERROR_CTOR(JS_SYNTAX_ERROR, SyntaxError)
ERROR_CTOR(JS_TYPE_ERROR, TypeError)
ERROR_CTOR(JS_URI_ERROR, URIError)
ERROR_CTOR(JS_AGGREGATE_ERROR, AggregateError)
#undef ERROR_CTOR

static JSCFunction *const error_ctors[JS_ERROR__COUNT] = {
    Error_ctor, EvalError_ctor, RangeError_ctor, ReferenceError_ctor,
    SyntaxError_ctor, TypeError_ctor, URIError_ctor, AggregateError_ctor,
};

/* Reads name or message as a string, with a default for undefined. */
static JSValue string_field(JSContext *ctx, JSValue obj, JSValue atom, JSValue dflt)
{
    JSValue v = js_get_atom(ctx, obj, atom);
    if (js_is_exception(v) || js_is_undefined(v))
        return js_is_undefined(v) ? dflt : v;
    return js_to_string(ctx, v);
}

static JSValue Error_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(this_val))
        return js_throw_type_error(ctx, "Method Error.prototype.toString called on incompatible receiver %s",
                                   js_receiver_string(ctx, this_val));
    JSValue name = string_field(ctx, this_val, ctx->atoms.name, js_new_string(ctx, "Error"));
    if (js_is_exception(name))
        return name;
    JSValue msg = string_field(ctx, this_val, ctx->atoms.message, ctx->atoms.empty);
    if (js_is_exception(msg))
        return msg;
    if (js_str(name)->len == 0)
        return msg;
    if (js_str(msg)->len == 0)
        return name;
    return js_concat(ctx, js_concat(ctx, name, js_new_string(ctx, ": ")), msg);
}

static JSValue Error_captureStackTrace(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(argv[0]))
        return js_throw_type_error(ctx, "invalid_argument");
    JSValue self = ctx->frame ? ctx->frame->func : JS_UNDEFINED;
    capture_stack_above(ctx, argv[0], self, argv[1]);
    return JS_UNDEFINED;
}

void js_init_error(JSContext *ctx)
{
    static const JSFunctionEntry error_statics[] = { { "captureStackTrace", Error_captureStackTrace, 2 } };
    static const JSFunctionEntry error_proto_funcs[] = { { "toString", Error_prototype_toString, 0 } };

    for (int k = 0; k < JS_ERROR__COUNT; k++) {
        JSObject *parent = k == JS_ERROR ? ctx->object_proto : ctx->error_proto[JS_ERROR];
        if (!ctx->error_proto[k])
            ctx->error_proto[k] = js_obj(js_new_object_proto(ctx, parent));
        JSValue proto = js_mkptr(ctx->error_proto[k]);
        JSValue ctor = js_define_class(ctx, error_names[k], error_ctors[k],
                                       k == JS_AGGREGATE_ERROR ? 2 : 1, proto);
        ctx->error_ctor[k] = ctor;
        if (k != JS_ERROR)
            js_set_prototype(ctx, ctor, ctx->error_ctor[JS_ERROR], false);
        js_define_value(ctx, proto, ctx->atoms.name, js_new_string(ctx, error_names[k]), JS_PROP_CW);
        js_define_value(ctx, proto, ctx->atoms.message, ctx->atoms.empty, JS_PROP_CW);
        if (k == JS_ERROR) {
            js_define_functions(ctx, ctor, error_statics, 1);
            js_define_value_str(ctx, ctor, "stackTraceLimit", js_new_int(10), JS_PROP_CWE);
            js_define_functions(ctx, proto, error_proto_funcs, 1);
        }
    }
}
