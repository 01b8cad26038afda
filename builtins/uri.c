/* uri.c - the URI-handling functions of the global object (ECMA-262
 * 19.2.6: encodeURI, encodeURIComponent, decodeURI, decodeURIComponent)
 * and Annex B's escape/unescape.  Strings are read as UTF-16 units and
 * built as UTF-16 so lone surrogates are seen exactly as the spec sees
 * them; malformed input throws node's `URIError: URI malformed`. */
#include <string.h>

#include "builtins.h"
#include "uri.h"

static const char HEX[] = "0123456789ABCDEF";

static void put_pct(JSStringBuilder *b, unsigned byte)
{
    js_sb_putc(b, '%');
    js_sb_putc(b, (uint16_t)HEX[byte >> 4]);
    js_sb_putc(b, (uint16_t)HEX[byte & 15]);
}

static int hex_val(uint16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

static bool in_set(uint16_t c, const char *set)
{
    return c != 0 && c < 128 && strchr(set, (char)c) != NULL;
}

static bool is_alnum(uint16_t c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

static JSString *arg_string(JSContext *ctx, int argc, JSValue *argv)
{
    JSValue s = js_to_string(ctx, argc > 0 ? argv[0] : JS_UNDEFINED);
    return js_is_exception(s) ? NULL : js_string_flat(js_str(s));
}

static JSValue uri_malformed(JSContext *ctx)
{
    return js_throw_error(ctx, JS_URI_ERROR, "URI malformed");
}

/* Encode: units outside the unescaped set become %XX of their UTF-8. */
static JSValue encode(JSContext *ctx, int argc, JSValue *argv, const char *extra)
{
    JSString *s = arg_string(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    JSStringBuilder b;
    js_sb_init(&b, ctx);
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        if (is_alnum(c) || in_set(c, "-_.!~*'()") || in_set(c, extra)) {
            js_sb_putc(&b, c);
            continue;
        }
        uint32_t cp = c;
        if (c >= 0xdc00 && c <= 0xdfff)
            return uri_malformed(ctx);
        if (c >= 0xd800 && c <= 0xdbff) {
            uint16_t d = i + 1 < s->len ? js_string_at(s, i + 1) : 0;
            if (d < 0xdc00 || d > 0xdfff)
                return uri_malformed(ctx);
            cp = 0x10000 + ((uint32_t)(c - 0xd800) << 10) + (d - 0xdc00);
            i++;
        }
        if (cp < 0x80) {
            put_pct(&b, cp);
        } else if (cp < 0x800) {
            put_pct(&b, 0xc0 | (cp >> 6));
            put_pct(&b, 0x80 | (cp & 0x3f));
        } else if (cp < 0x10000) {
            put_pct(&b, 0xe0 | (cp >> 12));
            put_pct(&b, 0x80 | ((cp >> 6) & 0x3f));
            put_pct(&b, 0x80 | (cp & 0x3f));
        } else {
            put_pct(&b, 0xf0 | (cp >> 18));
            put_pct(&b, 0x80 | ((cp >> 12) & 0x3f));
            put_pct(&b, 0x80 | ((cp >> 6) & 0x3f));
            put_pct(&b, 0x80 | (cp & 0x3f));
        }
    }
    return js_sb_finish(&b);
}

/* The byte of "%XX" at s[i], or -1. */
static int pct_byte(JSString *s, uint32_t i)
{
    if (i + 2 >= s->len || js_string_at(s, i) != '%')
        return -1;
    int h = hex_val(js_string_at(s, i + 1)), l = hex_val(js_string_at(s, i + 2));
    return h < 0 || l < 0 ? -1 : h * 16 + l;
}

/* Decode: %XX sequences (whole UTF-8 characters) back to units, except
 * those that decode to a character in `reserved`, which stay escaped. */
static JSValue decode(JSContext *ctx, int argc, JSValue *argv, const char *reserved)
{
    JSString *s = arg_string(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    JSStringBuilder b;
    js_sb_init(&b, ctx);
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        if (c != '%') {
            js_sb_putc(&b, c);
            continue;
        }
        uint32_t start = i;
        int byte = pct_byte(s, i);
        if (byte < 0)
            return uri_malformed(ctx);
        i += 2;
        if (byte < 0x80) {
            if (in_set((uint16_t)byte, reserved))
                for (uint32_t k = start; k <= i; k++)
                    js_sb_putc(&b, js_string_at(s, k));
            else
                js_sb_putc(&b, (uint16_t)byte);
            continue;
        }
        int n = (byte & 0xe0) == 0xc0 ? 2 : (byte & 0xf0) == 0xe0 ? 3 : (byte & 0xf8) == 0xf0 ? 4 : 0;
        if (n == 0)
            return uri_malformed(ctx);
        uint32_t cp = (uint32_t)byte & (0x7fu >> n);
        for (int k = 1; k < n; k++) {
            int cont = pct_byte(s, i + 1);
            if (cont < 0 || (cont & 0xc0) != 0x80)
                return uri_malformed(ctx);
            cp = (cp << 6) | ((uint32_t)cont & 0x3f);
            i += 3;
        }
        static const uint32_t min_cp[5] = { 0, 0, 0x80, 0x800, 0x10000 };
        if (cp < min_cp[n] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return uri_malformed(ctx);
        if (cp >= 0x10000) {
            js_sb_putc(&b, (uint16_t)(0xd800 + ((cp - 0x10000) >> 10)));
            js_sb_putc(&b, (uint16_t)(0xdc00 + ((cp - 0x10000) & 0x3ff)));
        } else {
            js_sb_putc(&b, (uint16_t)cp);
        }
    }
    return js_sb_finish(&b);
}

static JSValue global_encodeURI(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return encode(ctx, argc, argv, ";/?:@&=+$,#");
}

static JSValue global_encodeURIComponent(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return encode(ctx, argc, argv, "");
}

static JSValue global_decodeURI(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return decode(ctx, argc, argv, ";/?:@&=+$,#");
}

static JSValue global_decodeURIComponent(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return decode(ctx, argc, argv, "");
}

/* Annex B escape: %XX below 256, %uXXXX above; A-Z a-z 0-9 @*_+-./ kept. */
static JSValue global_escape(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSString *s = arg_string(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    JSStringBuilder b;
    js_sb_init(&b, ctx);
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        if (is_alnum(c) || in_set(c, "@*_+-./")) {
            js_sb_putc(&b, c);
        } else if (c < 256) {
            put_pct(&b, c);
        } else {
            js_sb_putc(&b, '%');
            js_sb_putc(&b, 'u');
            for (int sh = 12; sh >= 0; sh -= 4)
                js_sb_putc(&b, (uint16_t)HEX[(c >> sh) & 15]);
        }
    }
    return js_sb_finish(&b);
}

static JSValue global_unescape(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSString *s = arg_string(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    JSStringBuilder b;
    js_sb_init(&b, ctx);
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = js_string_at(s, i);
        if (c == '%') {
            if (i + 5 < s->len && js_string_at(s, i + 1) == 'u') {
                int v = 0, k;
                for (k = 2; k < 6; k++) {
                    int h = hex_val(js_string_at(s, i + (uint32_t)k));
                    if (h < 0)
                        break;
                    v = v * 16 + h;
                }
                if (k == 6) {
                    js_sb_putc(&b, (uint16_t)v);
                    i += 5;
                    continue;
                }
            }
            int byte = pct_byte(s, i);
            if (byte >= 0) {
                js_sb_putc(&b, (uint16_t)byte);
                i += 2;
                continue;
            }
        }
        js_sb_putc(&b, c);
    }
    return js_sb_finish(&b);
}

void js_init_uri(JSContext *ctx)
{
    static const JSFunctionEntry funcs[] = {
        { "encodeURI", global_encodeURI, 1 },
        { "encodeURIComponent", global_encodeURIComponent, 1 },
        { "decodeURI", global_decodeURI, 1 },
        { "decodeURIComponent", global_decodeURIComponent, 1 },
        { "escape", global_escape, 1 },
        { "unescape", global_unescape, 1 },
    };
    js_define_functions(ctx, ctx->global, funcs, JS_COUNTOF(funcs));
}
