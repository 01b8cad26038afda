/* weak.h - what the printer needs of WeakMap and WeakSet. */
#ifndef WEAKJS_WEAK_H
#define WEAKJS_WEAK_H

#include <gc.h>

#include "../runtime/js.h"

/* The live entries of a WeakMap or WeakSet, up to max, in insertion order
 * (as far as deletions kept it): keys[i] and values[i] (either array may be
 * NULL).  Returns how many were stored. */
uint32_t js_weak_entries(JSContext *ctx, JSValue coll, JSValue *keys, JSValue *values, uint32_t max);

/* The target of a WeakRef, or undefined once it died. */
JSValue js_weakref_target(JSValue ref);

/* A list of disappearing links to objects (pointer-free, so it keeps none
 * of them alive); a slot reads 0 once its object died.  Add compacts the
 * dead slots away before it grows the list. */
typedef struct JSWeakList {
    GC_hidden_pointer *links;
    uint32_t n, cap;
} JSWeakList;
void js_weak_list_add(JSWeakList *l, void *obj);

/* gc(): collect, run the weak collections' finalizers, collect again. */
void js_collect(JSContext *ctx);

/* CanBeHeldWeakly: an object or a symbol not made by Symbol.for. */
bool js_can_be_held_weakly(JSValue v);

#endif
