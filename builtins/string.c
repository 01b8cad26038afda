/* string.c - the String constructor, its statics and String.prototype.
 *
 * Strings are handled as flat JSStrings read one UTF-16 unit at a time with
 * js_string_at; results are made with js_substring or a JSStringBuilder.
 * Without RegExp, the methods that take patterns (replace, replaceAll,
 * split) still defer to a pattern's Symbol.replace/Symbol.split method as
 * the spec says, so RegExp can plug in later.
 *
 * Case mapping uses glibc's C.UTF-8 tables (towupper_l, simple mappings for
 * all of Unicode) plus the few special mappings V8 applies (ß -> SS, İ,
 * final sigma); without that locale a Latin-1/Greek/Cyrillic fallback runs.
 * normalize() is normalize.c's, all four forms. */
#include <locale.h>
#include <math.h>
#include <wctype.h>

#include "builtins.h"
#include "collate.h"
#include "normalize.h"
#include "regexp.h"

/* ---------------------------------------------------------------- helpers */

/* argv is only padded up to a function's declared length: optional
 * arguments past it are read through this. */
#define OPT_ARG(i) ((i) < argc ? argv[i] : JS_UNDEFINED)

/* RequireObjectCoercible(this) + ToString, flattened. */
static JSValue this_string(JSContext *ctx, JSValue v, const char *method)
{
    if (js_is_nullish(v))
        return js_throw_type_error(ctx, "String.prototype%s%s called on null or undefined",
                                   method[0] == '[' ? "" : ".", method);
    if (js_is_string(v))
        return v;
    return js_to_string(ctx, v);
}

#define THIS_STR(name)                                     \
    JSValue sv = this_string(ctx, this_val, name);         \
    if (js_is_exception(sv))                               \
        return JS_EXCEPTION;                               \
    JSString *s = js_string_flat(js_str(sv));              \
    (void)s

static JSValue arg_string(JSContext *ctx, JSValue v, JSString **out)
{
    JSValue r = js_to_string(ctx, v);
    if (!js_is_exception(r))
        *out = js_string_flat(js_str(r));
    return r;
}

/* Index of the first occurrence of `pat` in `s` at or after `from`, or -1. */
static int64_t str_index_of(JSString *s, JSString *pat, uint32_t from)
{
    if (pat->len > s->len)
        return -1;
    for (uint32_t i = from; i + pat->len <= s->len; i++) {
        uint32_t j = 0;
        while (j < pat->len && js_string_at(s, i + j) == js_string_at(pat, j))
            j++;
        if (j == pat->len)
            return i;
    }
    return -1;
}

static bool str_match_at(JSString *s, JSString *pat, uint32_t at)
{
    if ((uint64_t)at + pat->len > s->len)
        return false;
    for (uint32_t j = 0; j < pat->len; j++)
        if (js_string_at(s, at + j) != js_string_at(pat, j))
            return false;
    return true;
}

/* Relative index (negative from the end) clamped to [0, len]. */
static int rel_index(JSContext *ctx, JSValue v, uint32_t len, uint32_t dflt, uint32_t *out)
{
    if (js_is_undefined(v)) {
        *out = dflt;
        return 0;
    }
    double d;
    if (js_to_integer_or_infinity(ctx, v, &d) < 0)
        return -1;
    if (d < 0)
        d = d + len < 0 ? 0 : d + len;
    else if (d > len)
        d = len;
    *out = (uint32_t)d;
    return 0;
}

/* Absolute index clamped to [0, len]. */
static int clamp_index(JSContext *ctx, JSValue v, uint32_t len, uint32_t *out)
{
    double d;
    if (js_to_integer_or_infinity(ctx, v, &d) < 0)
        return -1;
    *out = d < 0 ? 0 : d > len ? len : (uint32_t)d;
    return 0;
}

/* IsRegExp(v): a Symbol.match property decides, else the RegExp class. */
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

/* For includes/startsWith/endsWith: the search string, refusing regexps. */
static JSValue search_arg(JSContext *ctx, JSValue v, const char *method, JSString **out)
{
    int r = is_regexp(ctx, v);
    if (r < 0)
        return JS_EXCEPTION;
    if (r)
        return js_throw_type_error(ctx, "First argument to String.prototype.%s must not be a regular expression", method);
    return arg_string(ctx, v, out);
}

static uint32_t code_point_at(JSString *s, uint32_t i)
{
    uint16_t c = js_string_at(s, i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s->len) {
        uint16_t d = js_string_at(s, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            return 0x10000 + ((uint32_t)(c - 0xd800) << 10) + (d - 0xdc00);
    }
    return c;
}

/* ---------------------------------------------------------------- constructor and statics */

static JSValue String_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    JSValue str;
    if (argc == 0) {
        str = ctx->atoms.empty;
    } else if (js_is_undefined(nt) && js_is_symbol(argv[0])) {
        JSSymbol *sym = js_get_ptr(argv[0]);
        JSValue d = js_is_undefined(sym->description) ? ctx->atoms.empty : sym->description;
        str = js_concat(ctx, js_concat(ctx, js_new_string(ctx, "Symbol("), d), js_new_string(ctx, ")"));
    } else {
        str = js_to_string(ctx, argv[0]);
    }
    if (js_is_exception(str) || js_is_undefined(nt))
        return str;
    JSObject *proto = js_proto_from_ctor(ctx, nt, ctx->string_proto);
    JSValue obj = js_new_object_class(ctx, proto, JS_CLASS_STRING);
    if (js_is_exception(obj))
        return obj;
    js_obj(obj)->u.prim = str;
    js_define_value(ctx, obj, ctx->atoms.length, js_new_int((int32_t)js_str(str)->len), 0);
    return obj;
}

static JSValue String_fromCharCode(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint16_t *buf = js_malloc_atomic(sizeof(uint16_t) * (size_t)(argc + 1));
    for (int i = 0; i < argc; i++) {
        uint32_t u;
        if (js_to_uint32(ctx, argv[i], &u) < 0)
            return JS_EXCEPTION;
        buf[i] = (uint16_t)u;
    }
    return js_new_string16(ctx, buf, (uint32_t)argc);
}

static JSValue String_fromCodePoint(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    for (int i = 0; i < argc; i++) {
        double d;
        if (js_to_number(ctx, argv[i], &d) < 0)
            return JS_EXCEPTION;
        if (!(d >= 0 && d <= 0x10ffff) || trunc(d) != d) {
            JSValue str = js_to_string(ctx, argv[i]);
            if (js_is_exception(str))
                return str;
            return js_throw_range_error(ctx, "Invalid code point %s", js_to_utf8(ctx, str, NULL));
        }
        js_sb_putc(&sb, (uint32_t)d);
    }
    return js_sb_finish(&sb);
}

static JSValue String_raw(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue cooked = js_to_object(ctx, argv[0]);
    if (js_is_exception(cooked))
        return cooked;
    JSValue raw_v = js_get_atom(ctx, cooked, ctx->atoms.raw);
    if (js_is_exception(raw_v))
        return raw_v;
    JSValue raw = js_to_object(ctx, raw_v);
    if (js_is_exception(raw))
        return raw;
    JSValue lv = js_get_atom(ctx, raw, ctx->atoms.length);
    uint64_t n;
    if (js_is_exception(lv) || js_to_length(ctx, lv, &n) < 0)
        return JS_EXCEPTION;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    for (uint64_t i = 0; i < n; i++) {
        JSValue seg = js_get_index(ctx, raw, (uint32_t)i);
        if (js_is_exception(seg) || js_is_exception(seg = js_to_string(ctx, seg)))
            return JS_EXCEPTION;
        js_sb_put_string(&sb, seg);
        if (i + 1 < n && (int)i + 1 < argc) {
            JSValue sub = js_to_string(ctx, argv[i + 1]);
            if (js_is_exception(sub))
                return sub;
            js_sb_put_string(&sb, sub);
        }
    }
    return js_sb_finish(&sb);
}

/* ---------------------------------------------------------------- characters */

/* The position argument of at/charAt/charCodeAt/codePointAt: 1 with *pos
 * inside s, 0 when out of range, -1 on exception.  `at` counts a negative
 * position from the end. */
static int char_position(JSContext *ctx, JSString *s, JSValue arg, bool from_end, uint32_t *pos)
{
    double d;
    if (js_to_integer_or_infinity(ctx, arg, &d) < 0)
        return -1;
    if (from_end && d < 0)
        d += s->len;
    if (d < 0 || d >= s->len)
        return 0;
    *pos = (uint32_t)d;
    return 1;
}

static JSValue String_prototype_at(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("at");
    uint32_t i;
    int r = char_position(ctx, s, argv[0], true, &i);
    return r < 0 ? JS_EXCEPTION : r == 0 ? JS_UNDEFINED : js_substring(ctx, sv, i, i + 1);
}

static JSValue String_prototype_charAt(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("charAt");
    uint32_t i;
    int r = char_position(ctx, s, argv[0], false, &i);
    return r < 0 ? JS_EXCEPTION : r == 0 ? ctx->atoms.empty : js_substring(ctx, sv, i, i + 1);
}

static JSValue String_prototype_charCodeAt(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("charCodeAt");
    uint32_t i;
    int r = char_position(ctx, s, argv[0], false, &i);
    return r < 0 ? JS_EXCEPTION : r == 0 ? js_new_double(NAN) : js_new_int(js_string_at(s, i));
}

static JSValue String_prototype_codePointAt(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("codePointAt");
    uint32_t i;
    int r = char_position(ctx, s, argv[0], false, &i);
    return r < 0 ? JS_EXCEPTION : r == 0 ? JS_UNDEFINED : js_new_int((int32_t)code_point_at(s, i));
}

static JSValue String_prototype_concat(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("concat");
    JSValue r = sv;
    for (int i = 0; i < argc; i++) {
        JSValue a = js_to_string(ctx, argv[i]);
        if (js_is_exception(a))
            return a;
        r = js_concat(ctx, r, a);
        if (js_is_exception(r))
            return r;
    }
    return r;
}

/* ---------------------------------------------------------------- searching */

static JSValue String_prototype_includes(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("includes");
    JSString *pat = NULL;
    uint32_t pos;
    if (js_is_exception(search_arg(ctx, argv[0], "includes", &pat)) ||
        clamp_index(ctx, OPT_ARG(1), s->len, &pos) < 0)
        return JS_EXCEPTION;
    return js_new_bool(str_index_of(s, pat, pos) >= 0);
}

static JSValue String_prototype_startsWith(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("startsWith");
    JSString *pat = NULL;
    uint32_t pos;
    if (js_is_exception(search_arg(ctx, argv[0], "startsWith", &pat)) ||
        clamp_index(ctx, OPT_ARG(1), s->len, &pos) < 0)
        return JS_EXCEPTION;
    return js_new_bool(str_match_at(s, pat, pos));
}

static JSValue String_prototype_endsWith(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("endsWith");
    JSString *pat = NULL;
    uint32_t end = s->len;
    if (js_is_exception(search_arg(ctx, argv[0], "endsWith", &pat)))
        return JS_EXCEPTION;
    if (!js_is_undefined(OPT_ARG(1)) && clamp_index(ctx, OPT_ARG(1), s->len, &end) < 0)
        return JS_EXCEPTION;
    if (pat->len > end)
        return JS_FALSE;
    return js_new_bool(str_match_at(s, pat, end - pat->len));
}

static JSValue String_prototype_indexOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("indexOf");
    JSString *pat = NULL;
    uint32_t pos;
    if (js_is_exception(arg_string(ctx, argv[0], &pat)) || clamp_index(ctx, OPT_ARG(1), s->len, &pos) < 0)
        return JS_EXCEPTION;
    return js_new_number((double)str_index_of(s, pat, pos));
}

static JSValue String_prototype_lastIndexOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("lastIndexOf");
    JSString *pat = NULL;
    double pos;
    if (js_is_exception(arg_string(ctx, argv[0], &pat)) || js_to_number(ctx, OPT_ARG(1), &pos) < 0)
        return JS_EXCEPTION;
    double start = isnan(pos) ? INFINITY : trunc(pos);
    if (pat->len > s->len)
        return js_new_int(-1);
    double maxs = (double)(s->len - pat->len);
    if (start > maxs)
        start = maxs;
    if (start < 0)
        start = 0;
    for (int64_t i = (int64_t)start; i >= 0; i--)
        if (str_match_at(s, pat, (uint32_t)i))
            return js_new_number((double)i);
    return js_new_int(-1);
}

/* ---------------------------------------------------------------- localeCompare */

/* The collation itself is collate.c's; here are its arguments.  The
 * options honoured are Intl.Collator's numeric, sensitivity and caseFirst;
 * the locale itself is ignored. */

/* Reads options.name as a string; *out stays NULL when it is undefined. */
static int collate_option(JSContext *ctx, JSValue opts, const char *name, const char *const *allowed,
                          const char **out)
{
    JSValue v = js_get_str(ctx, opts, name);
    if (js_is_exception(v))
        return -1;
    if (js_is_undefined(v))
        return 0;
    JSValue str = js_to_string(ctx, v);
    if (js_is_exception(str))
        return -1;
    const char *cs = js_to_utf8(ctx, str, NULL);
    for (int i = 0; allowed[i]; i++)
        if (!strcmp(cs, allowed[i])) {
            *out = allowed[i];
            return 0;
        }
    js_throw_range_error(ctx, "Value %s out of range for String.prototype.localeCompare options property %s",
                         cs, name);
    return -1;
}

static int collate_options(JSContext *ctx, JSValue opts, CollateOptions *o)
{
    static const char *const sens[] = { "base", "accent", "case", "variant", NULL };
    static const char *const first[] = { "upper", "lower", "false", NULL };
    *o = (CollateOptions){ false, true, true, false };
    if (js_is_undefined(opts))
        return 0;
    if (js_is_nullish(opts)) {  /* V8's ToObject(options) message */
        js_throw_type_error(ctx, "String.prototype.localeCompare called on null or undefined");
        return -1;
    }
    if (!js_is_object(opts))
        return 0;  /* a primitive's wrapper has none of the options */
    JSValue num = js_get_str(ctx, opts, "numeric");
    if (js_is_exception(num))
        return -1;
    o->numeric = js_to_boolean(num);
    const char *se = NULL, *cf = NULL;
    if (collate_option(ctx, opts, "caseFirst", first, &cf) < 0 ||
        collate_option(ctx, opts, "sensitivity", sens, &se) < 0)
        return -1;
    if (se) {
        o->accents = se[0] == 'a' || se[0] == 'v';
        o->cases = se[0] == 'c' || se[0] == 'v';
    }
    o->upper_first = cf && cf[0] == 'u';
    return 0;
}

static JSValue String_prototype_localeCompare(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("localeCompare");
    JSString *t;
    CollateOptions o;
    int order;
    if (js_is_exception(arg_string(ctx, argv[0], &t)) || collate_options(ctx, OPT_ARG(2), &o) < 0 ||
        js_collate_compare(ctx, s, js_string_flat(t), &o, &order) < 0)
        return JS_EXCEPTION;
    return js_new_int(order);
}

/* ---------------------------------------------------------------- slicing */

static JSValue String_prototype_slice(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("slice");
    uint32_t from, to;
    if (rel_index(ctx, argv[0], s->len, 0, &from) < 0 || rel_index(ctx, argv[1], s->len, s->len, &to) < 0)
        return JS_EXCEPTION;
    if (from >= to)
        return ctx->atoms.empty;
    return js_substring(ctx, sv, from, to);
}

static JSValue String_prototype_substring(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("substring");
    uint32_t a, b = s->len;
    if (clamp_index(ctx, argv[0], s->len, &a) < 0)
        return JS_EXCEPTION;
    if (!js_is_undefined(argv[1]) && clamp_index(ctx, argv[1], s->len, &b) < 0)
        return JS_EXCEPTION;
    if (a > b) {
        uint32_t t = a;
        a = b;
        b = t;
    }
    return js_substring(ctx, sv, a, b);
}

static JSValue String_prototype_substr(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("substr");
    uint32_t start;
    double len = INFINITY;
    if (rel_index(ctx, argv[0], s->len, 0, &start) < 0)
        return JS_EXCEPTION;
    if (!js_is_undefined(argv[1]) && js_to_integer_or_infinity(ctx, argv[1], &len) < 0)
        return JS_EXCEPTION;
    double end = fmin((double)start + fmax(len, 0), (double)s->len);
    if (end <= start)
        return ctx->atoms.empty;
    return js_substring(ctx, sv, start, (uint32_t)end);
}

/* trim: where 1 = start, 2 = end, 3 = both */
static JSValue trim_impl(JSContext *ctx, JSValue this_val, int where, const char *name)
{
    THIS_STR(name);
    uint32_t a = 0, b = s->len;
    if (where & 1)
        while (a < b && js_is_space(js_string_at(s, a)))
            a++;
    if (where & 2)
        while (b > a && js_is_space(js_string_at(s, b - 1)))
            b--;
    return js_substring(ctx, sv, a, b);
}

static JSValue String_prototype_trim(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return trim_impl(ctx, this_val, 3, "trim");
}

static JSValue String_prototype_trimStart(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return trim_impl(ctx, this_val, 1, "trimStart");
}

static JSValue String_prototype_trimEnd(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return trim_impl(ctx, this_val, 2, "trimEnd");
}

/* ---------------------------------------------------------------- padding, repeat */

#define JS_MAX_STRING_LEN ((1u << 29) - 24)

static JSValue pad_impl(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, bool at_start, const char *name)
{
    THIS_STR(name);
    double maxlen;
    uint64_t ml;
    if (js_to_length(ctx, argv[0], &ml) < 0)
        return JS_EXCEPTION;
    maxlen = (double)ml;
    if (maxlen <= s->len)
        return sv;
    JSValue filler = js_new_string(ctx, " ");
    if (!js_is_undefined(OPT_ARG(1)) && js_is_exception(filler = js_to_string(ctx, OPT_ARG(1))))
        return JS_EXCEPTION;
    JSString *f = js_string_flat(js_str(filler));
    if (f->len == 0)
        return sv;
    if (maxlen > JS_MAX_STRING_LEN)
        return js_throw_range_error(ctx, "Invalid string length");
    uint32_t fill = (uint32_t)maxlen - s->len;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    if (!at_start)
        js_sb_put_string(&sb, sv);
    for (uint32_t i = 0; i < fill; i++)
        js_sb_putc(&sb, js_string_at(f, i % f->len));
    if (at_start)
        js_sb_put_string(&sb, sv);
    return js_sb_finish(&sb);
}

static JSValue String_prototype_padStart(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return pad_impl(ctx, this_val, argc, argv, true, "padStart");
}

static JSValue String_prototype_padEnd(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return pad_impl(ctx, this_val, argc, argv, false, "padEnd");
}

static JSValue String_prototype_repeat(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("repeat");
    double n;
    if (js_to_integer_or_infinity(ctx, argv[0], &n) < 0)
        return JS_EXCEPTION;
    if (n < 0 || isinf(n)) {
        char buf[32];
        return js_throw_range_error(ctx, "Invalid count value: %s", js_number_to_cstr(n, buf));
    }
    if (n == 0 || s->len == 0)
        return ctx->atoms.empty;
    if (n * s->len > JS_MAX_STRING_LEN)
        return js_throw_range_error(ctx, "Invalid string length");
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    for (uint32_t i = 0; i < (uint32_t)n; i++)
        js_sb_put_string(&sb, sv);
    return js_sb_finish(&sb);
}

/* ---------------------------------------------------------------- replace, split */

/* GetSubstitution without captures: $$ $& $` $' (other $ sequences stay). */
static void put_substitution(JSStringBuilder *sb, JSString *str, uint32_t pos, uint32_t mlen, JSString *rep)
{
    for (uint32_t i = 0; i < rep->len; i++) {
        uint16_t c = js_string_at(rep, i);
        if (c == '$' && i + 1 < rep->len) {
            uint16_t d = js_string_at(rep, i + 1);
            uint32_t a = 0, b = 0;
            bool sub = true;
            if (d == '$') {
                js_sb_putc(sb, '$');
                i++;
                continue;
            } else if (d == '&') {
                a = pos, b = pos + mlen;
            } else if (d == '`') {
                a = 0, b = pos;
            } else if (d == '\'') {
                a = pos + mlen, b = str->len;
            } else {
                sub = false;
            }
            if (sub) {
                for (uint32_t k = a; k < b; k++)
                    js_sb_putc(sb, js_string_at(str, k));
                i++;
                continue;
            }
        }
        js_sb_putc(sb, c);
    }
}

/* Call a pattern's Symbol.replace / Symbol.split when it has one: 1 handled
 * (*res set), 0 not, -1 exception. */
static int delegate(JSContext *ctx, JSValue pattern, JSValue sym, JSValue this_val, JSValue arg, JSValue *res)
{
    if (js_is_nullish(pattern) || !js_is_object(pattern))
        return 0;
    JSValue m = js_get(ctx, pattern, sym);
    if (js_is_exception(m))
        return -1;
    if (js_is_nullish(m))
        return 0;
    JSValue args[2] = { this_val, arg };
    *res = js_call(ctx, m, pattern, 2, args);
    return js_is_exception(*res) ? -1 : 1;
}

static JSValue replace_impl(JSContext *ctx, JSValue this_val, JSValue *argv, bool all)
{
    const char *name = all ? "replaceAll" : "replace";
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "String.prototype.%s called on null or undefined", name);
    JSValue res;
    if (all && js_is_object(argv[0])) {
        int r = is_regexp(ctx, argv[0]);
        if (r < 0)
            return JS_EXCEPTION;
        if (r) {
            JSValue flags = js_get_str(ctx, argv[0], "flags");
            if (js_is_exception(flags) || js_is_exception(flags = js_to_string(ctx, flags)))
                return JS_EXCEPTION;
            JSString *fs = js_string_flat(js_str(flags));
            bool g = false;
            for (uint32_t i = 0; i < fs->len; i++)
                g |= js_string_at(fs, i) == 'g';
            if (!g)
                return js_throw_type_error(ctx, "String.prototype.replaceAll called with a non-global RegExp argument");
        }
    }
    int d = delegate(ctx, argv[0], ctx->sym.replace, this_val, argv[1], &res);
    if (d)
        return d < 0 ? JS_EXCEPTION : res;
    THIS_STR(name);
    JSString *pat, *rep = NULL;
    if (js_is_exception(arg_string(ctx, argv[0], &pat)))
        return JS_EXCEPTION;
    bool functional = js_is_function(argv[1]);
    if (!functional && js_is_exception(arg_string(ctx, argv[1], &rep)))
        return JS_EXCEPTION;
    JSValue patv = js_mkptr(pat);
    uint32_t adv = pat->len ? pat->len : 1;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    uint32_t last = 0;
    int64_t pos = str_index_of(s, pat, 0);
    while (pos >= 0) {
        for (uint32_t k = last; k < pos; k++)
            js_sb_putc(&sb, js_string_at(s, k));
        if (functional) {
            JSValue args[3] = { patv, js_new_number((double)pos), sv };
            JSValue r = js_call(ctx, argv[1], JS_UNDEFINED, 3, args);
            if (js_is_exception(r) || js_is_exception(r = js_to_string(ctx, r)))
                return JS_EXCEPTION;
            js_sb_put_string(&sb, r);
        } else {
            put_substitution(&sb, s, (uint32_t)pos, pat->len, rep);
        }
        last = (uint32_t)pos + pat->len;
        if (!all || pos + adv > s->len)
            break;
        pos = str_index_of(s, pat, (uint32_t)pos + adv);
    }
    if (last == 0 && pos < 0)
        return sv;
    for (uint32_t k = last; k < s->len; k++)
        js_sb_putc(&sb, js_string_at(s, k));
    return js_sb_finish(&sb);
}

static JSValue String_prototype_replace(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return replace_impl(ctx, this_val, argv, false);
}

static JSValue String_prototype_replaceAll(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return replace_impl(ctx, this_val, argv, true);
}

static JSValue String_prototype_split(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "String.prototype.split called on null or undefined");
    JSValue res;
    int d = delegate(ctx, argv[0], ctx->sym.split, this_val, argv[1], &res);
    if (d)
        return d < 0 ? JS_EXCEPTION : res;
    THIS_STR("split");
    uint32_t lim = 0xffffffffu;
    if (!js_is_undefined(argv[1]) && js_to_uint32(ctx, argv[1], &lim) < 0)
        return JS_EXCEPTION;
    JSString *sep;
    if (js_is_exception(arg_string(ctx, argv[0], &sep)))
        return JS_EXCEPTION;
    JSValue arr = js_new_array(ctx, 0);
    if (lim == 0)
        return arr;
    if (js_is_undefined(argv[0])) {
        js_array_push(ctx, arr, sv);
        return arr;
    }
    if (sep->len == 0) {
        for (uint32_t i = 0; i < s->len && i < lim; i++)
            js_array_push(ctx, arr, js_substring(ctx, sv, i, i + 1));
        return arr;
    }
    uint32_t p = 0, count = 0;
    int64_t q;
    while ((q = str_index_of(s, sep, p)) >= 0) {
        js_array_push(ctx, arr, js_substring(ctx, sv, p, (uint32_t)q));
        if (++count == lim)
            return arr;
        p = (uint32_t)q + sep->len;
    }
    js_array_push(ctx, arr, js_substring(ctx, sv, p, s->len));
    return arr;
}

/* ---------------------------------------------------------------- match, matchAll, search */

/* GetMethod(v, sym) for match/matchAll/search: undefined when absent. */
static JSValue pattern_method(JSContext *ctx, JSValue v, JSValue sym)
{
    if (js_is_nullish(v))
        return JS_UNDEFINED;
    JSValue m = js_get(ctx, v, sym);
    if (js_is_exception(m) || js_is_nullish(m))
        return js_is_exception(m) ? m : JS_UNDEFINED;
    if (!js_is_function(m))
        return js_throw_type_error(ctx, "%s is not a function", js_describe(ctx, m));
    return m;
}

/* match, matchAll and search: the pattern's own method, else a new RegExp's. */
static JSValue regexp_method_impl(JSContext *ctx, JSValue this_val, JSValue pattern, JSValue sym,
                                  const char *name, const char *flags)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "String.prototype.%s called on null or undefined", name);
    JSValue m = pattern_method(ctx, pattern, sym);
    if (js_is_exception(m))
        return m;
    if (!js_is_undefined(m))
        return js_call(ctx, m, pattern, 1, &this_val);
    JSValue str = js_to_string(ctx, this_val);
    if (js_is_exception(str))
        return str;
    JSValue rx = js_new_regexp(ctx, pattern, flags ? js_new_string(ctx, flags) : JS_UNDEFINED);
    if (js_is_exception(rx))
        return rx;
    return js_invoke(ctx, rx, sym, 1, &str);
}

static JSValue String_prototype_match(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return regexp_method_impl(ctx, this_val, argv[0], ctx->sym.match, "match", NULL);
}

static JSValue String_prototype_matchAll(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "String.prototype.matchAll called on null or undefined");
    JSValue pattern = argv[0];
    if (!js_is_nullish(pattern)) {
        int r = is_regexp(ctx, pattern);
        if (r < 0)
            return JS_EXCEPTION;
        if (r) {
            JSValue flags = js_get_str(ctx, pattern, "flags");
            if (js_is_exception(flags))
                return flags;
            if (js_is_nullish(flags))
                return js_throw_type_error(ctx, "String.prototype.matchAll called on null or undefined");
            if (js_is_exception(flags = js_to_string(ctx, flags)))
                return flags;
            JSString *fs = js_string_flat(js_str(flags));
            bool g = false;
            for (uint32_t i = 0; i < fs->len; i++)
                g |= js_string_at(fs, i) == 'g';
            if (!g)
                return js_throw_type_error(ctx, "String.prototype.matchAll called with a non-global RegExp argument");
        }
    }
    return regexp_method_impl(ctx, this_val, pattern, ctx->sym.match_all, "matchAll", "g");
}

static JSValue String_prototype_search(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return regexp_method_impl(ctx, this_val, argv[0], ctx->sym.search, "search", NULL);
}

/* ---------------------------------------------------------------- case mapping */

static locale_t utf8_locale;

static uint32_t fallback_lower(uint32_t c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 0xc0 && c <= 0xde && c != 0xd7))
        return c + 32;
    if (c >= 0x100 && c <= 0x17f && c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x17f) {
        bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17e);
        if (odd_upper ? (c & 1) : !(c & 1))
            return c + 1;
        return c;
    }
    if (c == 0x178)
        return 0xff;
    if ((c >= 0x391 && c <= 0x3a9 && c != 0x3a2))
        return c + 32;
    if (c == 0x386)
        return 0x3ac;
    if (c >= 0x388 && c <= 0x38a)
        return c + 37;
    if (c == 0x38c)
        return 0x3cc;
    if (c == 0x38e || c == 0x38f)
        return c + 63;
    if (c >= 0x410 && c <= 0x42f)
        return c + 32;
    if (c >= 0x400 && c <= 0x40f)
        return c + 80;
    if (((c >= 0x460 && c <= 0x481) || (c >= 0x48a && c <= 0x4bf) || (c >= 0x4d0 && c <= 0x52f)) && !(c & 1))
        return c + 1;
    return c;
}

static uint32_t fallback_upper(uint32_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 0xe0 && c <= 0xfe && c != 0xf7))
        return c - 32;
    if (c == 0xff)
        return 0x178;
    if (c == 0xb5)
        return 0x39c;
    if (c == 0x131)
        return 'I';
    if (c == 0x17f)
        return 'S';
    if (c >= 0x100 && c <= 0x17f && fallback_lower(c - 1) == c)
        return c - 1;
    if (c >= 0x3b1 && c <= 0x3c9)
        return c == 0x3c2 ? 0x3a3 : c - 32;
    if (c == 0x3ac)
        return 0x386;
    if (c >= 0x3ad && c <= 0x3af)
        return c - 37;
    if (c == 0x3cc)
        return 0x38c;
    if (c == 0x3cd || c == 0x3ce)
        return c - 63;
    if (c >= 0x430 && c <= 0x44f)
        return c - 32;
    if (c >= 0x450 && c <= 0x45f)
        return c - 80;
    if (((c >= 0x461 && c <= 0x481) || (c >= 0x48b && c <= 0x4bf) || (c >= 0x4d1 && c <= 0x52f)) && (c & 1))
        return c - 1;
    return c;
}

static uint32_t to_lower_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'A' && c <= 'Z') ? c + 32 : c;
    return utf8_locale ? (uint32_t)towlower_l((wint_t)c, utf8_locale) : fallback_lower(c);
}

static uint32_t to_upper_cp(uint32_t c)
{
    if (c < 0x80)
        return (c >= 'a' && c <= 'z') ? c - 32 : c;
    return utf8_locale ? (uint32_t)towupper_l((wint_t)c, utf8_locale) : fallback_upper(c);
}

/* Simple lowercase, which collate.c folds case with. */
uint32_t js_fold_lower(uint32_t c)
{
    return to_lower_cp(c);
}

/* Unconditional multi-character uppercase mappings of SpecialCasing.txt
 * (simple mappings come from the C library). */
static const struct { uint16_t c, to[3]; } special_upper[] = {
    { 0xdf, { 0x53, 0x53 } }, { 0x149, { 0x2bc, 0x4e } }, { 0x1f0, { 0x4a, 0x30c } },
    { 0x390, { 0x399, 0x308, 0x301 } }, { 0x3b0, { 0x3a5, 0x308, 0x301 } }, { 0x587, { 0x535, 0x552 } },
    { 0x1e96, { 0x48, 0x331 } }, { 0x1e97, { 0x54, 0x308 } }, { 0x1e98, { 0x57, 0x30a } },
    { 0x1e99, { 0x59, 0x30a } }, { 0x1e9a, { 0x41, 0x2be } }, { 0x1f50, { 0x3a5, 0x313 } },
    { 0x1f52, { 0x3a5, 0x313, 0x300 } }, { 0x1f54, { 0x3a5, 0x313, 0x301 } }, { 0x1f56, { 0x3a5, 0x313, 0x342 } },
    { 0x1fb2, { 0x1fba, 0x399 } }, { 0x1fb3, { 0x391, 0x399 } }, { 0x1fb4, { 0x386, 0x399 } },
    { 0x1fb6, { 0x391, 0x342 } }, { 0x1fb7, { 0x391, 0x342, 0x399 } }, { 0x1fbc, { 0x391, 0x399 } },
    { 0x1fc2, { 0x1fca, 0x399 } }, { 0x1fc3, { 0x397, 0x399 } }, { 0x1fc4, { 0x389, 0x399 } },
    { 0x1fc6, { 0x397, 0x342 } }, { 0x1fc7, { 0x397, 0x342, 0x399 } }, { 0x1fcc, { 0x397, 0x399 } },
    { 0x1fd2, { 0x399, 0x308, 0x300 } }, { 0x1fd3, { 0x399, 0x308, 0x301 } }, { 0x1fd6, { 0x399, 0x342 } },
    { 0x1fd7, { 0x399, 0x308, 0x342 } }, { 0x1fe2, { 0x3a5, 0x308, 0x300 } }, { 0x1fe3, { 0x3a5, 0x308, 0x301 } },
    { 0x1fe4, { 0x3a1, 0x313 } }, { 0x1fe6, { 0x3a5, 0x342 } }, { 0x1fe7, { 0x3a5, 0x308, 0x342 } },
    { 0x1ff2, { 0x1ffa, 0x399 } }, { 0x1ff3, { 0x3a9, 0x399 } }, { 0x1ff4, { 0x38f, 0x399 } },
    { 0x1ff6, { 0x3a9, 0x342 } }, { 0x1ff7, { 0x3a9, 0x342, 0x399 } }, { 0x1ffc, { 0x3a9, 0x399 } },
    { 0xfb00, { 0x46, 0x46 } }, { 0xfb01, { 0x46, 0x49 } }, { 0xfb02, { 0x46, 0x4c } },
    { 0xfb03, { 0x46, 0x46, 0x49 } }, { 0xfb04, { 0x46, 0x46, 0x4c } }, { 0xfb05, { 0x53, 0x54 } },
    { 0xfb06, { 0x53, 0x54 } }, { 0xfb13, { 0x544, 0x546 } }, { 0xfb14, { 0x544, 0x535 } },
    { 0xfb15, { 0x544, 0x53b } }, { 0xfb16, { 0x54e, 0x546 } }, { 0xfb17, { 0x544, 0x53d } },
};

/* Simple pairs newer than the C library's tables (Unicode 16, as node's ICU). */
static const uint16_t new_pairs[][2] = {  /* { upper, lower } */
    { 0xa7dc, 0x19b }, { 0xa7cb, 0x264 }, { 0x1c89, 0x1c8a }, { 0xa7cc, 0xa7cd }, { 0xa7ce, 0xa7cf },
    { 0xa7d2, 0xa7d3 }, { 0xa7d4, 0xa7d5 }, { 0xa7da, 0xa7db },
};

static bool put_special_upper(JSStringBuilder *sb, uint32_t c)
{
    if (c >= 0x1f80 && c <= 0x1faf) {  /* Greek with ypogegrammeni: capital + IOTA */
        static const uint16_t base[] = { 0x1f08, 0x1f28, 0x1f68 };
        js_sb_putc(sb, base[(c - 0x1f80) / 16] + (c & 7));
        js_sb_putc(sb, 0x399);
        return true;
    }
    if (c < 0xdf || (c > 0x587 && c < 0x1e96) || (c > 0x1ffc && c < 0xfb00) || c > 0xfb17)
        return false;
    for (size_t i = 0; i < JS_COUNTOF(special_upper); i++) {
        if (special_upper[i].c == c) {
            for (int k = 0; k < 3 && special_upper[i].to[k]; k++)
                js_sb_putc(sb, special_upper[i].to[k]);
            return true;
        }
    }
    return false;
}

static uint32_t mapped_upper(uint32_t c)
{
    for (size_t i = 0; i < JS_COUNTOF(new_pairs); i++)
        if (new_pairs[i][1] == c)
            return new_pairs[i][0];
    return to_upper_cp(c);
}

static uint32_t mapped_lower(uint32_t c)
{
    for (size_t i = 0; i < JS_COUNTOF(new_pairs); i++)
        if (new_pairs[i][0] == c)
            return new_pairs[i][1];
    return to_lower_cp(c);
}

/* Unicode 17's Case_Ignorable and Cased properties as code point ranges, for
 * the Final_Sigma condition of SpecialCasing.txt (generated from the
 * property escapes \p{Case_Ignorable} and \p{Cased}). */
static const uint32_t case_ignorable_ranges[][2] = {
    {0x27, 0x27}, {0x2e, 0x2e}, {0x3a, 0x3a}, {0x5e, 0x5e}, {0x60, 0x60}, {0xa8, 0xa8},
    {0xad, 0xad}, {0xaf, 0xaf}, {0xb4, 0xb4}, {0xb7, 0xb8}, {0x2b0, 0x36f}, {0x374, 0x375},
    {0x37a, 0x37a}, {0x384, 0x385}, {0x387, 0x387}, {0x483, 0x489}, {0x559, 0x559}, {0x55f, 0x55f},
    {0x591, 0x5bd}, {0x5bf, 0x5bf}, {0x5c1, 0x5c2}, {0x5c4, 0x5c5}, {0x5c7, 0x5c7}, {0x5f4, 0x5f4},
    {0x600, 0x605}, {0x610, 0x61a}, {0x61c, 0x61c}, {0x640, 0x640}, {0x64b, 0x65f}, {0x670, 0x670},
    {0x6d6, 0x6dd}, {0x6df, 0x6e8}, {0x6ea, 0x6ed}, {0x70f, 0x70f}, {0x711, 0x711}, {0x730, 0x74a},
    {0x7a6, 0x7b0}, {0x7eb, 0x7f5}, {0x7fa, 0x7fa}, {0x7fd, 0x7fd}, {0x816, 0x82d}, {0x859, 0x85b},
    {0x888, 0x888}, {0x890, 0x891}, {0x897, 0x89f}, {0x8c9, 0x902}, {0x93a, 0x93a}, {0x93c, 0x93c},
    {0x941, 0x948}, {0x94d, 0x94d}, {0x951, 0x957}, {0x962, 0x963}, {0x971, 0x971}, {0x981, 0x981},
    {0x9bc, 0x9bc}, {0x9c1, 0x9c4}, {0x9cd, 0x9cd}, {0x9e2, 0x9e3}, {0x9fe, 0x9fe}, {0xa01, 0xa02},
    {0xa3c, 0xa3c}, {0xa41, 0xa42}, {0xa47, 0xa48}, {0xa4b, 0xa4d}, {0xa51, 0xa51}, {0xa70, 0xa71},
    {0xa75, 0xa75}, {0xa81, 0xa82}, {0xabc, 0xabc}, {0xac1, 0xac5}, {0xac7, 0xac8}, {0xacd, 0xacd},
    {0xae2, 0xae3}, {0xafa, 0xaff}, {0xb01, 0xb01}, {0xb3c, 0xb3c}, {0xb3f, 0xb3f}, {0xb41, 0xb44},
    {0xb4d, 0xb4d}, {0xb55, 0xb56}, {0xb62, 0xb63}, {0xb82, 0xb82}, {0xbc0, 0xbc0}, {0xbcd, 0xbcd},
    {0xc00, 0xc00}, {0xc04, 0xc04}, {0xc3c, 0xc3c}, {0xc3e, 0xc40}, {0xc46, 0xc48}, {0xc4a, 0xc4d},
    {0xc55, 0xc56}, {0xc62, 0xc63}, {0xc81, 0xc81}, {0xcbc, 0xcbc}, {0xcbf, 0xcbf}, {0xcc6, 0xcc6},
    {0xccc, 0xccd}, {0xce2, 0xce3}, {0xd00, 0xd01}, {0xd3b, 0xd3c}, {0xd41, 0xd44}, {0xd4d, 0xd4d},
    {0xd62, 0xd63}, {0xd81, 0xd81}, {0xdca, 0xdca}, {0xdd2, 0xdd4}, {0xdd6, 0xdd6}, {0xe31, 0xe31},
    {0xe34, 0xe3a}, {0xe46, 0xe4e}, {0xeb1, 0xeb1}, {0xeb4, 0xebc}, {0xec6, 0xec6}, {0xec8, 0xece},
    {0xf18, 0xf19}, {0xf35, 0xf35}, {0xf37, 0xf37}, {0xf39, 0xf39}, {0xf71, 0xf7e}, {0xf80, 0xf84},
    {0xf86, 0xf87}, {0xf8d, 0xf97}, {0xf99, 0xfbc}, {0xfc6, 0xfc6}, {0x102d, 0x1030},
    {0x1032, 0x1037}, {0x1039, 0x103a}, {0x103d, 0x103e}, {0x1058, 0x1059}, {0x105e, 0x1060},
    {0x1071, 0x1074}, {0x1082, 0x1082}, {0x1085, 0x1086}, {0x108d, 0x108d}, {0x109d, 0x109d},
    {0x10fc, 0x10fc}, {0x135d, 0x135f}, {0x1712, 0x1714}, {0x1732, 0x1733}, {0x1752, 0x1753},
    {0x1772, 0x1773}, {0x17b4, 0x17b5}, {0x17b7, 0x17bd}, {0x17c6, 0x17c6}, {0x17c9, 0x17d3},
    {0x17d7, 0x17d7}, {0x17dd, 0x17dd}, {0x180b, 0x180f}, {0x1843, 0x1843}, {0x1885, 0x1886},
    {0x18a9, 0x18a9}, {0x1920, 0x1922}, {0x1927, 0x1928}, {0x1932, 0x1932}, {0x1939, 0x193b},
    {0x1a17, 0x1a18}, {0x1a1b, 0x1a1b}, {0x1a56, 0x1a56}, {0x1a58, 0x1a5e}, {0x1a60, 0x1a60},
    {0x1a62, 0x1a62}, {0x1a65, 0x1a6c}, {0x1a73, 0x1a7c}, {0x1a7f, 0x1a7f}, {0x1aa7, 0x1aa7},
    {0x1ab0, 0x1add}, {0x1ae0, 0x1aeb}, {0x1b00, 0x1b03}, {0x1b34, 0x1b34}, {0x1b36, 0x1b3a},
    {0x1b3c, 0x1b3c}, {0x1b42, 0x1b42}, {0x1b6b, 0x1b73}, {0x1b80, 0x1b81}, {0x1ba2, 0x1ba5},
    {0x1ba8, 0x1ba9}, {0x1bab, 0x1bad}, {0x1be6, 0x1be6}, {0x1be8, 0x1be9}, {0x1bed, 0x1bed},
    {0x1bef, 0x1bf1}, {0x1c2c, 0x1c33}, {0x1c36, 0x1c37}, {0x1c78, 0x1c7d}, {0x1cd0, 0x1cd2},
    {0x1cd4, 0x1ce0}, {0x1ce2, 0x1ce8}, {0x1ced, 0x1ced}, {0x1cf4, 0x1cf4}, {0x1cf8, 0x1cf9},
    {0x1d2c, 0x1d6a}, {0x1d78, 0x1d78}, {0x1d9b, 0x1dff}, {0x1fbd, 0x1fbd}, {0x1fbf, 0x1fc1},
    {0x1fcd, 0x1fcf}, {0x1fdd, 0x1fdf}, {0x1fed, 0x1fef}, {0x1ffd, 0x1ffe}, {0x200b, 0x200f},
    {0x2018, 0x2019}, {0x2024, 0x2024}, {0x2027, 0x2027}, {0x202a, 0x202e}, {0x2060, 0x2064},
    {0x2066, 0x206f}, {0x2071, 0x2071}, {0x207f, 0x207f}, {0x2090, 0x209c}, {0x20d0, 0x20f0},
    {0x2c7c, 0x2c7d}, {0x2cef, 0x2cf1}, {0x2d6f, 0x2d6f}, {0x2d7f, 0x2d7f}, {0x2de0, 0x2dff},
    {0x2e2f, 0x2e2f}, {0x3005, 0x3005}, {0x302a, 0x302d}, {0x3031, 0x3035}, {0x303b, 0x303b},
    {0x3099, 0x309e}, {0x30fc, 0x30fe}, {0xa015, 0xa015}, {0xa4f8, 0xa4fd}, {0xa60c, 0xa60c},
    {0xa66f, 0xa672}, {0xa674, 0xa67d}, {0xa67f, 0xa67f}, {0xa69c, 0xa69f}, {0xa6f0, 0xa6f1},
    {0xa700, 0xa721}, {0xa770, 0xa770}, {0xa788, 0xa78a}, {0xa7f1, 0xa7f4}, {0xa7f8, 0xa7f9},
    {0xa802, 0xa802}, {0xa806, 0xa806}, {0xa80b, 0xa80b}, {0xa825, 0xa826}, {0xa82c, 0xa82c},
    {0xa8c4, 0xa8c5}, {0xa8e0, 0xa8f1}, {0xa8ff, 0xa8ff}, {0xa926, 0xa92d}, {0xa947, 0xa951},
    {0xa980, 0xa982}, {0xa9b3, 0xa9b3}, {0xa9b6, 0xa9b9}, {0xa9bc, 0xa9bd}, {0xa9cf, 0xa9cf},
    {0xa9e5, 0xa9e6}, {0xaa29, 0xaa2e}, {0xaa31, 0xaa32}, {0xaa35, 0xaa36}, {0xaa43, 0xaa43},
    {0xaa4c, 0xaa4c}, {0xaa70, 0xaa70}, {0xaa7c, 0xaa7c}, {0xaab0, 0xaab0}, {0xaab2, 0xaab4},
    {0xaab7, 0xaab8}, {0xaabe, 0xaabf}, {0xaac1, 0xaac1}, {0xaadd, 0xaadd}, {0xaaec, 0xaaed},
    {0xaaf3, 0xaaf4}, {0xaaf6, 0xaaf6}, {0xab5b, 0xab5f}, {0xab69, 0xab6b}, {0xabe5, 0xabe5},
    {0xabe8, 0xabe8}, {0xabed, 0xabed}, {0xfb1e, 0xfb1e}, {0xfbb2, 0xfbc2}, {0xfe00, 0xfe0f},
    {0xfe13, 0xfe13}, {0xfe20, 0xfe2f}, {0xfe52, 0xfe52}, {0xfe55, 0xfe55}, {0xfeff, 0xfeff},
    {0xff07, 0xff07}, {0xff0e, 0xff0e}, {0xff1a, 0xff1a}, {0xff3e, 0xff3e}, {0xff40, 0xff40},
    {0xff70, 0xff70}, {0xff9e, 0xff9f}, {0xffe3, 0xffe3}, {0xfff9, 0xfffb}, {0x101fd, 0x101fd},
    {0x102e0, 0x102e0}, {0x10376, 0x1037a}, {0x10780, 0x10785}, {0x10787, 0x107b0},
    {0x107b2, 0x107ba}, {0x10a01, 0x10a03}, {0x10a05, 0x10a06}, {0x10a0c, 0x10a0f},
    {0x10a38, 0x10a3a}, {0x10a3f, 0x10a3f}, {0x10ae5, 0x10ae6}, {0x10d24, 0x10d27},
    {0x10d4e, 0x10d4e}, {0x10d69, 0x10d6d}, {0x10d6f, 0x10d6f}, {0x10eab, 0x10eac},
    {0x10ec5, 0x10ec5}, {0x10efa, 0x10eff}, {0x10f46, 0x10f50}, {0x10f82, 0x10f85},
    {0x11001, 0x11001}, {0x11038, 0x11046}, {0x11070, 0x11070}, {0x11073, 0x11074},
    {0x1107f, 0x11081}, {0x110b3, 0x110b6}, {0x110b9, 0x110ba}, {0x110bd, 0x110bd},
    {0x110c2, 0x110c2}, {0x110cd, 0x110cd}, {0x11100, 0x11102}, {0x11127, 0x1112b},
    {0x1112d, 0x11134}, {0x11173, 0x11173}, {0x11180, 0x11181}, {0x111b6, 0x111be},
    {0x111c9, 0x111cc}, {0x111cf, 0x111cf}, {0x1122f, 0x11231}, {0x11234, 0x11234},
    {0x11236, 0x11237}, {0x1123e, 0x1123e}, {0x11241, 0x11241}, {0x112df, 0x112df},
    {0x112e3, 0x112ea}, {0x11300, 0x11301}, {0x1133b, 0x1133c}, {0x11340, 0x11340},
    {0x11366, 0x1136c}, {0x11370, 0x11374}, {0x113bb, 0x113c0}, {0x113ce, 0x113ce},
    {0x113d0, 0x113d0}, {0x113d2, 0x113d2}, {0x113e1, 0x113e2}, {0x11438, 0x1143f},
    {0x11442, 0x11444}, {0x11446, 0x11446}, {0x1145e, 0x1145e}, {0x114b3, 0x114b8},
    {0x114ba, 0x114ba}, {0x114bf, 0x114c0}, {0x114c2, 0x114c3}, {0x115b2, 0x115b5},
    {0x115bc, 0x115bd}, {0x115bf, 0x115c0}, {0x115dc, 0x115dd}, {0x11633, 0x1163a},
    {0x1163d, 0x1163d}, {0x1163f, 0x11640}, {0x116ab, 0x116ab}, {0x116ad, 0x116ad},
    {0x116b0, 0x116b5}, {0x116b7, 0x116b7}, {0x1171d, 0x1171d}, {0x1171f, 0x1171f},
    {0x11722, 0x11725}, {0x11727, 0x1172b}, {0x1182f, 0x11837}, {0x11839, 0x1183a},
    {0x1193b, 0x1193c}, {0x1193e, 0x1193e}, {0x11943, 0x11943}, {0x119d4, 0x119d7},
    {0x119da, 0x119db}, {0x119e0, 0x119e0}, {0x11a01, 0x11a0a}, {0x11a33, 0x11a38},
    {0x11a3b, 0x11a3e}, {0x11a47, 0x11a47}, {0x11a51, 0x11a56}, {0x11a59, 0x11a5b},
    {0x11a8a, 0x11a96}, {0x11a98, 0x11a99}, {0x11b60, 0x11b60}, {0x11b62, 0x11b64},
    {0x11b66, 0x11b66}, {0x11c30, 0x11c36}, {0x11c38, 0x11c3d}, {0x11c3f, 0x11c3f},
    {0x11c92, 0x11ca7}, {0x11caa, 0x11cb0}, {0x11cb2, 0x11cb3}, {0x11cb5, 0x11cb6},
    {0x11d31, 0x11d36}, {0x11d3a, 0x11d3a}, {0x11d3c, 0x11d3d}, {0x11d3f, 0x11d45},
    {0x11d47, 0x11d47}, {0x11d90, 0x11d91}, {0x11d95, 0x11d95}, {0x11d97, 0x11d97},
    {0x11dd9, 0x11dd9}, {0x11ef3, 0x11ef4}, {0x11f00, 0x11f01}, {0x11f36, 0x11f3a},
    {0x11f40, 0x11f40}, {0x11f42, 0x11f42}, {0x11f5a, 0x11f5a}, {0x13430, 0x13440},
    {0x13447, 0x13455}, {0x1611e, 0x16129}, {0x1612d, 0x1612f}, {0x16af0, 0x16af4},
    {0x16b30, 0x16b36}, {0x16b40, 0x16b43}, {0x16d40, 0x16d42}, {0x16d6b, 0x16d6c},
    {0x16f4f, 0x16f4f}, {0x16f8f, 0x16f9f}, {0x16fe0, 0x16fe1}, {0x16fe3, 0x16fe4},
    {0x16ff2, 0x16ff3}, {0x1aff0, 0x1aff3}, {0x1aff5, 0x1affb}, {0x1affd, 0x1affe},
    {0x1bc9d, 0x1bc9e}, {0x1bca0, 0x1bca3}, {0x1cf00, 0x1cf2d}, {0x1cf30, 0x1cf46},
    {0x1d167, 0x1d169}, {0x1d173, 0x1d182}, {0x1d185, 0x1d18b}, {0x1d1aa, 0x1d1ad},
    {0x1d242, 0x1d244}, {0x1da00, 0x1da36}, {0x1da3b, 0x1da6c}, {0x1da75, 0x1da75},
    {0x1da84, 0x1da84}, {0x1da9b, 0x1da9f}, {0x1daa1, 0x1daaf}, {0x1e000, 0x1e006},
    {0x1e008, 0x1e018}, {0x1e01b, 0x1e021}, {0x1e023, 0x1e024}, {0x1e026, 0x1e02a},
    {0x1e030, 0x1e06d}, {0x1e08f, 0x1e08f}, {0x1e130, 0x1e13d}, {0x1e2ae, 0x1e2ae},
    {0x1e2ec, 0x1e2ef}, {0x1e4eb, 0x1e4ef}, {0x1e5ee, 0x1e5ef}, {0x1e6e3, 0x1e6e3},
    {0x1e6e6, 0x1e6e6}, {0x1e6ee, 0x1e6ef}, {0x1e6f5, 0x1e6f5}, {0x1e6ff, 0x1e6ff},
    {0x1e8d0, 0x1e8d6}, {0x1e944, 0x1e94b}, {0x1f3fb, 0x1f3ff}, {0xe0001, 0xe0001},
    {0xe0020, 0xe007f}, {0xe0100, 0xe01ef},
};

static const uint32_t cased_ranges[][2] = {
    {0x41, 0x5a}, {0x61, 0x7a}, {0xaa, 0xaa}, {0xb5, 0xb5}, {0xba, 0xba}, {0xc0, 0xd6},
    {0xd8, 0xf6}, {0xf8, 0x1ba}, {0x1bc, 0x1bf}, {0x1c4, 0x293}, {0x296, 0x2b8}, {0x2c0, 0x2c1},
    {0x2e0, 0x2e4}, {0x345, 0x345}, {0x370, 0x373}, {0x376, 0x377}, {0x37a, 0x37d}, {0x37f, 0x37f},
    {0x386, 0x386}, {0x388, 0x38a}, {0x38c, 0x38c}, {0x38e, 0x3a1}, {0x3a3, 0x3f5}, {0x3f7, 0x481},
    {0x48a, 0x52f}, {0x531, 0x556}, {0x560, 0x588}, {0x10a0, 0x10c5}, {0x10c7, 0x10c7},
    {0x10cd, 0x10cd}, {0x10d0, 0x10fa}, {0x10fc, 0x10ff}, {0x13a0, 0x13f5}, {0x13f8, 0x13fd},
    {0x1c80, 0x1c8a}, {0x1c90, 0x1cba}, {0x1cbd, 0x1cbf}, {0x1d00, 0x1dbf}, {0x1e00, 0x1f15},
    {0x1f18, 0x1f1d}, {0x1f20, 0x1f45}, {0x1f48, 0x1f4d}, {0x1f50, 0x1f57}, {0x1f59, 0x1f59},
    {0x1f5b, 0x1f5b}, {0x1f5d, 0x1f5d}, {0x1f5f, 0x1f7d}, {0x1f80, 0x1fb4}, {0x1fb6, 0x1fbc},
    {0x1fbe, 0x1fbe}, {0x1fc2, 0x1fc4}, {0x1fc6, 0x1fcc}, {0x1fd0, 0x1fd3}, {0x1fd6, 0x1fdb},
    {0x1fe0, 0x1fec}, {0x1ff2, 0x1ff4}, {0x1ff6, 0x1ffc}, {0x2071, 0x2071}, {0x207f, 0x207f},
    {0x2090, 0x209c}, {0x2102, 0x2102}, {0x2107, 0x2107}, {0x210a, 0x2113}, {0x2115, 0x2115},
    {0x2119, 0x211d}, {0x2124, 0x2124}, {0x2126, 0x2126}, {0x2128, 0x2128}, {0x212a, 0x212d},
    {0x212f, 0x2134}, {0x2139, 0x2139}, {0x213c, 0x213f}, {0x2145, 0x2149}, {0x214e, 0x214e},
    {0x2160, 0x217f}, {0x2183, 0x2184}, {0x24b6, 0x24e9}, {0x2c00, 0x2ce4}, {0x2ceb, 0x2cee},
    {0x2cf2, 0x2cf3}, {0x2d00, 0x2d25}, {0x2d27, 0x2d27}, {0x2d2d, 0x2d2d}, {0xa640, 0xa66d},
    {0xa680, 0xa69d}, {0xa722, 0xa787}, {0xa78b, 0xa78e}, {0xa790, 0xa7dc}, {0xa7f1, 0xa7f6},
    {0xa7f8, 0xa7fa}, {0xab30, 0xab5a}, {0xab5c, 0xab69}, {0xab70, 0xabbf}, {0xfb00, 0xfb06},
    {0xfb13, 0xfb17}, {0xff21, 0xff3a}, {0xff41, 0xff5a}, {0x10400, 0x1044f}, {0x104b0, 0x104d3},
    {0x104d8, 0x104fb}, {0x10570, 0x1057a}, {0x1057c, 0x1058a}, {0x1058c, 0x10592},
    {0x10594, 0x10595}, {0x10597, 0x105a1}, {0x105a3, 0x105b1}, {0x105b3, 0x105b9},
    {0x105bb, 0x105bc}, {0x10780, 0x10780}, {0x10783, 0x10785}, {0x10787, 0x107b0},
    {0x107b2, 0x107ba}, {0x10c80, 0x10cb2}, {0x10cc0, 0x10cf2}, {0x10d50, 0x10d65},
    {0x10d70, 0x10d85}, {0x118a0, 0x118df}, {0x16e40, 0x16e7f}, {0x16ea0, 0x16eb8},
    {0x16ebb, 0x16ed3}, {0x1d400, 0x1d454}, {0x1d456, 0x1d49c}, {0x1d49e, 0x1d49f},
    {0x1d4a2, 0x1d4a2}, {0x1d4a5, 0x1d4a6}, {0x1d4a9, 0x1d4ac}, {0x1d4ae, 0x1d4b9},
    {0x1d4bb, 0x1d4bb}, {0x1d4bd, 0x1d4c3}, {0x1d4c5, 0x1d505}, {0x1d507, 0x1d50a},
    {0x1d50d, 0x1d514}, {0x1d516, 0x1d51c}, {0x1d51e, 0x1d539}, {0x1d53b, 0x1d53e},
    {0x1d540, 0x1d544}, {0x1d546, 0x1d546}, {0x1d54a, 0x1d550}, {0x1d552, 0x1d6a5},
    {0x1d6a8, 0x1d6c0}, {0x1d6c2, 0x1d6da}, {0x1d6dc, 0x1d6fa}, {0x1d6fc, 0x1d714},
    {0x1d716, 0x1d734}, {0x1d736, 0x1d74e}, {0x1d750, 0x1d76e}, {0x1d770, 0x1d788},
    {0x1d78a, 0x1d7a8}, {0x1d7aa, 0x1d7c2}, {0x1d7c4, 0x1d7cb}, {0x1df00, 0x1df09},
    {0x1df0b, 0x1df1e}, {0x1df25, 0x1df2a}, {0x1e030, 0x1e06d}, {0x1e900, 0x1e943},
    {0x1f130, 0x1f149}, {0x1f150, 0x1f169}, {0x1f170, 0x1f189},
};

static bool in_ranges(const uint32_t (*r)[2], size_t n, uint32_t c)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        if (c < r[mid][0])
            hi = mid;
        else if (c > r[mid][1])
            lo = mid + 1;
        else
            return true;
    }
    return false;
}

static bool is_case_ignorable(uint32_t c)
{
    return in_ranges(case_ignorable_ranges, JS_COUNTOF(case_ignorable_ranges), c);
}

static bool is_cased(uint32_t c)
{
    return in_ranges(cased_ranges, JS_COUNTOF(cased_ranges), c);
}

/* The code point that ends just before unit index *i; *i moves to its start. */
static uint32_t code_point_before(JSString *s, uint32_t *i)
{
    uint32_t c = js_string_at(s, --*i);
    if (c >= 0xdc00 && c <= 0xdfff && *i > 0) {
        uint32_t h = js_string_at(s, *i - 1);
        if (h >= 0xd800 && h <= 0xdbff) {
            --*i;
            return 0x10000 + ((h - 0xd800) << 10) + (c - 0xdc00);
        }
    }
    return c;
}

/* Final_Sigma at unit i: a cased letter before it and none after it, each
 * looked for past any case-ignorable characters (which may themselves be
 * cased, as U+0345: they are skipped first, as ICU does). */
static bool final_sigma(JSString *s, uint32_t i)
{
    uint32_t k = i, c = 0;
    bool before = false;
    while (k > 0) {
        c = code_point_before(s, &k);
        if (!is_case_ignorable(c)) {
            before = is_cased(c);
            break;
        }
    }
    if (!before)
        return false;
    for (k = i + 1; k < s->len; k += c >= 0x10000 ? 2 : 1) {
        c = code_point_at(s, k);
        if (!is_case_ignorable(c))
            return !is_cased(c);
    }
    return true;
}

static JSValue case_impl(JSContext *ctx, JSValue this_val, bool upper, const char *name)
{
    THIS_STR(name);
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    for (uint32_t i = 0; i < s->len; i++) {
        uint32_t c = code_point_at(s, i);
        uint32_t w = c >= 0x10000 ? 2 : 1;
        if (upper) {
            if (!put_special_upper(&sb, c))
                js_sb_putc(&sb, mapped_upper(c));
        } else {
            if (c == 0x130) {             /* İ -> i̇ */
                js_sb_putc(&sb, 'i');
                js_sb_putc(&sb, 0x307);
            } else if (c == 0x3a3) {      /* Σ: ς at the end of a word */
                js_sb_putc(&sb, final_sigma(s, i) ? 0x3c2 : 0x3c3);
            } else {
                js_sb_putc(&sb, mapped_lower(c));
            }
        }
        i += w - 1;
    }
    return js_sb_finish(&sb);
}

static JSValue String_prototype_toLowerCase(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return case_impl(ctx, this_val, false, "toLowerCase");
}

static JSValue String_prototype_toUpperCase(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return case_impl(ctx, this_val, true, "toUpperCase");
}

static JSValue String_prototype_toLocaleLowerCase(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return case_impl(ctx, this_val, false, "toLocaleLowerCase");
}

static JSValue String_prototype_toLocaleUpperCase(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return case_impl(ctx, this_val, true, "toLocaleUpperCase");
}

/* ---------------------------------------------------------------- misc */

static JSValue String_prototype_normalize(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("normalize");
    static const char *const forms[] = { "NFC", "NFD", "NFKC", "NFKD" };  /* JSNormForm order */
    JSNormForm form = JS_NFC;
    if (!js_is_undefined(OPT_ARG(0))) {
        JSValue f = js_to_string(ctx, argv[0]);
        if (js_is_exception(f))
            return f;
        size_t n;
        const char *fs = js_to_utf8(ctx, f, &n);
        int k = 0;
        while (k < 4 && (strlen(fs) != n || strcmp(fs, forms[k])))  /* "NFC\0" is no form */
            k++;
        if (k == 4)
            return js_throw_range_error(ctx, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
        form = (JSNormForm)k;
    }
    return js_normalize(ctx, s, sv, form);
}

static JSValue String_prototype_isWellFormed(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("isWellFormed");
    for (uint32_t i = 0; i < s->len; i++) {
        uint32_t c = code_point_at(s, i);
        if (c >= 0xd800 && c <= 0xdfff)
            return JS_FALSE;
        if (c >= 0x10000)
            i++;
    }
    return JS_TRUE;
}

static JSValue String_prototype_toWellFormed(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("toWellFormed");
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    for (uint32_t i = 0; i < s->len; i++) {
        uint32_t c = code_point_at(s, i);
        js_sb_putc(&sb, c >= 0xd800 && c <= 0xdfff ? 0xfffd : c);
        if (c >= 0x10000)
            i++;
    }
    return js_sb_finish(&sb);
}

static JSValue this_string_value(JSContext *ctx, JSValue v, const char *method)
{
    if (js_is_string(v))
        return v;
    if (js_class_of(v) == JS_CLASS_STRING)
        return js_obj(v)->u.prim;
    return js_throw_type_error(ctx, "String.prototype.%s requires that 'this' be a String", method);
}

static JSValue String_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_string_value(ctx, this_val, "toString");
}

static JSValue String_prototype_valueOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_string_value(ctx, this_val, "valueOf");
}

static JSValue String_prototype_iterator(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("[Symbol.iterator]");
    JSValue it = js_new_object_class(ctx, ctx->string_iterator_proto, JS_CLASS_STRING_ITERATOR);
    if (js_is_exception(it))
        return it;
    js_obj(it)->u.iter.target = sv;
    js_obj(it)->u.iter.index = 0;
    js_obj(it)->u.iter.kind = 0;
    return it;
}

/* ---------------------------------------------------------------- init */

/* ---------------------------------------------------------------- HTML methods (Annex B) */

/* CreateHTML: <tag attr="value">this</tag>, with " in the value as &quot; */
static JSValue create_html(JSContext *ctx, JSValue this_val, const char *method, const char *tag,
                           const char *attr, JSValue value)
{
    THIS_STR(method);
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    js_sb_puts(&sb, "<");
    js_sb_puts(&sb, tag);
    if (attr) {
        JSValue v = js_to_string(ctx, value);
        if (js_is_exception(v))
            return v;
        JSString *vs = js_string_flat(js_str(v));
        js_sb_puts(&sb, " ");
        js_sb_puts(&sb, attr);
        js_sb_puts(&sb, "=\"");
        for (uint32_t i = 0; i < vs->len; i++) {
            uint32_t c = js_string_at(vs, i);
            if (c == '"')
                js_sb_puts(&sb, "&quot;");
            else
                js_sb_putc(&sb, c);
        }
        js_sb_puts(&sb, "\"");
    }
    js_sb_puts(&sb, ">");
    js_sb_put_string(&sb, sv);
    js_sb_puts(&sb, "</");
    js_sb_puts(&sb, tag);
    js_sb_puts(&sb, ">");
    return js_sb_finish(&sb);
}

#define HTML_METHOD(name, tag, attr)                                                              \
    static JSValue String_prototype_##name(JSContext *ctx, JSValue this_val, int argc, JSValue *argv) \
    {                                                                                             \
        return create_html(ctx, this_val, #name, tag, attr, argc > 0 ? argv[0] : JS_UNDEFINED);   \
    }
HTML_METHOD(anchor, "a", "name")
HTML_METHOD(big, "big", NULL)
HTML_METHOD(blink, "blink", NULL)
HTML_METHOD(bold, "b", NULL)
HTML_METHOD(fixed, "tt", NULL)
HTML_METHOD(fontcolor, "font", "color")
HTML_METHOD(fontsize, "font", "size")
HTML_METHOD(italics, "i", NULL)
HTML_METHOD(link, "a", "href")
HTML_METHOD(small, "small", NULL)
HTML_METHOD(strike, "strike", NULL)
HTML_METHOD(sub, "sub", NULL)
HTML_METHOD(sup, "sup", NULL)
#undef HTML_METHOD

static const JSFunctionEntry string_funcs[] = {
    { "fromCharCode", String_fromCharCode, 1 },
    { "fromCodePoint", String_fromCodePoint, 1 },
    { "raw", String_raw, 1 },
};

static const JSFunctionEntry string_proto_funcs[] = {
    { "at", String_prototype_at, 1 },
    { "charAt", String_prototype_charAt, 1 },
    { "charCodeAt", String_prototype_charCodeAt, 1 },
    { "codePointAt", String_prototype_codePointAt, 1 },
    { "concat", String_prototype_concat, 1 },
    { "endsWith", String_prototype_endsWith, 1 },
    { "includes", String_prototype_includes, 1 },
    { "indexOf", String_prototype_indexOf, 1 },
    { "lastIndexOf", String_prototype_lastIndexOf, 1 },
    { "localeCompare", String_prototype_localeCompare, 1 },
    { "match", String_prototype_match, 1 },
    { "matchAll", String_prototype_matchAll, 1 },
    { "normalize", String_prototype_normalize, 0 },
    { "padEnd", String_prototype_padEnd, 1 },
    { "padStart", String_prototype_padStart, 1 },
    { "repeat", String_prototype_repeat, 1 },
    { "replace", String_prototype_replace, 2 },
    { "replaceAll", String_prototype_replaceAll, 2 },
    { "search", String_prototype_search, 1 },
    { "slice", String_prototype_slice, 2 },
    { "split", String_prototype_split, 2 },
    { "startsWith", String_prototype_startsWith, 1 },
    { "substring", String_prototype_substring, 2 },
    { "substr", String_prototype_substr, 2 },
    { "toLowerCase", String_prototype_toLowerCase, 0 },
    { "toUpperCase", String_prototype_toUpperCase, 0 },
    { "toLocaleLowerCase", String_prototype_toLocaleLowerCase, 0 },
    { "toLocaleUpperCase", String_prototype_toLocaleUpperCase, 0 },
    { "toString", String_prototype_toString, 0 },
    { "valueOf", String_prototype_valueOf, 0 },
    { "trim", String_prototype_trim, 0 },
    { "isWellFormed", String_prototype_isWellFormed, 0 },
    { "toWellFormed", String_prototype_toWellFormed, 0 },
    { "[Symbol.iterator]", String_prototype_iterator, 0 },
    { "anchor", String_prototype_anchor, 1 },
    { "big", String_prototype_big, 0 },
    { "blink", String_prototype_blink, 0 },
    { "bold", String_prototype_bold, 0 },
    { "fixed", String_prototype_fixed, 0 },
    { "fontcolor", String_prototype_fontcolor, 1 },
    { "fontsize", String_prototype_fontsize, 1 },
    { "italics", String_prototype_italics, 0 },
    { "link", String_prototype_link, 1 },
    { "small", String_prototype_small, 0 },
    { "strike", String_prototype_strike, 0 },
    { "sub", String_prototype_sub, 0 },
    { "sup", String_prototype_sup, 0 },
};

void js_init_string(JSContext *ctx)
{
    if (!utf8_locale)
        utf8_locale = newlocale(LC_CTYPE_MASK, "C.UTF-8", (locale_t)0);
    if (!ctx->string_proto) {
        /* String.prototype is itself a String object holding "" */
        JSValue p = js_new_object_class(ctx, ctx->object_proto, JS_CLASS_STRING);
        js_obj(p)->u.prim = ctx->atoms.empty;
        js_define_value(ctx, p, ctx->atoms.length, js_new_int(0), 0);
        ctx->string_proto = js_obj(p);
    }
    JSValue proto = js_mkptr(ctx->string_proto);
    js_define_functions(ctx, proto, string_proto_funcs, JS_COUNTOF(string_proto_funcs));
    /* trimLeft/trimRight are the same function objects as trimStart/trimEnd */
    JSValue ts = js_new_cfunction(ctx, String_prototype_trimStart, "trimStart", 0);
    JSValue te = js_new_cfunction(ctx, String_prototype_trimEnd, "trimEnd", 0);
    js_define_value_str(ctx, proto, "trimStart", ts, JS_PROP_CW);
    js_define_value_str(ctx, proto, "trimLeft", ts, JS_PROP_CW);
    js_define_value_str(ctx, proto, "trimEnd", te, JS_PROP_CW);
    js_define_value_str(ctx, proto, "trimRight", te, JS_PROP_CW);
    JSValue ctor = js_define_class(ctx, "String", String_ctor, 1, proto);
    js_define_functions(ctx, ctor, string_funcs, JS_COUNTOF(string_funcs));
}
