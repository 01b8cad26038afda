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

#endif
