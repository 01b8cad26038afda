/* repl_complete.c - Tab completion for the REPL: after `a.b.` the property
 * names of that value and of its prototypes; elsewhere keywords, the global
 * object's properties and the top-level let/const/class bindings of earlier
 * inputs.  The base `a.b` is looked up without running any code: only data
 * properties are followed, a getter stops completion, so pressing Tab never
 * has side effects.
 *
 * One match is inserted; several insert their common prefix, and if that
 * adds nothing they are listed under the line, in columns, as node does. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include <gc.h>

#include "runtime/eval.h"
#include "repl.h"

static Repl *the_repl;

typedef struct Words {
    const char **v;
    size_t n, cap;
} Words;

static const char *const keywords[] = {
    "await", "break", "case", "catch", "class", "const", "continue", "debugger", "default",
    "delete", "do", "else", "export", "extends", "false", "finally", "for", "function", "if",
    "import", "in", "instanceof", "let", "new", "null", "return", "static", "super", "switch",
    "this", "throw", "true", "try", "typeof", "var", "void", "while", "with", "yield",
};

static bool id_char(unsigned char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' ||
           c == '$' || c >= 0x80;
}

static bool is_identifier(const char *s)
{
    if (!*s || (*s >= '0' && *s <= '9'))
        return false;
    for (; *s; s++)
        if (!id_char((unsigned char)*s))
            return false;
    return true;
}

static void add_word(Words *w, const char *s, const char *prefix, size_t plen)
{
    if (strncmp(s, prefix, plen) != 0 || !is_identifier(s))
        return;
    for (size_t i = 0; i < w->n; i++)
        if (strcmp(w->v[i], s) == 0)
            return;
    if (w->n == w->cap) {
        size_t nc = w->cap ? w->cap * 2 : 32;
        const char **nv = GC_MALLOC(nc * sizeof(char *));
        if (w->n)
            memcpy(nv, w->v, w->n * sizeof(char *));
        w->v = nv;
        w->cap = nc;
    }
    w->v[w->n++] = s;
}

/* The string-keyed property names of o and its prototypes. */
static void add_keys(JSContext *ctx, Words *w, JSObject *o, const char *prefix, size_t plen)
{
    for (int depth = 0; o && depth < 64; o = o->proto, depth++) {
        JSValue keys = js_own_keys(ctx, js_mkptr(o), JS_KEYS_STRINGS);
        if (js_is_exception(keys)) {
            ctx->exception = JS_UNDEFINED;
            return;
        }
        uint32_t n = js_obj(keys)->u.array.len;
        for (uint32_t i = 0; i < n; i++) {
            JSValue k = js_obj(keys)->u.array.elems[i];
            if (js_is_string(k))
                add_word(w, js_to_utf8(ctx, k, NULL), prefix, plen);
        }
    }
}

/* A data property of v (own or inherited) without calling anything;
 * JS_EMPTY when there is none or it is an accessor. */
static JSValue peek(JSContext *ctx, JSValue v, JSValue atom)
{
    JSObject *o = js_is_object(v) ? js_obj(v) : NULL;
    for (int depth = 0; o && depth < 64; o = o->proto, depth++) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(ctx, o, atom, &d);
        if (r < 0) {
            ctx->exception = JS_UNDEFINED;
            return JS_EMPTY;
        }
        if (r > 0)
            return (d.flags & JS_PROP_ACCESSOR) ? JS_EMPTY : d.value;
    }
    return JS_EMPTY;
}

/* A top-level let/const/class binding, or JS_EMPTY. */
static JSValue global_lexical(JSContext *ctx, JSValue atom)
{
    GlobalCell *c = eval_global_cell(ctx, atom, false);
    return c ? c->value : JS_EMPTY;
}

/* The object whose properties complete `base.`: the value of a chain of
 * identifiers, found without side effects.  NULL when there is none. */
static JSObject *base_object(JSContext *ctx, const char *start, const char *end)
{
    JSValue v = JS_EMPTY;
    const char *p = start;
    while (p < end) {
        const char *q = p;
        while (q < end && *q != '.')
            q++;
        if (q == p)
            return NULL;
        char *name = GC_MALLOC_ATOMIC((size_t)(q - p) + 1);
        memcpy(name, p, (size_t)(q - p));
        name[q - p] = 0;
        JSValue atom = js_atom(ctx, name);
        if (v == JS_EMPTY) {
            v = global_lexical(ctx, atom);
            if (v == JS_EMPTY)
                v = peek(ctx, ctx->global, atom);
        } else {
            JSObject *proto = NULL;
            if (js_is_string(v))
                proto = ctx->string_proto;
            else if (js_is_number(v))
                proto = ctx->number_proto;
            if (proto)
                v = js_mkptr(proto);
            v = peek(ctx, v, atom);
        }
        if (v == JS_EMPTY)
            return NULL;
        p = q < end ? q + 1 : q;
    }
    if (js_is_object(v))
        return js_obj(v);
    if (js_is_string(v))
        return ctx->string_proto;
    if (js_is_number(v))
        return ctx->number_proto;
    if (js_is_bool(v))
        return ctx->boolean_proto;
    if (js_is_symbol(v))
        return ctx->symbol_proto;
    return NULL;
}

static void global_words(Repl *r, Words *w, const char *prefix, size_t plen)
{
    JSContext *ctx = r->ctx;
    for (size_t i = 0; i < r->nnames; i++) {
        JSValue v = global_lexical(ctx, r->names[i]);
        if (v != JS_EMPTY)
            add_word(w, js_to_utf8(ctx, r->names[i], NULL), prefix, plen);
    }
    add_keys(ctx, w, js_obj(ctx->global), prefix, plen);
    for (size_t i = 0; i < sizeof keywords / sizeof *keywords; i++)
        add_word(w, keywords[i], prefix, plen);
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The candidates in columns across the terminal, sorted. */
static void list_words(Words *w)
{
    qsort(w->v, w->n, sizeof(char *), by_name);
    size_t width = 0;
    for (size_t i = 0; i < w->n; i++)
        if (strlen(w->v[i]) > width)
            width = strlen(w->v[i]);
    width += 2;
    struct winsize ws;
    size_t cols = ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0 ? ws.ws_col : 80;
    size_t per_row = cols / width ? cols / width : 1;
    fputc('\n', stdout);
    for (size_t i = 0; i < w->n; i++) {
        if ((i + 1) % per_row == 0 || i + 1 == w->n)
            printf("%s\n", w->v[i]);
        else
            printf("%-*s", (int)width, w->v[i]);
    }
    fputc('\n', stdout);
    fflush(stdout);
}

unsigned char repl_complete_key(EditLine *el, int ch);

unsigned char repl_complete_key(EditLine *el, int ch)
{
    (void)ch;
    Repl *r = the_repl;
    const LineInfo *li = el_line(el);
    const char *cur = li->cursor, *w = cur;
    while (w > li->buffer && id_char((unsigned char)w[-1]))
        w--;
    size_t plen = (size_t)(cur - w);
    char *prefix = GC_MALLOC_ATOMIC(plen + 1);
    memcpy(prefix, w, plen);
    prefix[plen] = 0;

    Words words = {0};
    if (w > li->buffer && w[-1] == '.') {
        const char *b = w - 1;
        while (b > li->buffer && (id_char((unsigned char)b[-1]) || b[-1] == '.'))
            b--;
        JSObject *o = b < w - 1 ? base_object(r->ctx, b, w - 1) : NULL;
        if (o)
            add_keys(r->ctx, &words, o, prefix, plen);
    } else if (plen > 0 && !(*prefix >= '0' && *prefix <= '9')) {
        global_words(r, &words, prefix, plen);
    }
    if (words.n == 0)
        return CC_ERROR;   /* libedit beeps */
    /* the longest prefix all candidates share */
    size_t common = strlen(words.v[0]);
    for (size_t i = 1; i < words.n; i++) {
        size_t k = 0;
        while (k < common && words.v[i][k] == words.v[0][k])
            k++;
        common = k;
    }
    if (common > plen) {
        char *ins = GC_MALLOC_ATOMIC(common - plen + 1);
        memcpy(ins, words.v[0] + plen, common - plen);
        ins[common - plen] = 0;
        el_insertstr(el, ins);
        return CC_REFRESH;
    }
    if (words.n == 1)
        return CC_NORM;
    list_words(&words);
    return CC_REDISPLAY;
}

void repl_complete_init(Repl *r)
{
    the_repl = r;
}

/* Every identifier-like word of src, once: completion later keeps those
 * that name a top-level lexical binding (a string's words do no harm). */
static void note_word(Repl *r, const char *p, const char *q);

void repl_complete_note(Repl *r, const char *src)
{
    const char *p = src;
    while (*p) {
        if (!id_char((unsigned char)*p)) {
            p++;
            continue;
        }
        const char *q = p;
        while (*q && id_char((unsigned char)*q))
            q++;
        if (!(*p >= '0' && *p <= '9'))
            note_word(r, p, q);
        p = q;
    }
}

static void note_word(Repl *r, const char *p, const char *q)
{
    char *name = GC_MALLOC_ATOMIC((size_t)(q - p) + 1);
    memcpy(name, p, (size_t)(q - p));
    name[q - p] = 0;
    JSValue atom = js_atom(r->ctx, name);
    size_t i = 0;
    while (i < r->nnames && r->names[i] != atom)
        i++;
    if (i < r->nnames)
        return;
    if (r->nnames == r->namecap) {
        r->namecap = r->namecap ? r->namecap * 2 : 64;
        r->names = js_realloc(r->names, r->namecap * sizeof(JSValue));
    }
    r->names[r->nnames++] = atom;
}
