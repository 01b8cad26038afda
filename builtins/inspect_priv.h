/* inspect_priv.h - what the value printer's files share (console_inspect.c
 * formats values, inspect_entries.c makes the entries of arrays and
 * collections, inspect_layout.c joins entries into lines): the inspect
 * context, the entry list and a few text helpers.  Private to them. */
#ifndef WEAKJS_BUILTINS_INSPECT_PRIV_H
#define WEAKJS_BUILTINS_INSPECT_PRIV_H

#include <stdbool.h>
#include <stdint.h>

#include "textbuf.h"

/* process.emitWarning as node prints it, from a nextTick (console.c; util.c
 * and assert.c declare it too, for their deprecation warnings). */
JSValue js_emit_warning(JSContext *ctx, JSValue text, bool deprecation);

/* util.inspect.defaultOptions, which every inspect starts from
 * (console_inspect.c; util.c declares it too). */
void js_set_inspect_defaults(JSValue options);

static inline void str_spaces(Str *s, int n)
{
    for (int i = 0; i < n; i++)
        str_putc(s, ' ');
}

/* Length in UTF-16 units of UTF-8 text. */
static inline size_t width(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xc0) != 0x80)
            n++;
        if (*p >= 0xf0)
            n++;
    }
    return n;
}

/* A list of entry strings (scanned memory: it holds collector pointers). */
typedef struct List {
    char **v;
    uint32_t n, cap;
} List;

static inline void list_push(List *l, char *s)
{
    if (l->n == l->cap) {
        l->cap = l->cap ? l->cap * 2 : 8;
        l->v = js_realloc(l->v, sizeof(char *) * l->cap);
    }
    l->v[l->n++] = s;
}

/* ================================================================ the inspect context */

enum { K_OBJECT, K_ARRAY, K_ARRAY_EXTRAS };  /* node's kObjectType, kArrayType, kArrayExtrasType */

typedef struct Insp {
    JSContext *ctx;
    double depth;            /* INFINITY for depth: null */
    bool show_hidden;
    bool sorted;
    double break_length;
    int compact;             /* a number, or COMPACT_TRUE / 0 for false */
    double max_array_length, max_string_length;
    int indent;              /* node's indentationLvl */
    int current_depth;
    JSValue *seen;
    uint32_t nseen, capseen;
    JSValue *circ;           /* circular targets; index + 1 is the ref number */
    uint32_t ncirc, capcirc;
    bool custom_inspect;     /* call value[util.inspect.custom] */
    bool depth_null;         /* depth: null (custom inspectors are told null) */
    bool failed;             /* a custom inspector threw: ctx->exception is set */
    int getters;             /* call getters: 0 no, 1 all, 2 'get' (no setter), 3 'set' (with one) */
    JSValue user_opts;       /* the options object custom inspectors get, made on first use */
    JSValue sort_fn;         /* sorted: a comparator function, else undefined */
    bool colors;             /* wrap values in node's ANSI styles (inspect.styles) */
    bool numeric_separator;  /* numbers grouped by threes with '_' */
} Insp;

#define COMPACT_TRUE (-1)

/* util.formatWithOptions (console.c; used by util.c -- belongs in console.h,
 * which is not the printer's to edit). */

/* node's inspect.styles (console_inspect.c has their colors). */
enum { S_SPECIAL, S_NUMBER, S_BOOLEAN, S_UNDEFINED, S_NULL, S_STRING, S_SYMBOL, S_DATE, S_REGEXP };

/* ---- console_inspect.c */
/* node's formatValue: any value at recursion depth rt. */
char *insp_format_value(Insp *in, JSValue v, int rt);
/* node's formatProperty: `key: value` (K_OBJECT) or the bare value (K_ARRAY). */
char *insp_format_property(Insp *in, JSObject *obj, JSValue key, int type, int rt);
/* An own property's descriptor without running JavaScript: 1 found, 0 not. */
int insp_own_desc(Insp *in, JSObject *o, JSValue key, JSPropertyDescriptor *d);
/* ctx.stylize: text wrapped in a style's SGR codes when colors are on. */
char *insp_stylize(const Insp *in, const char *text, int style);
/* Text without its SGR sequences when colors are on. */
const char *insp_remove_colors(const Insp *in, const char *s);
/* node's reduceToSingleString: one line or one entry per line, after
 * grouping long arrays into columns (inspect_layout.c). */
/* ---- inspect_entries.c */
char *insp_remaining_text(double n);                  /* "... N more items" */
double insp_own_length(Insp *in, JSObject *a);        /* an array's length data property */
int insp_cmp_str(const void *a, const void *b);       /* qsort order of entry strings */
void insp_format_array(Insp *in, JSObject *a, int rt, List *out);
void insp_format_set(Insp *in, JSValue set, int rt, List *out);
void insp_format_map(Insp *in, JSValue map, int rt, List *out);
/* Returns true for an entries iterator (node prints [... Entries]). */
bool insp_format_map_set_iterator(Insp *in, JSValue it, int rt, List *out);
void insp_format_weak(Insp *in, JSValue coll, bool is_map, int rt, List *out);
void insp_format_promise(Insp *in, JSValue p, int rt, List *out);

/* ---- inspect_layout.c */
char *insp_reduce_to_single_string(Insp *in, List *out, const char *base, const char *b0, const char *b1,
                                   int extras, int rt, JSObject *value);

#endif
