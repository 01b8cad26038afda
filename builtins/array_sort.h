/* array_sort.h - Array.prototype.sort's algorithm (array_sort.c), for
 * array.c's sort and toSorted. */
#ifndef WEAKJS_BUILTINS_ARRAY_SORT_H
#define WEAKJS_BUILTINS_ARRAY_SORT_H

#include "../runtime/js.h"

typedef struct SortState {
    JSContext *ctx;
    JSValue cmp;        /* the comparator, or undefined for string order */
    bool failed;        /* a comparison threw: ctx->exception is set */
} SortState;

/* Sorts v[0..n) (no undefineds) in place as V8 does; tmp has room for
 * n / 2 + 1 values.  On a throwing comparison sets s->failed and stops. */
void js_tim_sort(SortState *s, JSValue *v, JSValue *tmp, size_t n);

#endif
