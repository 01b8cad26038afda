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

/* ------------------------------------------------------------ stack traces
 * A capture copies the innermost frames (the call as made: function,
 * receiver, new.target, position) into a LazyStack cell that sits in the
 * error's `stack` slot; the text, frame names included, is made only when
 * `stack` is first read.  Calls pay nothing for the names. */

typedef struct CapturedFrame {
    JSValue func, this_val, new_target;
    const char *filename;      /* NULL: a built-in */
    uint32_t line, col;
} CapturedFrame;

typedef struct LazyStack {
    JSAccessor acc;            /* the cell type object.c recognises in a data slot */
    uint32_t n;
    uint32_t limit;            /* Error.stackTraceLimit when captured */
    CapturedFrame frames[];
} LazyStack;

static const char *func_name(JSContext *ctx, JSValue fn)
{
    const char *name = js_is_object(fn) ? data_string(ctx, js_obj(fn), ctx->atoms.name) : NULL;
    return name ? name : "";
}

/* node leaves out the built-ins that only forward a call (call, apply,
 * Reflect.apply/construct), the Array and Proxy constructors, the nameless
 * internal jobs of promises, and a symbol-named method one built-in calls
 * for another (String.prototype.replace's RegExp [Symbol.replace]). */
static bool hidden_builtin(JSContext *ctx, JSStackFrame *f)
{
    if (f->filename || !js_is_object(f->func) || (js_obj(f->func)->h.flags & JS_OBJ_SHOWN_IN_STACK))
        return false;
    const char *name = func_name(ctx, f->func);
    if (strncmp(name, "[Symbol.", 8) == 0 && f->prev && !f->prev->filename && js_is_object(f->prev->func))
        return true;
    static const char *const hidden[] = { "", "call", "apply", "construct", "Array", "Proxy" };
    for (size_t i = 0; i < JS_COUNTOF(hidden); i++)
        if (strcmp(name, hidden[i]) == 0)
            return true;
    return false;
}

/* Error.stackTraceLimit as a frame count; -1 when it is not a number (V8
 * then captures nothing). */
static int trace_limit(JSContext *ctx)
{
    if (!ctx->error_ctor[JS_ERROR])
        return STACK_TRACE_LIMIT;
    JSValue v = js_get_data_property(js_obj(ctx->error_ctor[JS_ERROR]), js_atom(ctx, "stackTraceLimit"));
    if (!js_is_number(v))
        return -1;
    double d = js_get_number(v);
    return d != d || d <= 0 ? 0 : d > 1000 ? 1000 : (int)d;
}

/* The "Name: message" line is made when `stack` is first read
 * (js_stack_materialize), as V8 does. */
void js_capture_stack(JSContext *ctx, JSValue err)
{
    if (!js_is_object(err))
        return;
    int limit = trace_limit(ctx);
    if (limit < 0)
        return;
    JSObject *o = js_obj(err);
    LazyStack *lazy = js_malloc(sizeof *lazy + (size_t)limit * sizeof(CapturedFrame));
    lazy->acc.h.type = JS_CELL_ACCESSOR;
    lazy->acc.getter = JS_UNDEFINED;
    lazy->acc.setter = JS_UNDEFINED;
    uint32_t n = 0;
    for (JSStackFrame *f = ctx->frame; f && n < (uint32_t)limit; f = f->prev) {
        if (hidden_builtin(ctx, f))
            continue;
        lazy->frames[n++] = (CapturedFrame){ f->func, f->this_val, f->new_target, f->filename, f->line, f->col };
    }
    lazy->n = n;
    lazy->limit = (uint32_t)limit;
    js_define_value(ctx, err, ctx->atoms.stack, js_mkptr(lazy), JS_PROP_CW);
    if (!o->shape->dict)
        o->shape = js_shape_to_dict(o->shape);   /* keep inline caches off the raw slot */
}

/* What V8 calls the receiver's constructor name: the class that made it,
 * else its Symbol.toStringTag (JSON, Math), else "Object".  Only data
 * properties are read. */
static const char *type_name(JSContext *ctx, JSValue recv)
{
    if (js_is_string(recv))
        return "String";
    if (js_is_number(recv))
        return "Number";
    if (js_is_bool(recv))
        return "Boolean";
    if (js_is_symbol(recv))
        return "Symbol";
    if (!js_is_object(recv))
        return NULL;
    JSObject *o = js_obj(recv);
    if (o->h.flags & JS_OBJ_CALLABLE) {
        const char *n = (o->h.flags & JS_OBJ_CLASS_CTOR) ? func_name(ctx, recv) : "";
        return *n ? n : "Function";
    }
    JSValue ctor = js_get_data_property(o, ctx->atoms.constructor);
    const char *cname = js_is_function(ctor) ? func_name(ctx, ctor) : "";
    if (*cname && strcmp(cname, "Object") != 0)
        return cname;
    const char *tag = data_string(ctx, o, ctx->sym.to_string_tag);
    if (tag && *tag)
        return tag;
    return *cname ? cname : "Object";
}

static bool holds(JSObject *o, int idx, JSValue fn)
{
    JSValue v = o->slots[idx];
    if (o->shape->table->entries[idx].flags & JS_PROP_ACCESSOR) {
        JSAccessor *a = js_get_ptr(v);
        return a->getter == fn || a->setter == fn;
    }
    return v == fn;
}

/* The key under which the receiver (or its prototypes) holds the function:
 * its own name when that fits, else the one key that holds it; NULL when
 * none or several do. */
static const char *method_name(JSContext *ctx, JSValue recv, JSValue fn, const char *fname)
{
    if (!js_is_object(recv))
        return NULL;
    if (*fname) {
        JSValue key = js_atom(ctx, fname);
        for (JSObject *o = js_obj(recv); o; o = o->proto) {
            int idx = js_shape_lookup(o->shape, key);
            if (idx >= 0) {
                if (holds(o, idx, fn))
                    return fname;
                break;
            }
        }
    }
    JSValue found = JS_EMPTY;
    for (JSObject *o = js_obj(recv); o; o = o->proto) {
        JSPropEntry *e = o->shape->table->entries;
        for (uint32_t i = 0; i < o->shape->count; i++) {
            if (e[i].key == JS_EMPTY || js_is_symbol(e[i].key) || !holds(o, (int)i, fn))
                continue;
            if (found != JS_EMPTY && found != e[i].key)
                return NULL;
            found = e[i].key;
        }
    }
    return found == JS_EMPTY ? NULL : js_to_utf8(ctx, found, NULL);
}

static bool ends_with_member(const char *s, const char *m)
{
    size_t ls = strlen(s), lm = strlen(m);
    return ls > lm && s[ls - lm - 1] == '.' && strcmp(s + ls - lm, m) == 0;
}

/* "Type.fname [as key]", or "Type.key" for an anonymous function.  Accessors
 * ("get size") and symbol-named methods go without the type, as V8 prints
 * them. */
static void put_method_call(JSContext *ctx, JSStringBuilder *sb, CapturedFrame *f, const char *fname)
{
    const char *type = type_name(ctx, f->this_val);
    const char *key = method_name(ctx, f->this_val, f->func, fname);
    bool accessor = strncmp(fname, "get ", 4) == 0 || strncmp(fname, "set ", 4) == 0;
    if (!*fname) {
        js_sb_puts(sb, type ? type : "Object");
        js_sb_putc(sb, '.');
        js_sb_puts(sb, key ? key : "<anonymous>");
        return;
    }
    /* V8 puts no type before a symbol-named method: "at [Symbol.iterator]" */
    bool symbol_named = fname[0] == '[';
    if (type && !accessor && !symbol_named && strncmp(fname, type, strlen(type)) != 0) {
        js_sb_puts(sb, type);
        js_sb_putc(sb, '.');
    }
    js_sb_puts(sb, fname);
    if (key && strcmp(key, fname) != 0 && !ends_with_member(fname, key)) {
        js_sb_puts(sb, " [as ");
        js_sb_puts(sb, key);
        js_sb_putc(sb, ']');
    }
}

static void put_frame(JSContext *ctx, JSStringBuilder *sb, CapturedFrame *f)
{
    char pos[64];
    snprintf(pos, sizeof pos, ":%u:%u", f->line, f->col);
    js_sb_puts(sb, "\n    at ");
    const char *fname = func_name(ctx, f->func);
    bool named = true;
    if (!js_is_object(f->func)) {
        /* a script's own frame: node's CommonJS wrapper is an anonymous
         * function called on module.exports */
        named = f->filename && js_runs_wrapped(f->filename);
        if (named)
            js_sb_puts(sb, "Object.<anonymous>");
    } else if (!js_is_undefined(f->new_target) && f->new_target != JS_EMPTY) {
        js_sb_puts(sb, "new ");
        js_sb_puts(sb, *fname ? fname : "<anonymous>");
    } else if (js_is_nullish(f->this_val) || f->this_val == JS_EMPTY || f->this_val == ctx->global) {
        named = *fname;
        js_sb_puts(sb, fname);
    } else {
        put_method_call(ctx, sb, f, fname);
    }
    if (named)
        js_sb_puts(sb, " (");
    if (f->filename) {
        js_sb_puts(sb, f->filename);
        js_sb_puts(sb, pos);
    } else {
        js_sb_puts(sb, "<anonymous>");
    }
    if (named)
        js_sb_putc(sb, ')');
}

int js_captured_frames(JSContext *ctx, JSValue err)
{
    if (!js_is_object(err))
        return -1;
    JSObject *o = js_obj(err);
    int idx = js_shape_lookup(o->shape, ctx->atoms.stack);
    if (idx < 0 || (o->shape->table->entries[idx].flags & JS_PROP_ACCESSOR))
        return -1;
    JSValue v = o->slots[idx];
    if (!js_is_ptr(v) || js_cell_type(v) != JS_CELL_ACCESSOR)
        return -1;
    LazyStack *ls = js_get_ptr(v);
    return ls->limit ? (int)ls->n : -1;
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
    LazyStack *ls = js_get_ptr(lazy);
    for (uint32_t i = 0; i < ls->n; i++)
        put_frame(ctx, &sb, &ls->frames[i]);
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
/* A fresh RangeError with its frames, as node's: the stack limit leaves
 * STACK_MARGIN (context.c) for making it.  The preallocated one serves
 * where the runaway recursion is the parser's, which has no frames. */
JSValue js_throw_stack_overflow(JSContext *ctx)
{
    if (!ctx->frame) {
        ctx->exception = ctx->stack_overflow_error;
        return JS_EXCEPTION;
    }
    JSValue msg = js_new_string(ctx, "Maximum call stack size exceeded");
    ctx->exception = js_new_error(ctx, JS_RANGE_ERROR, msg);
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

/* The builtin tag of Object.prototype.toString for o's kind. */
const char *js_builtin_tag(JSObject *o)
{
    switch (o->h.class_id) {
    case JS_CLASS_ARRAY: return "Array";
    case JS_CLASS_ARGUMENTS: return "Arguments";
    case JS_CLASS_ERROR: return "Error";
    case JS_CLASS_BOOLEAN: return "Boolean";
    case JS_CLASS_NUMBER: return "Number";
    case JS_CLASS_STRING: return "String";
    case JS_CLASS_DATE: return "Date";
    case JS_CLASS_REGEXP: return "RegExp";
    default: return (o->h.flags & JS_OBJ_CALLABLE) ? "Function" : "Object";
    }
}

/* V8's NoSideEffectsToString of an object: an error as "Name: message";
 * with Object.prototype.toString inherited, "#<Ctor>" after its
 * constructor's name; else "[object Tag]" (an own or inherited
 * Symbol.toStringTag string, or the builtin tag).  Only data properties
 * are read, so no user code runs. */
static const char *describe_object(JSContext *ctx, JSObject *o)
{
    JSValue ts = js_get_data_property(o, ctx->atoms.toString);
    JSValue err_ts = ctx->error_proto[JS_ERROR] ? js_get_data_property(ctx->error_proto[JS_ERROR], ctx->atoms.toString)
                                                : JS_UNDEFINED;
    JSValue obj_ts = ctx->object_proto ? js_get_data_property(ctx->object_proto, ctx->atoms.toString) : JS_UNDEFINED;
    if (o->h.class_id == JS_CLASS_ERROR || (js_is_function(ts) && ts == err_ts)) {
        const char *name = data_string(ctx, o, ctx->atoms.name);
        const char *msg = data_string(ctx, o, ctx->atoms.message);
        if (!name)
            name = "Error";
        if (!msg || !*msg)
            return name;
        if (!*name)
            return msg;
        size_t n = strlen(name) + strlen(msg) + 3;
        char *out = js_malloc_atomic(n);
        snprintf(out, n, "%s: %s", name, msg);
        return out;
    }
    if (js_is_function(ts) && ts == obj_ts) {
        JSValue ctor = js_get_data_property(o, ctx->atoms.constructor);
        const char *name = js_is_function(ctor) ? data_string(ctx, js_obj(ctor), ctx->atoms.name) : NULL;
        if (name && *name) {
            size_t n = strlen(name) + 4;
            char *out = js_malloc_atomic(n);
            snprintf(out, n, "#<%s>", name);
            return out;
        }
    }
    JSValue tag = js_get_data_property(o, ctx->sym.to_string_tag);
    const char *t = js_is_string(tag) ? js_to_utf8(ctx, tag, NULL) : js_builtin_tag(o);
    size_t n = strlen(t) + 10;
    char *out = js_malloc_atomic(n);
    snprintf(out, n, "[object %s]", t);
    return out;
}

/* How V8 shows a value inside a message when no source text names it:
 * primitives as ToString would (strings unquoted), symbols as Symbol(desc),
 * functions by their source text, objects as describe_object does. */
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
        /* V8 shows a function by its source text (Function.prototype.toString) */
        JSValue ts = ctx->function_proto ? js_get_data_property(ctx->function_proto, ctx->atoms.toString)
                                         : JS_UNDEFINED;
        if (js_is_function(ts)) {
            JSValue saved = ctx->exception;
            JSValue src = js_call(ctx, ts, v, 0, NULL);
            if (js_is_string(src))
                return js_to_utf8(ctx, src, NULL);
            ctx->exception = saved;
        }
        const char *name = data_string(ctx, o, ctx->atoms.name);
        if (!name || !*name)
            return "function (anonymous)";
        size_t n = strlen(name) + 10;
        char *out = js_malloc_atomic(n);
        snprintf(out, n, "function %s", name);
        return out;
    }
    return describe_object(ctx, o);
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
