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

void js_capture_stack(JSContext *ctx, JSValue err)
{
    if (!js_is_object(err))
        return;
    JSObject *o = js_obj(err);
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
    int n = 0;
    for (JSStackFrame *f = ctx->frame; f && n < STACK_TRACE_LIMIT; f = f->prev, n++)
        put_frame(ctx, &sb, f);
    JSValue stack = js_sb_finish(&sb);
    if (!js_is_exception(stack))
        js_define_value(ctx, err, ctx->atoms.stack, stack, JS_PROP_CW);
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

const char *js_describe(JSContext *ctx, JSValue v)
{
    char buf[40];
    if (js_is_number(v))
        return js_to_utf8(ctx, js_number_to_string(ctx, js_get_number(v)), NULL);
    switch (v) {
    case JS_UNDEFINED: return "undefined";
    case JS_NULL: return "null";
    case JS_TRUE: return "true";
    case JS_FALSE: return "false";
    }
    if (js_is_string(v)) {
        const char *s = js_to_utf8(ctx, v, NULL);
        size_t n = strlen(s) + 3;
        char *out = js_malloc_atomic(n);
        snprintf(out, n, "\"%s\"", s);
        return out;
    }
    if (js_is_symbol(v))
        return js_key_to_cstr(ctx, v);
    if (js_is_object(v)) {
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
        return js_object_tag(ctx, o);
    }
    snprintf(buf, sizeof buf, "<value %#llx>", (unsigned long long)v);
    return js_to_utf8(ctx, js_new_string(ctx, buf), NULL);
}
