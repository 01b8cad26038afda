/* util.c - require('util') as node 20 has it: inspect (over the printer in
 * console_inspect.c, with inspect.defaultOptions, colors and styles),
 * format, isDeepStrictEqual, inherits, deprecate, promisify, styleText,
 * stripVTControlCharacters, toUSVString, debuglog, _extend, the deprecated
 * isX checks and util.types; and node's deep-equality algorithm, which
 * assert.c shares.  Also the helpers for node's internal errors (a `code`
 * and "TypeError [CODE]: ..." stacks) used by require.c and assert.c. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "console.h"
#include "host.h"
#include "mapset.h"
#include "object.h"
#include "textbuf.h"

JSValue js_emit_warning(JSContext *ctx, JSValue text, bool deprecation);   /* console.c */
void js_set_inspect_defaults(JSValue options);                             /* console_inspect.c */

/* ================================================================ node's internal errors */

const char *js_host_printf(JSContext *ctx, const char *fmt, ...)
{
    (void)ctx;
    va_list ap, ap2;
    va_start(ap, fmt);
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap);
    char *buf = js_malloc_atomic((size_t)n + 1);
    vsnprintf(buf, (size_t)n + 1, fmt, ap2);
    va_end(ap2);
    va_end(ap);
    return buf;
}

JSStackFrame *js_script_frame(JSContext *ctx)
{
    JSStackFrame *f = ctx->frame;
    while (f && !f->filename)
        f = f->prev;
    return f;
}

void js_stack_with_name(JSContext *ctx, JSValue err, const char *header_name, JSStackFrame *from)
{
    JSStackFrame *saved = ctx->frame;
    ctx->frame = from;
    js_capture_stack(ctx, err);
    ctx->frame = saved;
    JSValue had = JS_UNDEFINED;
    JSPropertyDescriptor d;
    bool own = js_get_own_property(ctx, js_obj(err), ctx->atoms.name, &d) > 0;
    if (own)
        had = d.value;
    js_define_value(ctx, err, ctx->atoms.name, js_new_string(ctx, header_name), JS_PROP_CW);
    JSValue stack = js_get_atom(ctx, err, ctx->atoms.stack);   /* materialises with the name above */
    if (js_is_exception(stack))
        ctx->exception = JS_UNDEFINED;
    if (own)
        js_define_value(ctx, err, ctx->atoms.name, had, d.flags);
    else
        js_delete(ctx, err, ctx->atoms.name, false);
}

JSValue js_new_node_error(JSContext *ctx, JSErrorKind kind, const char *code, const char *msg)
{
    JSValue err = js_new_error(ctx, kind, js_new_string(ctx, msg));
    js_define_value_str(ctx, err, "code", js_new_string(ctx, code), JS_PROP_CWE);
    static const char *const names[JS_ERROR__COUNT] = {
        "Error", "EvalError", "RangeError", "ReferenceError", "SyntaxError", "TypeError", "URIError", "AggregateError",
    };
    char header[128];
    snprintf(header, sizeof header, "%s [%s]", names[kind], code);
    js_stack_with_name(ctx, err, header, js_script_frame(ctx));
    return err;
}

const char *js_specific_type(JSContext *ctx, JSValue v)
{
    if (js_is_nullish(v))
        return js_is_null(v) ? "null" : "undefined";
    JSValue saved = ctx->exception;
    if (js_is_function(v)) {
        JSValue name = js_get_atom(ctx, v, ctx->atoms.name);
        if (js_is_string(name) && js_str(name)->len)
            return js_host_printf(ctx, "function %s", js_to_utf8(ctx, name, NULL));
        ctx->exception = saved;
    } else if (js_is_object(v)) {
        JSValue c = js_get_atom(ctx, v, ctx->atoms.constructor);
        JSValue name = js_is_object(c) ? js_get_atom(ctx, c, ctx->atoms.name) : JS_UNDEFINED;
        if (js_is_string(name) && js_str(name)->len)
            return js_host_printf(ctx, "an instance of %s", js_to_utf8(ctx, name, NULL));
        ctx->exception = saved;
        JSValue opts = js_new_object(ctx);
        js_set_str(ctx, opts, "depth", js_new_int(-1));
        const char *s = js_inspect_cstr(ctx, v, opts);
        if (!s)
            ctx->exception = saved;
        return s ? s : "";
    }
    const char *s = js_inspect_cstr(ctx, v, JS_UNDEFINED);
    if (!s) {
        ctx->exception = saved;
        s = "";
    }
    JSValue len = js_get_atom(ctx, js_new_string(ctx, s), ctx->atoms.length);
    const char *shown = s;
    if (js_get_number(len) > 28) {
        JSValue cut = js_substring(ctx, js_new_string(ctx, s), 0, 25);
        shown = js_host_printf(ctx, "%s...", js_to_utf8(ctx, cut, NULL));
    }
    JSValue t = js_typeof(ctx, v);
    return js_host_printf(ctx, "type %s (%s)", js_to_utf8(ctx, t, NULL), shown);
}

JSValue js_throw_arg_type(JSContext *ctx, const char *name, const char *expected, JSValue actual)
{
    const char *what = strchr(name, '.') ? "property" : "argument";
    const char *msg = js_host_printf(ctx, "The \"%s\" %s must be %s. Received %s", name, what, expected,
                                      js_specific_type(ctx, actual));
    return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_INVALID_ARG_TYPE", msg));
}

/* ================================================================ deep equality
 * node's lib/internal/util/comparisons.js, step for step: the same checks in
 * the same order, so that the same pairs compare equal.  The memo follows
 * node's: the first pair of objects is remembered cheaply, and only a
 * second nested level starts the set that detects cycles. */

typedef struct List {
    JSValue *v;
    uint32_t n, cap;
} List;

static void list_add(List *l, JSValue v)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = js_realloc(l->v, sizeof(JSValue) * l->cap);
    }
    l->v[l->n++] = v;
}

static bool list_has(List *l, JSValue v)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (l->v[i] == v)
            return true;
    return false;
}

static void list_remove(List *l, JSValue v)
{
    for (uint32_t i = 0; i < l->n; i++)
        if (l->v[i] == v) {
            memmove(l->v + i, l->v + i + 1, sizeof(JSValue) * (l->n - i - 1));
            l->n--;
            return;
        }
}

typedef struct Memo {
    bool started, deep, delete_failures, has_set;
    JSValue a, b, c, d;
    List set;
} Memo;

enum { K_NO_ITERATOR, K_IS_ARRAY, K_IS_SET, K_IS_MAP };

static int inner_equal(JSContext *ctx, JSValue v1, JSValue v2, bool strict, Memo *m);

static bool is_obj_type(JSValue v)   /* typeof v === 'object', null excluded */
{
    return js_is_object(v) && !js_is_function(v);
}

static bool is_nan(JSValue v)
{
    return js_is_number(v) && isnan(js_get_number(v));
}

/* 1 when obj has an own enumerable property key, 0 not, -1 exception. */
static int own_enumerable(JSContext *ctx, JSValue obj, JSValue key)
{
    JSPropertyDescriptor d;
    int r = js_get_own_property(ctx, js_obj(obj), key, &d);
    if (r <= 0)
        return r;
    return (d.flags & JS_PROP_ENUMERABLE) != 0;
}

static int has_own(JSContext *ctx, JSValue obj, JSValue key)
{
    return js_get_own_property(ctx, js_obj(obj), key, NULL);
}

static JSValue object_tag(JSContext *ctx, JSValue v)
{
    JSValue f = js_get_atom(ctx, js_mkptr(ctx->object_proto), ctx->atoms.toString);
    if (js_is_exception(f))
        return f;
    return js_call(ctx, f, v, 0, NULL);
}

static bool is_error_like(JSContext *ctx, JSValue v)
{
    if (js_class_of(v) == JS_CLASS_ERROR)
        return true;
    for (JSObject *p = js_is_object(v) ? js_obj(v)->proto : NULL; p; p = p->proto)
        if (p == ctx->error_proto[JS_ERROR])
            return true;
    return false;
}

static bool is_boxed(JSValue v)
{
    int c = js_class_of(v);
    return c == JS_CLASS_NUMBER || c == JS_CLASS_STRING || c == JS_CLASS_BOOLEAN || c == JS_CLASS_SYMBOL;
}

/* The collection's own has/get, as node's primordials would call them. */
static JSValue coll_call(JSContext *ctx, JSValue coll, const char *method, JSValue key)
{
    JSObject *proto = js_class_of(coll) == JS_CLASS_MAP ? ctx->map_proto : ctx->set_proto;
    JSValue f = js_get_str(ctx, js_mkptr(proto), method);
    if (js_is_exception(f))
        return f;
    return js_call(ctx, f, coll, 1, &key);
}

static int coll_has(JSContext *ctx, JSValue coll, JSValue key)
{
    JSValue r = coll_call(ctx, coll, "has", key);
    return js_is_exception(r) ? -1 : js_to_boolean(r);
}

static int keys_to_list(JSContext *ctx, JSValue arr, List *out)
{
    uint64_t n;
    if (js_length_of(ctx, arr, &n) < 0)
        return -1;
    for (uint64_t i = 0; i < n; i++) {
        JSValue k = js_get_elem(ctx, arr, i);
        if (js_is_exception(k))
            return -1;
        list_add(out, k);
    }
    return 0;
}

/* Object.keys(v) as a list. */
static int object_keys(JSContext *ctx, JSValue v, List *out)
{
    JSValue arr = js_own_keys(ctx, v, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
    return js_is_exception(arr) ? -1 : keys_to_list(ctx, arr, out);
}

/* node's getOwnNonIndexProperties(v, ONLY_ENUMERABLE [| SKIP_SYMBOLS]). */
static int non_index_keys(JSContext *ctx, JSValue v, bool symbols, List *out)
{
    int flags = JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY | (symbols ? JS_KEYS_SYMBOLS : 0);
    JSValue arr = js_own_keys(ctx, v, flags);
    List all = { 0 };
    if (js_is_exception(arr) || keys_to_list(ctx, arr, &all) < 0)
        return -1;
    for (uint32_t i = 0; i < all.n; i++) {
        uint32_t idx;
        if (js_is_string(all.v[i]) && js_atom_is_index(js_atom_from_string(ctx, all.v[i]), &idx))
            continue;
        list_add(out, all.v[i]);
    }
    return 0;
}

static int enumerable_count(JSContext *ctx, JSValue v, List *keys)
{
    int n = 0;
    for (uint32_t i = 0; i < keys->n; i++) {
        int r = own_enumerable(ctx, v, keys->v[i]);
        if (r < 0)
            return -1;
        n += r;
    }
    return n;
}

static int set_has_equal(JSContext *ctx, List *set, JSValue v2, bool strict, Memo *m)
{
    bool saved = m->delete_failures;
    m->delete_failures = true;
    for (uint32_t i = 0; i < set->n; i++) {
        int r = inner_equal(ctx, set->v[i], v2, strict, m);
        if (r < 0)
            return -1;
        if (r) {
            list_remove(set, set->v[i]);
            m->delete_failures = saved;
            return 1;
        }
    }
    m->delete_failures = saved;
    return 0;
}

/* node's findLooseMatchingPrimitives: 1 true, 0 false, 2 "check null",
 * 3 "check undefined" (the alternative value to look up). */
static int loose_prim_kind(JSContext *ctx, JSValue prim)
{
    if (js_is_undefined(prim))
        return 2;
    if (js_is_null(prim))
        return 3;
    if (js_is_symbol(prim))
        return 0;
    if (js_is_string(prim))
        return isnan(js_string_to_number(js_str(prim))) ? 0 : 1;
    if (js_is_number(prim))
        return is_nan(prim) ? 0 : 1;
    (void)ctx;
    return 1;
}

static int set_might_have_loose_prim(JSContext *ctx, JSValue a, JSValue b, JSValue prim)
{
    int k = loose_prim_kind(ctx, prim);
    if (k < 2)
        return k;
    JSValue alt = k == 2 ? JS_NULL : JS_UNDEFINED;
    int hb = coll_has(ctx, b, alt), ha;
    if (hb <= 0)
        return hb;
    ha = coll_has(ctx, a, alt);
    return ha < 0 ? -1 : !ha;
}

static int map_might_have_loose_prim(JSContext *ctx, JSValue a, JSValue b, JSValue prim, JSValue item, Memo *m)
{
    int k = loose_prim_kind(ctx, prim);
    if (k < 2)
        return k;
    JSValue alt = k == 2 ? JS_NULL : JS_UNDEFINED;
    JSValue cur = coll_call(ctx, b, "get", alt);
    if (js_is_exception(cur))
        return -1;
    if (js_is_undefined(cur)) {
        int h = coll_has(ctx, b, alt);
        if (h <= 0)
            return h;
    }
    int r = inner_equal(ctx, item, cur, false, m);
    if (r <= 0)
        return r;
    int ha = coll_has(ctx, a, alt);
    return ha < 0 ? -1 : !ha;
}

static int set_equiv(JSContext *ctx, JSValue a, JSValue b, bool strict, Memo *m)
{
    List set = { 0 };
    bool have_set = false;
    JSValue k, v;
    for (const void *c = js_mapset_next(a, NULL, &k, &v); c; c = js_mapset_next(a, c, &k, &v)) {
        int h = coll_has(ctx, b, k);
        if (h < 0)
            return -1;
        if (h)
            continue;
        if (!is_obj_type(k)) {
            if (strict)
                return 0;
            int r = set_might_have_loose_prim(ctx, a, b, k);
            if (r <= 0)
                return r;
        }
        if (!have_set) {
            if (js_mapset_size(b) == 1) {
                JSValue k2, v2;
                js_mapset_next(b, NULL, &k2, &v2);
                return inner_equal(ctx, k, k2, strict, m);
            }
            have_set = true;
        }
        list_add(&set, k);
    }
    if (!have_set)
        return 1;
    for (const void *c = js_mapset_next(b, NULL, &k, &v); c; c = js_mapset_next(b, c, &k, &v)) {
        if (is_obj_type(k) || !strict) {
            int h = coll_has(ctx, a, k);
            if (h < 0)
                return -1;
            if (h)
                continue;
            int r = set_has_equal(ctx, &set, k, strict, m);
            if (r <= 0)
                return r;
        }
    }
    return set.n == 0;
}

static int map_has_equal_entry(JSContext *ctx, List *set, JSValue map, JSValue key2, JSValue item2, bool strict,
                               Memo *m)
{
    bool saved = m->delete_failures;
    m->delete_failures = true;
    for (uint32_t i = 0; i < set->n; i++) {
        JSValue key1 = set->v[i];
        int r = inner_equal(ctx, key1, key2, strict, m);
        if (r > 0) {
            JSValue item1 = coll_call(ctx, map, "get", key1);
            r = js_is_exception(item1) ? -1 : inner_equal(ctx, item1, item2, strict, m);
        }
        if (r < 0)
            return -1;
        if (r) {
            list_remove(set, key1);
            m->delete_failures = saved;
            return 1;
        }
    }
    m->delete_failures = saved;
    return 0;
}

/* The value under key in b compares equal to item (1), or not (0). */
static int map_entry_matches(JSContext *ctx, JSValue b, JSValue key, JSValue item, bool strict, Memo *m)
{
    JSValue item2 = coll_call(ctx, b, "get", key);
    if (js_is_exception(item2))
        return -1;
    if (js_is_undefined(item2)) {
        int h = coll_has(ctx, b, key);
        if (h <= 0)
            return h;
    }
    return inner_equal(ctx, item, item2, strict, m);
}

static int map_equiv(JSContext *ctx, JSValue a, JSValue b, bool strict, Memo *m)
{
    List set = { 0 };
    bool have_set = false;
    JSValue key, item;
    for (const void *c = js_mapset_next(a, NULL, &key, &item); c; c = js_mapset_next(a, c, &key, &item)) {
        if (is_obj_type(key)) {
            if (!have_set) {
                if (js_mapset_size(b) == 1) {
                    JSValue k2, i2;
                    js_mapset_next(b, NULL, &k2, &i2);
                    int r = inner_equal(ctx, key, k2, strict, m);
                    return r <= 0 ? r : inner_equal(ctx, item, i2, strict, m);
                }
                have_set = true;
            }
            list_add(&set, key);
            continue;
        }
        int r = map_entry_matches(ctx, b, key, item, strict, m);
        if (r < 0)
            return -1;
        if (!r) {
            if (strict)
                return 0;
            r = map_might_have_loose_prim(ctx, a, b, key, item, m);
            if (r <= 0)
                return r;
            have_set = true;
            list_add(&set, key);
        }
    }
    if (!have_set)
        return 1;
    for (const void *c = js_mapset_next(b, NULL, &key, &item); c; c = js_mapset_next(b, c, &key, &item)) {
        if (is_obj_type(key)) {
            int r = map_has_equal_entry(ctx, &set, a, key, item, strict, m);
            if (r <= 0)
                return r;
        } else if (!strict) {
            int r = map_entry_matches(ctx, a, key, item, strict, m);
            if (r < 0)
                return -1;
            if (!r) {
                r = map_has_equal_entry(ctx, &set, a, key, item, strict, m);
                if (r <= 0)
                    return r;
            }
        }
    }
    return set.n == 0;
}

static int obj_equiv(JSContext *ctx, JSValue a, JSValue b, bool strict, List *keys, Memo *m, int kind)
{
    for (uint32_t i = 0; i < keys->n; i++) {
        JSValue x = js_get(ctx, a, keys->v[i]), y;
        if (js_is_exception(x) || js_is_exception(y = js_get(ctx, b, keys->v[i])))
            return -1;
        int r = inner_equal(ctx, x, y, strict, m);
        if (r <= 0)
            return r;
    }
    if (kind == K_IS_SET)
        return set_equiv(ctx, a, b, strict, m);
    if (kind == K_IS_MAP)
        return map_equiv(ctx, a, b, strict, m);
    if (kind != K_IS_ARRAY)
        return 1;
    uint64_t len;
    if (js_length_of(ctx, a, &len) < 0)
        return -1;
    for (uint64_t i = 0; i < len; i++) {
        JSValue key = js_index_key(ctx, i);
        int ha = has_own(ctx, a, key), hb = has_own(ctx, b, key);
        if (ha < 0 || hb < 0)
            return -1;
        if (ha) {
            if (!hb)
                return 0;
            JSValue x = js_get(ctx, a, key), y;
            if (js_is_exception(x) || js_is_exception(y = js_get(ctx, b, key)))
                return -1;
            int r = inner_equal(ctx, x, y, strict, m);
            if (r <= 0)
                return r;
            continue;
        }
        if (hb)
            return 0;
        /* sparse: compare what Object.keys has from here on, as node does */
        List ka = { 0 }, kb = { 0 };
        if (object_keys(ctx, a, &ka) < 0 || object_keys(ctx, b, &kb) < 0)
            return -1;
        for (uint64_t j = i; j < ka.n; j++) {
            int h = has_own(ctx, b, ka.v[j]);
            if (h <= 0)
                return h;
            JSValue x = js_get(ctx, a, ka.v[j]), y;
            if (js_is_exception(x) || js_is_exception(y = js_get(ctx, b, ka.v[j])))
                return -1;
            int r = inner_equal(ctx, x, y, strict, m);
            if (r <= 0)
                return r;
        }
        return ka.n == kb.n;
    }
    return 1;
}

/* The symbol half of keyCheck (strict mode, no explicit key list). */
static int symbol_keys_check(JSContext *ctx, JSValue v1, JSValue v2, List *akeys)
{
    List sa = { 0 }, sb = { 0 };
    JSValue arr = js_own_keys(ctx, v1, JS_KEYS_SYMBOLS);
    if (js_is_exception(arr) || keys_to_list(ctx, arr, &sa) < 0)
        return -1;
    arr = js_own_keys(ctx, v2, JS_KEYS_SYMBOLS);
    if (js_is_exception(arr) || keys_to_list(ctx, arr, &sb) < 0)
        return -1;
    if (sa.n == 0) {
        int n = sb.n ? enumerable_count(ctx, v2, &sb) : 0;
        return n < 0 ? -1 : n == 0;
    }
    int count = 0;
    for (uint32_t i = 0; i < sa.n; i++) {
        int e1 = own_enumerable(ctx, v1, sa.v[i]), e2 = own_enumerable(ctx, v2, sa.v[i]);
        if (e1 < 0 || e2 < 0)
            return -1;
        if (e1) {
            if (!e2)
                return 0;
            list_add(akeys, sa.v[i]);
            count++;
        } else if (e2) {
            return 0;
        }
    }
    if (sa.n != sb.n) {
        int n = enumerable_count(ctx, v2, &sb);
        if (n < 0)
            return -1;
        if (n != count)
            return 0;
    }
    return 1;
}

static int key_check(JSContext *ctx, JSValue v1, JSValue v2, bool strict, Memo *m, int kind, List *given)
{
    List own = { 0 };
    List *akeys = given ? given : &own;
    if (!given && object_keys(ctx, v1, akeys) < 0)
        return -1;
    for (uint32_t i = 0; i < akeys->n; i++) {
        int r = own_enumerable(ctx, v2, akeys->v[i]);
        if (r <= 0)
            return r;
    }
    if (!given) {
        List bkeys = { 0 };
        if (object_keys(ctx, v2, &bkeys) < 0)
            return -1;
        if (bkeys.n != akeys->n)
            return 0;
        if (strict) {
            int r = symbol_keys_check(ctx, v1, v2, akeys);
            if (r <= 0)
                return r;
        }
    }
    if (akeys->n == 0) {
        if (kind == K_NO_ITERATOR)
            return 1;
        if (kind == K_IS_ARRAY) {
            uint64_t len;
            if (js_length_of(ctx, v1, &len) < 0)
                return -1;
            if (len == 0)
                return 1;
        } else if (js_mapset_size(v1) == 0) {
            return 1;
        }
    }
    if (!m->started) {
        m->started = true;
        m->a = v1;
        m->b = v2;
        return obj_equiv(ctx, v1, v2, strict, akeys, m, kind);
    }
    if (!m->has_set) {
        if (!m->deep) {
            if (m->a == v1 && m->b == v2)
                return 1;
            m->c = v1;
            m->d = v2;
            m->deep = true;
            int r = obj_equiv(ctx, v1, v2, strict, akeys, m, kind);
            m->deep = false;
            return r;
        }
        m->has_set = true;
        JSValue four[4] = { m->a, m->b, m->c, m->d };
        for (int i = 0; i < 4; i++)
            if (!list_has(&m->set, four[i]))
                list_add(&m->set, four[i]);
    }
    uint32_t before = m->set.n;
    if (!list_has(&m->set, v1))
        list_add(&m->set, v1);
    if (!list_has(&m->set, v2))
        list_add(&m->set, v2);
    if (m->set.n == before)
        return 1;
    int r = obj_equiv(ctx, v1, v2, strict, akeys, m, kind);
    if (r > 0 || m->delete_failures) {
        list_remove(&m->set, v1);
        list_remove(&m->set, v2);
    }
    return r;
}

static int boxed_equal(JSValue v1, JSValue v2)
{
    if (js_class_of(v1) != js_class_of(v2))
        return 0;
    JSValue p1 = js_obj(v1)->u.prim, p2 = js_obj(v2)->u.prim;
    if (js_class_of(v1) == JS_CLASS_NUMBER)
        return js_same_value(p1, p2);
    return js_strict_equals(p1, p2);
}

static int string_prop_equal(JSContext *ctx, JSValue a, JSValue b, const char *name)
{
    JSValue x = js_get_str(ctx, a, name), y;
    if (js_is_exception(x) || js_is_exception(y = js_get_str(ctx, b, name)))
        return -1;
    return js_strict_equals(x, y);
}

/* The Error branch: message, name, cause and errors, each compared as an
 * own enumerable key later when it is one, here when it is not. */
static int error_fields_equal(JSContext *ctx, JSValue v1, JSValue v2, bool strict, Memo *m)
{
    static const char *const fields[] = { "message", "name", "cause", "errors" };
    for (int i = 0; i < 4; i++) {
        JSValue key = js_atom(ctx, fields[i]);
        int e1 = own_enumerable(ctx, v1, key), e2 = own_enumerable(ctx, v2, key);
        if (e1 < 0 || e2 < 0)
            return -1;
        if (e1 != e2)
            return 0;
        if (e1)
            continue;
        int r;
        if (i < 2) {
            r = string_prop_equal(ctx, v1, v2, fields[i]);
        } else {
            JSValue x = js_get(ctx, v1, key), y;
            if (js_is_exception(x) || js_is_exception(y = js_get(ctx, v2, key)))
                return -1;
            r = inner_equal(ctx, x, y, strict, m);
        }
        if (r <= 0)
            return r;
    }
    return 1;
}

static bool special_kind(JSContext *ctx, JSValue v)
{
    int c = js_class_of(v);
    return c == JS_CLASS_ARRAY || c == JS_CLASS_SET || c == JS_CLASS_MAP || c == JS_CLASS_DATE ||
           c == JS_CLASS_REGEXP || is_boxed(v) || is_error_like(ctx, v);
}

static int primitive_check(JSContext *ctx, JSValue v1, JSValue v2, bool strict)
{
    if (strict) {
        if (js_is_number(v1))
            return is_nan(v1) && is_nan(v2);
        if (!is_obj_type(v1) || !is_obj_type(v2) || js_obj(v1)->proto != js_obj(v2)->proto)
            return 0;
        return 2;
    }
    if (!is_obj_type(v1)) {
        if (!is_obj_type(v2)) {
            int r = js_loose_equals(ctx, v1, v2);
            return r < 0 ? -1 : (r || (is_nan(v1) && is_nan(v2)));
        }
        return 0;
    }
    return is_obj_type(v2) ? 2 : 0;
}

static int inner_equal(JSContext *ctx, JSValue v1, JSValue v2, bool strict, Memo *m)
{
    if (js_strict_equals(v1, v2))
        return !(js_is_number(v1) && js_get_number(v1) == 0) || js_same_value(v1, v2) || !strict;
    int r = primitive_check(ctx, v1, v2, strict);
    if (r != 2)
        return r;
    if (js_check_stack(ctx))
        return -1;
    JSValue t1 = object_tag(ctx, v1), t2;
    if (js_is_exception(t1) || js_is_exception(t2 = object_tag(ctx, v2)))
        return -1;
    if (!js_string_equals(js_str(t1), js_str(t2)))
        return 0;
    int c1 = js_class_of(v1), c2 = js_class_of(v2);
    if (c1 == JS_CLASS_ARRAY) {
        uint64_t l1, l2;
        if (c2 != JS_CLASS_ARRAY)
            return 0;
        if (js_length_of(ctx, v1, &l1) < 0 || js_length_of(ctx, v2, &l2) < 0)
            return -1;
        if (l1 != l2)
            return 0;
        List k1 = { 0 }, k2 = { 0 };
        if (non_index_keys(ctx, v1, strict, &k1) < 0 || non_index_keys(ctx, v2, strict, &k2) < 0)
            return -1;
        if (k1.n != k2.n)
            return 0;
        return key_check(ctx, v1, v2, strict, m, K_IS_ARRAY, &k1);
    }
    if (js_string_equals(js_str(t1), js_str(js_new_string(ctx, "[object Object]"))))
        return key_check(ctx, v1, v2, strict, m, K_NO_ITERATOR, NULL);
    if (c1 == JS_CLASS_DATE) {
        if (c2 != JS_CLASS_DATE)
            return 0;
        double d1 = js_get_number(js_obj(v1)->u.prim), d2 = js_get_number(js_obj(v2)->u.prim);
        if (d1 != d2)
            return 0;
    } else if (c1 == JS_CLASS_REGEXP) {
        if (c2 != JS_CLASS_REGEXP)
            return 0;
        static const char *const parts[] = { "source", "flags", "lastIndex" };
        for (int i = 0; i < 3; i++)
            if ((r = string_prop_equal(ctx, v1, v2, parts[i])) <= 0)
                return r;
    } else if (c1 == JS_CLASS_SET || c1 == JS_CLASS_MAP) {
        if (c2 != c1 || js_mapset_size(v1) != js_mapset_size(v2))
            return 0;
        return key_check(ctx, v1, v2, strict, m, c1 == JS_CLASS_SET ? K_IS_SET : K_IS_MAP, NULL);
    } else if (is_error_like(ctx, v1)) {
        if (!is_error_like(ctx, v2))
            return 0;
        if ((r = error_fields_equal(ctx, v1, v2, strict, m)) <= 0)
            return r;
    } else if (is_boxed(v1)) {
        if (!boxed_equal(v1, v2))
            return 0;
    } else if (special_kind(ctx, v2)) {
        return 0;
    }
    return key_check(ctx, v1, v2, strict, m, K_NO_ITERATOR, NULL);
}

int js_deep_equal(JSContext *ctx, JSValue a, JSValue b, bool strict)
{
    Memo m;
    memset(&m, 0, sizeof m);
    return inner_equal(ctx, a, b, strict, &m);
}

/* ================================================================ util.inspect, util.format */

const char *js_assert_inspect(JSContext *ctx, JSValue v)
{
    JSValue opts = js_new_object(ctx);
    js_set_str(ctx, opts, "compact", JS_FALSE);
    js_set_str(ctx, opts, "customInspect", JS_FALSE);
    js_set_str(ctx, opts, "depth", js_new_int(1000));
    js_set_str(ctx, opts, "maxArrayLength", js_new_double(INFINITY));
    js_set_str(ctx, opts, "showHidden", JS_FALSE);
    js_set_str(ctx, opts, "sorted", JS_TRUE);
    js_set_str(ctx, opts, "getters", JS_TRUE);
    return js_inspect_cstr(ctx, v, opts);
}

/* inspect(value, opts) and the legacy inspect(value, showHidden, depth, colors). */
static JSValue util_inspect(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue opts = js_new_object(ctx);
    if (argc > 2 && !js_is_undefined(argv[2]))
        js_set_str(ctx, opts, "depth", argv[2]);
    if (argc > 3 && !js_is_undefined(argv[3]))
        js_set_str(ctx, opts, "colors", argv[3]);
    if (argc > 1) {
        if (js_is_bool(argv[1])) {
            js_set_str(ctx, opts, "showHidden", argv[1]);
        } else if (js_is_object(argv[1])) {
            JSValue keys = js_own_keys(ctx, argv[1], JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
            if (js_is_exception(keys))
                return keys;
            uint64_t n;
            if (js_length_of(ctx, keys, &n) < 0)
                return JS_EXCEPTION;
            for (uint64_t i = 0; i < n; i++) {
                JSValue k = js_get_elem(ctx, keys, i), v;
                if (js_is_exception(k) || js_is_exception(v = js_get(ctx, argv[1], k)))
                    return JS_EXCEPTION;
                if (js_set(ctx, opts, k, v, true) < 0)
                    return JS_EXCEPTION;
            }
        }
    }
    return js_inspect(ctx, js_arg(argc, argv, 0), opts);
}

static JSValue util_format(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_format(ctx, argc, argv);
}

/* console.c; its declaration belongs in console.h (not ours to edit). */

/* formatWithOptions(inspectOptions, ...args): util.format with the options
 * passed on to every inspect it makes. */
static JSValue util_formatWithOptions(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!is_obj_type(argv[0]))
        return js_throw_arg_type(ctx, "inspectOptions", "of type object", argv[0]);
    return js_format_with_options(ctx, argv[0], argc > 0 ? argc - 1 : 0, argv + 1);
}

static JSValue util_isDeepStrictEqual(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    int r = js_deep_equal(ctx, argv[0], argv[1], true);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r);
}

/* ================================================================ inherits, deprecate, promisify */

static JSValue util_inherits(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue ctor = argv[0], super = argv[1];
    if (js_is_nullish(ctor))
        return js_throw_arg_type(ctx, "ctor", "of type function", ctor);
    if (js_is_nullish(super))
        return js_throw_arg_type(ctx, "superCtor", "of type function", super);
    JSValue sp = js_get_atom(ctx, super, ctx->atoms.prototype);
    if (js_is_exception(sp))
        return sp;
    if (js_is_undefined(sp))
        return js_throw_arg_type(ctx, "superCtor.prototype", "of type object", sp);
    if (!js_is_object(ctor))
        return js_throw_type_error(ctx, "Object.defineProperty called on non-object");
    JSPropertyDescriptor d = { .flags = JS_PROP_WRITABLE | JS_PROP_CONFIGURABLE, .value = super };
    if (js_define_property(ctx, ctor, js_atom(ctx, "super_"), &d,
                           JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_CONFIGURABLE |
                               JS_DESC_HAS_ENUMERABLE, true) < 0)
        return JS_EXCEPTION;
    JSValue cp = js_get_atom(ctx, ctor, ctx->atoms.prototype);
    if (js_is_exception(cp))
        return cp;
    if (!js_is_object(cp))
        return js_throw_type_error(ctx, "Object.setPrototypeOf called on null or undefined");
    if (!js_is_object(sp) && !js_is_null(sp))
        return js_throw_type_error(ctx, "Object prototype may only be an Object or null: %s", js_describe(ctx, sp));
    if (js_set_prototype(ctx, cp, sp, true) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static JSValue self_data(JSContext *ctx)
{
    return js_obj(ctx->frame->func)->u.cfunc.data;
}

static JSValue with_data(JSValue f, JSValue data)
{
    js_obj(f)->u.cfunc.data = data;
    return f;
}

/* The function deprecate() returns: warns once on stderr, then forwards. */
static JSValue util_deprecated(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue data = self_data(ctx);   /* [fn, msg, code, warned] */
    JSValue fn = js_get_index(ctx, data, 0);
    if (!js_to_boolean(js_get_index(ctx, data, 3))) {
        js_set_index(ctx, data, 3, JS_TRUE);
        JSValue code = js_get_index(ctx, data, 2);
        const char *msg = js_to_utf8(ctx, js_get_index(ctx, data, 1), NULL);
        const char *text = js_is_string(code)
                               ? js_host_printf(ctx, "[%s] DeprecationWarning: %s", js_to_utf8(ctx, code, NULL), msg)
                               : js_host_printf(ctx, "DeprecationWarning: %s", msg);
        if (js_is_exception(js_emit_warning(ctx, js_new_string(ctx, text), true)))
            return JS_EXCEPTION;
    }
    JSValue nt = js_new_target(ctx);
    if (!js_is_undefined(nt))
        return js_construct(ctx, fn, argc, argv, js_is_constructor(fn) ? fn : nt);
    return js_call(ctx, fn, this_val, argc, argv);
}

static JSValue util_deprecate(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(argv[0]))
        return js_throw_arg_type(ctx, "fn", "of type function", argv[0]);
    JSValue msg = js_is_undefined(argv[1]) ? js_new_string(ctx, "undefined") : js_to_string(ctx, argv[1]);
    if (js_is_exception(msg))
        return msg;
    JSValue items[4] = { argv[0], msg, argv[2], JS_FALSE };
    JSValue f = js_new_cfunction(ctx, util_deprecated, "deprecated", 0);
    js_obj(f)->h.flags |= JS_OBJ_CONSTRUCTOR;
    return with_data(f, js_new_array_from(ctx, 4, items));
}

/* promisify: the callback settles the promise made around the call. */
static JSValue promisify_callback(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue data = self_data(ctx);   /* [resolve, reject] */
    if (!js_is_nullish(argv[0]))
        return js_call(ctx, js_get_index(ctx, data, 1), JS_UNDEFINED, 1, argv);
    JSValue v = js_arg(argc, argv, 1);
    return js_call(ctx, js_get_index(ctx, data, 0), JS_UNDEFINED, 1, &v);
}

static JSValue promisify_executor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue data = self_data(ctx);   /* [fn, this, args] */
    JSValue pair[2] = { argv[0], argv[1] };
    JSValue cb = with_data(js_new_cfunction(ctx, promisify_callback, "", 2), js_new_array_from(ctx, 2, pair));
    JSValue args = js_get_index(ctx, data, 2);
    uint64_t n;
    if (js_length_of(ctx, args, &n) < 0)
        return JS_EXCEPTION;
    JSValue *a = js_malloc(sizeof(JSValue) * (n + 1));
    for (uint64_t i = 0; i < n; i++)
        a[i] = js_get_index(ctx, args, (uint32_t)i);
    a[n] = cb;
    JSValue r = js_call(ctx, js_get_index(ctx, data, 0), js_get_index(ctx, data, 1), (int)n + 1, a);
    return js_is_exception(r) ? r : JS_UNDEFINED;
}

static JSValue promisified(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue P = js_get_str(ctx, ctx->global, "Promise");
    if (js_is_exception(P))
        return P;
    if (!js_is_constructor(P))
        return js_throw_reference_error(ctx, "Promise is not defined");
    JSValue items[3] = { self_data(ctx), this_val, js_new_array_from(ctx, (uint32_t)argc, argv) };
    JSValue ex = with_data(js_new_cfunction(ctx, promisify_executor, "", 2), js_new_array_from(ctx, 3, items));
    return js_construct(ctx, P, 1, &ex, P);
}

static JSValue util_promisify(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(argv[0]))
        return js_throw_arg_type(ctx, "original", "of type function", argv[0]);
    JSValue name = js_get_atom(ctx, argv[0], ctx->atoms.name);
    const char *s = js_is_string(name) ? js_to_utf8(ctx, name, NULL) : "";
    return with_data(js_new_cfunction(ctx, promisified, s, 0), argv[0]);
}


/* ================================================================ smaller helpers */

/* node's deprecated util.isX checks (documentation-only deprecations in
 * node 20: no warning).  magic picks the test. */
enum { IS_BOOLEAN, IS_BUFFER, IS_NULL, IS_NULL_OR_UNDEFINED, IS_NUMBER, IS_STRING, IS_SYMBOL, IS_UNDEFINED,
       IS_REGEXP, IS_OBJECT, IS_DATE, IS_ERROR, IS_FUNCTION, IS_PRIMITIVE };

static JSValue util_is(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    JSValue v = argv[0];
    switch (which) {
    case IS_BOOLEAN: return js_new_bool(js_is_bool(v));
    case IS_BUFFER: return JS_FALSE;   /* there is no Buffer */
    case IS_NULL: return js_new_bool(js_is_null(v));
    case IS_NULL_OR_UNDEFINED: return js_new_bool(js_is_nullish(v));
    case IS_NUMBER: return js_new_bool(js_is_number(v));
    case IS_STRING: return js_new_bool(js_is_string(v));
    case IS_SYMBOL: return js_new_bool(js_is_symbol(v));
    case IS_UNDEFINED: return js_new_bool(js_is_undefined(v));
    case IS_REGEXP: return js_new_bool(js_class_of(v) == JS_CLASS_REGEXP);
    case IS_OBJECT: return js_new_bool(js_is_object(v) && !js_is_function(v));
    case IS_DATE: return js_new_bool(js_class_of(v) == JS_CLASS_DATE);
    case IS_ERROR: return js_new_bool(is_error_like(ctx, v));
    case IS_FUNCTION: return js_new_bool(js_is_function(v));
    default: return js_new_bool(!js_is_object(v));
    }
}

/* util._extend(target, source): source's own enumerable keys onto target. */
static JSValue util_extend(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue target = argv[0], source = argv[1];
    if (!js_is_object(source) || !js_is_object(target))
        return target;
    return js_assign_own(ctx, target, source, false) < 0 ? JS_EXCEPTION : target;
}

/* debuglog(section): the logger prints only for sections in NODE_DEBUG,
 * which the tests never set, so it is a function that does nothing. */
static JSValue debuglog_logger(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return JS_UNDEFINED;
}

static JSValue util_debuglog(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue f = js_new_cfunction(ctx, debuglog_logger, "logger", 0);
    js_define_value_str(ctx, f, "enabled", JS_FALSE, JS_PROP_CWE);
    return f;
}

static bool is_high(uint16_t c) { return c >= 0xD800 && c <= 0xDBFF; }
static bool is_low(uint16_t c) { return c >= 0xDC00 && c <= 0xDFFF; }

/* toUSVString: lone surrogates become U+FFFD. */
static JSValue util_toUSVString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue sv = js_to_string(ctx, argv[0]);
    if (js_is_exception(sv))
        return sv;
    JSString *f = js_string_flat(js_str(sv));
    uint16_t *out = js_malloc_atomic(sizeof(uint16_t) * (f->len + 1));
    for (uint32_t i = 0; i < f->len; i++) {
        uint16_t c = js_string_at(f, i);
        if (is_high(c) && i + 1 < f->len && is_low(js_string_at(f, i + 1))) {
            out[i] = c;
            out[i + 1] = js_string_at(f, i + 1);
            i++;
            continue;
        }
        out[i] = is_high(c) || is_low(c) ? 0xFFFD : c;
    }
    return js_new_string16(ctx, out, f->len);
}

/* The length of the ANSI escape sequence at s[i], 0 if none: node's
 * ansi pattern covers CSI (ESC [ or 0x9B, parameters, a final letter) and
 * OSC (ESC ] ... ended by BEL or ESC \). */
static uint32_t ansi_length(JSString *s, uint32_t i)
{
    uint32_t n = s->len, j;
    uint16_t c = js_string_at(s, i);
    if (c == 0x1B && i + 1 < n && js_string_at(s, i + 1) == ']') {
        for (j = i + 2; j < n; j++) {
            uint16_t d = js_string_at(s, j);
            if (d == 0x07)
                return j + 1 - i;
            if (d == 0x1B && j + 1 < n && js_string_at(s, j + 1) == '\\')
                return j + 2 - i;
        }
        return 0;
    }
    if (c == 0x1B && i + 1 < n && (js_string_at(s, i + 1) == '[' || js_string_at(s, i + 1) == '('))
        j = i + 2;
    else if (c == 0x9B)
        j = i + 1;
    else
        return 0;
    while (j < n) {
        uint16_t d = js_string_at(s, j);
        if ((d >= '0' && d <= '9') || d == ';' || d == '?' || d == ':') {
            j++;
            continue;
        }
        if ((d >= 'A' && d <= 'Z') || (d >= 'a' && d <= 'z') || d == '=' || d == '>' || d == '<' || d == '~')
            return j + 1 - i;
        return 0;
    }
    return 0;
}

static JSValue util_stripVTControlCharacters(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_string(argv[0]))
        return js_throw_arg_type(ctx, "str", "of type string", argv[0]);
    JSString *f = js_string_flat(js_str(argv[0]));
    uint16_t *out = js_malloc_atomic(sizeof(uint16_t) * (f->len + 1));
    uint32_t n = 0;
    for (uint32_t i = 0; i < f->len;) {
        uint32_t skip = ansi_length(f, i);
        if (skip) {
            i += skip;
            continue;
        }
        out[n++] = js_string_at(f, i++);
    }
    return js_new_string16(ctx, out, n);
}

/* util.inspect.colors: name -> [open, close] SGR codes, in node's order. */
static const struct { const char *name; int open, close; } ansi_colors[] = {
    { "reset", 0, 0 }, { "bold", 1, 22 }, { "dim", 2, 22 }, { "italic", 3, 23 }, { "underline", 4, 24 },
    { "blink", 5, 25 }, { "inverse", 7, 27 }, { "hidden", 8, 28 }, { "strikethrough", 9, 29 },
    { "doubleunderline", 21, 24 }, { "black", 30, 39 }, { "red", 31, 39 }, { "green", 32, 39 },
    { "yellow", 33, 39 }, { "blue", 34, 39 }, { "magenta", 35, 39 }, { "cyan", 36, 39 }, { "white", 37, 39 },
    { "bgBlack", 40, 49 }, { "bgRed", 41, 49 }, { "bgGreen", 42, 49 }, { "bgYellow", 43, 49 },
    { "bgBlue", 44, 49 }, { "bgMagenta", 45, 49 }, { "bgCyan", 46, 49 }, { "bgWhite", 47, 49 },
    { "framed", 51, 54 }, { "overlined", 53, 55 }, { "gray", 90, 39 }, { "redBright", 91, 39 },
    { "greenBright", 92, 39 }, { "yellowBright", 93, 39 }, { "blueBright", 94, 39 },
    { "magentaBright", 95, 39 }, { "cyanBright", 96, 39 }, { "whiteBright", 97, 39 }, { "bgGray", 100, 49 },
    { "bgRedBright", 101, 49 }, { "bgGreenBright", 102, 49 }, { "bgYellowBright", 103, 49 },
    { "bgBlueBright", 104, 49 }, { "bgMagentaBright", 105, 49 }, { "bgCyanBright", 106, 49 },
    { "bgWhiteBright", 107, 49 },
};

static int ansi_color_index(JSContext *ctx, JSValue name)
{
    if (!js_is_string(name))
        return -1;
    const char *n = js_to_utf8(ctx, name, NULL);
    for (size_t i = 0; i < JS_COUNTOF(ansi_colors); i++)
        if (!strcmp(ansi_colors[i].name, n))
            return (int)i;
    return -1;
}

/* node's shouldColorize(process.stdout): FORCE_COLOR decides when set,
 * else whether stdout is a terminal. */
static bool should_colorize(void)
{
    const char *force = getenv("FORCE_COLOR");
    if (force)
        return strcmp(force, "0") != 0 && strcmp(force, "false") != 0;
    const char *term = getenv("TERM");
    return isatty(1) && !(term && !strcmp(term, "dumb"));
}

/* styleText(format, text[, options]): format is a color name or an array
 * of them, the first outermost. */
static JSValue util_styleText(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue format = argv[0], text = argv[1];
    if (!js_is_string(text))
        return js_throw_arg_type(ctx, "text", "of type string", text);
    uint32_t n = js_is_array(format) ? js_obj(format)->u.array.len : 1;
    JSValue opts = js_arg(argc, argv, 2);
    bool validate = true;
    if (js_is_object(opts)) {
        JSValue v = js_get_str(ctx, opts, "validateStream");
        if (js_is_exception(v))
            return v;
        validate = !js_is_bool(v) || js_to_boolean(v);
    }
    Str open;
    str_init(&open);
    const char *close = "";
    for (uint32_t i = 0; i < n; i++) {
        JSValue f = js_is_array(format) ? js_get_index(ctx, format, i) : format;
        int k = ansi_color_index(ctx, f);
        if (k < 0) {
            Str list;
            str_init(&list);
            for (size_t j = 0; j < JS_COUNTOF(ansi_colors); j++)
                str_puts(&list, str_printf("%s'%s'", j ? ", " : "", ansi_colors[j].name));
            const char *got = js_is_string(f) ? str_printf("'%s'", js_to_utf8(ctx, f, NULL))
                                              : js_inspect_cstr(ctx, f, JS_UNDEFINED);
            return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                                                   js_host_printf(ctx, "The argument 'format' must be one of: %s. Received %s",
                                                                  list.p, got ? got : "")));
        }
        str_puts(&open, str_printf("\x1b[%dm", ansi_colors[k].open));
        close = str_cat(str_printf("\x1b[%dm", ansi_colors[k].close), close);
    }
    /* node 20 checks the stream only for a single format: an array is
     * always colored */
    if (!js_is_array(format) && validate && !should_colorize())
        return text;
    str_puts(&open, str_utf8(ctx, text));
    str_puts(&open, close);
    return str_to_js(ctx, open.p);
}

/* Object.seal / Object.assign as the program sees them (node's
 * primordials are the originals, which is what these are unless the
 * program replaced them). */
static JSValue call_object_fn(JSContext *ctx, const char *name, int argc, JSValue *argv)
{
    JSValue f = js_get_str(ctx, js_get_str(ctx, ctx->global, "Object"), name);
    if (js_is_exception(f))
        return f;
    return js_call(ctx, f, JS_UNDEFINED, argc, argv);
}

static JSValue default_options_get(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return self_data(ctx);
}

/* inspect.defaultOptions = options: merged into the defaults (node's
 * ObjectAssign onto its sealed object). */
static JSValue default_options_set(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue opts = js_arg(argc, argv, 0);
    if (!js_is_object(opts) || js_is_array(opts) || js_is_function(opts))
        return js_throw_arg_type(ctx, "options", "of type object", opts);
    JSValue args[2] = { self_data(ctx), opts };
    JSValue r = call_object_fn(ctx, "assign", 2, args);
    return js_is_exception(r) ? r : JS_UNDEFINED;
}

/* util.inspect.defaultOptions: node's sealed defaults object, which every
 * inspect (console.log's too) starts from (handed to console_inspect.c). */
static void define_default_options(JSContext *ctx, JSValue inspect)
{
    JSValue d = js_new_object(ctx);
    js_set_str(ctx, d, "showHidden", JS_FALSE);
    js_set_str(ctx, d, "depth", js_new_int(2));
    js_set_str(ctx, d, "colors", JS_FALSE);
    js_set_str(ctx, d, "customInspect", JS_TRUE);
    js_set_str(ctx, d, "showProxy", JS_FALSE);
    js_set_str(ctx, d, "maxArrayLength", js_new_int(100));
    js_set_str(ctx, d, "maxStringLength", js_new_int(10000));
    js_set_str(ctx, d, "breakLength", js_new_int(80));
    js_set_str(ctx, d, "compact", js_new_int(3));
    js_set_str(ctx, d, "sorted", JS_FALSE);
    js_set_str(ctx, d, "getters", JS_FALSE);
    js_set_str(ctx, d, "numericSeparator", JS_FALSE);
    if (js_is_exception(call_object_fn(ctx, "seal", 1, &d)))
        ctx->exception = JS_UNDEFINED;
    JSValue get = with_data(js_new_cfunction(ctx, default_options_get, "get", 0), d);
    JSValue set = with_data(js_new_cfunction(ctx, default_options_set, "set", 1), d);
    js_define_accessor(ctx, inspect, js_atom(ctx, "defaultOptions"), get, set, 0);
    js_set_inspect_defaults(d);
}

/* util.inspect.colors and util.inspect.styles, as null-prototype objects. */
static void define_color_tables(JSContext *ctx, JSValue inspect)
{
    JSValue colors = js_new_object_proto(ctx, NULL);
    for (size_t i = 0; i < JS_COUNTOF(ansi_colors); i++) {
        JSValue pair[2] = { js_new_int(ansi_colors[i].open), js_new_int(ansi_colors[i].close) };
        js_define_value_str(ctx, colors, ansi_colors[i].name, js_new_array_from(ctx, 2, pair), JS_PROP_CWE);
    }
    static const char *const styles[][2] = {
        { "special", "cyan" }, { "number", "yellow" }, { "bigint", "yellow" }, { "boolean", "yellow" },
        { "undefined", "grey" }, { "null", "bold" }, { "string", "green" }, { "symbol", "green" },
        { "date", "magenta" }, { "regexp", "red" }, { "module", "underline" },
    };
    JSValue st = js_new_object_proto(ctx, NULL);
    for (size_t i = 0; i < JS_COUNTOF(styles); i++)
        js_define_value_str(ctx, st, styles[i][0], js_new_string(ctx, styles[i][1]), JS_PROP_CWE);
    js_define_value_str(ctx, inspect, "colors", colors, JS_PROP_CWE);
    js_define_value_str(ctx, inspect, "styles", st, JS_PROP_CWE);
}

/* ================================================================ util.types */

static JSValue util_types_is(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int cls)
{
    JSValue v = argv[0];
    if (cls == -1)
        return js_new_bool(is_boxed(v));
    return js_new_bool(cls >= 0 && js_class_of(v) == cls);
}

static void define_types(JSContext *ctx, JSValue util)
{
    /* node's order; -1: a boxed primitive; -2: a kind weakjs has no values
     * of (typed arrays, buffers, proxies, async and generator functions) */
    static const struct { const char *name; int cls; } tab[] = {
        { "isExternal", -2 }, { "isDate", JS_CLASS_DATE }, { "isArgumentsObject", JS_CLASS_ARGUMENTS },
        { "isBigIntObject", -2 }, { "isBooleanObject", JS_CLASS_BOOLEAN }, { "isNumberObject", JS_CLASS_NUMBER },
        { "isStringObject", JS_CLASS_STRING }, { "isSymbolObject", JS_CLASS_SYMBOL },
        { "isNativeError", JS_CLASS_ERROR }, { "isRegExp", JS_CLASS_REGEXP }, { "isAsyncFunction", -2 },
        { "isGeneratorFunction", -2 }, { "isGeneratorObject", JS_CLASS_GENERATOR },
        { "isPromise", JS_CLASS_PROMISE }, { "isMap", JS_CLASS_MAP }, { "isSet", JS_CLASS_SET },
        { "isMapIterator", JS_CLASS_MAP_ITERATOR }, { "isSetIterator", JS_CLASS_SET_ITERATOR },
        { "isWeakMap", JS_CLASS_WEAKMAP }, { "isWeakSet", JS_CLASS_WEAKSET }, { "isArrayBuffer", -2 },
        { "isDataView", -2 }, { "isSharedArrayBuffer", -2 }, { "isProxy", -2 },
        { "isModuleNamespaceObject", -2 }, { "isAnyArrayBuffer", -2 }, { "isBoxedPrimitive", -1 },
        { "isArrayBufferView", -2 }, { "isTypedArray", -2 }, { "isUint8Array", -2 },
        { "isUint8ClampedArray", -2 }, { "isUint16Array", -2 }, { "isUint32Array", -2 }, { "isInt8Array", -2 },
        { "isInt16Array", -2 }, { "isInt32Array", -2 }, { "isFloat32Array", -2 }, { "isFloat64Array", -2 },
        { "isBigInt64Array", -2 }, { "isBigUint64Array", -2 }, { "isKeyObject", -2 }, { "isCryptoKey", -2 },
    };
    JSValue types = js_new_object(ctx);
    for (size_t i = 0; i < JS_COUNTOF(tab); i++)
        js_define_value_str(ctx, types, tab[i].name,
                            js_new_cfunction_magic(ctx, util_types_is, tab[i].name, 1, tab[i].cls), JS_PROP_CWE);
    js_define_value_str(ctx, util, "types", types, JS_PROP_CWE);
}

static JSValue util_isArray(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(js_is_array(argv[0]));
}

JSValue js_new_util_module(JSContext *ctx)
{
    /* node's key order (Object.keys(util)); magic >= 0: util_is's test */
    static const struct { const char *name; JSCFunction *fn; int length; int magic; } funcs[] = {
        { "_extend", util_extend, 2, -1 },
        { "debug", util_debuglog, 2, -1 },
        { "debuglog", util_debuglog, 2, -1 },
        { "deprecate", util_deprecate, 3, -1 },
        { "format", util_format, 0, -1 },
        { "styleText", util_styleText, 2, -1 },
        { "formatWithOptions", util_formatWithOptions, 1, -1 },
        { "inherits", util_inherits, 2, -1 },
        { "inspect", util_inspect, 2, -1 },
        { "isArray", util_isArray, 1, -1 },
        { "isBoolean", NULL, 1, IS_BOOLEAN },
        { "isBuffer", NULL, 1, IS_BUFFER },
        { "isDeepStrictEqual", util_isDeepStrictEqual, 2, -1 },
        { "isNull", NULL, 1, IS_NULL },
        { "isNullOrUndefined", NULL, 1, IS_NULL_OR_UNDEFINED },
        { "isNumber", NULL, 1, IS_NUMBER },
        { "isString", NULL, 1, IS_STRING },
        { "isSymbol", NULL, 1, IS_SYMBOL },
        { "isUndefined", NULL, 1, IS_UNDEFINED },
        { "isRegExp", NULL, 1, IS_REGEXP },
        { "isObject", NULL, 1, IS_OBJECT },
        { "isDate", NULL, 1, IS_DATE },
        { "isError", NULL, 1, IS_ERROR },
        { "isFunction", NULL, 1, IS_FUNCTION },
        { "isPrimitive", NULL, 1, IS_PRIMITIVE },
        { "promisify", util_promisify, 1, -1 },
        { "stripVTControlCharacters", util_stripVTControlCharacters, 1, -1 },
        { "toUSVString", util_toUSVString, 1, -1 },
    };
    JSValue util = js_new_object(ctx);
    JSValue debuglog = JS_UNDEFINED;
    for (size_t i = 0; i < JS_COUNTOF(funcs); i++) {
        const char *name = funcs[i].fn == util_debuglog ? "debuglog" : funcs[i].name;
        JSValue f = funcs[i].magic >= 0 ? js_new_cfunction_magic(ctx, util_is, name, funcs[i].length, funcs[i].magic)
                                        : js_new_cfunction(ctx, funcs[i].fn, name, funcs[i].length);
        if (funcs[i].fn == util_debuglog) {   /* debug is debuglog itself */
            if (js_is_undefined(debuglog))
                debuglog = f;
            f = debuglog;
        }
        js_define_value_str(ctx, util, funcs[i].name, f, JS_PROP_CWE);
        if (funcs[i].fn == util_inspect) {
            /* the symbol custom inspectors are keyed by */
            JSValue sym_for = js_get_str(ctx, js_get_str(ctx, ctx->global, "Symbol"), "for");
            JSValue key = js_new_string(ctx, "nodejs.util.inspect.custom");
            JSValue sym = js_is_function(sym_for) ? js_call(ctx, sym_for, JS_UNDEFINED, 1, &key) : JS_UNDEFINED;
            if (js_is_exception(sym))
                ctx->exception = JS_UNDEFINED;
            else
                js_define_value_str(ctx, f, "custom", sym, JS_PROP_CWE);
            define_color_tables(ctx, f);
            define_default_options(ctx, f);
        }
    }
    define_types(ctx, util);
    return util;
}
