/* regexp.c - the RegExp constructor, RegExp.prototype and the RegExp String
 * Iterator, on PCRE2's 16-bit library (patterns are translated by
 * regexp_compile.c).
 *
 * A RegExp is a JS_CLASS_REGEXP object whose u.opaque is a RegExpData: the
 * compiled code (shared between RegExps of equal source and flags through a
 * small cache, since literals in loops make a new object per evaluation),
 * the original source and flags, and a match-data block.  Strings are
 * matched in place when UTF-16; Latin-1 strings are widened once and the
 * copy is kept for the next call on the same string (a global replace calls
 * exec many times on one subject).  A u pattern on the 32-bit library
 * (RxCode.code_points) matches a code point copy kept the same way, with a
 * map from code point to UTF-16 offsets once the string has a pair.
 *
 * The Symbol methods follow the spec's generic algorithms (they call a
 * user's exec, read "flags", honour Symbol.species); when the receiver is a
 * plain RegExp with the built-in exec they take a fast path that matches
 * directly, with the same observable lastIndex results. */
#define PCRE2_CODE_UNIT_WIDTH 16
#include <math.h>
#include <pcre2.h>

#include "builtins.h"
#include "regexp.h"
#include "state.h"

#define OPT_ARG(i) ((i) < argc ? argv[i] : JS_UNDEFINED)
#define UNSET UINT32_MAX

typedef struct RegExpData {
    RxCode *rc;
    JSValue source;           /* [[OriginalSource]] */
    JSValue flags;            /* [[OriginalFlags]] */
    unsigned fl;              /* RX_* */
    void *md;                 /* pcre2_match_data (_32 when rc->code_points), made on first match */
    JSString *wide_of;        /* the Latin-1 string last widened... */
    uint16_t *wide;           /* ...and its UTF-16 copy */
    JSString *cp_of;          /* rc->code_points: the string last decoded... */
    uint32_t *cp;             /* ...into code points, cp_len of them... */
    uint32_t *cp_at;          /* ...code point k at UTF-16 offset cp_at[k] (cp_len + 1
                               * entries), NULL when the string has no pairs */
    uint32_t cp_len;
} RegExpData;

static const char rsi_tag[] = "RegExp String Iterator";

static JSValue RegExp_prototype_exec(JSContext *ctx, JSValue this_val, int argc, JSValue *argv);

/* ---------------------------------------------------------------- helpers */

static RegExpData *re_data(JSValue v)
{
    return js_class_of(v) == JS_CLASS_REGEXP ? js_obj(v)->u.opaque : NULL;
}

static JSValue incompatible(JSContext *ctx, const char *method, JSValue v)
{
    return js_throw_type_error(ctx, "Method %s called on incompatible receiver %s", method, js_describe(ctx, v));
}

static const char flag_chars[] = "dgimsuvy";   /* RX_* bit order */

/* "gim" -> RX_* bits; -1 on a repeated or unknown flag. */
static int parse_flags(JSString *s)
{
    unsigned fl = 0;
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        const char *p = c && c < 128 ? strchr(flag_chars, c) : NULL;
        if (!p || (fl & (1u << (p - flag_chars))))
            return -1;
        fl |= 1u << (p - flag_chars);
    }
    if ((fl & RX_U) && (fl & RX_V))
        return -1;
    return (int)fl;
}

static bool has_flag_char(JSString *s, uint16_t c)
{
    for (uint32_t i = 0; i < s->len; i++)
        if (js_string_at(s, i) == c)
            return true;
    return false;
}

/* The code units of a flat string, widened when Latin-1 (collector memory). */
static const uint16_t *units_of(JSString *s)
{
    if (s->h.flags & JS_STR_WIDE)
        return s->u.utf16;
    uint16_t *w = js_malloc_atomic((s->len + 1) * sizeof(uint16_t));
    for (uint32_t i = 0; i < s->len; i++)
        w[i] = s->u.latin1[i];
    return w;
}

/* AdvanceStringIndex.  i may be far past the string (a lastIndex the user
 * set, up to 2^53 - 1), so the result is not cut to 32 bits. */
static uint64_t advance_index(JSString *s, uint64_t i, bool unicode)
{
    if (!unicode || i + 1 >= s->len)
        return i + 1;
    uint16_t c = js_string_at(s, (uint32_t)i), d = js_string_at(s, (uint32_t)i + 1);
    return (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) ? i + 2 : i + 1;
}

static int set_last_index(JSContext *ctx, JSValue rx, double v)
{
    return js_set_atom(ctx, rx, ctx->atoms.lastIndex, js_new_number(v), true);
}

static int get_last_index(JSContext *ctx, JSValue rx, uint64_t *out)
{
    JSValue v = js_get_atom(ctx, rx, ctx->atoms.lastIndex);
    if (js_is_exception(v))
        return -1;
    if (js_is_int(v) && js_get_int(v) >= 0) {
        *out = (uint64_t)js_get_int(v);
        return 0;
    }
    return js_to_length(ctx, v, out);
}

static JSValue to_flat_string(JSContext *ctx, JSValue v, JSString **out)
{
    JSValue s = js_is_string(v) ? v : js_to_string(ctx, v);
    if (!js_is_exception(s))
        *out = js_string_flat(js_str(s));
    return s;
}

/* ---------------------------------------------------------------- compiling */

typedef struct CacheEntry {
    uint16_t *src;
    uint32_t len, hash;
    unsigned fl;
    RxCode *rc;
} CacheEntry;

static CacheEntry code_cache[64];   /* static data: scanned by the collector */

static RxCode *compile_cached(JSContext *ctx, JSString *src, unsigned fl, const char **err)
{
    const uint16_t *u = units_of(src);
    uint32_t h = 2166136261u ^ fl;
    for (uint32_t i = 0; i < src->len; i++)
        h = (h ^ u[i]) * 16777619u;
    CacheEntry *e = &code_cache[h % JS_COUNTOF(code_cache)];
    if (e->rc && e->hash == h && e->fl == fl && e->len == src->len &&
        memcmp(e->src, u, src->len * sizeof(uint16_t)) == 0)
        return e->rc;
    RxCode *rc = rx_compile(ctx, u, src->len, fl, err);
    if (!rc)
        return NULL;
    uint16_t *copy = js_malloc_atomic((src->len + 1) * sizeof(uint16_t));
    memcpy(copy, u, src->len * sizeof(uint16_t));
    *e = (CacheEntry){ copy, src->len, h, fl, rc };
    return rc;
}

/* RegExpInitialize(obj, pattern, flags). */
static JSValue regexp_initialize(JSContext *ctx, JSValue obj, JSValue pattern, JSValue flags)
{
    JSValue p = js_is_undefined(pattern) ? ctx->atoms.empty : js_to_string(ctx, pattern);
    if (js_is_exception(p))
        return p;
    JSValue f = js_is_undefined(flags) ? ctx->atoms.empty : js_to_string(ctx, flags);
    if (js_is_exception(f))
        return f;
    JSString *fs = js_string_flat(js_str(f)), *ps = js_string_flat(js_str(p));
    int fl = parse_flags(fs);
    if (fl < 0)
        return js_throw_syntax_error(ctx, "Invalid flags supplied to RegExp constructor '%s'", js_to_utf8(ctx, f, NULL));
    const char *err = NULL;
    RxCode *rc = compile_cached(ctx, ps, (unsigned)fl, &err);
    if (!rc)
        return js_throw_syntax_error(ctx, "Invalid regular expression: /%s/%s: %s", js_to_utf8(ctx, p, NULL),
                                     js_to_utf8(ctx, f, NULL), err ? err : "Invalid regular expression");
    RegExpData *re = js_malloc(sizeof *re);
    re->rc = rc;
    re->source = p;
    re->flags = f;
    re->fl = (unsigned)fl;
    js_obj(obj)->u.opaque = re;
    if (set_last_index(ctx, obj, 0) < 0)
        return JS_EXCEPTION;
    return obj;
}

/* RegExpAlloc: the object with its lastIndex slot, data still unset. */
static JSValue regexp_alloc(JSContext *ctx, JSValue new_target)
{
    JSObject *proto = js_is_undefined(new_target) ? ctx->regexp_proto : js_proto_from_ctor(ctx, new_target, ctx->regexp_proto);
    if (!proto)
        return JS_EXCEPTION;
    JSValue obj = js_new_object_class(ctx, proto, JS_CLASS_REGEXP);
    if (js_is_exception(obj))
        return obj;
    js_define_value(ctx, obj, ctx->atoms.lastIndex, js_new_int(0), JS_PROP_WRITABLE);
    return obj;
}

JSValue js_new_regexp(JSContext *ctx, JSValue pattern, JSValue flags)
{
    JSValue obj = regexp_alloc(ctx, JS_UNDEFINED);
    if (js_is_exception(obj))
        return obj;
    return regexp_initialize(ctx, obj, pattern, flags);
}

/* IsRegExp(v): 1, 0 or -1. */
static int is_regexp(JSContext *ctx, JSValue v)
{
    if (!js_is_object(v))
        return 0;
    JSValue m = js_get(ctx, v, ctx->sym.match);
    if (js_is_exception(m))
        return -1;
    if (!js_is_undefined(m))
        return js_to_boolean(m);
    return js_class_of(v) == JS_CLASS_REGEXP;
}

static JSValue RegExp_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue pattern = argv[0], flags = argv[1], nt = js_new_target(ctx);
    int isre = is_regexp(ctx, pattern);
    if (isre < 0)
        return JS_EXCEPTION;
    if (js_is_undefined(nt)) {
        nt = js_builtin_state(ctx)->regexp_ctor;
        if (isre && js_is_undefined(flags)) {
            JSValue pc = js_get_atom(ctx, pattern, ctx->atoms.constructor);
            if (js_is_exception(pc))
                return pc;
            if (js_same_value(pc, nt))
                return pattern;
        }
    }
    RegExpData *src = re_data(pattern);
    JSValue p, f;
    if (src) {
        p = src->source;
        f = js_is_undefined(flags) ? src->flags : flags;
    } else if (isre) {
        p = js_get_str(ctx, pattern, "source");
        if (js_is_exception(p))
            return p;
        f = flags;
        if (js_is_undefined(flags) && js_is_exception(f = js_get_str(ctx, pattern, "flags")))
            return f;
    } else {
        p = pattern;
        f = flags;
    }
    JSValue obj = regexp_alloc(ctx, nt);
    if (js_is_exception(obj))
        return obj;
    return regexp_initialize(ctx, obj, p, f);
}

static JSValue RegExp_species(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_val;
}

/* ---------------------------------------------------------------- matching */

static const uint16_t empty_units[1];

/* The subject's code units; a Latin-1 string is widened once per RegExp. */
static const uint16_t *subject_units(RegExpData *re, JSString *s)
{
    if (s->h.flags & JS_STR_WIDE)
        return s->len ? s->u.utf16 : empty_units;
    if (s->len == 0)
        return empty_units;
    if (re->wide_of != s) {
        re->wide = (uint16_t *)units_of(s);
        re->wide_of = s;
    }
    return re->wide;
}

#if RX_CODE_POINTS
/* The subject as code points for a code_points pattern (surrogate pairs
 * joined, lone surrogates kept), decoded once per string per RegExp. */
static void decode_code_points(RegExpData *re, JSString *s, const uint16_t *u)
{
    if (re->cp_of == s)
        return;
    uint32_t *cp = js_malloc_atomic((s->len + 1) * sizeof(uint32_t)), *at = NULL, n = 0;
    for (uint32_t k = 0; k < s->len; k++, n++) {
        uint32_t c = u[k];
        if (c >= 0xd800 && c <= 0xdbff && k + 1 < s->len && u[k + 1] >= 0xdc00 && u[k + 1] <= 0xdfff) {
            if (!at) {   /* the first pair: offsets stop being equal from here */
                at = js_malloc_atomic((s->len + 1) * sizeof(uint32_t));
                for (uint32_t j = 0; j <= n; j++)
                    at[j] = j;
            }
            c = 0x10000 + ((c - 0xd800) << 10) + (u[++k] - 0xdc00);
        }
        cp[n] = c;
        if (at)
            at[n + 1] = k + 1;
    }
    re->cp = cp;
    re->cp_at = at;
    re->cp_len = n;
    re->cp_of = s;
}

/* The code point index of UTF-16 offset i; inside a pair, the pair's. */
static uint32_t code_point_index(RegExpData *re, uint32_t i)
{
    if (!re->cp_at)
        return i;
    uint32_t lo = 0, hi = re->cp_len;
    while (lo < hi) {   /* the last k with cp_at[k] <= i */
        uint32_t mid = lo + (hi - lo + 1) / 2;
        if (re->cp_at[mid] <= i)
            lo = mid;
        else
            hi = mid - 1;
    }
    return lo;
}

static int match_code_points(RegExpData *re, JSString *s, const uint16_t *subj, uint32_t start, bool sticky)
{
    decode_code_points(re, s, subj);
    if (!re->md)
        re->md = pcre2_match_data_create_from_pattern_32(re->rc->code, rx_general_context32());
    return pcre2_match_32(re->rc->code, re->cp, re->cp_len, code_point_index(re, start),
                          sticky ? PCRE2_ANCHORED : 0, re->md, rx_match_context32());
}

static PCRE2_SIZE *ovector_32(void *md)
{
    return pcre2_get_ovector_pointer_32(md);
}
#else
static int match_code_points(RegExpData *re, JSString *s, const uint16_t *subj, uint32_t start, bool sticky)
{
    (void)re, (void)s, (void)subj, (void)start, (void)sticky;
    return PCRE2_ERROR_INTERNAL;
}

static PCRE2_SIZE *ovector_32(void *md)
{
    (void)md;
    return NULL;
}
#endif

/* Match at or after start (anchored at start when sticky): 1 with the
 * offsets in re->md, 0 no match, -1 thrown. */
static int re_match(JSContext *ctx, RegExpData *re, JSString *s, uint32_t start, bool sticky)
{
    const uint16_t *subj = subject_units(re, s);
    int r;
    if (re->rc->code_points) {
        r = match_code_points(re, s, subj, start, sticky);
    } else {
        /* with u a start inside a surrogate pair backs up to the pair, as V8 does */
        if ((re->fl & (RX_U | RX_V)) && start > 0 && start < s->len && subj[start] >= 0xdc00 &&
            subj[start] <= 0xdfff && subj[start - 1] >= 0xd800 && subj[start - 1] <= 0xdbff)
            start--;
        if (!re->md)
            re->md = pcre2_match_data_create_from_pattern(re->rc->code, rx_general_context());
        r = pcre2_match(re->rc->code, subj, s->len, start, sticky ? PCRE2_ANCHORED : 0, re->md, rx_match_context());
    }
    if (r >= 0)
        return 1;
    if (r == PCRE2_ERROR_NOMATCH)
        return 0;
    if (r == PCRE2_ERROR_MATCHLIMIT || r == PCRE2_ERROR_DEPTHLIMIT || r == PCRE2_ERROR_HEAPLIMIT)
        js_throw_range_error(ctx, "Maximum call stack size exceeded");
    else
        js_throw_error(ctx, JS_ERROR, "RegExp match failed (PCRE2 error %d)", r);
    return -1;
}

/* The offsets of the last match as 2 * (ncaps + 1) uint32s (UTF-16
 * offsets), UNSET for a group that did not participate. */
static void copy_offsets(RegExpData *re, uint32_t *out)
{
    PCRE2_SIZE *ov = re->rc->code_points ? ovector_32(re->md) : pcre2_get_ovector_pointer(re->md);
    uint32_t n = 2 * (re->rc->ncaps + 1);
    for (uint32_t k = 0; k < n; k++)
        out[k] = ov[k] == PCRE2_UNSET ? UNSET : (uint32_t)ov[k];
    for (uint32_t k = 0; k < n; k += 2)
        if (out[k] == UNSET || out[k + 1] == UNSET)
            out[k] = out[k + 1] = UNSET;
    if (re->rc->code_points && re->cp_at)
        for (uint32_t k = 0; k < n; k++)
            if (out[k] != UNSET)
                out[k] = re->cp_at[out[k]];
}

static JSValue capture(JSContext *ctx, JSValue str, const uint32_t *off, uint32_t k)
{
    if (off[2 * k] == UNSET)
        return JS_UNDEFINED;
    return js_substring(ctx, str, off[2 * k], off[2 * k + 1]);
}

static JSValue pair_array(JSContext *ctx, const uint32_t *off, uint32_t k)
{
    if (off[2 * k] == UNSET)
        return JS_UNDEFINED;
    JSValue items[2] = { js_new_number(off[2 * k]), js_new_number(off[2 * k + 1]) };
    return js_new_array_from(ctx, 2, items);
}

/* groups (and indices.groups): a null-prototype object of the named
 * groups, or undefined when the pattern has none. */
static JSValue make_groups(JSContext *ctx, RegExpData *re, const JSValue *vals)
{
    if (!re->rc->names)
        return JS_UNDEFINED;
    JSValue g = js_new_object_proto(ctx, NULL);
    for (uint32_t k = 1; k <= re->rc->ncaps; k++)
        if (!js_is_undefined(re->rc->names[k]))
            js_define_value(ctx, g, re->rc->names[k], vals[k], JS_PROP_CWE);
    return g;
}

/* The exec result array: captures, index, input, groups (and indices with d). */
static JSValue make_result(JSContext *ctx, RegExpData *re, JSValue str, const uint32_t *off)
{
    uint32_t n = re->rc->ncaps + 1;
    JSValue *items = js_malloc(n * sizeof(JSValue));
    for (uint32_t k = 0; k < n; k++)
        items[k] = capture(ctx, str, off, k);
    JSValue arr = js_new_array_from(ctx, n, items);
    if (js_is_exception(arr))
        return arr;
    js_define_value(ctx, arr, ctx->atoms.index, js_new_number(off[0]), JS_PROP_CWE);
    js_define_value(ctx, arr, ctx->atoms.input, str, JS_PROP_CWE);
    js_define_value(ctx, arr, ctx->atoms.groups, make_groups(ctx, re, items), JS_PROP_CWE);
    if (re->fl & RX_D) {
        JSValue *pairs = js_malloc(n * sizeof(JSValue));
        for (uint32_t k = 0; k < n; k++)
            pairs[k] = pair_array(ctx, off, k);
        JSValue ind = js_new_array_from(ctx, n, pairs);
        js_define_value(ctx, ind, ctx->atoms.groups, make_groups(ctx, re, pairs), JS_PROP_CWE);
        js_define_value_str(ctx, arr, "indices", ind, JS_PROP_CWE);
    }
    return arr;
}

/* RegExpBuiltinExec(R, S). */
static JSValue builtin_exec(JSContext *ctx, JSValue rx, JSValue str)
{
    RegExpData *re = re_data(rx);
    uint64_t li;
    if (get_last_index(ctx, rx, &li) < 0)
        return JS_EXCEPTION;
    bool gy = (re->fl & (RX_G | RX_Y)) != 0;
    if (!gy)
        li = 0;
    JSString *s = js_string_flat(js_str(str));
    int r = 0;
    if (li <= s->len && (r = re_match(ctx, re, s, (uint32_t)li, (re->fl & RX_Y) != 0)) < 0)
        return JS_EXCEPTION;
    if (r == 0) {
        if (gy && set_last_index(ctx, rx, 0) < 0)
            return JS_EXCEPTION;
        return JS_NULL;
    }
    uint32_t *off = js_malloc_atomic(2 * (re->rc->ncaps + 1) * sizeof(uint32_t));
    copy_offsets(re, off);
    if (gy && set_last_index(ctx, rx, off[1]) < 0)
        return JS_EXCEPTION;
    return make_result(ctx, re, str, off);
}

static bool is_builtin_exec(JSValue f)
{
    return js_class_of(f) == JS_CLASS_CFUNCTION && js_obj(f)->u.cfunc.fn == RegExp_prototype_exec;
}

/* RegExpExec(R, S): a user's exec if there is one. */
static JSValue regexp_exec(JSContext *ctx, JSValue rx, JSValue str)
{
    JSValue exec = js_get_str(ctx, rx, "exec");
    if (js_is_exception(exec))
        return exec;
    if (js_is_function(exec) && !is_builtin_exec(exec)) {
        JSValue r = js_call(ctx, exec, rx, 1, &str);
        if (js_is_exception(r))
            return r;
        if (!js_is_object(r) && !js_is_null(r))
            return js_throw_type_error(ctx, "RegExp exec method returned something other than an Object or null");
        return r;
    }
    if (!re_data(rx))
        return incompatible(ctx, "RegExp.prototype.exec", rx);
    return builtin_exec(ctx, rx, str);
}

/* True when rx is a plain RegExp whose exec is the built-in one: the Symbol
 * methods may then match directly instead of going through exec. */
static bool fast_path(JSContext *ctx, JSValue rx, JSString *flags)
{
    RegExpData *re = re_data(rx);
    if (!re)
        return false;
    JSValue exec = js_get_str(ctx, rx, "exec");
    if (js_is_exception(exec)) {
        ctx->exception = JS_UNDEFINED;
        return false;
    }
    if (!is_builtin_exec(exec))
        return false;
    int fl = parse_flags(flags);
    return fl >= 0 && (unsigned)fl == re->fl;
}

/* All matches of a global RegExp from index 0 (each anchored at the end of
 * the last when sticky), as rows of 2 * (ncaps + 1) offsets; NULL thrown. */
static uint32_t *all_matches(JSContext *ctx, RegExpData *re, JSString *s, uint32_t *count)
{
    uint32_t row = 2 * (re->rc->ncaps + 1), n = 0, cap = 8;
    uint32_t *rows = js_malloc_atomic(cap * row * sizeof(uint32_t));
    bool unicode = (re->fl & (RX_U | RX_V)) != 0, sticky = (re->fl & RX_Y) != 0;
    uint32_t pos = 0;
    while (pos <= s->len) {
        int r = re_match(ctx, re, s, pos, sticky);
        if (r < 0)
            return NULL;
        if (r == 0)
            break;
        if (n == cap) {
            uint32_t *nr = js_malloc_atomic(2 * cap * row * sizeof(uint32_t));
            memcpy(nr, rows, cap * row * sizeof(uint32_t));
            rows = nr;
            cap *= 2;
        }
        uint32_t *off = rows + n++ * row;
        copy_offsets(re, off);
        pos = off[1] == off[0] ? (uint32_t)advance_index(s, off[1], unicode) : off[1];
    }
    *count = n;
    return rows;
}

/* ---------------------------------------------------------------- constructor-side accessors */

static JSValue RegExp_prototype_flag(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    RegExpData *re = re_data(this_val);
    if (re)
        return js_new_bool(re->fl & (unsigned)magic);
    if (js_is_object(this_val) && js_obj(this_val) == ctx->regexp_proto)
        return JS_UNDEFINED;
    static const char *const names[] = { "hasIndices", "global", "ignoreCase", "multiline",
                                         "dotAll", "unicode", "unicodeSets", "sticky" };
    int k = __builtin_ctz((unsigned)magic);
    return js_throw_type_error(ctx, "RegExp.prototype.%s getter called on non-RegExp object", names[k]);
}

/* EscapeRegExpPattern: the source as it would be written in a literal. */
static JSValue escape_source(JSContext *ctx, JSValue src)
{
    JSString *s = js_string_flat(js_str(src));
    if (s->len == 0)
        return js_new_string(ctx, "(?:)");
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    bool in_class = false;
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        if (c == '\\' && i + 1 < s->len) {
            uint16_t d = js_string_at(s, ++i);
            js_sb_putc(&sb, '\\');
            if (d == '\n' || d == '\r' || d == 0x2028 || d == 0x2029) {
                c = d;
                goto line_terminator;
            }
            js_sb_putc(&sb, d);
            continue;
        }
        if (c == '[')
            in_class = true;
        else if (c == ']')
            in_class = false;
        if (c == '/' && !in_class) {
            js_sb_puts(&sb, "\\/");
            continue;
        }
        if (c == '\n' || c == '\r' || c == 0x2028 || c == 0x2029) {
            js_sb_putc(&sb, '\\');
        line_terminator:
            js_sb_puts(&sb, c == '\n' ? "n" : c == '\r' ? "r" : c == 0x2028 ? "u2028" : "u2029");
            continue;
        }
        js_sb_putc(&sb, c);
    }
    return js_sb_finish(&sb);
}

static JSValue RegExp_prototype_source(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    RegExpData *re = re_data(this_val);
    if (re)
        return escape_source(ctx, re->source);
    if (js_is_object(this_val) && js_obj(this_val) == ctx->regexp_proto)
        return js_new_string(ctx, "(?:)");
    return js_throw_type_error(ctx, "RegExp.prototype.source getter called on non-RegExp object");
}

static JSValue RegExp_prototype_flags(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(this_val))
        return js_throw_type_error(ctx, "RegExp.prototype.flags getter called on non-object %s", js_describe(ctx, this_val));
    static const char *const props[] = { "hasIndices", "global", "ignoreCase", "multiline",
                                         "dotAll", "unicode", "unicodeSets", "sticky" };
    char buf[9];
    int n = 0;
    for (int k = 0; k < 8; k++) {
        JSValue v = js_get_str(ctx, this_val, props[k]);
        if (js_is_exception(v))
            return v;
        if (js_to_boolean(v))
            buf[n++] = flag_chars[k];
    }
    return js_new_string_len(ctx, buf, (size_t)n);
}

/* Get(rx, "flags") as a flat string. */
static JSValue get_flags(JSContext *ctx, JSValue rx, JSString **out)
{
    JSValue f = js_get_str(ctx, rx, "flags");
    if (js_is_exception(f))
        return f;
    return to_flat_string(ctx, f, out);
}

/* How the methods on a RegExp-like `this` start: TypeError unless rx is an
 * object, then ToString(arg), flat in *s. */
static JSValue object_and_string(JSContext *ctx, const char *method, JSValue rx, JSValue arg, JSString **s)
{
    if (!js_is_object(rx))
        return incompatible(ctx, method, rx);
    return to_flat_string(ctx, arg, s);
}

/* ---------------------------------------------------------------- exec, test, toString, compile */

static JSValue RegExp_prototype_exec(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!re_data(this_val))
        return incompatible(ctx, "RegExp.prototype.exec", this_val);
    JSString *s;
    JSValue str = to_flat_string(ctx, argv[0], &s);
    if (js_is_exception(str))
        return str;
    return builtin_exec(ctx, this_val, str);
}

static JSValue RegExp_prototype_test(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSString *s;
    JSValue str = object_and_string(ctx, "RegExp.prototype.test", this_val, argv[0], &s);
    if (js_is_exception(str))
        return str;
    JSValue r = regexp_exec(ctx, this_val, str);
    if (js_is_exception(r))
        return r;
    return js_new_bool(!js_is_null(r));
}

static JSValue RegExp_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(this_val))
        return incompatible(ctx, "RegExp.prototype.toString", this_val);
    JSValue src = js_get_str(ctx, this_val, "source");
    if (js_is_exception(src) || js_is_exception(src = js_to_string(ctx, src)))
        return JS_EXCEPTION;
    JSValue fl = js_get_str(ctx, this_val, "flags");
    if (js_is_exception(fl) || js_is_exception(fl = js_to_string(ctx, fl)))
        return JS_EXCEPTION;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    js_sb_putc(&sb, '/');
    js_sb_put_string(&sb, src);
    js_sb_putc(&sb, '/');
    js_sb_put_string(&sb, fl);
    return js_sb_finish(&sb);
}

static JSValue RegExp_prototype_compile(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!re_data(this_val))
        return incompatible(ctx, "RegExp.prototype.compile", this_val);
    JSValue p = argv[0], f = argv[1];
    RegExpData *src = re_data(p);
    if (src) {
        if (!js_is_undefined(f))
            return js_throw_type_error(ctx, "Cannot supply flags when constructing one RegExp from another");
        p = src->source;
        f = src->flags;
    }
    return regexp_initialize(ctx, this_val, p, f);
}

/* ---------------------------------------------------------------- Symbol.match, Symbol.search */

static JSValue RegExp_prototype_match(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue rx = this_val;
    JSString *s, *fs;
    JSValue str = object_and_string(ctx, "RegExp.prototype.@@match", rx, argv[0], &s);
    if (js_is_exception(str) || js_is_exception(get_flags(ctx, rx, &fs)))
        return JS_EXCEPTION;
    if (!has_flag_char(fs, 'g'))
        return regexp_exec(ctx, rx, str);
    bool unicode = has_flag_char(fs, 'u') || has_flag_char(fs, 'v');
    if (set_last_index(ctx, rx, 0) < 0)
        return JS_EXCEPTION;
    JSValue arr = js_new_array(ctx, 0);
    if (fast_path(ctx, rx, fs)) {
        RegExpData *re = re_data(rx);
        uint32_t n, row = 2 * (re->rc->ncaps + 1);
        uint32_t *rows = all_matches(ctx, re, s, &n);
        if (!rows || set_last_index(ctx, rx, 0) < 0)
            return JS_EXCEPTION;
        for (uint32_t k = 0; k < n; k++)
            js_array_push(ctx, arr, js_substring(ctx, str, rows[k * row], rows[k * row + 1]));
        return n ? arr : JS_NULL;
    }
    for (uint32_t n = 0;; n++) {
        JSValue r = regexp_exec(ctx, rx, str);
        if (js_is_exception(r))
            return r;
        if (js_is_null(r))
            return n ? arr : JS_NULL;
        JSValue m = js_get_index(ctx, r, 0);
        if (js_is_exception(m) || js_is_exception(m = js_to_string(ctx, m)))
            return JS_EXCEPTION;
        js_array_push(ctx, arr, m);
        if (js_str(m)->len == 0) {
            uint64_t li;
            if (get_last_index(ctx, rx, &li) < 0 || set_last_index(ctx, rx, advance_index(s, li, unicode)) < 0)
                return JS_EXCEPTION;
        }
    }
}

static JSValue RegExp_prototype_search(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue rx = this_val;
    JSString *s;
    JSValue str = object_and_string(ctx, "RegExp.prototype.@@search", rx, argv[0], &s);
    if (js_is_exception(str))
        return str;
    JSValue prev = js_get_atom(ctx, rx, ctx->atoms.lastIndex);
    if (js_is_exception(prev))
        return prev;
    if (!js_same_value(prev, js_new_int(0)) && set_last_index(ctx, rx, 0) < 0)
        return JS_EXCEPTION;
    JSValue r = regexp_exec(ctx, rx, str);
    if (js_is_exception(r))
        return r;
    JSValue cur = js_get_atom(ctx, rx, ctx->atoms.lastIndex);
    if (js_is_exception(cur))
        return cur;
    if (!js_same_value(cur, prev) && js_set_atom(ctx, rx, ctx->atoms.lastIndex, prev, true) < 0)
        return JS_EXCEPTION;
    if (js_is_null(r))
        return js_new_int(-1);
    return js_get_atom(ctx, r, ctx->atoms.index);
}

/* ---------------------------------------------------------------- Symbol.replace */

/* One match as Symbol.replace sees it. */
typedef struct ReplMatch {
    uint32_t pos;
    JSValue matched;
    uint32_t ncaps;
    JSValue *caps;          /* 1..ncaps: string or undefined */
    JSValue groups;
} ReplMatch;

static void put_range(JSStringBuilder *sb, JSString *s, uint32_t a, uint32_t b)
{
    for (uint32_t k = a; k < b; k++)
        js_sb_putc(sb, js_string_at(s, k));
}

/* GetSubstitution: expands $$ $& $` $' $n $nn $<name> of the template. */
static int get_substitution(JSContext *ctx, JSStringBuilder *sb, JSString *str, const ReplMatch *m, JSString *tpl)
{
    JSString *matched = js_string_flat(js_str(m->matched));
    uint32_t tail = m->pos + matched->len;
    for (uint32_t i = 0; i < tpl->len; i++) {
        uint16_t c = js_string_at(tpl, i);
        if (c != '$' || i + 1 >= tpl->len) {
            js_sb_putc(sb, c);
            continue;
        }
        uint16_t d = js_string_at(tpl, i + 1);
        if (d == '$') {
            js_sb_putc(sb, '$');
            i++;
        } else if (d == '&') {
            js_sb_put_string(sb, m->matched);
            i++;
        } else if (d == '`') {
            put_range(sb, str, 0, m->pos);
            i++;
        } else if (d == '\'') {
            if (tail < str->len)
                put_range(sb, str, tail, str->len);
            i++;
        } else if (d >= '0' && d <= '9') {
            uint32_t n = d - '0', used = 1;
            uint16_t e = i + 2 < tpl->len ? js_string_at(tpl, i + 2) : 0;
            if (e >= '0' && e <= '9' && n * 10 + (e - '0') >= 1 && n * 10 + (e - '0') <= m->ncaps) {
                n = n * 10 + (e - '0');
                used = 2;
            }
            if (n < 1 || n > m->ncaps) {
                js_sb_putc(sb, '$');
                continue;
            }
            if (!js_is_undefined(m->caps[n]))
                js_sb_put_string(sb, m->caps[n]);
            i += used;
        } else if (d == '<' && !js_is_undefined(m->groups)) {
            uint32_t close = i + 2;
            while (close < tpl->len && js_string_at(tpl, close) != '>')
                close++;
            if (close >= tpl->len) {
                js_sb_putc(sb, '$');
                continue;
            }
            JSValue name = js_substring(ctx, js_mkptr(tpl), i + 2, close);
            JSValue v = js_get(ctx, m->groups, name);
            if (js_is_exception(v))
                return -1;
            if (!js_is_undefined(v)) {
                if (js_is_exception(v = js_to_string(ctx, v)))
                    return -1;
                js_sb_put_string(sb, v);
            }
            i = close;
        } else {
            js_sb_putc(sb, '$');
        }
    }
    return 0;
}

/* A generic exec result (from a user's exec) as a ReplMatch. */
static int repl_match_from_result(JSContext *ctx, JSValue r, uint32_t len, ReplMatch *m)
{
    uint64_t n;
    JSValue v = js_get_atom(ctx, r, ctx->atoms.length);
    if (js_is_exception(v) || js_to_length(ctx, v, &n) < 0)
        return -1;
    m->ncaps = n > 0 ? (uint32_t)(n - 1) : 0;
    v = js_get_index(ctx, r, 0);
    if (js_is_exception(v) || js_is_exception(m->matched = js_to_string(ctx, v)))
        return -1;
    double pos;
    v = js_get_atom(ctx, r, ctx->atoms.index);
    if (js_is_exception(v) || js_to_integer_or_infinity(ctx, v, &pos) < 0)
        return -1;
    m->pos = pos < 0 ? 0 : pos > len ? len : (uint32_t)pos;
    m->caps = js_malloc((m->ncaps + 1) * sizeof(JSValue));
    for (uint32_t k = 1; k <= m->ncaps; k++) {
        v = js_get_index(ctx, r, k);
        if (js_is_exception(v) || (!js_is_undefined(v) && js_is_exception(v = js_to_string(ctx, v))))
            return -1;
        m->caps[k] = v;
    }
    m->groups = js_get_atom(ctx, r, ctx->atoms.groups);
    return js_is_exception(m->groups) ? -1 : 0;
}

static void repl_match_from_offsets(JSContext *ctx, RegExpData *re, JSValue str, const uint32_t *off, ReplMatch *m)
{
    m->pos = off[0];
    m->matched = js_substring(ctx, str, off[0], off[1]);
    m->ncaps = re->rc->ncaps;
    m->caps = js_malloc((m->ncaps + 1) * sizeof(JSValue));
    m->caps[0] = m->matched;
    for (uint32_t k = 1; k <= m->ncaps; k++)
        m->caps[k] = capture(ctx, str, off, k);
    m->groups = make_groups(ctx, re, m->caps);
}

/* The replacement text for one match. */
static int replace_one(JSContext *ctx, JSStringBuilder *sb, JSValue str, ReplMatch *m, JSValue replacer, JSString *tpl)
{
    JSString *s = js_str(str);
    if (!tpl) {
        int argc = (int)m->ncaps + 3 + !js_is_undefined(m->groups);
        JSValue *args = js_malloc((size_t)argc * sizeof(JSValue));
        args[0] = m->matched;
        for (uint32_t k = 1; k <= m->ncaps; k++)
            args[k] = m->caps[k];
        args[m->ncaps + 1] = js_new_number(m->pos);
        args[m->ncaps + 2] = str;
        if (!js_is_undefined(m->groups))
            args[m->ncaps + 3] = m->groups;
        JSValue r = js_call(ctx, replacer, JS_UNDEFINED, argc, args);
        if (js_is_exception(r) || js_is_exception(r = js_to_string(ctx, r)))
            return -1;
        js_sb_put_string(sb, r);
        return 0;
    }
    if (!js_is_undefined(m->groups) && js_is_exception(m->groups = js_to_object(ctx, m->groups)))
        return -1;
    return get_substitution(ctx, sb, s, m, tpl);
}

static JSValue RegExp_prototype_replace(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue rx = this_val, replacer = argv[1];
    JSString *s, *fs, *tpl = NULL;
    JSValue str = object_and_string(ctx, "RegExp.prototype.@@replace", rx, argv[0], &s);
    if (js_is_exception(str))
        return str;
    if (!js_is_function(replacer) && js_is_exception(to_flat_string(ctx, replacer, &tpl)))
        return JS_EXCEPTION;
    if (js_is_exception(get_flags(ctx, rx, &fs)))
        return JS_EXCEPTION;
    bool global = has_flag_char(fs, 'g');
    bool unicode = has_flag_char(fs, 'u') || has_flag_char(fs, 'v');
    if (global && set_last_index(ctx, rx, 0) < 0)
        return JS_EXCEPTION;

    uint32_t n = 0, row = 0;
    uint32_t *rows = NULL;          /* fast path: offsets */
    JSValue results = JS_UNDEFINED; /* generic path: exec results */
    RegExpData *re = re_data(rx);
    if (global && fast_path(ctx, rx, fs)) {
        row = 2 * (re->rc->ncaps + 1);
        if (!(rows = all_matches(ctx, re, s, &n)) || set_last_index(ctx, rx, 0) < 0)
            return JS_EXCEPTION;
    } else {
        results = js_new_array(ctx, 0);
        for (;;) {
            JSValue r = regexp_exec(ctx, rx, str);
            if (js_is_exception(r))
                return r;
            if (js_is_null(r))
                break;
            js_array_push(ctx, results, r);
            n++;
            if (!global)
                break;
            JSValue m = js_get_index(ctx, r, 0);
            if (js_is_exception(m) || js_is_exception(m = js_to_string(ctx, m)))
                return JS_EXCEPTION;
            if (js_str(m)->len == 0) {
                uint64_t li;
                if (get_last_index(ctx, rx, &li) < 0 || set_last_index(ctx, rx, advance_index(s, li, unicode)) < 0)
                    return JS_EXCEPTION;
            }
        }
    }
    if (n == 0)
        return str;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    uint32_t next = 0;
    for (uint32_t k = 0; k < n; k++) {
        ReplMatch m;
        if (rows) {
            repl_match_from_offsets(ctx, re, str, rows + k * row, &m);
        } else {
            JSValue r = js_get_index(ctx, results, k);
            if (js_is_exception(r) || repl_match_from_result(ctx, r, s->len, &m) < 0)
                return JS_EXCEPTION;
        }
        JSStringBuilder piece;
        js_sb_init(&piece, ctx);
        if (replace_one(ctx, &piece, str, &m, replacer, tpl) < 0)
            return JS_EXCEPTION;
        if (m.pos >= next) {
            put_range(&sb, s, next, m.pos);
            js_sb_put_string(&sb, js_sb_finish(&piece));
            next = m.pos + js_str(m.matched)->len;
        }
    }
    if (next < s->len)
        put_range(&sb, s, next, s->len);
    return js_sb_finish(&sb);
}

/* ---------------------------------------------------------------- Symbol.split */

/* SpeciesConstructor(obj, %RegExp%). */
static JSValue species_constructor(JSContext *ctx, JSValue obj)
{
    JSValue c = js_get_atom(ctx, obj, ctx->atoms.constructor);
    if (js_is_exception(c) || js_is_undefined(c))
        return js_is_exception(c) ? c : js_builtin_state(ctx)->regexp_ctor;
    if (!js_is_object(c))
        return js_throw_type_error(ctx, "object.constructor is not an object");
    JSValue sp = js_get(ctx, c, ctx->sym.species);
    if (js_is_exception(sp) || js_is_nullish(sp))
        return js_is_exception(sp) ? sp : js_builtin_state(ctx)->regexp_ctor;
    if (!js_is_constructor(sp))
        return js_throw_type_error(ctx, "object.constructor[Symbol.species] is not a constructor");
    return sp;
}

static JSValue split_fast(JSContext *ctx, RegExpData *re, JSValue str, JSString *s, uint32_t lim)
{
    JSValue arr = js_new_array(ctx, 0);
    uint32_t count = 0;
    bool unicode = (re->fl & (RX_U | RX_V)) != 0;
    if (s->len == 0) {
        int r = re_match(ctx, re, s, 0, true);
        if (r < 0)
            return JS_EXCEPTION;
        if (r == 0)
            js_array_push(ctx, arr, str);
        return arr;
    }
    uint32_t p = 0, q = 0;
    uint32_t *off = js_malloc_atomic(2 * (re->rc->ncaps + 1) * sizeof(uint32_t));
    while (q < s->len) {
        int r = re_match(ctx, re, s, q, false);
        if (r < 0)
            return JS_EXCEPTION;
        if (r == 0)
            break;
        copy_offsets(re, off);
        if (off[0] >= s->len)
            break;
        uint32_t e = off[1] < s->len ? off[1] : s->len;
        if (e == p) {
            q = (uint32_t)advance_index(s, off[0], unicode);
            continue;
        }
        js_array_push(ctx, arr, js_substring(ctx, str, p, off[0]));
        if (++count == lim)
            return arr;
        p = e;
        for (uint32_t k = 1; k <= re->rc->ncaps; k++) {
            js_array_push(ctx, arr, capture(ctx, str, off, k));
            if (++count == lim)
                return arr;
        }
        q = p;
    }
    js_array_push(ctx, arr, js_substring(ctx, str, p, s->len));
    return arr;
}

static JSValue RegExp_prototype_split(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue rx = this_val;
    JSString *s, *fs;
    JSValue str = object_and_string(ctx, "RegExp.prototype.@@split", rx, argv[0], &s);
    if (js_is_exception(str))
        return str;
    JSValue ctor = species_constructor(ctx, rx);
    if (js_is_exception(ctor))
        return ctor;
    JSValue flags = get_flags(ctx, rx, &fs);
    if (js_is_exception(flags))
        return flags;
    bool unicode = has_flag_char(fs, 'u') || has_flag_char(fs, 'v');
    uint32_t lim = UINT32_MAX;
    bool fast = js_same_value(ctor, js_builtin_state(ctx)->regexp_ctor) && fast_path(ctx, rx, fs);
    JSValue splitter = JS_UNDEFINED;
    if (!fast) {
        JSValue nf = has_flag_char(fs, 'y') ? flags : js_concat(ctx, flags, js_new_string(ctx, "y"));
        JSValue args[2] = { rx, nf };
        splitter = js_construct(ctx, ctor, 2, args, ctor);
        if (js_is_exception(splitter))
            return splitter;
    }
    if (!js_is_undefined(OPT_ARG(1)) && js_to_uint32(ctx, argv[1], &lim) < 0)
        return JS_EXCEPTION;
    if (lim == 0)
        return js_new_array(ctx, 0);
    if (fast)
        return split_fast(ctx, re_data(rx), str, s, lim);

    JSValue arr = js_new_array(ctx, 0);
    if (s->len == 0) {
        JSValue z = regexp_exec(ctx, splitter, str);
        if (js_is_exception(z))
            return z;
        if (js_is_null(z))
            js_array_push(ctx, arr, str);
        return arr;
    }
    uint32_t p = 0, q = 0, count = 0;
    while (q < s->len) {
        if (set_last_index(ctx, splitter, q) < 0)
            return JS_EXCEPTION;
        JSValue z = regexp_exec(ctx, splitter, str);
        if (js_is_exception(z))
            return z;
        if (js_is_null(z)) {
            q = (uint32_t)advance_index(s, q, unicode);
            continue;
        }
        uint64_t e;
        if (get_last_index(ctx, splitter, &e) < 0)
            return JS_EXCEPTION;
        if (e > s->len)
            e = s->len;
        if (e == p) {
            q = (uint32_t)advance_index(s, q, unicode);
            continue;
        }
        js_array_push(ctx, arr, js_substring(ctx, str, p, q));
        if (++count == lim)
            return arr;
        p = (uint32_t)e;
        uint64_t nc;
        JSValue lv = js_get_atom(ctx, z, ctx->atoms.length);
        if (js_is_exception(lv) || js_to_length(ctx, lv, &nc) < 0)
            return JS_EXCEPTION;
        for (uint64_t k = 1; k < nc; k++) {
            JSValue c = js_get_index(ctx, z, (uint32_t)k);
            if (js_is_exception(c))
                return c;
            js_array_push(ctx, arr, c);
            if (++count == lim)
                return arr;
        }
        q = p;
    }
    js_array_push(ctx, arr, js_substring(ctx, str, p, s->len));
    return arr;
}

/* ---------------------------------------------------------------- Symbol.matchAll and its iterator */

typedef struct RegExpStringIterator {
    const char *tag;          /* rsi_tag: tells these objects apart */
    JSValue rx, str;
    bool global, unicode, done;
} RegExpStringIterator;

static JSValue RegExp_prototype_matchAll(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue rx = this_val;
    JSString *s, *fs;
    JSValue str = object_and_string(ctx, "RegExp.prototype.@@matchAll", rx, argv[0], &s);
    if (js_is_exception(str))
        return str;
    JSValue ctor = species_constructor(ctx, rx);
    if (js_is_exception(ctor))
        return ctor;
    JSValue flags = get_flags(ctx, rx, &fs);
    if (js_is_exception(flags))
        return flags;
    JSValue args[2] = { rx, flags };
    JSValue matcher = js_construct(ctx, ctor, 2, args, ctor);
    if (js_is_exception(matcher))
        return matcher;
    uint64_t li;
    if (get_last_index(ctx, rx, &li) < 0 || set_last_index(ctx, matcher, (double)li) < 0)
        return JS_EXCEPTION;
    JSValue it = js_new_object_proto(ctx, js_builtin_state(ctx)->rsi_proto);
    if (js_is_exception(it))
        return it;
    RegExpStringIterator *d = js_malloc(sizeof *d);
    d->tag = rsi_tag;
    d->rx = matcher;
    d->str = str;
    d->global = has_flag_char(fs, 'g');
    d->unicode = has_flag_char(fs, 'u') || has_flag_char(fs, 'v');
    js_obj(it)->u.opaque = d;
    return it;
}

static JSValue RegExpStringIterator_next(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    RegExpStringIterator *d = js_class_of(this_val) == JS_CLASS_OBJECT ? js_obj(this_val)->u.opaque : NULL;
    if (!d || d->tag != rsi_tag)
        return incompatible(ctx, "%RegExpStringIterator%.prototype.next", this_val);
    if (d->done)
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    JSValue m = regexp_exec(ctx, d->rx, d->str);
    if (js_is_exception(m))
        return m;
    if (js_is_null(m)) {
        d->done = true;
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    }
    if (!d->global) {
        d->done = true;
        return js_create_iter_result(ctx, m, false);
    }
    JSValue ms = js_get_index(ctx, m, 0);
    if (js_is_exception(ms) || js_is_exception(ms = js_to_string(ctx, ms)))
        return JS_EXCEPTION;
    if (js_str(ms)->len == 0) {
        uint64_t li;
        if (get_last_index(ctx, d->rx, &li) < 0 ||
            set_last_index(ctx, d->rx, advance_index(js_string_flat(js_str(d->str)), li, d->unicode)) < 0)
            return JS_EXCEPTION;
    }
    return js_create_iter_result(ctx, m, false);
}

/* ---------------------------------------------------------------- init */

static const JSFunctionEntry regexp_proto_funcs[] = {
    { "exec", RegExp_prototype_exec, 1 },
};

static const JSFunctionEntry regexp_proto_funcs2[] = {
    { "compile", RegExp_prototype_compile, 2 },
    { "toString", RegExp_prototype_toString, 0 },
    { "test", RegExp_prototype_test, 1 },
};

static const JSFunctionEntry regexp_proto_symbol_funcs[] = {
    { "[Symbol.match]", RegExp_prototype_match, 1 },
    { "[Symbol.matchAll]", RegExp_prototype_matchAll, 1 },
    { "[Symbol.replace]", RegExp_prototype_replace, 2 },
    { "[Symbol.search]", RegExp_prototype_search, 1 },
    { "[Symbol.split]", RegExp_prototype_split, 2 },
};

static void define_getter(JSContext *ctx, JSValue obj, const char *name, JSValue fn)
{
    js_define_accessor(ctx, obj, js_atom(ctx, name), fn, JS_UNDEFINED, JS_PROP_CONFIGURABLE);
}

static void define_flag_getter(JSContext *ctx, JSValue proto, const char *name, int bit)
{
    char fname[32];
    snprintf(fname, sizeof fname, "get %s", name);
    define_getter(ctx, proto, name, js_new_cfunction_magic(ctx, RegExp_prototype_flag, fname, 0, bit));
}

void js_init_regexp(JSContext *ctx)
{
    rx_general_context();
    if (!ctx->regexp_proto)
        ctx->regexp_proto = js_obj(js_new_object_proto(ctx, ctx->object_proto));
    JSValue proto = js_mkptr(ctx->regexp_proto);
    /* property order as V8's: constructor, exec, accessors, then methods */
    JSValue ctor = js_define_class(ctx, "RegExp", RegExp_ctor, 2, proto);
    js_builtin_state(ctx)->regexp_ctor = ctor;
    js_define_functions(ctx, proto, regexp_proto_funcs, JS_COUNTOF(regexp_proto_funcs));
    define_flag_getter(ctx, proto, "dotAll", RX_S);
    define_getter(ctx, proto, "flags", js_new_cfunction(ctx, RegExp_prototype_flags, "get flags", 0));
    define_flag_getter(ctx, proto, "global", RX_G);
    define_flag_getter(ctx, proto, "hasIndices", RX_D);
    define_flag_getter(ctx, proto, "ignoreCase", RX_I);
    define_flag_getter(ctx, proto, "multiline", RX_M);
    define_getter(ctx, proto, "source", js_new_cfunction(ctx, RegExp_prototype_source, "get source", 0));
    define_flag_getter(ctx, proto, "sticky", RX_Y);
    define_flag_getter(ctx, proto, "unicode", RX_U);
    js_define_functions(ctx, proto, regexp_proto_funcs2, JS_COUNTOF(regexp_proto_funcs2));
    define_flag_getter(ctx, proto, "unicodeSets", RX_V);
    js_define_functions(ctx, proto, regexp_proto_symbol_funcs, JS_COUNTOF(regexp_proto_symbol_funcs));
    js_define_accessor(ctx, ctor, ctx->sym.species,
                       js_new_cfunction(ctx, RegExp_species, "get [Symbol.species]", 0), JS_UNDEFINED,
                       JS_PROP_CONFIGURABLE);

    JSObject *ip = ctx->iterator_proto ? ctx->iterator_proto : ctx->object_proto;
    JSValue iproto = js_new_object_proto(ctx, ip);
    static const JSFunctionEntry iter_funcs[] = { { "next", RegExpStringIterator_next, 0 } };
    js_define_functions(ctx, iproto, iter_funcs, 1);
    js_define_value(ctx, iproto, ctx->sym.to_string_tag, js_new_string(ctx, rsi_tag), JS_PROP_CONFIGURABLE);
    js_builtin_state(ctx)->rsi_proto = js_obj(iproto);
}
