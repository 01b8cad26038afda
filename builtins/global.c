/* global.c - host globals as node provides them: globalThis, gc() (as with
 * --expose-gc), performance, btoa/atob and DOMException; the process object
 * is process.c's.  Runs last of the built-in inits. */
#include <gc.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "builtins.h"
#include "host.h"
#include "object.h"
#include "uri.h"
#include "weak.h"

/* A full collection, including what dead weak collections release. */
static JSValue global_gc(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    js_collect(ctx);
    return JS_UNDEFINED;
}

/* ------------------------------------------------------------ performance */

static double origin_ms;   /* performance.timeOrigin, wall-clock ms */
static double origin_mono; /* the monotonic clock then */

static double monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static JSValue performance_now(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_number(monotonic_ms() - origin_mono);
}

static JSValue make_performance(JSContext *ctx)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    origin_ms = (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
    origin_mono = monotonic_ms();
    JSValue p = js_new_object(ctx);
    js_define_value_str(ctx, p, "now", js_new_cfunction(ctx, performance_now, "now", 0), JS_PROP_CWE);
    js_define_value_str(ctx, p, "timeOrigin", js_new_number(origin_ms), JS_PROP_CWE);
    js_define_value(ctx, p, ctx->sym.to_string_tag, js_new_string(ctx, "Performance"), JS_PROP_CONFIGURABLE);
    return p;
}

/* ------------------------------------------------------------ DOMException */

static JSValue dom_exception_proto;   /* static data is a collector root */

/* The legacy codes of the names that have one (WebIDL). */
static int legacy_code(const char *name)
{
    static const char *const names[] = {
        "", "IndexSizeError", "", "HierarchyRequestError", "WrongDocumentError", "InvalidCharacterError", "",
        "NoModificationAllowedError", "NotFoundError", "NotSupportedError", "", "InvalidStateError",
        "SyntaxError", "InvalidModificationError", "NamespaceError", "InvalidAccessError", "",
        "TypeMismatchError", "SecurityError", "NetworkError", "AbortError", "URLMismatchError",
        "QuotaExceededError", "TimeoutError", "InvalidNodeTypeError", "DataCloneError",
    };
    for (int i = 1; i < (int)JS_COUNTOF(names); i++)
        if (names[i][0] && strcmp(names[i], name) == 0)
            return i;
    return 0;
}

static JSValue new_dom_exception(JSContext *ctx, JSObject *proto, JSValue message, JSValue name)
{
    JSValue err = js_new_object_proto(ctx, proto);
    if (js_is_exception(err))
        return err;
    js_define_value(ctx, err, ctx->atoms.message, message, JS_PROP_CW);
    js_define_value(ctx, err, ctx->atoms.name, name, JS_PROP_CW);
    js_define_value_str(ctx, err, "code", js_new_int(legacy_code(js_to_utf8(ctx, name, NULL))), JS_PROP_CW);
    return err;
}

/* new DOMException(message = '', name = 'Error') */
static JSValue DOMException_constructor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return js_throw_type_error(ctx, "Class constructor DOMException cannot be invoked without 'new'");
    JSValue msg = argc > 0 && !js_is_undefined(argv[0]) ? js_to_string(ctx, argv[0]) : js_new_string(ctx, "");
    if (js_is_exception(msg))
        return msg;
    JSValue name =
        argc > 1 && !js_is_undefined(argv[1]) ? js_to_string(ctx, argv[1]) : js_new_string(ctx, "Error");
    if (js_is_exception(name))
        return name;
    JSValue err = new_dom_exception(ctx, js_proto_from_ctor(ctx, nt, js_obj(dom_exception_proto)), msg, name);
    if (!js_is_exception(err))
        js_capture_stack(ctx, err);
    return err;
}

/* Throws a DOMException from a native function: its stack starts at the
 * caller, as node's (whose own frames are internal). */
static JSValue throw_dom_exception(JSContext *ctx, const char *msg, const char *name)
{
    JSValue err = new_dom_exception(ctx, js_obj(dom_exception_proto), js_new_string(ctx, msg),
                                    js_new_string(ctx, name));
    if (js_is_exception(err))
        return err;
    JSStackFrame *saved = ctx->frame;
    if (saved && !saved->filename && saved->prev)
        ctx->frame = saved->prev;
    js_capture_stack(ctx, err);
    ctx->frame = saved;
    return js_throw(ctx, err);
}

static void init_dom_exception(JSContext *ctx)
{
    JSValue proto = js_new_object_proto(ctx, ctx->error_proto[JS_ERROR]);
    dom_exception_proto = proto;
    js_define_class(ctx, "DOMException", DOMException_constructor, 0, proto);
    js_define_value(ctx, proto, ctx->sym.to_string_tag, js_new_string(ctx, "DOMException"),
                    JS_PROP_CONFIGURABLE);
}

/* ------------------------------------------------------------ btoa, atob */

static const char b64[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/* The argument as a flat string, or NULL with an exception pending. */
static JSString *string_arg(JSContext *ctx, int argc, JSValue *argv)
{
    if (argc == 0) {
        js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_MISSING_ARGS",
                                        "The \"input\" argument must be specified"));
        return NULL;
    }
    JSValue s = js_to_string(ctx, argv[0]);
    return js_is_exception(s) ? NULL : js_string_flat(js_str(s));
}

static JSValue global_btoa(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSString *s = string_arg(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    uint32_t n = s->len;
    uint8_t *out = js_malloc_atomic(((size_t)n + 2) / 3 * 4 + 1);
    uint32_t k = 0;
    for (uint32_t i = 0; i < n; i += 3) {
        uint32_t v = 0;
        for (uint32_t j = 0; j < 3; j++) {
            uint16_t c = i + j < n ? js_string_at(s, i + j) : 0;
            if (c > 0xFF)
                return throw_dom_exception(ctx, "Invalid character", "InvalidCharacterError");
            v = v << 8 | c;
        }
        for (uint32_t j = 0; j < 4; j++)
            out[k++] = j <= (n - i) ? (uint8_t)b64[(v >> (18 - 6 * j)) & 63] : '=';
    }
    return js_new_string_latin1(ctx, out, k);
}

static int b64_value(uint16_t c)
{
    const char *p = c && c < 128 ? strchr(b64, c) : NULL;
    return p ? (int)(p - b64) : -1;
}

static bool b64_space(uint16_t c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r';
}

/* node's forgiving-base64 decode: ASCII whitespace ignored, up to two '='
 * only at the end, and then only when they complete a group of four. */
static JSValue global_atob(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSString *s = string_arg(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    uint32_t chars = 0, equals = 0;
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        if (b64_space(c))
            continue;
        if (c != '=' && (b64_value(c) < 0 || equals))
            return throw_dom_exception(ctx, "Invalid character", "InvalidCharacterError");
        chars++;
        if (c == '=' && ++equals > 2)
            return throw_dom_exception(ctx, "Invalid character", "InvalidCharacterError");
    }
    uint32_t rem = chars % 4;
    if (!rem)
        rem = (chars - equals) % 4;
    else if (equals)
        return throw_dom_exception(ctx, "Invalid character", "InvalidCharacterError");
    if (rem == 1)
        return throw_dom_exception(ctx, "The string to be decoded is not correctly encoded.",
                                   "InvalidCharacterError");
    uint8_t *out = js_malloc_atomic((size_t)chars * 3 / 4 + 3);
    uint32_t k = 0, bits = 0, acc = 0;
    for (uint32_t i = 0; i < s->len; i++) {
        int v = b64_value(js_string_at(s, i));
        if (v < 0)
            continue;
        acc = acc << 6 | (uint32_t)v;
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            out[k++] = (uint8_t)(acc >> bits);
            acc &= (1u << bits) - 1;
        }
    }
    return js_new_string_latin1(ctx, out, k);
}


/* %StringIteratorPrototype% lives in iterator.c; if string.c did not install
 * String.prototype[Symbol.iterator], do it here. */
static JSValue String_prototype_iterator(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "String.prototype[Symbol.iterator] called on null or undefined");
    JSValue s = js_to_string(ctx, this_val);
    if (js_is_exception(s))
        return s;
    JSValue it = js_new_object_class(ctx, ctx->string_iterator_proto, JS_CLASS_STRING_ITERATOR);
    if (js_is_exception(it))
        return it;
    js_obj(it)->u.iter.target = s;
    js_obj(it)->u.iter.index = 0;
    return it;
}

static void ensure_string_iterator(JSContext *ctx)
{
    if (!ctx->string_proto || !ctx->string_iterator_proto)
        return;
    int r = js_get_own_property(ctx, ctx->string_proto, ctx->sym.iterator, NULL);
    if (r == 0) {
        static const JSFunctionEntry f[] = { { "[Symbol.iterator]", String_prototype_iterator, 0 } };
        js_define_functions(ctx, js_mkptr(ctx->string_proto), f, 1);
    }
}

void js_init_global(JSContext *ctx)
{
    js_define_value_str(ctx, ctx->global, "globalThis", ctx->global, JS_PROP_CW);
    js_define_value(ctx, ctx->global, ctx->sym.to_string_tag, js_new_string(ctx, "global"), JS_PROP_CONFIGURABLE);
    js_define_value_str(ctx, ctx->global, "gc", js_new_cfunction(ctx, global_gc, "gc", 0),
                        JS_PROP_WRITABLE | JS_PROP_ENUMERABLE);
    js_define_value_str(ctx, ctx->global, "process", js_make_process(ctx), JS_PROP_CW);
    js_define_value_str(ctx, ctx->global, "performance", make_performance(ctx), JS_PROP_CWE);
    static const JSFunctionEntry base64[] = { { "btoa", global_btoa, 1 }, { "atob", global_atob, 1 } };
    js_define_functions(ctx, ctx->global, base64, JS_COUNTOF(base64));
    init_dom_exception(ctx);
    js_init_uri(ctx);
    ensure_string_iterator(ctx);
}
