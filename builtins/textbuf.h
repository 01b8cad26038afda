/* textbuf.h - the growing UTF-8 buffer (Str) and the small string helpers
 * that console.c and console_inspect.c both build their text with.  The
 * text lives in collector memory with no pointers in it (js_malloc_atomic),
 * so nothing needs freeing; every function is static inline so that each
 * file keeps only what it uses. */
#ifndef WEAKJS_BUILTINS_TEXTBUF_H
#define WEAKJS_BUILTINS_TEXTBUF_H

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../runtime/js.h"

typedef struct Str {
    char *p;
    size_t len, cap;
} Str;

static inline void str_init(Str *s)
{
    s->cap = 64;
    s->len = 0;
    s->p = js_malloc_atomic(s->cap);
    s->p[0] = 0;
}

static inline void str_putn(Str *s, const char *t, size_t n)
{
    if (s->len + n + 1 > s->cap) {
        size_t nc = s->cap * 2;
        while (nc < s->len + n + 1)
            nc *= 2;
        char *np = js_malloc_atomic(nc);
        memcpy(np, s->p, s->len);
        s->p = np;
        s->cap = nc;
    }
    memcpy(s->p + s->len, t, n);
    s->len += n;
    s->p[s->len] = 0;
}

static inline void str_puts(Str *s, const char *t)
{
    str_putn(s, t, strlen(t));
}

static inline void str_putc(Str *s, char c)
{
    str_putn(s, &c, 1);
}

static inline char *str_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline char *str_printf(const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    char *p = js_malloc_atomic((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

static inline char *str_cat(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    char *p = js_malloc_atomic(la + lb + 1);
    memcpy(p, a, la);
    memcpy(p + la, b, lb + 1);
    return p;
}

/* The printer's text is NUL-terminated C strings, so a U+0000 in a JS
 * string travels through it as the pair C0 80 (an overlong form that valid
 * UTF-8 never contains) and becomes a NUL byte again only where the text
 * leaves the printer: str_write to a file, str_to_js to a JS string. */
static inline const char *str_utf8(JSContext *ctx, JSValue v)
{
    size_t n;
    const char *p = js_to_utf8(ctx, v, &n);
    size_t nuls = 0;
    for (size_t i = 0; i < n; i++)
        nuls += p[i] == 0;
    if (!nuls)
        return p;
    char *q = js_malloc_atomic(n + nuls + 1), *w = q;
    for (size_t i = 0; i < n; i++) {
        if (p[i] == 0) {
            *w++ = (char)0xC0;
            *w++ = (char)0x80;
        } else {
            *w++ = p[i];
        }
    }
    *w = 0;
    return q;
}

/* Undo str_utf8's C0 80 in place of NUL: into dst (which may be src), returns the length. */
static inline size_t str_decode_nul(char *dst, const char *src)
{
    size_t k = 0;
    for (const char *s = src; *s; s++) {
        if ((unsigned char)s[0] == 0xC0 && (unsigned char)s[1] == 0x80) {
            dst[k++] = 0;
            s++;
        } else {
            dst[k++] = *s;
        }
    }
    return k;
}

static inline JSValue str_to_js(JSContext *ctx, const char *s)
{
    if (!strstr(s, "\xC0\x80"))
        return js_new_string(ctx, s);
    char *q = js_malloc_atomic(strlen(s) + 1);
    size_t n = str_decode_nul(q, s);
    return js_new_string_len(ctx, q, n);
}

/* fputs that turns C0 80 back into NUL bytes. */
static inline void str_write(const char *s, FILE *f)
{
    const char *run = s;
    for (; *s; s++) {
        if ((unsigned char)s[0] == 0xC0 && (unsigned char)s[1] == 0x80) {
            fwrite(run, 1, (size_t)(s - run), f);
            fputc(0, f);
            s++;
            run = s + 1;
        }
    }
    fwrite(run, 1, (size_t)(s - run), f);
}

#endif
