/* throw.c - throwing: error objects with node's `stack` text, the
 * preallocated stack-overflow RangeError, the C stack guard, and the short
 * value descriptions used in messages. */
#include <stdio.h>
#include <stdlib.h>

#include "atom.h"
#include "shape.h"

/* node's Error.stackTraceLimit */
#define STACK_TRACE_LIMIT 10

JSValue js_throw(JSContext *ctx, JSValue v)
{
    ctx->exception = v;
    return JS_EXCEPTION;
}

JSValue js_new_error(JSContext *ctx, JSErrorKind kind, JSValue message)
{
    JSObject *proto = ctx->error_proto[kind] ? ctx->error_proto[kind] : ctx->object_proto;
    JSObject *o = js_alloc_object(ctx, proto, JS_CLASS_ERROR);
    JSValue err = js_mkptr(o);
    /* node's own keys are [stack, message] */
    js_define_value(ctx, err, ctx->atoms.stack, JS_UNDEFINED, JS_PROP_CW);
    if (!js_is_undefined(message))
        js_define_value(ctx, err, ctx->atoms.message, message, JS_PROP_CW);
    js_capture_stack(ctx, err);
    return err;
}

/* A string-valued data property along the chain, or NULL: never runs code. */
static const char *data_string(JSContext *ctx, JSObject *o, JSValue key)
{
    JSValue v = js_get_data_property(o, key);
    return js_is_string(v) ? js_to_utf8(ctx, v, NULL) : NULL;
}

static void put_frame(JSContext *ctx, JSStringBuilder *sb, JSStackFrame *f)
{
    const char *name = NULL;
    if (js_is_object(f->func)) {
        JSObject *fo = js_obj(f->func);
        int idx = js_shape_lookup(fo->shape, ctx->atoms.name);
        if (idx >= 0 && !(fo->shape->table->entries[idx].flags & JS_PROP_ACCESSOR)
            && js_is_string(fo->slots[idx]) && js_str(fo->slots[idx])->len)
            name = js_to_utf8(ctx, fo->slots[idx], NULL);
    }
    char pos[64];
    snprintf(pos, sizeof pos, ":%u:%u", f->line, f->col);
    js_sb_puts(sb, "\n    at ");
    if (!f->filename) {
        js_sb_puts(sb, name ? name : "<anonymous>");
        if (name)
            js_sb_puts(sb, " (<anonymous>)");
        return;
    }
    if (name) {
        js_sb_puts(sb, name);
        js_sb_puts(sb, " (");
    }
    js_sb_puts(sb, f->filename);
    js_sb_puts(sb, pos);
    if (name)
        js_sb_puts(sb, ")");
}

/* The frame lines are taken now; the "Name: message" line when `stack` is
 * first read (js_stack_materialize), as V8 does. */
void js_capture_stack(JSContext *ctx, JSValue err)
{
    if (!js_is_object(err))
        return;
    JSObject *o = js_obj(err);
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    int n = 0;
    for (JSStackFrame *f = ctx->frame; f && n < STACK_TRACE_LIMIT; f = f->prev, n++)
        put_frame(ctx, &sb, f);
    JSValue frames = js_sb_finish(&sb);
    if (js_is_exception(frames))
        return;
    JSAccessor *lazy = js_malloc(sizeof *lazy);
    lazy->h.type = JS_CELL_ACCESSOR;
    lazy->getter = frames;
    lazy->setter = JS_UNDEFINED;
    js_define_value(ctx, err, ctx->atoms.stack, js_mkptr(lazy), JS_PROP_CW);
    if (!o->shape->dict)
        o->shape = js_shape_to_dict(o->shape);   /* keep inline caches off the raw slot */
}

JSValue js_stack_materialize(JSContext *ctx, JSObject *o, JSValue lazy)
{
    const char *name = data_string(ctx, o, ctx->atoms.name);
    const char *msg = data_string(ctx, o, ctx->atoms.message);
    if (!name)
        name = "Error";
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    js_sb_puts(&sb, name);
    if (msg && *msg) {
        if (*name)
            js_sb_puts(&sb, ": ");
        js_sb_puts(&sb, msg);
    }
    js_sb_put_string(&sb, ((JSAccessor *)js_get_ptr(lazy))->getter);
    JSValue s = js_sb_finish(&sb);
    return js_is_exception(s) ? ctx->atoms.empty : s;
}

static JSValue throw_v(JSContext *ctx, JSErrorKind kind, const char *fmt, va_list ap)
{
    char small[256];
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    char *buf = small;
    if (n >= (int)sizeof small) {
        buf = js_malloc_atomic((size_t)n + 1);
        vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    }
    va_end(ap2);
    JSValue msg = js_new_string(ctx, buf);
    return js_throw(ctx, js_new_error(ctx, kind, msg));
}

JSValue js_throw_error(JSContext *ctx, JSErrorKind kind, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    JSValue r = throw_v(ctx, kind, fmt, ap);
    va_end(ap);
    return r;
}

#define THROW_KIND(fname, kind)                                   \
    JSValue fname(JSContext *ctx, const char *fmt, ...)           \
    {                                                             \
        va_list ap;                                               \
        va_start(ap, fmt);                                        \
        JSValue r = throw_v(ctx, kind, fmt, ap);                  \
        va_end(ap);                                               \
        return r;                                                 \
    }
THROW_KIND(js_throw_type_error, JS_TYPE_ERROR)
THROW_KIND(js_throw_range_error, JS_RANGE_ERROR)
THROW_KIND(js_throw_reference_error, JS_REFERENCE_ERROR)
THROW_KIND(js_throw_syntax_error, JS_SYNTAX_ERROR)

/* Throwing it allocates nothing: the stack may be exhausted and the heap full. */
JSValue js_throw_stack_overflow(JSContext *ctx)
{
    ctx->exception = ctx->stack_overflow_error;
    return JS_EXCEPTION;
}

bool js_check_stack(JSContext *ctx)
{
    if ((uintptr_t)__builtin_frame_address(0) < ctx->stack_limit) {
        js_throw_stack_overflow(ctx);
        return true;
    }
    return false;
}

/* How V8 shows a value inside a message when no source text names it:
 * primitives as ToString would (strings unquoted), symbols as Symbol(desc),
 * arrays of primitives joined by commas, other objects as #<Ctor>. */
const char *js_describe(JSContext *ctx, JSValue v)
{
    if (js_is_symbol(v))
        return js_key_to_cstr(ctx, v);
    if (!js_is_object(v)) {
        JSValue s = js_to_string(ctx, v);
        return js_is_exception(s) ? "?" : js_to_utf8(ctx, s, NULL);
    }
    JSObject *o = js_obj(v);
    if (o->h.flags & JS_OBJ_CALLABLE) {
        const char *name = data_string(ctx, o, ctx->atoms.name);
        if (!name || !*name)
            return "function (anonymous)";
        size_t n = strlen(name) + 10;
        char *out = js_malloc_atomic(n);
        snprintf(out, n, "function %s", name);
        return out;
    }
    if ((o->h.flags & JS_OBJ_FAST_ARRAY) && o->u.array.len <= 100) {
        JSStringBuilder sb;
        js_sb_init(&sb, ctx);
        for (uint32_t i = 0; i < o->u.array.len; i++) {
            JSValue e = o->u.array.elems[i];
            if (i)
                js_sb_putc(&sb, ',');
            if (js_is_object(e))
                return js_object_tag(ctx, o);
            if (e != JS_EMPTY && !js_is_nullish(e))
                js_sb_puts(&sb, js_describe(ctx, e));
        }
        JSValue s = js_sb_finish(&sb);
        return js_is_exception(s) ? "?" : js_to_utf8(ctx, s, NULL);
    }
    return js_object_tag(ctx, o);
}

/* The form V8 uses when a built-in meets a value of the wrong kind:
 * "number 5", "string \"abc\"", "boolean true", "symbol", "object",
 * "function", "undefined", "object null". */
const char *js_describe_typed(JSContext *ctx, JSValue v)
{
    if (js_is_undefined(v))
        return "undefined";
    if (js_is_null(v))
        return "object null";
    if (js_is_symbol(v))
        return "symbol";
    if (js_is_object(v))
        return js_is_function(v) ? "function" : "object";
    const char *s = js_describe(ctx, v);
    size_t n = strlen(s) + 16;
    char *out = js_malloc_atomic(n);
    if (js_is_number(v))
        snprintf(out, n, "number %s", s);
    else if (js_is_bool(v))
        snprintf(out, n, "boolean %s", s);
    else
        snprintf(out, n, "string \"%s\"", s);
    return out;
}
