/* string.c - immutable JavaScript strings.
 *
 * A string is Latin-1 (one byte a unit) when every unit fits in a byte and
 * UTF-16 otherwise; the length counts UTF-16 units.  Flat strings keep the
 * header and the characters in one pointer-free block.  js_concat builds a
 * rope (a scanned cell with two children) for long results, so `s += x` in a
 * loop is linear; js_string_flat flattens with an explicit stack because the
 * rope of a million-iteration loop is a million levels deep.  Also here: the
 * UTF-8 codecs, comparison, hashing and the string builder. */
#include <stdlib.h>

#include "atom.h"

#define ROPE_MIN_LEN 64

JSString *js_string_alloc(uint32_t len, bool wide)
{
    size_t bytes = sizeof(JSString) + (size_t)len * (wide ? 2 : 1) + 1;
    JSString *s = js_malloc_atomic(bytes);
    s->h.type = JS_CELL_STRING;
    s->h.class_id = 0;
    s->h.flags = wide ? JS_STR_WIDE : 0;
    s->len = len;
    s->hash = 0;
    s->u.latin1 = (const uint8_t *)(s + 1);
    if (!wide)
        ((uint8_t *)(s + 1))[len] = 0;   /* handy for strtod on ASCII content */
    return s;
}

/* One-unit Latin-1 strings are shared: charAt and indexing make many. */
static JSString *single_char[256];

static JSString *latin1_char(uint8_t c)
{
    JSString *s = single_char[c];
    if (!s) {
        s = js_string_alloc(1, false);
        js_string_latin1_buf(s)[0] = c;
        single_char[c] = s;
    }
    return s;
}

JSValue js_new_string_latin1(JSContext *ctx, const uint8_t *p, uint32_t len)
{
    if (len == 0 && ctx && ctx->atoms.empty)
        return ctx->atoms.empty;
    if (len == 1)
        return js_mkptr(latin1_char(p[0]));
    JSString *s = js_string_alloc(len, false);
    memcpy(js_string_latin1_buf(s), p, len);
    return js_mkptr(s);
}

JSValue js_new_string16(JSContext *ctx, const uint16_t *p, uint32_t len)
{
    uint32_t i;
    for (i = 0; i < len && p[i] < 256; i++)
        ;
    if (i == len) {   /* narrow: keep "wide iff some unit > 255" */
        JSString *s = len == 1 ? latin1_char((uint8_t)p[0]) : js_string_alloc(len, false);
        if (len != 1)
            for (i = 0; i < len; i++)
                js_string_latin1_buf(s)[i] = (uint8_t)p[i];
        return js_mkptr(s);
    }
    (void)ctx;
    JSString *s = js_string_alloc(len, true);
    memcpy(js_string_utf16_buf(s), p, (size_t)len * 2);
    return js_mkptr(s);
}

/* ---------------------------------------------------------------- UTF-8 */

/* Decode one sequence at p (< end); invalid or truncated input and encoded
 * surrogates give U+FFFD and consume one byte. */
static uint32_t utf8_decode(const uint8_t *p, const uint8_t *end, int *used)
{
    uint32_t c = p[0];
    int n;
    uint32_t min;
    if (c < 0x80) { *used = 1; return c; }
    if (c >= 0xC2 && c < 0xE0) { n = 1; c &= 0x1F; min = 0x80; }
    else if (c >= 0xE0 && c < 0xF0) { n = 2; c &= 0x0F; min = 0x800; }
    else if (c >= 0xF0 && c < 0xF5) { n = 3; c &= 0x07; min = 0x10000; }
    else { *used = 1; return 0xFFFD; }
    if (end - p <= n) { *used = 1; return 0xFFFD; }
    for (int i = 1; i <= n; i++) {
        if ((p[i] & 0xC0) != 0x80) { *used = 1; return 0xFFFD; }
        c = (c << 6) | (p[i] & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) { *used = 1; return 0xFFFD; }
    *used = n + 1;
    return c;
}

JSValue js_new_string_len(JSContext *ctx, const char *utf8, size_t len)
{
    const uint8_t *p = (const uint8_t *)utf8, *end = p + len;
    size_t units = 0;
    bool wide = false, ascii = true;
    for (const uint8_t *q = p; q < end;) {
        if (*q < 0x80) { q++; units++; continue; }
        ascii = false;
        int used;
        uint32_t c = utf8_decode(q, end, &used);
        q += used;
        units += c > 0xFFFF ? 2 : 1;
        if (c > 0xFF)
            wide = true;
    }
    if (ascii)
        return js_new_string_latin1(ctx, p, (uint32_t)len);
    JSString *s = js_string_alloc((uint32_t)units, wide);
    size_t k = 0;
    for (const uint8_t *q = p; q < end;) {
        int used;
        uint32_t c = utf8_decode(q, end, &used);
        q += used;
        if (!wide) {
            js_string_latin1_buf(s)[k++] = (uint8_t)c;
        } else if (c > 0xFFFF) {
            c -= 0x10000;
            js_string_utf16_buf(s)[k++] = (uint16_t)(0xD800 + (c >> 10));
            js_string_utf16_buf(s)[k++] = (uint16_t)(0xDC00 + (c & 0x3FF));
        } else {
            js_string_utf16_buf(s)[k++] = (uint16_t)c;
        }
    }
    return js_mkptr(s);
}

JSValue js_new_string(JSContext *ctx, const char *utf8)
{
    return js_new_string_len(ctx, utf8, strlen(utf8));
}

const char *js_to_utf8(JSContext *ctx, JSValue str, size_t *lenp)
{
    (void)ctx;
    JSString *s = js_string_flat(js_str(str));
    size_t n = 0;
    char *out;
    if (!(s->h.flags & JS_STR_WIDE)) {
        for (uint32_t i = 0; i < s->len; i++)
            n += s->u.latin1[i] < 0x80 ? 1 : 2;
        out = js_malloc_atomic(n + 1);
        size_t k = 0;
        for (uint32_t i = 0; i < s->len; i++) {
            uint8_t c = s->u.latin1[i];
            if (c < 0x80) {
                out[k++] = (char)c;
            } else {
                out[k++] = (char)(0xC0 | (c >> 6));
                out[k++] = (char)(0x80 | (c & 0x3F));
            }
        }
    } else {
        const uint16_t *u = s->u.utf16;
        n = (size_t)s->len * 3;   /* a unit never needs more than 3 bytes */
        out = js_malloc_atomic(n + 1);
        size_t k = 0;
        for (uint32_t i = 0; i < s->len; i++) {
            uint32_t c = u[i];
            if (c >= 0xD800 && c < 0xDC00 && i + 1 < s->len && u[i + 1] >= 0xDC00 && u[i + 1] < 0xE000) {
                c = 0x10000 + ((c - 0xD800) << 10) + (u[i + 1] - 0xDC00);
                i++;
            } else if (c >= 0xD800 && c < 0xE000) {
                c = 0xFFFD;
            }
            if (c < 0x80) {
                out[k++] = (char)c;
            } else if (c < 0x800) {
                out[k++] = (char)(0xC0 | (c >> 6));
                out[k++] = (char)(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                out[k++] = (char)(0xE0 | (c >> 12));
                out[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
                out[k++] = (char)(0x80 | (c & 0x3F));
            } else {
                out[k++] = (char)(0xF0 | (c >> 18));
                out[k++] = (char)(0x80 | ((c >> 12) & 0x3F));
                out[k++] = (char)(0x80 | ((c >> 6) & 0x3F));
                out[k++] = (char)(0x80 | (c & 0x3F));
            }
        }
        n = k;
    }
    out[n] = 0;
    if (lenp)
        *lenp = n;
    return out;
}

/* ---------------------------------------------------------------- ropes */

JSValue js_concat(JSContext *ctx, JSValue a, JSValue b)
{
    JSString *sa = js_str(a), *sb = js_str(b);
    if (sa->len == 0)
        return b;
    if (sb->len == 0)
        return a;
    uint64_t len = (uint64_t)sa->len + sb->len;
    if (len > JS_STRING_MAX_LEN)
        return js_throw_range_error(ctx, "Invalid string length");
    bool wide = ((sa->h.flags | sb->h.flags) & JS_STR_WIDE) != 0;
    if (len > ROPE_MIN_LEN) {
        JSString *r = js_malloc(sizeof(JSString));
        r->h.type = JS_CELL_STRING;
        r->h.flags = JS_STR_ROPE | (wide ? JS_STR_WIDE : 0);
        r->len = (uint32_t)len;
        r->u.rope.left = sa;
        r->u.rope.right = sb;
        return js_mkptr(r);
    }
    sa = js_string_flat(sa);
    sb = js_string_flat(sb);
    JSString *r = js_string_alloc((uint32_t)len, wide);
    if (!wide) {
        memcpy(js_string_latin1_buf(r), sa->u.latin1, sa->len);
        memcpy(js_string_latin1_buf(r) + sa->len, sb->u.latin1, sb->len);
    } else {
        uint16_t *d = js_string_utf16_buf(r);
        for (int k = 0; k < 2; k++) {
            JSString *x = k ? sb : sa;
            if (x->h.flags & JS_STR_WIDE)
                memcpy(d, x->u.utf16, (size_t)x->len * 2);
            else
                for (uint32_t i = 0; i < x->len; i++)
                    d[i] = x->u.latin1[i];
            d += x->len;
        }
    }
    return js_mkptr(r);
}

/* Copy a flat string's units into dst (wide or narrow). */
static void copy_units(void *dst, bool dst_wide, JSString *x)
{
    if (!dst_wide)
        memcpy(dst, x->u.latin1, x->len);
    else if (x->h.flags & JS_STR_WIDE)
        memcpy(dst, x->u.utf16, (size_t)x->len * 2);
    else
        for (uint32_t i = 0; i < x->len; i++)
            ((uint16_t *)dst)[i] = x->u.latin1[i];
}

/* Left-to-right walk with an explicit stack of pending right children: a
 * rope built by `s += x` is deep on the left, one built by `s = x + s` on the
 * right; neither recurses. */
JSString *js_string_flat(JSString *s)
{
    if (!(s->h.flags & JS_STR_ROPE))
        return s;
    bool wide = (s->h.flags & JS_STR_WIDE) != 0;
    size_t unit = wide ? 2 : 1;
    uint8_t *buf = js_malloc_atomic((size_t)s->len * unit + 1);
    uint32_t cap = 64, sp = 0;
    JSString **stack = js_malloc(cap * sizeof *stack);
    size_t pos = 0;
    JSString *node = s;
    for (;;) {
        while (node->h.flags & JS_STR_ROPE) {
            if (sp == cap) {
                cap *= 2;
                stack = js_realloc(stack, cap * sizeof *stack);
            }
            stack[sp++] = node->u.rope.right;
            node = node->u.rope.left;
        }
        copy_units(buf + pos * unit, wide, node);
        pos += node->len;
        if (sp == 0)
            break;
        node = stack[--sp];
    }
    if (!wide)
        buf[pos] = 0;
    s->u.rope.right = NULL;   /* drop the children: they may now be collected */
    s->u.latin1 = buf;
    s->h.flags &= (uint16_t)~JS_STR_ROPE;
    return s;
}

/* ---------------------------------------------------------------- access */

uint16_t js_string_at(JSString *s, uint32_t i)
{
    return (s->h.flags & JS_STR_WIDE) ? s->u.utf16[i] : s->u.latin1[i];
}

JSValue js_substring(JSContext *ctx, JSValue str, uint32_t start, uint32_t end)
{
    JSString *s = js_string_flat(js_str(str));
    if (start == 0 && end == s->len)
        return str;
    if (end <= start)
        return ctx->atoms.empty;
    if (!(s->h.flags & JS_STR_WIDE))
        return js_new_string_latin1(ctx, s->u.latin1 + start, end - start);
    return js_new_string16(ctx, s->u.utf16 + start, end - start);
}

int js_string_compare(JSString *a, JSString *b)
{
    a = js_string_flat(a);
    b = js_string_flat(b);
    uint32_t n = a->len < b->len ? a->len : b->len;
    if (!((a->h.flags | b->h.flags) & JS_STR_WIDE)) {
        int r = memcmp(a->u.latin1, b->u.latin1, n);
        if (r)
            return r;
    } else {
        for (uint32_t i = 0; i < n; i++) {
            int d = (int)js_string_at(a, i) - (int)js_string_at(b, i);
            if (d)
                return d;
        }
    }
    return a->len < b->len ? -1 : a->len > b->len;
}

bool js_string_equals(JSString *a, JSString *b)
{
    if (a == b)
        return true;
    if (a->len != b->len)
        return false;
    if ((a->h.flags & b->h.flags & JS_STR_ATOM))
        return false;   /* distinct atoms differ */
    if (a->hash && b->hash && a->hash != b->hash)
        return false;
    a = js_string_flat(a);
    b = js_string_flat(b);
    bool wa = a->h.flags & JS_STR_WIDE, wb = b->h.flags & JS_STR_WIDE;
    if (!wa && !wb)
        return memcmp(a->u.latin1, b->u.latin1, a->len) == 0;
    if (wa && wb)
        return memcmp(a->u.utf16, b->u.utf16, (size_t)a->len * 2) == 0;
    for (uint32_t i = 0; i < a->len; i++)
        if (js_string_at(a, i) != js_string_at(b, i))
            return false;
    return true;
}

bool js_string_equals_cstr(JSString *s, const char *c)
{
    size_t n = strlen(c);
    if (s->len != n)
        return false;
    for (uint32_t i = 0; i < s->len; i++)
        if (js_string_at(s, i) != (uint8_t)c[i])
            return false;
    return true;
}

/* FNV-1a over code units, so a string hashes the same in either width. */
uint32_t js_string_hash(JSString *s)
{
    if (s->hash)
        return s->hash;
    s = js_string_flat(s);
    uint32_t h = 2166136261u;
    if (!(s->h.flags & JS_STR_WIDE)) {
        for (uint32_t i = 0; i < s->len; i++)
            h = (h ^ s->u.latin1[i]) * 16777619u;
    } else {
        for (uint32_t i = 0; i < s->len; i++)
            h = (h ^ s->u.utf16[i]) * 16777619u;
    }
    if (h == 0)
        h = 1;
    s->hash = h;
    return h;
}

/* ---------------------------------------------------------------- builder */

void js_sb_init(JSStringBuilder *sb, JSContext *ctx)
{
    sb->ctx = ctx;
    sb->cap = 32;
    sb->buf = js_malloc_atomic(sb->cap * sizeof(uint16_t));
    sb->len = 0;
    sb->wide = false;
}

static void sb_reserve(JSStringBuilder *sb, uint32_t extra)
{
    if ((uint64_t)sb->len + extra <= sb->cap)
        return;
    uint64_t cap = sb->cap * 2ull;
    while (cap < (uint64_t)sb->len + extra)
        cap *= 2;
    if (cap > 0xFFFFFFFFu / 2)
        cap = 0xFFFFFFFFu / 2;
    sb->buf = js_realloc(sb->buf, cap * sizeof(uint16_t));
    sb->cap = (uint32_t)cap;
}

void js_sb_putc(JSStringBuilder *sb, uint32_t c)
{
    sb_reserve(sb, 2);
    if (c > 0xFFFF) {
        c -= 0x10000;
        sb->buf[sb->len++] = (uint16_t)(0xD800 + (c >> 10));
        sb->buf[sb->len++] = (uint16_t)(0xDC00 + (c & 0x3FF));
        sb->wide = true;
        return;
    }
    if (c > 0xFF)
        sb->wide = true;
    sb->buf[sb->len++] = (uint16_t)c;
}

void js_sb_puts(JSStringBuilder *sb, const char *utf8)
{
    const uint8_t *p = (const uint8_t *)utf8, *end = p + strlen(utf8);
    sb_reserve(sb, (uint32_t)(end - p));
    while (p < end) {
        if (*p < 0x80) {
            sb->buf[sb->len++] = *p++;
            continue;
        }
        int used;
        uint32_t c = utf8_decode(p, end, &used);
        p += used;
        js_sb_putc(sb, c);
    }
}

void js_sb_put_string(JSStringBuilder *sb, JSValue str)
{
    JSString *s = js_string_flat(js_str(str));
    sb_reserve(sb, s->len);
    if (s->h.flags & JS_STR_WIDE) {
        memcpy(sb->buf + sb->len, s->u.utf16, (size_t)s->len * 2);
        sb->wide = true;
    } else {
        for (uint32_t i = 0; i < s->len; i++)
            sb->buf[sb->len + i] = s->u.latin1[i];
    }
    sb->len += s->len;
}

JSValue js_sb_finish(JSStringBuilder *sb)
{
    JSValue r;
    if (sb->len > JS_STRING_MAX_LEN)
        return js_throw_range_error(sb->ctx, "Invalid string length");
    if (sb->wide) {
        r = js_new_string16(sb->ctx, sb->buf, sb->len);
    } else {
        JSString *s = sb->len == 0 ? js_str(sb->ctx->atoms.empty) : js_string_alloc(sb->len, false);
        if (sb->len)
            for (uint32_t i = 0; i < sb->len; i++)
                js_string_latin1_buf(s)[i] = (uint8_t)sb->buf[i];
        r = js_mkptr(s);
    }
    sb->buf = NULL;
    sb->len = sb->cap = 0;
    return r;
}
