/* json.c - JSON.parse (with reviver) and JSON.stringify (replacer function
 * or property list, indent, toJSON).
 *
 * The parser is recursive descent over the flat UTF-16 units of the source;
 * its SyntaxError messages are V8's, word for word, including the
 * "Unexpected token 'x', "...context..." is not valid JSON" form with up to
 * ten characters of context either side.  Both directions recurse once per
 * nesting level and call js_check_stack, so a deep structure gives a
 * RangeError rather than a crash.  A cycle in stringify gives V8's
 * "Converting circular structure to JSON" with the path lines beneath. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"

/* ================================================================ parse */

typedef struct JSONParser {
    JSContext *ctx;
    JSValue srcv;
    JSString *src;
    uint32_t pos, len;
} JSONParser;

static int peek(JSONParser *p)
{
    return p->pos < p->len ? js_string_at(p->src, p->pos) : -1;
}

static void skip_ws(JSONParser *p)
{
    while (p->pos < p->len) {
        uint16_t c = js_string_at(p->src, p->pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r')
            break;
        p->pos++;
    }
}

static JSValue fail_at(JSONParser *p, const char *msg)
{
    return js_throw_syntax_error(p->ctx, "%s in JSON at position %u", msg, p->pos);
}

static bool source_is(JSONParser *p, const char *lit)
{
    size_t n = strlen(lit);
    if (n != p->len)
        return false;
    for (size_t i = 0; i < n; i++)
        if (js_string_at(p->src, (uint32_t)i) != (uint8_t)lit[i])
            return false;
    return true;
}

/* The unexpected character at p->pos (or end of input), as V8 words it. */
static JSValue fail_token(JSONParser *p)
{
    JSContext *ctx = p->ctx;
    if (p->pos >= p->len)
        return js_throw_syntax_error(ctx, "Unexpected end of JSON input");
    if (source_is(p, "undefined") || source_is(p, "NaN") || source_is(p, "Infinity") ||
        source_is(p, "[object Object]"))
        return js_throw_syntax_error(ctx, "\"%s\" is not valid JSON", js_to_utf8(ctx, p->srcv, NULL));
    uint32_t c = js_string_at(p->src, p->pos);
    uint32_t w = 1;
    if (c >= 0xd800 && c <= 0xdbff && p->pos + 1 < p->len) {
        uint16_t d = js_string_at(p->src, p->pos + 1);
        if (d >= 0xdc00 && d <= 0xdfff)
            w = 2;
    }
    const char *tok = js_to_utf8(ctx, js_substring(ctx, p->srcv, p->pos, p->pos + w), NULL);
    enum { CONTEXT = 10 };
    if (p->len <= 2 * CONTEXT + 1)
        return js_throw_syntax_error(ctx, "Unexpected token '%s', \"%s\" is not valid JSON", tok,
                                     js_to_utf8(ctx, p->srcv, NULL));
    uint32_t a = 0, b = p->len;
    const char *pre = "", *post = "";
    if (p->pos < CONTEXT) {
        b = p->pos + CONTEXT;
        post = "...";
    } else if (p->pos < p->len - CONTEXT) {
        a = p->pos - CONTEXT;
        b = p->pos + CONTEXT;
        pre = post = "...";
    } else {
        a = p->pos - CONTEXT;
        pre = "...";
    }
    const char *sub = js_to_utf8(ctx, js_substring(ctx, p->srcv, a, b), NULL);
    return js_throw_syntax_error(ctx, "Unexpected token '%s', %s\"%s\"%s is not valid JSON", tok, pre, sub, post);
}

static JSValue parse_value(JSONParser *p);

static int hex_val(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/* A string; p->pos is at the opening quote. */
static JSValue parse_string(JSONParser *p)
{
    JSStringBuilder sb;
    js_sb_init(&sb, p->ctx);
    p->pos++;
    for (;;) {
        if (p->pos >= p->len)
            return fail_at(p, "Unterminated string");
        uint16_t c = js_string_at(p->src, p->pos);
        if (c == '"') {
            p->pos++;
            break;
        }
        if (c < 0x20)
            return fail_at(p, "Bad control character in string literal");
        if (c != '\\') {
            js_sb_putc(&sb, c);
            p->pos++;
            continue;
        }
        p->pos++;
        int e = peek(p);
        switch (e) {
        case -1: return fail_token(p);
        case '"': c = '"'; break;
        case '\\': c = '\\'; break;
        case '/': c = '/'; break;
        case 'b': c = '\b'; break;
        case 'f': c = '\f'; break;
        case 'n': c = '\n'; break;
        case 'r': c = '\r'; break;
        case 't': c = '\t'; break;
        case 'u': {
            uint32_t v = 0;
            for (int i = 0; i < 4; i++) {
                p->pos++;
                int h = hex_val(peek(p));
                if (h < 0)
                    return fail_at(p, "Bad Unicode escape");
                v = v * 16 + (uint32_t)h;
            }
            c = (uint16_t)v;
            break;
        }
        default:
            return fail_at(p, "Bad escaped character");
        }
        js_sb_putc(&sb, c);
        p->pos++;
    }
    return js_sb_finish(&sb);
}

static bool is_digit(int c)
{
    return c >= '0' && c <= '9';
}

static JSValue parse_number(JSONParser *p)
{
    uint32_t start = p->pos;
    if (peek(p) == '-') {
        p->pos++;
        if (!is_digit(peek(p)))
            return fail_at(p, "No number after minus sign");
    }
    if (peek(p) == '0') {
        p->pos++;
        if (is_digit(peek(p)))
            return js_throw_syntax_error(p->ctx, "Unexpected number in JSON at position %u", p->pos);
    } else {
        while (is_digit(peek(p)))
            p->pos++;
    }
    if (peek(p) == '.') {
        p->pos++;
        if (!is_digit(peek(p)))
            return fail_at(p, "Unterminated fractional number");
        while (is_digit(peek(p)))
            p->pos++;
    }
    if (peek(p) == 'e' || peek(p) == 'E') {
        p->pos++;
        if (peek(p) == '+' || peek(p) == '-')
            p->pos++;
        if (!is_digit(peek(p)))
            return fail_at(p, "Exponent part is missing a number");
        while (is_digit(peek(p)))
            p->pos++;
    }
    uint32_t n = p->pos - start;
    char small[64];
    char *buf = n < sizeof small ? small : js_malloc_atomic(n + 1);
    for (uint32_t i = 0; i < n; i++)
        buf[i] = (char)js_string_at(p->src, start + i);
    buf[n] = 0;
    return js_new_number(strtod(buf, NULL));
}

static JSValue parse_literal(JSONParser *p, const char *word, JSValue v)
{
    for (const char *w = word; *w; w++) {
        if (peek(p) != *w)
            return fail_token(p);
        p->pos++;
    }
    return v;
}

/* After an array element or object member: a ',' (1) or the closing
 * bracket (0), consumed; -1, with nothing consumed, for anything else so
 * that the caller's error points at it. */
static int next_in_list(JSONParser *p, int close)
{
    skip_ws(p);
    int c = peek(p);
    if (c != ',' && c != close)
        return -1;
    p->pos++;
    return c == ',';
}

static JSValue parse_array(JSONParser *p)
{
    JSContext *ctx = p->ctx;
    JSValue arr = js_new_array(ctx, 0);
    p->pos++;
    skip_ws(p);
    if (peek(p) == ']') {
        p->pos++;
        return arr;
    }
    for (;;) {
        JSValue v = parse_value(p);
        if (js_is_exception(v))
            return v;
        js_array_push(ctx, arr, v);
        int more = next_in_list(p, ']');
        if (more < 0)
            return fail_at(p, "Expected ',' or ']' after array element");
        if (!more)
            return arr;
    }
}

static JSValue parse_object(JSONParser *p)
{
    JSContext *ctx = p->ctx;
    JSValue obj = js_new_object(ctx);
    p->pos++;
    skip_ws(p);
    if (peek(p) == '}') {
        p->pos++;
        return obj;
    }
    bool first = true;
    for (;;) {
        if (peek(p) != '"')
            return fail_at(p, first ? "Expected property name or '}'" : "Expected double-quoted property name");
        first = false;
        JSValue key = parse_string(p);
        if (js_is_exception(key))
            return key;
        skip_ws(p);
        if (peek(p) != ':')
            return fail_at(p, "Expected ':' after property name");
        p->pos++;
        JSValue v = parse_value(p);
        if (js_is_exception(v))
            return v;
        if (js_define_value(ctx, obj, js_atom_from_string(ctx, key), v, JS_PROP_CWE) < 0)
            return JS_EXCEPTION;
        int more = next_in_list(p, '}');
        if (more < 0)
            return fail_at(p, "Expected ',' or '}' after property value");
        if (!more)
            return obj;
        skip_ws(p);
    }
}

static JSValue parse_value(JSONParser *p)
{
    if (js_check_stack(p->ctx))
        return JS_EXCEPTION;
    skip_ws(p);
    switch (peek(p)) {
    case '{': return parse_object(p);
    case '[': return parse_array(p);
    case '"': return parse_string(p);
    case 't': return parse_literal(p, "true", JS_TRUE);
    case 'f': return parse_literal(p, "false", JS_FALSE);
    case 'n': return parse_literal(p, "null", JS_NULL);
    case '-': case '0': case '1': case '2': case '3': case '4':
    case '5': case '6': case '7': case '8': case '9':
        return parse_number(p);
    default:
        return fail_token(p);
    }
}

/* CreateDataProperty(o, k, v) with the result ignored, as InternalizeJSONProperty
 * does: a property the reviver made non-configurable keeps its value. */
static int revive_store(JSContext *ctx, JSValue o, JSValue k, JSValue v)
{
    if (js_is_undefined(v))
        return js_delete(ctx, o, k, false) < 0 ? -1 : 0;
    JSPropertyDescriptor d = { 0 };
    d.flags = JS_PROP_CWE;
    d.value = v;
    int has = JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE;
    return js_define_property(ctx, o, k, &d, has, false) < 0 ? -1 : 0;
}

/* InternalizeJSONProperty */
static JSValue internalize(JSContext *ctx, JSValue holder, JSValue name, JSValue reviver)
{
    if (js_check_stack(ctx))
        return JS_EXCEPTION;
    JSValue val = js_get(ctx, holder, name);
    if (js_is_exception(val))
        return val;
    if (js_is_object(val)) {
        if (js_is_array(val)) {
            uint64_t len;
            JSValue lv = js_get_atom(ctx, val, ctx->atoms.length);
            if (js_is_exception(lv) || js_to_length(ctx, lv, &len) < 0)
                return JS_EXCEPTION;
            for (uint64_t i = 0; i < len; i++) {
                JSValue k = js_atom_from_uint(ctx, (uint32_t)i);
                JSValue nv = internalize(ctx, val, k, reviver);
                if (js_is_exception(nv))
                    return nv;
                if (revive_store(ctx, val, k, nv) < 0)
                    return JS_EXCEPTION;
            }
        } else {
            JSValue keys = js_own_keys(ctx, val, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
            if (js_is_exception(keys))
                return keys;
            uint32_t n = js_obj(keys)->u.array.len;
            for (uint32_t i = 0; i < n; i++) {
                JSValue k = js_get_index(ctx, keys, i);
                JSValue nv = internalize(ctx, val, k, reviver);
                if (js_is_exception(nv))
                    return nv;
                if (revive_store(ctx, val, k, nv) < 0)
                    return JS_EXCEPTION;
            }
        }
    }
    JSValue kstr = js_is_string(name) ? name : js_to_string(ctx, name);
    JSValue args[2] = { kstr, val };
    return js_call(ctx, reviver, holder, 2, args);
}

/* An uncaught SyntaxError of JSON.parse shows the text, as V8 reports it:
 * named <anonymous_script>, the caret at the failing position. */
static JSValue syntax_error_site(JSONParser *p)
{
    JSContext *ctx = p->ctx;
    JSValue exc = ctx->exception;
    if (!js_is_object(exc) || js_obj(exc)->proto != ctx->error_proto[JS_SYNTAX_ERROR])
        return JS_EXCEPTION;
    uint32_t line = 1, col = 1;
    for (uint32_t i = 0; i < p->pos && i < p->len; i++, col++)
        if (js_string_at(p->src, i) == '\n') {
            line++;
            col = 0;
        }
    size_t len;
    const char *text = js_to_utf8(ctx, p->srcv, &len);
    js_set_throw_text(ctx, "<anonymous_script>", text, len, line, p->pos < p->len ? col : 0);
    return JS_EXCEPTION;
}

static JSValue JSON_parse(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue text = js_to_string(ctx, argv[0]);
    if (js_is_exception(text))
        return text;
    JSONParser p = { ctx, text, js_string_flat(js_str(text)), 0, 0 };
    p.len = p.src->len;
    skip_ws(&p);
    JSValue v = parse_value(&p);
    if (js_is_exception(v))
        return syntax_error_site(&p);
    skip_ws(&p);
    if (p.pos < p.len) {
        js_throw_syntax_error(ctx, "Unexpected non-whitespace character after JSON at position %u", p.pos);
        return syntax_error_site(&p);
    }
    if (js_is_function(argv[1])) {
        JSValue root = js_new_object(ctx);
        js_define_value(ctx, root, ctx->atoms.empty, v, JS_PROP_CWE);
        return internalize(ctx, root, ctx->atoms.empty, argv[1]);
    }
    return v;
}

/* ================================================================ stringify */

typedef struct JSONWriter {
    JSContext *ctx;
    JSStringBuilder sb;
    JSValue replacer;       /* function or undefined */
    JSValue prop_list;      /* array of keys or undefined */
    JSValue gap;            /* string ("" for none) */
    JSValue indent;         /* current indentation string */
    /* the objects being serialized and the keys that reached them */
    JSValue *stack_obj, *stack_key;
    uint32_t depth, cap;
} JSONWriter;

static void quote(JSStringBuilder *sb, JSValue str)
{
    JSString *s = js_string_flat(js_str(str));
    js_sb_putc(sb, '"');
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        char buf[8];
        switch (c) {
        case '"': js_sb_puts(sb, "\\\""); continue;
        case '\\': js_sb_puts(sb, "\\\\"); continue;
        case '\b': js_sb_puts(sb, "\\b"); continue;
        case '\f': js_sb_puts(sb, "\\f"); continue;
        case '\n': js_sb_puts(sb, "\\n"); continue;
        case '\r': js_sb_puts(sb, "\\r"); continue;
        case '\t': js_sb_puts(sb, "\\t"); continue;
        default: break;
        }
        if (c < 0x20) {
            snprintf(buf, sizeof buf, "\\u%04x", c);
            js_sb_puts(sb, buf);
        } else if (c >= 0xd800 && c <= 0xdfff) {
            /* a well-formed pair passes through; a lone surrogate is escaped */
            if (c <= 0xdbff && i + 1 < s->len) {
                uint16_t d = js_string_at(s, i + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    js_sb_putc(sb, 0x10000 + ((uint32_t)(c - 0xd800) << 10) + (d - 0xdc00));
                    i++;
                    continue;
                }
            }
            snprintf(buf, sizeof buf, "\\u%04x", c);
            js_sb_puts(sb, buf);
        } else {
            js_sb_putc(sb, c);
        }
    }
    js_sb_putc(sb, '"');
}

/* The constructor name V8 shows in the circular-structure message. */
static const char *ctor_name(JSContext *ctx, JSValue obj)
{
    for (JSObject *o = js_obj(obj); o; o = o->proto) {
        JSPropertyDescriptor d;
        if (js_get_own_property(ctx, o, ctx->atoms.constructor, &d) == 1 && !(d.flags & JS_PROP_ACCESSOR) &&
            js_is_object(d.value)) {
            JSPropertyDescriptor nd;
            if (js_get_own_property(ctx, js_obj(d.value), ctx->atoms.name, &nd) == 1 &&
                !(nd.flags & JS_PROP_ACCESSOR) && js_is_string(nd.value) && js_str(nd.value)->len)
                return js_to_utf8(ctx, nd.value, NULL);
            break;
        }
    }
    return "Object";
}

static void append_key(JSContext *ctx, JSStringBuilder *sb, JSValue key)
{
    uint32_t idx;
    if (js_is_number(key)) {
        char buf[32];
        js_sb_puts(sb, "index ");
        js_sb_puts(sb, js_number_to_cstr(js_get_number(key), buf));
    } else if (js_is_string(key) && js_atom_is_index(js_atom_from_string(ctx, key), &idx)) {
        js_sb_puts(sb, "index ");
        js_sb_put_string(sb, key);
    } else {
        js_sb_puts(sb, "property '");
        js_sb_put_string(sb, key);
        js_sb_puts(sb, "'");
    }
}

static JSValue throw_circular(JSONWriter *w, JSValue obj, JSValue last_key)
{
    JSContext *ctx = w->ctx;
    uint32_t start = 0;
    while (start < w->depth && w->stack_obj[start] != obj)
        start++;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    js_sb_puts(&sb, "Converting circular structure to JSON\n    --> starting at object with constructor '");
    js_sb_puts(&sb, ctor_name(ctx, obj));
    js_sb_puts(&sb, "'");
    uint32_t prefix_end = start + 3 < w->depth ? start + 3 : w->depth;
    for (uint32_t i = start + 1; i < prefix_end; i++) {
        js_sb_puts(&sb, "\n    |     ");
        append_key(ctx, &sb, w->stack_key[i]);
        js_sb_puts(&sb, " -> object with constructor '");
        js_sb_puts(&sb, ctor_name(ctx, w->stack_obj[i]));
        js_sb_puts(&sb, "'");
    }
    if (w->depth > prefix_end + 1)
        js_sb_puts(&sb, "\n    |     ...");
    uint32_t post = w->depth - 1 > prefix_end ? w->depth - 1 : prefix_end;
    for (uint32_t i = post; i < w->depth; i++) {
        js_sb_puts(&sb, "\n    |     ");
        append_key(ctx, &sb, w->stack_key[i]);
        js_sb_puts(&sb, " -> object with constructor '");
        js_sb_puts(&sb, ctor_name(ctx, w->stack_obj[i]));
        js_sb_puts(&sb, "'");
    }
    js_sb_puts(&sb, "\n    --- ");
    append_key(ctx, &sb, last_key);
    js_sb_puts(&sb, " closes the circle");
    JSValue err = js_new_error(ctx, JS_TYPE_ERROR, js_sb_finish(&sb));
    return js_throw(ctx, err);
}

/* V8 runs out of stack at this nesting depth; failing at the same depth
 * keeps results alike (and the cycle check below quadratic only in it). */
#define JSON_MAX_DEPTH 4184

static int push_obj(JSONWriter *w, JSValue obj, JSValue key)
{
    if (w->depth >= JSON_MAX_DEPTH) {
        js_throw_stack_overflow(w->ctx);
        return -1;
    }
    for (uint32_t i = 0; i < w->depth; i++)
        if (w->stack_obj[i] == obj) {
            throw_circular(w, obj, key);
            return -1;
        }
    if (w->depth == w->cap) {
        w->cap = w->cap ? w->cap * 2 : 16;
        w->stack_obj = js_realloc(w->stack_obj, sizeof(JSValue) * w->cap);
        w->stack_key = js_realloc(w->stack_key, sizeof(JSValue) * w->cap);
    }
    w->stack_obj[w->depth] = obj;
    w->stack_key[w->depth] = key;
    w->depth++;
    return 0;
}

static int serialize(JSONWriter *w, JSValue holder, JSValue key, JSValue value);

static void newline_indent(JSONWriter *w)
{
    js_sb_putc(&w->sb, '\n');
    js_sb_put_string(&w->sb, w->indent);
}

static bool gap_empty(JSONWriter *w)
{
    return js_str(w->gap)->len == 0;
}

/* Serialize one member of an object: 1 written, 0 skipped (undefined), -1. */
static int serialize_member(JSONWriter *w, JSValue obj, JSValue key, bool *first)
{
    uint32_t mark = w->sb.len;
    bool mark_wide = w->sb.wide;
    if (!*first)
        js_sb_putc(&w->sb, ',');
    if (!gap_empty(w))
        newline_indent(w);
    quote(&w->sb, js_is_string(key) ? key : js_to_string(w->ctx, key));
    js_sb_putc(&w->sb, ':');
    if (!gap_empty(w))
        js_sb_putc(&w->sb, ' ');
    JSValue v = js_get(w->ctx, obj, key);
    if (js_is_exception(v))
        return -1;
    int r = serialize(w, obj, key, v);
    if (r < 0)
        return -1;
    if (r == 0) {
        w->sb.len = mark;   /* undefined members are left out entirely */
        (void)mark_wide;
        return 0;
    }
    *first = false;
    return 1;
}

static int serialize_object(JSONWriter *w, JSValue obj, JSValue key)
{
    JSContext *ctx = w->ctx;
    if (push_obj(w, obj, key) < 0)
        return -1;
    JSValue stepback = w->indent;
    w->indent = js_concat(ctx, w->indent, w->gap);
    JSValue keys = w->prop_list;
    if (js_is_undefined(keys)) {
        keys = js_own_keys(ctx, obj, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
        if (js_is_exception(keys))
            return -1;
    }
    js_sb_putc(&w->sb, '{');
    bool first = true;
    uint32_t n = js_obj(keys)->u.array.len;
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = js_get_index(ctx, keys, i);
        if (js_is_exception(k) || serialize_member(w, obj, k, &first) < 0)
            return -1;
    }
    w->indent = stepback;
    if (!first && !gap_empty(w))
        newline_indent(w);
    js_sb_putc(&w->sb, '}');
    w->depth--;
    return 1;
}

static int serialize_array(JSONWriter *w, JSValue arr, JSValue key)
{
    JSContext *ctx = w->ctx;
    if (push_obj(w, arr, key) < 0)
        return -1;
    JSValue stepback = w->indent;
    w->indent = js_concat(ctx, w->indent, w->gap);
    uint64_t len;
    JSValue lv = js_get_atom(ctx, arr, ctx->atoms.length);
    if (js_is_exception(lv) || js_to_length(ctx, lv, &len) < 0)
        return -1;
    js_sb_putc(&w->sb, '[');
    for (uint64_t i = 0; i < len; i++) {
        if (i > 0)
            js_sb_putc(&w->sb, ',');
        if (!gap_empty(w))
            newline_indent(w);
        JSValue v = js_get_index(ctx, arr, (uint32_t)i);
        if (js_is_exception(v))
            return -1;
        int r = serialize(w, arr, js_new_number((double)i), v);
        if (r < 0)
            return -1;
        if (r == 0)
            js_sb_puts(&w->sb, "null");
    }
    w->indent = stepback;
    if (len > 0 && !gap_empty(w))
        newline_indent(w);
    js_sb_putc(&w->sb, ']');
    w->depth--;
    return 1;
}

/* SerializeJSONProperty with the value already read: 1 written, 0 undefined, -1. */
static int serialize(JSONWriter *w, JSValue holder, JSValue key, JSValue value)
{
    JSContext *ctx = w->ctx;
    if (js_check_stack(ctx))
        return -1;
    if (js_is_object(value)) {
        JSValue tj = js_get_atom(ctx, value, ctx->atoms.toJSON);
        if (js_is_exception(tj))
            return -1;
        if (js_is_function(tj)) {
            JSValue ks = js_to_string(ctx, key);
            if (js_is_exception(ks))
                return -1;
            value = js_call(ctx, tj, value, 1, &ks);
            if (js_is_exception(value))
                return -1;
        }
    }
    if (!js_is_undefined(w->replacer)) {
        JSValue args[2] = { js_to_string(ctx, key), value };
        if (js_is_exception(args[0]))
            return -1;
        value = js_call(ctx, w->replacer, holder, 2, args);
        if (js_is_exception(value))
            return -1;
    }
    if (js_is_object(value)) {
        switch (js_class_of(value)) {
        case JS_CLASS_NUMBER: {
            double d;
            if (js_to_number(ctx, value, &d) < 0)
                return -1;
            value = js_new_number(d);
            break;
        }
        case JS_CLASS_STRING:
            value = js_to_string(ctx, value);
            if (js_is_exception(value))
                return -1;
            break;
        case JS_CLASS_BOOLEAN:
            value = js_obj(value)->u.prim;
            break;
        default:
            break;
        }
    }
    if (js_is_null(value)) {
        js_sb_puts(&w->sb, "null");
    } else if (js_is_bool(value)) {
        js_sb_puts(&w->sb, value == JS_TRUE ? "true" : "false");
    } else if (js_is_string(value)) {
        quote(&w->sb, value);
    } else if (js_is_number(value)) {
        double d = js_get_number(value);
        char buf[32];
        js_sb_puts(&w->sb, isfinite(d) ? js_number_to_cstr(d == 0 ? 0 : d, buf) : "null");
    } else if (js_is_object(value) && !js_is_function(value)) {
        return js_is_array(value) ? serialize_array(w, value, key) : serialize_object(w, value, key);
    } else {
        return 0;
    }
    return 1;
}

/* The property list of an array replacer: strings and numbers, deduplicated. */
static JSValue make_prop_list(JSContext *ctx, JSValue rep)
{
    JSValue list = js_new_array(ctx, 0);
    uint64_t len;
    JSValue lv = js_get_atom(ctx, rep, ctx->atoms.length);
    if (js_is_exception(lv) || js_to_length(ctx, lv, &len) < 0)
        return JS_EXCEPTION;
    for (uint64_t i = 0; i < len; i++) {
        JSValue v = js_get_index(ctx, rep, (uint32_t)i);
        if (js_is_exception(v))
            return v;
        JSValue item = JS_UNDEFINED;
        int cls = js_class_of(v);
        if (js_is_string(v) || js_is_number(v) || cls == JS_CLASS_STRING || cls == JS_CLASS_NUMBER) {
            item = js_to_string(ctx, v);
            if (js_is_exception(item))
                return item;
            item = js_atom_from_string(ctx, item);
        }
        if (js_is_undefined(item))
            continue;
        bool dup = false;
        uint32_t n = js_obj(list)->u.array.len;
        for (uint32_t j = 0; j < n && !dup; j++)
            dup = js_obj(list)->u.array.elems[j] == item;
        if (!dup)
            js_array_push(ctx, list, item);
    }
    return list;
}

static JSValue JSON_stringify(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSONWriter w;
    memset(&w, 0, sizeof w);
    w.ctx = ctx;
    w.replacer = JS_UNDEFINED;
    w.prop_list = JS_UNDEFINED;
    w.indent = ctx->atoms.empty;
    w.gap = ctx->atoms.empty;
    JSValue rep = argv[1], space = argv[2];
    if (js_is_function(rep)) {
        w.replacer = rep;
    } else if (js_is_array(rep)) {
        w.prop_list = make_prop_list(ctx, rep);
        if (js_is_exception(w.prop_list))
            return JS_EXCEPTION;
    }
    if (js_class_of(space) == JS_CLASS_NUMBER) {
        double d;
        if (js_to_number(ctx, space, &d) < 0)
            return JS_EXCEPTION;
        space = js_new_number(d);
    } else if (js_class_of(space) == JS_CLASS_STRING) {
        space = js_to_string(ctx, space);
        if (js_is_exception(space))
            return space;
    }
    if (js_is_number(space)) {
        double d;
        js_to_integer_or_infinity(ctx, space, &d);
        int n = d > 10 ? 10 : d < 1 ? 0 : (int)d;
        w.gap = js_new_string_len(ctx, "          ", (size_t)n);
    } else if (js_is_string(space)) {
        uint32_t n = js_str(space)->len;
        w.gap = js_substring(ctx, space, 0, n > 10 ? 10 : n);
    }
    JSValue wrapper = js_new_object(ctx);
    js_define_value(ctx, wrapper, ctx->atoms.empty, argv[0], JS_PROP_CWE);
    js_sb_init(&w.sb, ctx);
    int r = serialize(&w, wrapper, ctx->atoms.empty, argv[0]);
    if (r < 0)
        return JS_EXCEPTION;
    if (r == 0)
        return JS_UNDEFINED;
    return js_sb_finish(&w.sb);
}

static const JSFunctionEntry json_funcs[] = {
    { "parse", JSON_parse, 2 },
    { "stringify", JSON_stringify, 3 },
};

void js_init_json(JSContext *ctx)
{
    JSValue json = js_new_object(ctx);
    js_define_functions(ctx, json, json_funcs, JS_COUNTOF(json_funcs));
    js_define_value(ctx, json, ctx->sym.to_string_tag, js_new_string(ctx, "JSON"), JS_PROP_CONFIGURABLE);
    js_define_value_str(ctx, ctx->global, "JSON", json, JS_PROP_CW);
}
