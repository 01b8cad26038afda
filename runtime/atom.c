/* atom.c - the intern table: one string per distinct content, so property
 * keys compare by pointer.  Open addressing on the string hash, in collector
 * memory; atoms live as long as the context.  A flag set at intern time says
 * whether an atom is a canonical array index, so most keys are rejected as
 * indexes by a bit test. */
#include <stdio.h>

#include "atom.h"

#define SMALL_INT_ATOMS 1024

typedef struct AtomTable {
    JSString **slots;     /* NULL: empty */
    uint32_t cap, count;  /* cap: power of two */
    JSValue small[SMALL_INT_ATOMS];  /* js_atom_from_uint cache */
} AtomTable;

static bool parse_index(JSString *s, uint32_t *out)
{
    uint32_t n = s->len;
    if (n == 0 || n > 10)
        return false;
    uint16_t c0 = js_string_at(s, 0);
    if (c0 < '0' || c0 > '9' || (c0 == '0' && n > 1))
        return false;
    uint64_t v = 0;
    for (uint32_t i = 0; i < n; i++) {
        uint16_t c = js_string_at(s, i);
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    if (v > 4294967294u)
        return false;
    *out = (uint32_t)v;
    return true;
}

bool js_atom_is_index(JSValue atom, uint32_t *index)
{
    if (!js_is_string(atom))
        return false;
    JSString *s = js_str(atom);
    if (s->h.flags & JS_STR_NOT_INDEX)
        return false;
    uint32_t tmp;
    return parse_index(js_string_flat(s), index ? index : &tmp);
}

static void table_grow(AtomTable *t)
{
    uint32_t ncap = t->cap * 2;
    JSString **ns = js_malloc(ncap * sizeof *ns);
    for (uint32_t i = 0; i < t->cap; i++) {
        JSString *s = t->slots[i];
        if (!s)
            continue;
        uint32_t j = s->hash & (ncap - 1);
        while (ns[j])
            j = (j + 1) & (ncap - 1);
        ns[j] = s;
    }
    t->slots = ns;
    t->cap = ncap;
}

static JSString *table_insert(AtomTable *t, JSString *s)
{
    if ((t->count + 1) * 4 > t->cap * 3)
        table_grow(t);
    uint32_t j = s->hash & (t->cap - 1);
    while (t->slots[j])
        j = (j + 1) & (t->cap - 1);
    uint32_t tmp;
    s->h.flags |= JS_STR_ATOM;
    if (!parse_index(s, &tmp))
        s->h.flags |= JS_STR_NOT_INDEX;
    t->slots[j] = s;
    t->count++;
    return s;
}

void js_atom_init(JSContext *ctx)
{
    AtomTable *t = js_malloc(sizeof *t);
    t->cap = 1024;
    t->slots = js_malloc(t->cap * sizeof *t->slots);
    ctx->atom_table = t;
}

JSValue js_atom_from_string(JSContext *ctx, JSValue str)
{
    JSString *s = js_str(str);
    if (s->h.flags & JS_STR_ATOM)
        return str;
    AtomTable *t = ctx->atom_table;
    uint32_t h = js_string_hash(s);   /* flattens */
    for (uint32_t j = h & (t->cap - 1); t->slots[j]; j = (j + 1) & (t->cap - 1)) {
        JSString *a = t->slots[j];
        if (a->hash == h && js_string_equals(a, s))
            return js_mkptr(a);
    }
    /* The single-character strings are shared outside any context: intern
     * a copy rather than flagging the shared one. */
    if (s->len == 1 && !(s->h.flags & JS_STR_WIDE)) {
        JSString *c = js_string_alloc(1, false);
        js_string_latin1_buf(c)[0] = s->u.latin1[0];
        c->hash = h;
        s = c;
    }
    return js_mkptr(table_insert(t, s));
}

JSValue js_atom(JSContext *ctx, const char *utf8)
{
    /* ASCII names (nearly all) are looked up without allocating. */
    uint32_t h = 2166136261u;
    const uint8_t *p = (const uint8_t *)utf8;
    for (; *p; p++) {
        if (*p >= 0x80)
            return js_atom_from_string(ctx, js_new_string(ctx, utf8));
        h = (h ^ *p) * 16777619u;
    }
    if (h == 0)
        h = 1;
    AtomTable *t = ctx->atom_table;
    for (uint32_t j = h & (t->cap - 1); t->slots[j]; j = (j + 1) & (t->cap - 1)) {
        JSString *a = t->slots[j];
        if (a->hash == h && js_string_equals_cstr(a, utf8))
            return js_mkptr(a);
    }
    size_t n = (size_t)(p - (const uint8_t *)utf8);
    JSString *s = js_string_alloc((uint32_t)n, false);
    memcpy(js_string_latin1_buf(s), utf8, n);
    s->hash = h;
    return js_mkptr(table_insert(t, s));
}

JSValue js_atom_from_uint(JSContext *ctx, uint32_t i)
{
    AtomTable *t = ctx->atom_table;
    if (i < SMALL_INT_ATOMS && t->small[i])
        return t->small[i];
    char buf[16];
    if (i <= 0x7fffffff)
        js_fmt_int(buf, (int32_t)i);
    else
        snprintf(buf, sizeof buf, "%u", i);
    JSValue a = js_atom(ctx, buf);
    if (i < SMALL_INT_ATOMS)
        t->small[i] = a;
    return a;
}
