/* state.h - the built-ins' per-context state, in ctx->builtin_state.
 *
 * Heap values the built-in families remember between calls (their own
 * constructors, registries, the originals that fast paths compare with)
 * live here rather than in C statics, so that two contexts never share
 * them.  The block comes from js_malloc, so the collector sees every
 * JSValue in it; it is made on first use by whichever family asks first. */
#ifndef WEAKJS_BUILTINS_STATE_H
#define WEAKJS_BUILTINS_STATE_H

#include "../runtime/js.h"

typedef struct JSBuiltinState {
    JSValue object_ctor;        /* %Object%: tells `new Object` from a subclass's super() */
    JSValue array_ctor;         /* %Array%: ArraySpeciesCreate and Array.from/of use it directly */
    JSValue symbol_registry;    /* Symbol.for: null-prototype object, description -> symbol */
    JSValue map_set, set_add;   /* the original Map.prototype.set / Set.prototype.add */
    JSValue regexp_ctor;        /* %RegExp% */
    JSObject *rsi_proto;        /* %RegExpStringIteratorPrototype% */
    int join_depth;             /* arrays being joined right now, so a cycle joins as "" */
    JSValue join_stack[64];
} JSBuiltinState;

static inline JSBuiltinState *js_builtin_state(JSContext *ctx)
{
    JSBuiltinState *s = ctx->builtin_state;
    if (!s) {
        s = js_malloc(sizeof *s);   /* zeroed: join_depth 0, rsi_proto NULL */
        s->object_ctor = s->array_ctor = s->symbol_registry = JS_UNDEFINED;
        s->map_set = s->set_add = s->regexp_ctor = JS_UNDEFINED;
        ctx->builtin_state = s;
    }
    return s;
}

#endif
