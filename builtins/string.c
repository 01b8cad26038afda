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
 * normalize() does the canonical forms (normalize.c); NFKC/NFKD use only
 * the canonical mappings. */
#include <locale.h>
#include <math.h>
#include <wctype.h>

#include "builtins.h"
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

/* localeCompare approximates ICU's root collation, which node uses, in three
 * levels: base characters (spaces, then punctuation in ICU's order, digits,
 * letters ignoring case and accents), then accents, then case (lowercase
 * first).  Latin-1 and Latin Extended-A letters fold to their base letter. */
static uint32_t fold_lower(uint32_t c);

static const char collate_ascii[] =
    " _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";

/* base letter of U+00C0..U+017F, '.' when it has none; letters with a
 * stroke (ø, ł, đ, ħ, ŧ) and dotless ı sort as accented forms too */
static const char collate_latin[] =
    "AAAAAA.CEEEEIIII.NOOOOO.OUUUUY.."
    "aaaaaa.ceeeeiiii.nooooo.ouuuuy.y"
    "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGg"
    "GgGgHhHhIiIiIiIiIi..JjKk.LlLlLl."
    ".LlNnNnNn...OoOoOo..RrRrRrSsSsSs"
    "SsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz.";

static uint32_t collate_base(uint32_t c)
{
    if (c >= 0xC0 && c < 0x180 && collate_latin[c - 0xC0] != '.')
        return (uint32_t)collate_latin[c - 0xC0];
    return c;
}

/* accent weight of a lowercase letter: 0 for none; ICU puts the acute
 * before the grave, which precedes it in Latin-1 (à U+E0, á U+E1) */
static uint32_t collate_accent(uint32_t c)
{
    if (collate_base(c) == c)
        return 0;
    if (c == 0xE1 || c == 0xE9 || c == 0xED || c == 0xF3 || c == 0xFA)
        return 2 * c - 3;
    return 2 * c;
}

static uint32_t collate_primary(uint32_t c)
{
    c = fold_lower(collate_base(c));
    if (c < 32)
        return c;
    if (c < 128) {
        const char *p = strchr(collate_ascii, (int)c);
        return p ? 32 + (uint32_t)(p - collate_ascii) : c;
    }
    return 256 + c;
}

/* The options localeCompare honours (as Intl.Collator would): numeric,
 * sensitivity and caseFirst; the locale itself is ignored. */
typedef struct CollateOpts {
    bool numeric, accents, cases, upper_first;
} CollateOpts;

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

static int collate_options(JSContext *ctx, JSValue opts, CollateOpts *o)
{
    static const char *const sens[] = { "base", "accent", "case", "variant", NULL };
    static const char *const first[] = { "upper", "lower", "false", NULL };
    *o = (CollateOpts){ false, true, true, false };
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

static bool is_digit16(uint32_t c)
{
    return c >= '0' && c <= '9';
}

/* Compares the digit runs at *i in s and *j in t by value, moving past them. */
static int compare_digit_runs(JSString *s, uint32_t *i, JSString *t, uint32_t *j)
{
    while (*i + 1 < s->len && js_string_at(s, *i) == '0' && is_digit16(js_string_at(s, *i + 1)))
        (*i)++;
    while (*j + 1 < t->len && js_string_at(t, *j) == '0' && is_digit16(js_string_at(t, *j + 1)))
        (*j)++;
    uint32_t ei = *i, ej = *j;
    while (ei < s->len && is_digit16(js_string_at(s, ei)))
        ei++;
    while (ej < t->len && is_digit16(js_string_at(t, ej)))
        ej++;
    int r = 0;
    if (ei - *i != ej - *j)
        r = ei - *i < ej - *j ? -1 : 1;
    for (uint32_t k = 0; !r && k < ei - *i; k++) {
        uint32_t a = js_string_at(s, *i + k), b = js_string_at(t, *j + k);
        if (a != b)
            r = a < b ? -1 : 1;
    }
    *i = ei;
    *j = ej;
    return r;
}

static int collate(JSString *s, JSString *t, const CollateOpts *o)
{
    uint32_t i = 0, j = 0;
    int accent = 0, kase = 0;
    while (i < s->len && j < t->len) {
        uint32_t a = js_string_at(s, i), b = js_string_at(t, j);
        if (o->numeric && is_digit16(a) && is_digit16(b)) {
            int r = compare_digit_runs(s, &i, t, &j);
            if (r)
                return r;
            continue;
        }
        i++, j++;
        uint32_t pa = collate_primary(a), pb = collate_primary(b);
        if (pa != pb)
            return pa < pb ? -1 : 1;
        if (a == b)
            continue;
        uint32_t la = fold_lower(a), lb = fold_lower(b);
        uint32_t sa = collate_accent(la), sb = collate_accent(lb);
        if (sa != sb && !accent)
            accent = sa < sb ? -1 : 1;
        if (a != la && b == lb && !kase)
            kase = o->upper_first ? -1 : 1;  /* lowercase first unless caseFirst: 'upper' */
        else if (a == la && b != lb && !kase)
            kase = o->upper_first ? 1 : -1;
    }
    if (i < s->len || j < t->len)
        return i < s->len ? 1 : -1;
    if (accent && o->accents)
        return accent;
    return o->cases ? kase : 0;
}

static JSValue String_prototype_localeCompare(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    THIS_STR("localeCompare");
    JSString *t;
    CollateOpts o;
    if (js_is_exception(arg_string(ctx, argv[0], &t)) || collate_options(ctx, OPT_ARG(2), &o) < 0)
        return JS_EXCEPTION;
    return js_new_int(collate(s, js_string_flat(t), &o));
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

static uint32_t fold_lower(uint32_t c)
{
    return to_lower_cp(c);
}

static bool is_cased_letter(uint32_t c)
{
    return to_lower_cp(c) != c || to_upper_cp(c) != c;
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
            } else if (c == 0x3a3) {      /* Σ: final sigma after a letter, not before one */
                bool after = i > 0 && is_cased_letter(js_string_at(s, i - 1));
                bool before = i + 1 < s->len && is_cased_letter(js_string_at(s, i + 1));
                js_sb_putc(&sb, after && !before ? 0x3c2 : 0x3c3);
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
    bool nfc = true;
    if (!js_is_undefined(OPT_ARG(0))) {
        JSValue f = js_to_string(ctx, argv[0]);
        if (js_is_exception(f))
            return f;
        const char *fs = js_to_utf8(ctx, f, NULL);
        if (strcmp(fs, "NFC") && strcmp(fs, "NFD") && strcmp(fs, "NFKC") && strcmp(fs, "NFKD"))
            return js_throw_range_error(ctx, "The normalization form should be one of NFC, NFD, NFKC, NFKD.");
        nfc = fs[2] == 'C' || fs[3] == 'C';
    }
    return js_normalize(ctx, s, sv, nfc);
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
