/* weak.h - what the printer needs of WeakMap and WeakSet. */
#ifndef WEAKJS_WEAK_H
#define WEAKJS_WEAK_H

#include "../runtime/js.h"

/* The live entries of a WeakMap or WeakSet, up to max, in insertion order
 * (as far as deletions kept it): keys[i] and values[i] (either array may be
 * NULL).  Returns how many were stored. */
uint32_t js_weak_entries(JSContext *ctx, JSValue coll, JSValue *keys, JSValue *values, uint32_t max);

/* The target of a WeakRef, or undefined once it died. */
JSValue js_weakref_target(JSValue ref);

/* gc(): collect, run the weak collections' finalizers, collect again. */
void js_collect(JSContext *ctx);

/* CanBeHeldWeakly: an object or a symbol not made by Symbol.for. */
bool js_can_be_held_weakly(JSValue v);

#endif
