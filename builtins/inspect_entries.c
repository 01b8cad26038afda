/* inspect_entries.c - the entry lists of arrays and collections for the
 * value printer (console_inspect.c decides braces and bases; this file
 * makes the entries between them): array items with runs of holes,
 * Map/Set contents, what is left in a Map/Set iterator, a WeakMap/WeakSet's
 * live entries (showHidden only) and a promise's state.  Each follows its
 * node counterpart (formatArray, formatSpecialArray, formatMap, formatSet,
 * formatMapIterInner, formatSetIterInner, formatPromise), honouring
 * maxArrayLength with "... N more items". */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "inspect_priv.h"
#include "mapset.h"
#include "console.h"
#include "textbuf.h"
#include "weak.h"

double insp_own_length(Insp *in, JSObject *a)
{
    JSPropertyDescriptor d;
    if (insp_own_desc(in, a, in->ctx->atoms.length, &d) && !(d.flags & JS_PROP_ACCESSOR) && js_is_number(d.value))
        return js_get_number(d.value);
    return 0;
}

/* The own index keys of a non-fast array, ascending. */
static uint32_t *slow_indexes(Insp *in, JSObject *a, uint32_t *count)
{
    JSValue saved = in->ctx->exception;
    JSValue arr = js_own_keys(in->ctx, js_mkptr(a), JS_KEYS_STRINGS);
    *count = 0;
    if (js_is_exception(arr)) {
        in->ctx->exception = saved;
        return NULL;
    }
    JSObject *ka = js_obj(arr);
    uint32_t *idx = js_malloc_atomic(sizeof(uint32_t) * (ka->u.array.len + 1));
    for (uint32_t i = 0; i < ka->u.array.len; i++) {
        uint32_t x;
        if (js_is_string(ka->u.array.elems[i]) && js_atom_is_index(ka->u.array.elems[i], &x))
            idx[(*count)++] = x;
    }
    return idx;
}

/* node's formatArray + formatSpecialArray: items, runs of holes as
 * `<N empty items>`, at most maxArrayLength entries. */
void insp_format_array(Insp *in, JSObject *a, int rt, List *out)
{
    double len = insp_own_length(in, a);
    double max = fmin(fmax(in->max_array_length, 0), len);
    bool fast = (a->h.flags & JS_OBJ_FAST_ARRAY) != 0;
    uint32_t nidx = 0, pi = 0;
    uint32_t *idx = fast ? NULL : slow_indexes(in, a, &nidx);
    double i = 0;
    while (i < len && out->n < max) {
        bool present;
        if (fast)
            present = i < a->u.array.len && a->u.array.elems[(uint32_t)i] != JS_EMPTY;
        else {
            while (pi < nidx && idx[pi] < i)
                pi++;
            present = pi < nidx && idx[pi] == i;
        }
        if (present) {
            if (fast) {
                in->indent += 2;
                list_push(out, insp_format_value(in, a->u.array.elems[(uint32_t)i], rt));
                in->indent -= 2;
            } else {
                list_push(out, insp_format_property(in, a, js_atom_from_uint(in->ctx, (uint32_t)i), K_ARRAY, rt));
            }
            i++;
            continue;
        }
        double j = i;
        if (fast) {
            while (j < a->u.array.len && a->u.array.elems[(uint32_t)j] == JS_EMPTY)
                j++;
            if (j >= a->u.array.len)
                j = len;
        } else {
            j = pi < nidx ? idx[pi] : len;
        }
        if (j > len)
            j = len;
        double holes = j - i;
        list_push(out, insp_stylize(in, str_printf("<%.0f empty item%s>", holes, holes > 1 ? "s" : ""), S_UNDEFINED));
        i = j;
    }
    if (i < len)
        list_push(out, insp_remaining_text(len - i));
}

char *insp_remaining_text(double n)
{
    return str_printf("... %.0f more item%s", n, n > 1 ? "s" : "");
}

void insp_format_set(Insp *in, JSValue set, int rt, List *out)
{
    uint32_t size = js_mapset_size(set);
    double max = fmin(fmax(in->max_array_length, 0), size);
    in->indent += 2;
    const void *cur = NULL;
    JSValue k, v;
    uint32_t i = 0;
    while (i < max && (cur = js_mapset_next(set, cur, &k, &v))) {
        list_push(out, insp_format_value(in, k, rt));
        i++;
    }
    if (size > max)
        list_push(out, insp_remaining_text(size - max));
    in->indent -= 2;
}

void insp_format_map(Insp *in, JSValue map, int rt, List *out)
{
    uint32_t size = js_mapset_size(map);
    double max = fmin(fmax(in->max_array_length, 0), size);
    in->indent += 2;
    const void *cur = NULL;
    JSValue k, v;
    uint32_t i = 0;
    while (i < max && (cur = js_mapset_next(map, cur, &k, &v))) {
        char *ks = insp_format_value(in, k, rt);
        char *vs = insp_format_value(in, v, rt);
        list_push(out, str_printf("%s => %s", ks, vs));
        i++;
    }
    if (size > max)
        list_push(out, insp_remaining_text(size - max));
    in->indent -= 2;
}

int insp_cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A Map/Set iterator's remaining items (weak: a WeakMap/WeakSet's live
 * entries, sorted as node sorts them). */
static void format_iter_entries(Insp *in, JSValue *keys, JSValue *vals, uint32_t n, bool pairs, bool weak,
                                int rt, List *out)
{
    double max = fmin(fmax(in->max_array_length, 0), n);
    in->indent += 2;
    uint32_t start = out->n;
    for (uint32_t i = 0; i < max; i++) {
        if (!pairs) {
            list_push(out, insp_format_value(in, keys[i], rt));
        } else if (weak) {
            char *ks = insp_format_value(in, keys[i], rt);
            list_push(out, str_printf("%s => %s", ks, insp_format_value(in, vals[i], rt)));
        } else {
            List pair = { NULL, 0, 0 };
            list_push(&pair, insp_format_value(in, keys[i], rt));
            list_push(&pair, insp_format_value(in, vals[i], rt));
            list_push(out, insp_reduce_to_single_string(in, &pair, "", "[", "]", K_ARRAY_EXTRAS, rt, NULL));
        }
    }
    in->indent -= 2;
    if (weak && !in->sorted && out->n - start > 1)
        qsort(out->v + start, out->n - start, sizeof(char *), insp_cmp_str);
    if (n > max)
        list_push(out, insp_remaining_text(n - max));
}

bool insp_format_map_set_iterator(Insp *in, JSValue it, int rt, List *out)
{
    JSContext *ctx = in->ctx;
    int kind = 0;
    JSValue saved = ctx->exception;
    JSValue rest = js_mapset_iterator_rest(ctx, it, &kind);
    if (!js_is_object(rest)) {
        ctx->exception = saved;
        return false;
    }
    JSObject *ra = js_obj(rest);
    uint32_t n = ra->u.array.len;
    JSValue *keys = js_malloc(sizeof(JSValue) * (n + 1));
    JSValue *vals = js_malloc(sizeof(JSValue) * (n + 1));
    for (uint32_t i = 0; i < n; i++) {
        JSValue e = ra->u.array.elems[i];
        if (kind == 2 && js_is_array(e) && js_obj(e)->u.array.len >= 2) {
            keys[i] = js_obj(e)->u.array.elems[0];
            vals[i] = js_obj(e)->u.array.elems[1];
        } else {
            keys[i] = e;
            vals[i] = JS_UNDEFINED;
        }
    }
    format_iter_entries(in, keys, vals, n, kind == 2, false, rt, out);
    return kind == 2;
}

void insp_format_weak(Insp *in, JSValue coll, bool is_map, int rt, List *out)
{
    if (!in->show_hidden) {
        list_push(out, insp_stylize(in, "<items unknown>", S_SPECIAL));
        return;
    }
    uint32_t n = js_weak_entries(in->ctx, coll, NULL, NULL, UINT32_MAX);
    JSValue *keys = js_malloc(sizeof(JSValue) * (n + 1));
    JSValue *vals = js_malloc(sizeof(JSValue) * (n + 1));
    n = js_weak_entries(in->ctx, coll, keys, vals, n);
    format_iter_entries(in, keys, vals, n, is_map, true, rt, out);
}

void insp_format_promise(Insp *in, JSValue p, int rt, List *out)
{
    JSValue result = JS_UNDEFINED;
    int state = js_promise_state ? js_promise_state(p, &result) : 0;
    if (state == 0) {
        list_push(out, insp_stylize(in, "<pending>", S_SPECIAL));
        return;
    }
    in->indent += 2;
    char *s = insp_format_value(in, result, rt);
    in->indent -= 2;
    list_push(out, state == 2 ? str_printf("%s %s", insp_stylize(in, "<rejected>", S_SPECIAL), s) : s);
}

