/* console_inspect.c - the value printer behind console.log (js_inspect),
 * which reproduces node 20's util.inspect for the types weakjs has.
 * console.c has the console object and format strings.
 *
 * The structure follows node's lib/internal/util/inspect.js closely, since
 * output must match it byte for byte: format_value -> format_raw picks the
 * braces, base and entry formatter for an object; entries are strings; and
 * reduce_to_single_string decides between one line and one entry per line
 * (compact = 3 mode: the three innermost levels may share a line if the
 * entries fit in breakLength), grouping long arrays of short items into
 * aligned columns first.
 *
 * Unlike node, the printer never runs JavaScript: property values are read
 * from own descriptors, the constructor name and Symbol.toStringTag from
 * data properties along the prototype chain, so getters are never called.
 * Intermediate text is UTF-8 in collector memory; widths count UTF-16 units
 * as node's `.length` does, except the grouped array columns, which are
 * padded by display width (strwidth.c) as node's getStringWidth measures. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "array_sort.h"
#include "builtins.h"
#include "console.h"
#include "mapset.h"
#include "shape.h"
#include "state.h"
#include "inspect_priv.h"
#include "textbuf.h"
#include "weak.h"

/* ================================================================ text buffers */

/* Append a code point as UTF-8 (lone surrogates as their 3-byte form, only
 * reached for text node would print literally). */
static void str_put_cp(Str *s, uint32_t c)
{
    char b[4];
    if (c < 0x80) {
        str_putc(s, (char)c);
        return;
    }
    if (c < 0x800) {
        b[0] = (char)(0xc0 | (c >> 6));
        b[1] = (char)(0x80 | (c & 0x3f));
        str_putn(s, b, 2);
    } else if (c < 0x10000) {
        b[0] = (char)(0xe0 | (c >> 12));
        b[1] = (char)(0x80 | ((c >> 6) & 0x3f));
        b[2] = (char)(0x80 | (c & 0x3f));
        str_putn(s, b, 3);
    } else {
        b[0] = (char)(0xf0 | (c >> 18));
        b[1] = (char)(0x80 | ((c >> 12) & 0x3f));
        b[2] = (char)(0x80 | ((c >> 6) & 0x3f));
        b[3] = (char)(0x80 | (c & 0x3f));
        str_putn(s, b, 4);
    }
}



/* node's inspect.styles, each an inspect.colors pair of SGR codes. */
static const unsigned char style_codes[][2] = {
    [S_SPECIAL] = { 36, 39 },   /* cyan */
    [S_NUMBER] = { 33, 39 },    /* yellow */
    [S_BOOLEAN] = { 33, 39 },   /* yellow */
    [S_UNDEFINED] = { 90, 39 }, /* grey */
    [S_NULL] = { 1, 22 },       /* bold */
    [S_STRING] = { 32, 39 },    /* green */
    [S_SYMBOL] = { 32, 39 },    /* green */
    [S_DATE] = { 35, 39 },      /* magenta */
    [S_REGEXP] = { 31, 39 },    /* red */
};

/* node's ctx.stylize: the text itself when colors are off. */
char *insp_stylize(const Insp *in, const char *text, int style)
{
    if (!in->colors)
        return (char *)text;
    return str_printf("\x1b[%um%s\x1b[%um", style_codes[style][0], text, style_codes[style][1]);
}

/* Text without its SGR sequences (node's removeColors): widths of styled
 * entries count only what shows. */
const char *insp_remove_colors(const Insp *in, const char *s)
{
    if (!in->colors || !strchr(s, '\x1b'))
        return s;
    Str o;
    str_init(&o);
    while (*s) {
        if (s[0] == '\x1b' && s[1] == '[') {
            const char *p = s + 2;
            while ((*p >= '0' && *p <= '9') || *p == ';')
                p++;
            if (*p) {
                s = p + 1;
                continue;
            }
        }
        str_putc(&o, *s++);
    }
    return o.p;
}

static void read_options(Insp *in, JSValue opts);

/* util.inspect.defaultOptions, once util is loaded (only it can change
 * them; util.c hands the object over).  Static data is a GC root. */
static JSValue inspect_defaults = JS_UNDEFINED;

void js_set_inspect_defaults(JSValue options)
{
    inspect_defaults = options;
}

/* The defaults as last read, kept while the object's slots are unchanged:
 * reading a dozen options on every console.log would double its cost. */
static struct {
    JSShape *shape;
    uint32_t n;
    JSValue slots[16];
    Insp in;
} defaults_cache;

static void apply_defaults(Insp *in)
{
    JSObject *o = js_obj(inspect_defaults);
    uint32_t n = o->shape->count;
    if (n <= 16 && defaults_cache.shape == o->shape && defaults_cache.n == n &&
        memcmp(defaults_cache.slots, o->slots, n * sizeof(JSValue)) == 0) {
        *in = defaults_cache.in;
        return;
    }
    JSValue saved = in->ctx->exception;
    read_options(in, inspect_defaults);
    in->ctx->exception = saved;
    if (n <= 16) {
        defaults_cache.shape = o->shape;
        defaults_cache.n = n;
        memcpy(defaults_cache.slots, o->slots, n * sizeof(JSValue));
        defaults_cache.in = *in;
    }
}

static void insp_defaults(Insp *in, JSContext *ctx)
{
    memset(in, 0, sizeof *in);
    in->ctx = ctx;
    in->depth = 2;
    in->break_length = 80;
    in->compact = 3;
    in->max_array_length = 100;
    in->max_string_length = 10000;
    in->custom_inspect = true;
    in->user_opts = JS_UNDEFINED;
    in->sort_fn = JS_UNDEFINED;
    if (js_is_object(inspect_defaults))
        apply_defaults(in);
}


/* ================================================================ reading without side effects */

/* An own property, data or accessor: 1 found, 0 not (exceptions cleared). */
int insp_own_desc(Insp *in, JSObject *o, JSValue key, JSPropertyDescriptor *d)
{
    JSValue saved = in->ctx->exception;
    int r = js_get_own_property(in->ctx, o, key, d);
    if (r < 0) {
        in->ctx->exception = saved;
        return 0;
    }
    return r;
}

/* The data value of key found along o's prototype chain, or undefined (an
 * accessor is not called). */
static JSValue data_lookup(Insp *in, JSObject *o, JSValue key)
{
    for (; o; o = o->proto) {
        JSPropertyDescriptor d;
        if (insp_own_desc(in, o, key, &d))
            return (d.flags & JS_PROP_ACCESSOR) ? JS_UNDEFINED : d.value;
    }
    return JS_UNDEFINED;
}

static bool has_property(Insp *in, JSObject *o, JSValue key)
{
    for (; o; o = o->proto) {
        JSPropertyDescriptor d;
        if (insp_own_desc(in, o, key, &d))
            return true;
    }
    return false;
}

static const char *utf8(Insp *in, JSValue s)
{
    return str_utf8(in->ctx, s);
}

/* A function's name as a string ("" when none). */
/* f.name as node prints it (String(name)); a name that is not a string or
 * a number-like primitive counts as empty, so nothing can run here. */
static const char *function_name(Insp *in, JSObject *f)
{
    JSValue n = data_lookup(in, f, in->ctx->atoms.name);
    if (js_is_string(n))
        return utf8(in, n);
    if (js_is_number(n) || js_is_bool(n) || js_is_null(n)) {
        JSValue s = js_to_string(in->ctx, n);
        return js_is_string(s) ? utf8(in, s) : "";
    }
    return "";
}

static bool is_instance(JSObject *obj, JSValue ctor, Insp *in)
{
    JSValue proto = data_lookup(in, js_obj(ctor), in->ctx->atoms.prototype);
    if (!js_is_object(proto))
        return false;
    for (JSObject *o = obj->proto; o; o = o->proto)
        if (o == js_obj(proto))
            return true;
    return false;
}

/* V8's class name, used when no constructor is found. */
static const char *internal_class_name(JSObject *o)
{
    switch (o->h.class_id) {
    case JS_CLASS_ARRAY: return "Array";
    case JS_CLASS_FUNCTION: case JS_CLASS_CFUNCTION: case JS_CLASS_BOUND_FUNCTION: return "Function";
    case JS_CLASS_ERROR: return "Error";
    case JS_CLASS_MAP: return "Map";
    case JS_CLASS_SET: return "Set";
    default: return "Object";
    }
}

/* V8's GetConstructorName, node's name for objects whose chain has no
 * constructor: the first string Symbol.toStringTag data property along the
 * chain (accessors are skipped, never called), else the class. */
static const char *v8_class_name(Insp *in, JSObject *obj)
{
    for (JSObject *o = obj; o; o = o->proto) {
        JSPropertyDescriptor d;
        if (insp_own_desc(in, o, in->ctx->sym.to_string_tag, &d) && !(d.flags & JS_PROP_ACCESSOR) &&
            js_is_string(d.value))
            return utf8(in, d.value);
    }
    return internal_class_name(obj);
}

/* node's getCtxStyle: the fallback name of a null-prototype object, unless
 * it would repeat the tag printed beside it. */
static const char *null_proto_fallback(Insp *in, JSObject *obj, const char *tag)
{
    const char *name = v8_class_name(in, obj);
    return strcmp(name, tag) ? name : "Object";
}


/* The objects being printed, innermost last: meeting one again is a cycle. */
static void push_seen(Insp *in, JSValue v)
{
    if (in->nseen == in->capseen) {
        in->capseen = in->capseen ? in->capseen * 2 : 16;
        in->seen = js_realloc(in->seen, sizeof(JSValue) * in->capseen);
    }
    in->seen[in->nseen++] = v;
}

static void add_prototype_properties(Insp *in, JSObject *main, JSObject *obj, int rt, List *out);

/* node's getConstructorName: NULL means a null prototype.  With showHidden
 * (proto_props set) it also collects the non-method properties of user
 * prototypes between the object and its constructor's prototype. */
static const char *constructor_name(Insp *in, JSObject *obj, int rt, List *proto_props)
{
    JSObject *first_proto = NULL;
    bool first_set = false;
    for (JSObject *o = obj; o; o = o->proto) {
        JSPropertyDescriptor d;
        if (insp_own_desc(in, o, in->ctx->atoms.constructor, &d) && !(d.flags & JS_PROP_ACCESSOR) &&
            js_is_function(d.value)) {
            const char *name = function_name(in, js_obj(d.value));
            if (*name && is_instance(obj, d.value, in)) {
                if (proto_props && (first_proto != o || js_class_of(d.value) != JS_CLASS_CFUNCTION))
                    add_prototype_properties(in, obj, first_proto ? first_proto : obj, rt, proto_props);
                return name;
            }
        }
        if (!first_set) {
            first_proto = o->proto;
            first_set = true;
        }
    }
    if (!first_proto)
        return NULL;
    const char *res = v8_class_name(in, obj);
    if (rt > in->depth)
        return str_cat(res, " <Complex prototype>");
    const char *pc = constructor_name(in, first_proto, rt + 1, NULL);
    if (!pc) {
        /* node inspects the prototype with depth -1: `{}` when it has no
         * keys, otherwise just its `[... null prototype]` name */
        Insp sub = *in;
        sub.depth = -1;
        sub.custom_inspect = false;
        sub.indent = 0;
        sub.nseen = 0;
        sub.seen = NULL;
        sub.capseen = 0;
        return str_printf("%s <%s>", res, insp_format_value(&sub, js_mkptr(first_proto), 0));
    }
    return str_printf("%s <%s>", res, pc);
}

/* Symbol.toStringTag when it is a string that is not an own enumerable
 * property (node would print it twice otherwise). */
static const char *to_string_tag(Insp *in, JSObject *obj)
{
    JSContext *ctx = in->ctx;
    JSValue tag = JS_UNDEFINED;
    /* node reads value[Symbol.toStringTag], running a getter: the one
     * accessor the printer calls (errors are ignored) */
    for (JSObject *o = obj; o; o = o->proto) {
        JSPropertyDescriptor d;
        if (!insp_own_desc(in, o, ctx->sym.to_string_tag, &d))
            continue;
        if (!(d.flags & JS_PROP_ACCESSOR)) {
            tag = d.value;
        } else if (js_is_function(d.getter)) {
            JSValue saved = ctx->exception;
            tag = js_call(ctx, d.getter, js_mkptr(obj), 0, NULL);
            if (js_is_exception(tag)) {
                ctx->exception = saved;
                tag = JS_UNDEFINED;
            }
        }
        break;
    }
    if (!js_is_string(tag) || js_str(tag)->len == 0)
        return "";
    JSPropertyDescriptor d;
    if (insp_own_desc(in, obj, in->ctx->sym.to_string_tag, &d) &&
        (in->show_hidden || (d.flags & JS_PROP_ENUMERABLE)))
        return "";
    return utf8(in, tag);
}

/* node's getPrefix */
static char *get_prefix(const char *ctor, const char *tag, const char *fallback, const char *size)
{
    if (!ctor) {
        if (*tag && strcmp(fallback, tag))
            return str_printf("[%s%s: null prototype] [%s] ", fallback, size, tag);
        return str_printf("[%s%s: null prototype] ", fallback, size);
    }
    if (*tag && strcmp(ctor, tag))
        return str_printf("%s%s [%s] ", ctor, size, tag);
    return str_printf("%s%s ", ctor, size);
}

/* ================================================================ keys */

typedef struct Keys {
    JSValue *v;
    uint32_t n;
} Keys;

/* Own keys to show: enumerable strings and symbols (all with showHidden);
 * arrays and String wrappers leave out their index keys. */
static Keys get_keys(Insp *in, JSObject *obj, bool non_index, uint32_t skip_below)
{
    JSContext *ctx = in->ctx;
    Keys k = { NULL, 0 };
    int flags = JS_KEYS_STRINGS | JS_KEYS_SYMBOLS | (in->show_hidden ? 0 : JS_KEYS_ENUMERABLE_ONLY);
    JSValue saved = ctx->exception;
    JSValue arr = js_own_keys(ctx, js_mkptr(obj), flags);
    if (js_is_exception(arr)) {
        ctx->exception = saved;
        return k;
    }
    JSObject *a = js_obj(arr);
    uint32_t n = a->u.array.len;
    k.v = js_malloc(sizeof(JSValue) * (n ? n : 1));
    for (uint32_t i = 0; i < n; i++) {
        JSValue key = a->u.array.elems[i];
        uint32_t idx;
        if (js_is_string(key) && js_atom_is_index(key, &idx) && (non_index || idx < skip_below))
            continue;
        k.v[k.n++] = key;
    }
    return k;
}


static void remove_key(Keys *k, uint32_t i)
{
    memmove(k->v + i, k->v + i + 1, sizeof(JSValue) * (k->n - i - 1));
    k->n--;
}

static int find_key(Keys *k, JSValue atom)
{
    for (uint32_t i = 0; i < k->n; i++)
        if (k->v[i] == atom)
            return (int)i;
    return -1;
}

/* ================================================================ strings */

static const char *const meta_ctrl[32] = {
    "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07",
    "\\b", "\\t", "\\n", "\\x0B", "\\f", "\\r", "\\x0E", "\\x0F",
    "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17",
    "\\x18", "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
};

/* Escape units [a, b) of s as node's strEscape does, with `quote` ('\'',
 * '"' or '`') the delimiter; quote 0 escapes no quote (symbol keys). */
static void escape_units(Str *out, JSString *s, uint32_t a, uint32_t b, int quote)
{
    for (uint32_t i = a; i < b; i++) {
        uint16_t c = js_string_at(s, i);
        if (c < 32) {
            str_puts(out, meta_ctrl[c]);
        } else if (c == '\'' && quote == '\'') {
            str_puts(out, "\\'");
        } else if (c == '\\') {
            str_puts(out, "\\\\");
        } else if (c >= 0x7f && c < 0xa0) {
            char buf[8];
            snprintf(buf, sizeof buf, "\\x%02X", c);
            str_puts(out, buf);
        } else if (c >= 0xd800 && c <= 0xdfff) {
            if (c <= 0xdbff && i + 1 < b) {
                uint16_t d = js_string_at(s, i + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    str_put_cp(out, 0x10000 + ((uint32_t)(c - 0xd800) << 10) + (d - 0xdc00));
                    i++;
                    continue;
                }
            }
            char buf[8];
            snprintf(buf, sizeof buf, "\\u%x", c);
            str_puts(out, buf);
        } else {
            str_put_cp(out, c);
        }
    }
}

static bool contains_unit(JSString *s, uint32_t a, uint32_t b, uint16_t c)
{
    for (uint32_t i = a; i < b; i++)
        if (js_string_at(s, i) == c)
            return true;
    return false;
}

static bool contains_dollar_brace(JSString *s, uint32_t a, uint32_t b)
{
    for (uint32_t i = a; i + 1 < b; i++)
        if (js_string_at(s, i) == '$' && js_string_at(s, i + 1) == '{')
            return true;
    return false;
}

/* node's strEscape of units [a, b): choose the quote, escape, wrap. */
static void quote_units(Str *out, JSString *s, uint32_t a, uint32_t b)
{
    int q = '\'';
    if (contains_unit(s, a, b, '\'')) {
        if (!contains_unit(s, a, b, '"'))
            q = '"';
        else if (!contains_unit(s, a, b, '`') && !contains_dollar_brace(s, a, b))
            q = '`';
    }
    str_putc(out, (char)q);
    escape_units(out, s, a, b, q);
    str_putc(out, (char)q);
}

/* One quoted piece of a string, in the string style. */
static void quote_styled(const Insp *in, Str *out, JSString *s, uint32_t a, uint32_t b)
{
    Str q;
    str_init(&q);
    quote_units(&q, s, a, b);
    str_puts(out, insp_stylize(in, q.p, S_STRING));
}

/* A string inside a container: quoted, cut at maxStringLength, and split
 * after each newline when it is too long for the line. */
static char *format_string(Insp *in, JSValue v)
{
    JSString *s = js_string_flat(js_str(v));
    uint32_t len = s->len;
    char *trailer = "";
    if (len > in->max_string_length) {
        uint32_t keep = (uint32_t)in->max_string_length;
        uint32_t rem = len - keep;
        trailer = str_printf("... %u more character%s", rem, rem > 1 ? "s" : "");
        len = keep;
    }
    Str out;
    str_init(&out);
    if (in->compact != COMPACT_TRUE && len > 16 && len > in->break_length - in->indent - 4) {
        uint32_t start = 0;
        bool first = true;
        while (start < len) {
            uint32_t end = start;
            while (end < len && js_string_at(s, end) != '\n')
                end++;
            if (end < len)
                end++;  /* the newline stays with its line */
            if (!first) {
                str_puts(&out, " +\n");
                str_spaces(&out, in->indent + 2);
            }
            quote_styled(in, &out, s, start, end);
            first = false;
            start = end;
        }
    } else {
        quote_styled(in, &out, s, 0, len);
    }
    str_puts(&out, trailer);
    return out.p;
}

static char *format_number(double d)
{
    char buf[40];
    if (d == 0 && signbit(d))
        return "-0";
    const char *r = js_number_to_cstr(d, buf);
    return str_printf("%s", r);
}

/* Digits [a, b) of an integer part, '_' before each group of three from
 * the right (a leading '-' is not a digit). */
static void put_grouped_left(Str *out, const char *a, const char *b)
{
    if (*a == '-')
        str_putc(out, *a++);
    size_t n = (size_t)(b - a);
    if (n < 4) {
        str_putn(out, a, n);
        return;
    }
    for (size_t i = 0; i < n; i++) {
        if (i && (n - i) % 3 == 0)
            str_putc(out, '_');
        str_putc(out, a[i]);
    }
}

/* node's numericSeparator: String(n) with '_' every three digits, from the
 * point leftwards and rightwards.  Exponent forms keep node's quirks: a
 * whole number in e-notation is left alone, and a fraction without a point
 * (1e-7) is split where node's indexOf('.') = -1 slicing splits it. */
static char *format_number_separated(double d)
{
    char buf[40];
    const char *s = js_number_to_cstr(d, buf);
    size_t len = strlen(s);
    if (!isfinite(d) || trunc(d) == d) {
        if (!isfinite(d) || strchr(s, 'e'))
            return str_printf("%s", s);
        Str out;
        str_init(&out);
        put_grouped_left(&out, s, s + len);
        return out.p;
    }
    const char *dot = strchr(s, '.');
    const char *int_end = dot ? dot : s + len - 1;   /* slice(0, -1) when there is no point */
    const char *frac = dot ? dot + 1 : s;             /* slice(0) likewise */
    Str out;
    str_init(&out);
    put_grouped_left(&out, s, int_end);
    str_putc(&out, '.');
    size_t fn = strlen(frac);
    for (size_t i = 0; i < fn; i++) {
        if (i && i % 3 == 0 && fn > 3)
            str_putc(&out, '_');
        str_putc(&out, frac[i]);
    }
    return out.p;
}

static char *symbol_string(Insp *in, JSValue sym)
{
    JSSymbol *s = js_get_ptr(sym);
    if (js_is_undefined(s->description))
        return "Symbol()";
    return str_printf("Symbol(%s)", utf8(in, s->description));
}

static char *format_primitive(Insp *in, JSValue v)
{
    if (js_is_string(v))
        return format_string(in, v);
    if (js_is_number(v))
        return insp_stylize(in, in->numeric_separator ? format_number_separated(js_get_number(v))
                                                 : format_number(js_get_number(v)), S_NUMBER);
    if (js_is_undefined(v))
        return insp_stylize(in, "undefined", S_UNDEFINED);
    if (js_is_null(v))
        return insp_stylize(in, "null", S_NULL);
    if (v == JS_TRUE || v == JS_FALSE)
        return insp_stylize(in, v == JS_TRUE ? "true" : "false", S_BOOLEAN);
    if (js_is_symbol(v))
        return insp_stylize(in, symbol_string(in, v), S_SYMBOL);
    return "";
}

/* ================================================================ properties */

static bool is_identifier_key(JSString *s)
{
    if (s->len == 0)
        return false;
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (i > 0 && c >= '0' && c <= '9');
        if (!ok)
            return false;
    }
    return true;
}

/* node's formatProperty: `name: value`, or just the value for array items. */
/* The getters option: call the getter, show what it gave (node's
 * formatProperty); a throwing getter shows its message. */
static char *getter_value(Insp *in, JSObject *obj, JSValue getter, const char *label, int rt)
{
    JSContext *ctx = in->ctx;
    JSValue saved = ctx->exception;
    JSValue v = js_call(ctx, getter, js_mkptr(obj), 0, NULL);
    if (js_is_exception(v)) {
        JSValue err = ctx->exception;
        ctx->exception = saved;
        JSValue m = js_is_object(err) ? js_get_atom(ctx, err, ctx->atoms.message) : JS_UNDEFINED;
        if (js_is_exception(m))
            ctx->exception = saved, m = JS_UNDEFINED;
        JSValue ms = js_is_symbol(m) ? JS_UNDEFINED : js_to_string(ctx, m);
        if (js_is_exception(ms))
            ctx->exception = saved, ms = js_new_string(ctx, "undefined");
        return str_printf("%s <Inspection threw (%s)>%s", insp_stylize(in, str_printf("[%s:", label), S_SPECIAL),
                          utf8(in, ms), insp_stylize(in, "]", S_SPECIAL));
    }
    in->indent += 2;
    char *r;
    if (js_is_object(v))
        r = str_printf("%s %s", insp_stylize(in, str_printf("[%s]", label), S_SPECIAL), insp_format_value(in, v, rt));
    else  /* null too: format_primitive gives it its bold */
        r = str_printf("%s %s%s", insp_stylize(in, str_printf("[%s:", label), S_SPECIAL), format_primitive(in, v),
                       insp_stylize(in, "]", S_SPECIAL));
    in->indent -= 2;
    return r;
}

char *insp_format_property(Insp *in, JSObject *obj, JSValue key, int type, int rt)
{
    JSPropertyDescriptor d;
    char *str;
    const char *sep = " ";
    if (!insp_own_desc(in, obj, key, &d)) {
        d.flags = JS_PROP_ENUMERABLE;
        d.value = JS_UNDEFINED;
    }
    if (d.flags & JS_PROP_ACCESSOR) {
        bool g = !js_is_undefined(d.getter), s = !js_is_undefined(d.setter);
        str = g ? insp_stylize(in, s ? "[Getter/Setter]" : "[Getter]", S_SPECIAL)
              : s ? insp_stylize(in, "[Setter]", S_SPECIAL) : insp_stylize(in, "undefined", S_UNDEFINED);
        if (g && (in->getters == 1 || (in->getters == 2 && !s) || (in->getters == 3 && s)))
            str = getter_value(in, obj, d.getter, s ? "Getter/Setter" : "Getter", rt);
    } else {
        int diff = (in->compact != COMPACT_TRUE || type != K_OBJECT) ? 2 : 3;
        in->indent += diff;
        str = insp_format_value(in, d.value, rt);
        /* compact: true puts a value wider than a line below its key */
        if (diff == 3 && in->break_length < (double)js_display_width(insp_remove_colors(in, str)))
            sep = str_printf("\n%*s", in->indent, "");
        in->indent -= diff;
    }
    if (type == K_ARRAY)
        return str;
    Str name;
    str_init(&name);
    if (js_is_symbol(key)) {
        char *sd = symbol_string(in, key);
        JSValue sv = str_to_js(in->ctx, sd);
        JSString *ss = js_string_flat(js_str(sv));
        Str esc;
        str_init(&esc);
        escape_units(&esc, ss, 0, ss->len, '\'');  /* node escapes quotes here too */
        str_putc(&name, '[');
        str_puts(&name, insp_stylize(in, esc.p, S_SYMBOL));
        str_putc(&name, ']');
    } else {
        JSString *ks = js_string_flat(js_str(key));
        if (ks->len == 9 && !strcmp(utf8(in, key), "__proto__")) {
            str_puts(&name, "['__proto__']");
        } else if (!(d.flags & JS_PROP_ENUMERABLE)) {
            str_putc(&name, '[');
            escape_units(&name, ks, 0, ks->len, '\'');
            str_putc(&name, ']');
        } else if (is_identifier_key(ks)) {
            str_puts(&name, utf8(in, key));
        } else {
            quote_styled(in, &name, ks, 0, ks->len);
        }
    }
    str_putc(&name, ':');
    str_puts(&name, sep);
    str_puts(&name, str);
    return name.p;
}

/* A constructor node counts as built in (its builtInObjects set): ours are
 * the native ones. */
static bool has_builtin_constructor(Insp *in, JSObject *o)
{
    JSPropertyDescriptor d;
    return insp_own_desc(in, o, in->ctx->atoms.constructor, &d) && !(d.flags & JS_PROP_ACCESSOR) &&
           js_class_of(d.value) == JS_CLASS_CFUNCTION;
}

/* node's addPrototypeProperties: up to three prototype layers, stopping at
 * a built-in one; methods, `constructor`, keys the object has itself and
 * keys already met on a nearer layer are left out. */
static void add_prototype_properties(Insp *in, JSObject *main, JSObject *obj, int rt, List *out)
{
    JSValue ctor_atom = in->ctx->atoms.constructor;
    Keys seen_keys = { NULL, 0 }, keys = { NULL, 0 };
    for (int depth = 0; depth < 3; depth++) {
        if (depth != 0 || main == obj) {
            obj = obj->proto;
            if (!obj || has_builtin_constructor(in, obj))
                return;
        }
        seen_keys.v = js_realloc(seen_keys.v, sizeof(JSValue) * (seen_keys.n + keys.n + 1));
        for (uint32_t i = 0; i < keys.n; i++)
            seen_keys.v[seen_keys.n++] = keys.v[i];
        keys = get_keys(in, obj, false, 0);
        push_seen(in, js_mkptr(main));
        for (uint32_t i = 0; i < keys.n; i++) {
            JSValue key = keys.v[i];
            JSPropertyDescriptor d;
            if (key == ctor_atom || insp_own_desc(in, main, key, &d) || find_key(&seen_keys, key) >= 0)
                continue;
            if (insp_own_desc(in, obj, key, &d) && !(d.flags & JS_PROP_ACCESSOR) && js_is_function(d.value))
                continue;
            list_push(out, insp_format_property(in, obj, key, K_OBJECT, rt));
        }
        in->nseen--;
    }
}

/* ================================================================ entry formatters */

/* The sorted option: plain code-unit order (UTF-8 byte order agrees outside
 * the astral planes), or the user's comparator run as Array.prototype.sort
 * would run it. */
static void sort_entries(Insp *in, char **v, uint32_t n)
{
    if (js_is_undefined(in->sort_fn)) {
        qsort(v, n, sizeof(char *), insp_cmp_str);
        return;
    }
    JSValue *vals = js_malloc(sizeof(JSValue) * (n + 1));
    JSValue *tmp = js_malloc(sizeof(JSValue) * (n / 2 + 1));
    for (uint32_t i = 0; i < n; i++)
        vals[i] = str_to_js(in->ctx, v[i]);
    SortState st = { in->ctx, in->sort_fn, false };
    js_tim_sort(&st, vals, tmp, n);
    if (st.failed) {
        in->failed = true;
        return;
    }
    for (uint32_t i = 0; i < n; i++)
        v[i] = (char *)utf8(in, vals[i]);
}


/* ================================================================ bases: functions, errors, boxed values */

/* Provided by runtime/script.c: a closure's source text (as function.c). */
const char *eval_function_source(JSContext *ctx, JSValue f, size_t *len) __attribute__((weak));

static bool is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

/* node's getFunctionBase decides "class" from the source text: after
 * `class`, the first '{' must come before any '(' -- else only when the
 * text (its comments dropped) starts with a space and a '{' precedes every
 * '('.  So `class A extends (B) {}` prints as a plain [Function: A]. */
static bool source_says_class(Insp *in, JSObject *f)
{
    size_t len;
    const char *src = eval_function_source ? eval_function_source(in->ctx, js_mkptr(f), &len) : NULL;
    if (!src || len < 6 || strncmp(src, "class", 5) || src[len - 1] != '}')
        return true;
    const char *a = src + 5, *end = src + len - 1;
    const char *brace = memchr(a, '{', (size_t)(end - a));
    if (!brace)
        return false;
    if (!memchr(a, '(', (size_t)(brace - a)))
        return true;
    /* the slow path: skip comments, then look for '{' before '(' */
    if (!is_space(*a))
        return false;
    for (const char *p = a; p < end; p++) {
        if (p[0] == '/' && p + 1 < end && p[1] == '/') {
            const char *nl = memchr(p, '\n', (size_t)(end - p));
            if (nl) {
                p = nl;
                continue;
            }
        } else if (p[0] == '/' && p + 1 < end && p[1] == '*') {
            const char *q = p + 2;
            while (q + 1 < end && !(q[0] == '*' && q[1] == '/'))
                q++;
            if (q + 1 < end) {
                p = q + 1;
                continue;
            }
        }
        if (*p == '(')
            return false;
        if (*p == '{')
            return true;
    }
    return false;
}

static char *function_base(Insp *in, JSObject *f, const char *ctor, const char *tag)
{
    Str b;
    str_init(&b);
    if ((f->h.flags & JS_OBJ_CLASS_CTOR) && source_says_class(in, f)) {
        JSPropertyDescriptor d;
        const char *name = "";
        if (insp_own_desc(in, f, in->ctx->atoms.name, &d) && !(d.flags & JS_PROP_ACCESSOR) && js_is_string(d.value))
            name = utf8(in, d.value);
        str_puts(&b, "[class ");
        str_puts(&b, *name ? name : "(anonymous)");
        if (ctor && strcmp(ctor, "Function")) {
            str_puts(&b, " [");
            str_puts(&b, ctor);
            str_puts(&b, "]");
        }
        if (*tag && (!ctor || strcmp(ctor, tag))) {
            str_puts(&b, " [");
            str_puts(&b, tag);
            str_puts(&b, "]");
        }
        if (ctor) {
            const char *super = f->proto ? function_name(in, f->proto) : "";
            if (*super) {
                str_puts(&b, " extends ");
                str_puts(&b, super);
            }
        } else {
            str_puts(&b, " extends [null prototype]");
        }
        str_puts(&b, "]");
        return b.p;
    }
    str_puts(&b, "[Function");
    if (!ctor)
        str_puts(&b, " (null prototype)");
    const char *name = function_name(in, f);
    if (!*name) {
        str_puts(&b, " (anonymous)");
    } else {
        str_puts(&b, ": ");
        str_puts(&b, name);
    }
    str_puts(&b, "]");
    if (ctor && strcmp(ctor, "Function")) {
        str_puts(&b, " ");
        str_puts(&b, ctor);
    }
    if (*tag && (!ctor || strcmp(ctor, tag))) {
        str_puts(&b, " [");
        str_puts(&b, tag);
        str_puts(&b, "]");
    }
    return b.p;
}

static bool starts_with(const char *s, const char *p)
{
    return strncmp(s, p, strlen(p)) == 0;
}

static bool ends_with(const char *s, const char *p)
{
    size_t ls = strlen(s), lp = strlen(p);
    return ls >= lp && !strcmp(s + ls - lp, p);
}

/* node's improveStack: make the first line name the constructor. */
static char *improve_stack(char *stack, const char *ctor, const char *name, const char *tag)
{
    size_t len = strlen(name);
    if (!ctor || (ends_with(name, "Error") && starts_with(stack, name) &&
                  (stack[len] == 0 || stack[len] == ':' || stack[len] == '\n'))) {
        const char *fallback = "Error";
        if (!ctor) {
            /* ^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n\s+at) or ^([a-z_A-Z0-9-]*Error)$ */
            size_t k = 0;
            if (stack[0] >= 'A' && stack[0] <= 'Z') {
                k = 1;
                while (stack[k] && (strchr("abcdefghijklmnopqrstuvwxyz_ ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789[]()-", stack[k])))
                    k++;
                if (!(k > 1 && (stack[k] == ':' || stack[k] == '\n')))
                    k = 0;
            }
            char *fb = js_malloc_atomic(k + 1);
            memcpy(fb, stack, k);
            fb[k] = 0;
            len = k;
            fallback = k ? fb : "Error";
        }
        char *prefix = get_prefix(ctor, tag, fallback, "");
        prefix[strlen(prefix) - 1] = 0;
        if (strcmp(name, prefix)) {
            if (strstr(prefix, name)) {
                if (len == 0)
                    return str_printf("%s: %s", prefix, stack);
                return str_printf("%s%s", prefix, stack + len);
            }
            return str_printf("%s [%s]%s", prefix, name, stack + len);
        }
    }
    return stack;
}

static char *indent_lines(const char *s, int indent)
{
    if (indent == 0)
        return (char *)s;
    Str o;
    str_init(&o);
    for (; *s; s++) {
        str_putc(&o, *s);
        if (*s == '\n')
            str_spaces(&o, indent);
    }
    return o.p;
}

/* node prints String(err.stack) whenever the stack is truthy, even when
 * someone stored a number or an object there; NULL means "use name: msg". */
static char *stack_string(Insp *in, JSValue stackv)
{
    if (!js_to_boolean(stackv))
        return NULL;
    if (js_is_string(stackv))
        return (char *)utf8(in, stackv);
    if (js_is_symbol(stackv))
        return symbol_string(in, stackv);
    JSValue s = js_to_string(in->ctx, stackv);
    if (js_is_exception(s)) {
        in->failed = true; /* node lets the toString error escape */
        return "";
    }
    return (char *)utf8(in, s);
}

static char *format_error(Insp *in, JSObject *err, const char *ctor, const char *tag, Keys *keys)
{
    JSContext *ctx = in->ctx;
    JSValue namev = data_lookup(in, err, ctx->atoms.name);
    const char *name = js_is_string(namev) ? utf8(in, namev) : "Error";
    JSValue msgv = data_lookup(in, err, ctx->atoms.message);
    const char *msg = js_is_string(msgv) ? utf8(in, msgv) : "";
    JSValue stackv = data_lookup(in, err, ctx->atoms.stack);
    char *stack;
    char *stack_text = stack_string(in, stackv);
    if (stack_text)
        stack = stack_text;
    else if (!*name)
        stack = (char *)msg;
    else if (!*msg)
        stack = (char *)name;
    else
        stack = str_printf("%s: %s", name, msg);
    if (!in->show_hidden && keys->n) {
        JSValue names[3] = { ctx->atoms.name, ctx->atoms.message, ctx->atoms.stack };
        for (int i = 0; i < 3; i++) {
            int at = find_key(keys, names[i]);
            if (at < 0)
                continue;
            JSValue val = data_lookup(in, err, names[i]);
            const char *vs = js_is_string(val) ? utf8(in, val) : js_is_undefined(val) ? "undefined" : NULL;
            if (vs && strstr(stack, vs))
                remove_key(keys, (uint32_t)at);
        }
    }
    if (has_property(in, err, ctx->atoms.cause) && find_key(keys, ctx->atoms.cause) < 0)
        keys->v[keys->n++] = ctx->atoms.cause;
    JSValue errors = data_lookup(in, err, ctx->atoms.errors);
    if (js_is_array(errors) && find_key(keys, ctx->atoms.errors) < 0)
        keys->v[keys->n++] = ctx->atoms.errors;
    stack = improve_stack(stack, ctor, name, tag);
    const char *from = stack;
    if (*msg) {
        const char *m = strstr(stack, msg);
        if (m && m != stack)
            from = m + strlen(msg);
    }
    if (!strstr(from, "\n    at"))
        stack = str_printf("[%s]", stack);
    return indent_lines(stack, in->indent);
}

/* node's isError: a native error or anything inheriting Error.prototype. */
static bool is_error(const Insp *in, JSObject *o)
{
    if (o->h.class_id == JS_CLASS_ERROR)
        return true;
    for (JSObject *p = o->proto; p; p = p->proto)
        if (p == in->ctx->error_proto[JS_ERROR])
            return true;
    return false;
}

static char *boxed_base(Insp *in, JSObject *o, const char *ctor, const char *tag)
{
    const char *type;
    char *prim;
    switch (o->h.class_id) {
    case JS_CLASS_NUMBER: type = "Number"; break;
    case JS_CLASS_STRING: type = "String"; break;
    case JS_CLASS_BOOLEAN: type = "Boolean"; break;
    default: type = "Symbol"; break;
    }
    /* node's formatPrimitive with the real context but no colors: a boxed
     * string is cut at maxStringLength and split after newlines, a number
     * takes numericSeparator */
    Insp nocolor = *in;
    nocolor.colors = false;
    prim = format_primitive(&nocolor, o->u.prim);
    Str b;
    str_init(&b);
    str_putc(&b, '[');
    str_puts(&b, type);
    if (!ctor)
        str_puts(&b, " (null prototype)");
    else if (strcmp(type, ctor))
        str_puts(&b, str_printf(" (%s)", ctor));
    str_puts(&b, ": ");
    str_puts(&b, prim);
    str_putc(&b, ']');
    if (*tag && (!ctor || strcmp(tag, ctor)))
        str_puts(&b, str_printf(" [%s]", tag));
    return b.p;
}

/* Date: toISOString of the time value (Invalid Date for NaN). */
static char *date_base(JSObject *o)
{
    double t = js_is_number(o->u.prim) ? js_get_number(o->u.prim) : NAN;
    if (!isfinite(t))
        return "Invalid Date";
    double days = floor(t / 86400000.0);
    double ms_in_day = t - days * 86400000.0;
    /* civil date from days since the epoch (Howard Hinnant's algorithm) */
    int64_t z = (int64_t)days + 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int64_t mp = (5 * doy + 2) / 153;
    int64_t d = doy - (153 * mp + 2) / 5 + 1;
    int64_t m = mp < 10 ? mp + 3 : mp - 9;
    if (m <= 2)
        y++;
    int64_t ms = (int64_t)ms_in_day;
    char year[24];
    if (y >= 0 && y <= 9999)
        snprintf(year, sizeof year, "%04lld", (long long)y);
    else
        snprintf(year, sizeof year, "%c%06lld", y < 0 ? '-' : '+', (long long)(y < 0 ? -y : y));
    return str_printf("%s-%02lld-%02lldT%02lld:%02lld:%02lld.%03lldZ", year, (long long)m, (long long)d,
                      (long long)(ms / 3600000), (long long)(ms / 60000 % 60), (long long)(ms / 1000 % 60),
                      (long long)(ms % 1000));
}

/* RegExp: /source/flags, read through the prototype's accessors. */
static char *regexp_base(Insp *in, JSValue re)
{
    JSContext *ctx = in->ctx;
    JSValue saved = ctx->exception;
    JSValue src = js_get_str(ctx, re, "source");
    JSValue flags = js_get_str(ctx, re, "flags");
    if (js_is_exception(src) || js_is_exception(flags) || !js_is_string(src) || !js_is_string(flags)) {
        ctx->exception = saved;
        return "/(?:)/";
    }
    return str_printf("/%s/%s", utf8(in, src), utf8(in, flags));
}

/* ================================================================ objects */

enum { F_NONE, F_ARRAY, F_SET, F_MAP, F_ITER, F_WEAKSET, F_WEAKMAP, F_PROMISE };

static uint32_t circular_index(Insp *in, JSValue v)
{
    for (uint32_t i = 0; i < in->ncirc; i++)
        if (in->circ[i] == v)
            return i + 1;
    return 0;
}

static char *format_raw(Insp *in, JSValue v, int rt)
{
    JSContext *ctx = in->ctx;
    JSObject *o = js_obj(v);
    List proto_props = { NULL, 0, 0 };
    bool want_proto = in->show_hidden && rt <= in->depth;
    const char *ctor = constructor_name(in, o, rt, want_proto ? &proto_props : NULL);
    const char *tag = to_string_tag(in, o);
    const char *base = "";
    const char *b0 = "{", *b1 = "}";
    int formatter = F_NONE;
    int extras = K_OBJECT;
    Keys keys;
    int cls = o->h.class_id;
    char sizebuf[32];

    if (cls == JS_CLASS_ARRAY) {
        double len = insp_own_length(in, o);
        snprintf(sizebuf, sizeof sizebuf, "(%.0f)", len);
        const char *prefix = (!ctor || strcmp(ctor, "Array") || *tag) ? get_prefix(ctor, tag, "Array", sizebuf) : "";
        keys = get_keys(in, o, true, 0);
        b0 = str_cat(prefix, "[");
        b1 = "]";
        if (len == 0 && keys.n + proto_props.n == 0)
            return str_cat(b0, "]");
        extras = K_ARRAY_EXTRAS;
        formatter = F_ARRAY;
    } else if (cls == JS_CLASS_SET || cls == JS_CLASS_MAP) {
        uint32_t size = js_mapset_size(v);
        snprintf(sizebuf, sizeof sizebuf, "(%u)", size);
        const char *prefix = get_prefix(ctor, tag, cls == JS_CLASS_SET ? "Set" : "Map", sizebuf);
        keys = get_keys(in, o, false, 0);
        if (size == 0 && keys.n + proto_props.n == 0)
            return str_cat(prefix, "{}");
        b0 = str_cat(prefix, "{");
        formatter = cls == JS_CLASS_SET ? F_SET : F_MAP;
    } else if (cls == JS_CLASS_MAP_ITERATOR || cls == JS_CLASS_SET_ITERATOR) {
        const char *type = cls == JS_CLASS_MAP_ITERATOR ? "Map" : "Set";
        keys = get_keys(in, o, false, 0);
        char *want = str_printf("%s Iterator", type);
        if (strcmp(tag, want))
            b0 = str_printf("[%s%s%s] {", tag, *tag ? "] [" : "", want);
        else
            b0 = str_printf("[%s] {", want);
        formatter = F_ITER;
    } else {
        keys = get_keys(in, o, false, cls == JS_CLASS_STRING && js_is_string(o->u.prim) ? js_str(o->u.prim)->len : 0);
        if (js_is_function(v)) {
            base = function_base(in, o, ctor, tag);
            if (keys.n + proto_props.n == 0)
                return insp_stylize(in, base, S_SPECIAL);
        } else if (ctor && !strcmp(ctor, "Object")) {
            /* node checks this before the class: Error.prototype prints as {} */
            if (cls == JS_CLASS_ARGUMENTS)
                b0 = "[Arguments] {";
            else if (*tag)
                b0 = str_cat(get_prefix(ctor, tag, "Object", ""), "{");
            if (keys.n + proto_props.n == 0)
                return str_cat(b0, "}");
        } else if (is_error(in, o)) {
            keys.v = js_realloc(keys.v, sizeof(JSValue) * (keys.n + 2));
            base = format_error(in, o, ctor, tag, &keys);
            if (keys.n + proto_props.n == 0)
                return (char *)base;
        } else if (cls == JS_CLASS_DATE) {
            base = date_base(o);
            if (keys.n + proto_props.n == 0 || rt > in->depth)
                return insp_stylize(in, base, S_DATE);
        } else if (cls == JS_CLASS_REGEXP) {
            base = regexp_base(in, v);
            if (keys.n + proto_props.n == 0 || rt > in->depth)
                return insp_stylize(in, base, S_REGEXP);
        } else if (cls == JS_CLASS_PROMISE) {
            b0 = str_cat(get_prefix(ctor, tag, "Promise", ""), "{");
            formatter = F_PROMISE;
        } else if (cls == JS_CLASS_WEAKSET || cls == JS_CLASS_WEAKMAP) {
            b0 = str_cat(get_prefix(ctor, tag, cls == JS_CLASS_WEAKSET ? "WeakSet" : "WeakMap", ""), "{");
            formatter = cls == JS_CLASS_WEAKSET ? F_WEAKSET : F_WEAKMAP;
        } else if (cls == JS_CLASS_NUMBER || cls == JS_CLASS_STRING || cls == JS_CLASS_BOOLEAN ||
                   cls == JS_CLASS_SYMBOL) {
            base = boxed_base(in, o, ctor, tag);
            /* styled as its primitive, but only when it stands alone */
            static const int styles[] = { [JS_CLASS_NUMBER] = S_NUMBER, [JS_CLASS_STRING] = S_STRING,
                                          [JS_CLASS_BOOLEAN] = S_BOOLEAN, [JS_CLASS_SYMBOL] = S_SYMBOL };
            if (keys.n + proto_props.n == 0)
                return insp_stylize(in, base, styles[cls]);
        } else {
            const char *prefix = get_prefix(ctor, tag, ctor ? "Object" : null_proto_fallback(in, o, tag), "");
            if (keys.n + proto_props.n == 0)
                return str_cat(prefix, "{}");
            b0 = str_cat(prefix, "{");
        }
    }

    if (rt > in->depth) {
        char *name = get_prefix(ctor, tag, ctor ? "Object" : null_proto_fallback(in, o, tag), "");
        name[strlen(name) - 1] = 0;
        return insp_stylize(in, ctor ? str_printf("[%s]", name) : name, S_SPECIAL);
    }
    rt++;
    push_seen(in, v);
    in->current_depth = rt;

    List out = { NULL, 0, 0 };
    switch (formatter) {
    case F_ARRAY: insp_format_array(in, o, rt, &out); break;
    case F_SET: insp_format_set(in, v, rt, &out); break;
    case F_MAP: insp_format_map(in, v, rt, &out); break;
    case F_ITER:
        if (insp_format_map_set_iterator(in, v, rt, &out)) {
            size_t n = strlen(b0);
            if (n >= 12 && !strcmp(b0 + n - 12, " Iterator] {"))
                b0 = str_printf("%.*s Entries] {", (int)(n - 12), b0);
        }
        break;
    case F_PROMISE: insp_format_promise(in, v, rt, &out); break;
    case F_WEAKSET: insp_format_weak(in, v, false, rt, &out); break;
    case F_WEAKMAP: insp_format_weak(in, v, true, rt, &out); break;
    default: break;
    }
    uint32_t nkeys_start = out.n;
    for (uint32_t i = 0; i < keys.n; i++)
        list_push(&out, insp_format_property(in, o, keys.v[i], extras, rt));
    for (uint32_t i = 0; i < proto_props.n; i++)  /* faint with colors */
        list_push(&out, in->colors ? str_printf("\x1b[2m%s\x1b[22m", proto_props.v[i]) : proto_props.v[i]);
    (void)ctx;

    uint32_t ref = circular_index(in, v);
    if (ref) {
        char *r = insp_stylize(in, str_printf("<ref *%u>", ref), S_SPECIAL);
        if (in->compact != COMPACT_TRUE)
            base = *base ? str_printf("%s %s", r, base) : r;
        else
            b0 = str_printf("%s %s", r, b0);
    }
    in->nseen--;

    if (in->sorted) {
        if (extras == K_OBJECT)
            sort_entries(in, out.v, out.n);
        else if (keys.n > 1)
            sort_entries(in, out.v + nkeys_start, out.n - nkeys_start);
    }
    return insp_reduce_to_single_string(in, &out, base, b0, b1, extras, rt, o);
}


/* ================================================================ util.inspect.custom */

static JSValue stylize_no_color(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return argc > 0 ? argv[0] : JS_UNDEFINED;
}

/* node's getUserOptions: the options in effect, plus stylize. */
static JSValue user_options(Insp *in)
{
    JSContext *ctx = in->ctx;
    if (!js_is_undefined(in->user_opts))
        return in->user_opts;
    JSValue o = js_new_object(ctx);
    js_set_str(ctx, o, "showHidden", js_new_bool(in->show_hidden));
    js_set_str(ctx, o, "depth", in->depth_null ? JS_NULL : js_new_number(in->depth));
    js_set_str(ctx, o, "colors", js_new_bool(in->colors));
    js_set_str(ctx, o, "customInspect", JS_TRUE);
    js_set_str(ctx, o, "showProxy", JS_FALSE);
    js_set_str(ctx, o, "maxArrayLength", js_new_number(in->max_array_length));
    js_set_str(ctx, o, "maxStringLength", js_new_number(in->max_string_length));
    js_set_str(ctx, o, "breakLength", js_new_number(in->break_length));
    js_set_str(ctx, o, "compact", in->compact == COMPACT_TRUE ? JS_TRUE
                                  : in->compact == 0 ? JS_FALSE : js_new_int(in->compact));
    js_set_str(ctx, o, "sorted", js_new_bool(in->sorted));
    js_set_str(ctx, o, "getters", in->getters == 1 ? JS_TRUE : in->getters == 2 ? js_new_string(ctx, "get")
                                  : in->getters == 3 ? js_new_string(ctx, "set") : JS_FALSE);
    js_set_str(ctx, o, "numericSeparator", js_new_bool(in->numeric_separator));
    js_set_str(ctx, o, "stylize", js_new_cfunction(ctx, stylize_no_color, "stylize", 1));
    in->user_opts = o;
    return o;
}

/* util.inspect itself, when the util module has been made (passed to
 * custom inspectors as their third argument). */
static JSValue util_inspect_fn(JSContext *ctx)
{
    JSValue req = js_get_str(ctx, ctx->global, "require");
    if (js_is_exception(req) || !js_is_function(req))
        return JS_UNDEFINED;
    JSValue name = js_new_string(ctx, "util");
    JSValue util = js_call(ctx, req, JS_UNDEFINED, 1, &name);
    JSValue f = js_is_object(util) ? js_get_str(ctx, util, "inspect") : JS_UNDEFINED;
    return js_is_exception(f) ? JS_UNDEFINED : f;
}

/* node's formatValue calls value[util.inspect.custom](depth, options,
 * inspect) when that is a function (and value is not a prototype object):
 * a string result is printed as it is (continuation lines indented), any
 * other result other than value itself is inspected in its place.
 * NULL: format value as usual. */
static char *custom_inspect(Insp *in, JSValue v, int rt)
{
    JSContext *ctx = in->ctx;
    JSValue registry = js_builtin_state(ctx)->symbol_registry;
    if (!js_is_object(registry))
        return NULL;
    JSPropertyDescriptor d;
    JSValue key = js_atom_from_string(ctx, js_new_string(ctx, "nodejs.util.inspect.custom"));
    if (!insp_own_desc(in, js_obj(registry), key, &d) || (d.flags & JS_PROP_ACCESSOR))
        return NULL;   /* nobody has made the symbol, so no object has it */
    JSValue sym = d.value;
    if (!has_property(in, js_obj(v), sym))
        return NULL;
    JSValue f = js_get(ctx, v, sym);
    if (js_is_exception(f))
        goto fail;
    if (!js_is_function(f))
        return NULL;
    JSValue inspect = util_inspect_fn(ctx);
    if (f == inspect)
        return NULL;
    JSValue c = js_get_atom(ctx, v, ctx->atoms.constructor);
    if (js_is_exception(c))
        goto fail;
    if (js_is_object(c)) {
        JSValue p = js_get_atom(ctx, c, ctx->atoms.prototype);
        if (js_is_exception(p))
            goto fail;
        if (p == v)
            return NULL;
    }
    JSValue args[3] = { in->depth_null ? JS_NULL : js_new_number(in->depth - rt), user_options(in), inspect };
    JSValue r = js_call(ctx, f, v, 3, args);
    if (js_is_exception(r))
        goto fail;
    if (r == v)
        return NULL;
    if (!js_is_string(r))
        return insp_format_value(in, r, rt);
    const char *s = str_utf8(ctx, r);
    if (!in->indent || !strchr(s, '\n'))
        return (char *)s;
    Str out;
    str_init(&out);
    for (; *s; s++) {
        str_putc(&out, *s);
        if (*s == '\n')
            str_spaces(&out, in->indent);
    }
    return out.p;
fail:
    in->failed = true;
    return "";
}

char *insp_format_value(Insp *in, JSValue v, int rt)
{
    if (in->failed)
        return "";
    if (!js_is_object(v))
        return format_primitive(in, v);
    JSContext *ctx = in->ctx;
    if (in->custom_inspect) {
        char *r = custom_inspect(in, v, rt);
        if (r)
            return r;
    }
    JSValue saved = ctx->exception;
    if (js_check_stack(ctx)) {
        ctx->exception = saved;
        const char *ctor = constructor_name(in, js_obj(v), rt, NULL);
        return str_printf("[%s: Inspection interrupted prematurely. Maximum call stack size exceeded.]",
                          ctor ? ctor : "Object");
    }
    for (uint32_t i = 0; i < in->nseen; i++) {
        if (in->seen[i] == v) {
            uint32_t idx = circular_index(in, v);
            if (!idx) {
                if (in->ncirc == in->capcirc) {
                    in->capcirc = in->capcirc ? in->capcirc * 2 : 8;
                    in->circ = js_realloc(in->circ, sizeof(JSValue) * in->capcirc);
                }
                in->circ[in->ncirc++] = v;
                idx = in->ncirc;
            }
            return insp_stylize(in, str_printf("[Circular *%u]", idx), S_SPECIAL);
        }
    }
    return format_raw(in, v, rt);
}

/* ================================================================ entry points */

static double option_number(JSContext *ctx, JSValue opts, const char *name, double dflt, bool null_is_inf)
{
    JSValue v = js_get_str(ctx, opts, name);
    if (js_is_exception(v)) {
        ctx->exception = JS_UNDEFINED;
        return dflt;
    }
    if (js_is_null(v) && null_is_inf)
        return INFINITY;
    if (js_is_number(v))
        return js_get_number(v);
    return dflt;
}

static void read_options(Insp *in, JSValue opts)
{
    JSContext *ctx = in->ctx;
    if (js_is_bool(opts)) {
        in->show_hidden = opts == JS_TRUE;
        return;
    }
    if (!js_is_object(opts))
        return;
    in->depth = option_number(ctx, opts, "depth", in->depth, true);
    JSValue dv = js_get_str(ctx, opts, "depth");
    if (js_is_exception(dv))
        ctx->exception = JS_UNDEFINED;
    else if (js_is_null(dv))
        in->depth_null = true;
    else if (js_is_number(dv))
        in->depth_null = false;
    in->break_length = option_number(ctx, opts, "breakLength", in->break_length, false);
    in->max_array_length = option_number(ctx, opts, "maxArrayLength", in->max_array_length, true);
    in->max_string_length = option_number(ctx, opts, "maxStringLength", in->max_string_length, true);
    JSValue v = js_get_str(ctx, opts, "showHidden");
    if (!js_is_exception(v) && !js_is_undefined(v))
        in->show_hidden = js_to_boolean(v);
    v = js_get_str(ctx, opts, "getters");
    if (!js_is_exception(v) && !js_is_undefined(v)) {
        const char *gs = js_is_string(v) ? utf8(in, v) : NULL;
        in->getters = gs && !strcmp(gs, "get") ? 2 : gs && !strcmp(gs, "set") ? 3 : js_to_boolean(v) ? 1 : 0;
    }
    v = js_get_str(ctx, opts, "colors");
    if (!js_is_exception(v) && !js_is_undefined(v))
        in->colors = js_to_boolean(v);
    v = js_get_str(ctx, opts, "numericSeparator");
    if (!js_is_exception(v) && !js_is_undefined(v))
        in->numeric_separator = js_to_boolean(v);
    v = js_get_str(ctx, opts, "customInspect");
    if (!js_is_exception(v) && !js_is_undefined(v))
        in->custom_inspect = js_to_boolean(v);
    v = js_get_str(ctx, opts, "sorted");
    if (!js_is_exception(v) && !js_is_undefined(v)) {
        in->sorted = js_to_boolean(v);
        if (js_is_function(v))
            in->sort_fn = v;
    }
    v = js_get_str(ctx, opts, "compact");
    if (!js_is_exception(v)) {
        if (v == JS_TRUE)
            in->compact = COMPACT_TRUE;
        else if (v == JS_FALSE)
            in->compact = 0;
        else if (js_is_number(v))
            in->compact = (int)js_get_number(v);
    }
    if (in->depth < 0 && !isinf(in->depth))
        in->depth = -1;
}

char *js_inspect_cstr(JSContext *ctx, JSValue v, JSValue options)
{
    Insp in;
    insp_defaults(&in, ctx);
    read_options(&in, options);
    char *s = insp_format_value(&in, v, 0);
    return in.failed ? NULL : s;
}

JSValue js_inspect(JSContext *ctx, JSValue v, JSValue options)
{
    char *s = js_inspect_cstr(ctx, v, options);
    return s ? str_to_js(ctx, s) : JS_EXCEPTION;
}

char *js_inspect_with(JSContext *ctx, JSValue v, double depth, bool show_hidden)
{
    Insp in;
    insp_defaults(&in, ctx);
    in.depth = depth;
    in.show_hidden = show_hidden;
    char *s = insp_format_value(&in, v, 0);
    return in.failed ? NULL : s;
}

bool js_has_builtin_to_string(JSContext *ctx, JSObject *o)
{
    Insp in_;
    insp_defaults(&in_, ctx);
    Insp *in = &in_;
    JSPropertyDescriptor d;
    /* a Symbol.toPrimitive method converts the object its own way */
    for (JSObject *p = o; p; p = p->proto)
        if (insp_own_desc(in, p, ctx->sym.to_primitive, &d)) {
            if (!(d.flags & JS_PROP_ACCESSOR) && js_is_function(d.value))
                return false;
            break;
        }
    if (insp_own_desc(in, o, ctx->atoms.toString, &d))
        return false;
    for (JSObject *p = o->proto; p; p = p->proto) {
        if (insp_own_desc(in, p, ctx->atoms.toString, &d)) {
            JSPropertyDescriptor c;
            if (!insp_own_desc(in, p, ctx->atoms.constructor, &c) || (c.flags & JS_PROP_ACCESSOR) ||
                !js_is_function(c.value))
                return false;
            return js_class_of(c.value) == JS_CLASS_CFUNCTION;
        }
    }
    return true;
}

