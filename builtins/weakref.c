/* weakref.c - WeakRef and FinalizationRegistry on bdwgc's disappearing links.
 *
 * A WeakRef keeps its target as a hidden pointer inside the WeakRef object,
 * registered as a disappearing link: the collector zeroes it when the
 * target dies.  deref() of a live target keeps it alive until the current
 * task ends (KeepDuringJob, runtime/jobs.c), as does creating the WeakRef.
 *
 * A FinalizationRegistry owns cells {target: disappearing link, held value,
 * token: disappearing link}.  No finalizer runs inside a collection: after
 * every task the event loop calls sweep(), which, when a collection has
 * happened since the last look (GC_get_gc_no), moves each cell whose
 * target is gone to its registry's `cleared` list and queues ONE cleanup
 * task for the registry, as V8 does.  That task calls the callback for the
 * cleared cells one by one, newest first, so a callback that unregisters a
 * token also cancels the callbacks still due for it (unregister looks in
 * both lists), and microtasks the callbacks queue run after all of them.
 * Registries are found through a list of disappearing links, so a dead
 * registry's callbacks never run, as the spec allows. */
#include <gc.h>

#include "builtins.h"
#include "weak.h"

typedef struct FinCell {
    struct FinCell *next;
    GC_hidden_pointer target;  /* disappearing link; 0 once the target died */
    GC_hidden_pointer token;   /* disappearing link, or 0 without a token */
    JSValue held;
} FinCell;

typedef struct FinReg {
    FinCell *cells;            /* live targets, newest first */
    FinCell *cleared;          /* dead targets awaiting their callback, next first */
    JSValue cleanup;
    bool task_queued;          /* a cleanup task for this registry is pending */
} FinReg;

typedef struct WeakState {
    JSWeakList regs;           /* every registry */
    GC_word last_gc;
    JSValue cleanup_fn;        /* cleanup_task as a function value */
} WeakState;

static WeakState *weak_state(JSContext *ctx);

/* ---------------------------------------------------------------- WeakRef */

static JSValue WeakRef_constructor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return js_throw_type_error(ctx, "Constructor WeakRef requires 'new'");
    if (!js_can_be_held_weakly(argv[0]))
        return js_throw_type_error(ctx, "WeakRef: invalid target");
    JSObject *proto = js_proto_from_ctor(ctx, nt, ctx->weakref_proto);
    if (!proto)
        return JS_EXCEPTION;
    JSValue ref = js_new_object_class(ctx, proto, JS_CLASS_WEAKREF);
    if (ref == JS_EXCEPTION)
        return ref;
    JSObject *o = js_obj(ref);
    o->u.prim = GC_HIDE_POINTER(js_get_ptr(argv[0]));
    GC_general_register_disappearing_link((void **)&o->u.prim, js_get_ptr(argv[0]));
    js_pin_weak(js_get_ptr(argv[0]));
    js_keep_during_job(ctx, argv[0]);
    return ref;
}

static JSValue WeakRef_prototype_deref(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_class_of(this_val) != JS_CLASS_WEAKREF)
        return js_throw_type_error(ctx, "Method WeakRef.prototype.deref called on incompatible receiver %s",
                                   js_describe(ctx, this_val));
    GC_hidden_pointer h = (GC_hidden_pointer)js_obj(this_val)->u.prim;
    if (!h)
        return JS_UNDEFINED;
    JSValue target = js_mkptr(GC_REVEAL_POINTER(h));
    js_keep_during_job(ctx, target);
    return target;
}

/* The target of a WeakRef, or undefined once it died (for the printer). */
JSValue js_weakref_target(JSValue ref)
{
    GC_hidden_pointer h = (GC_hidden_pointer)js_obj(ref)->u.prim;
    return h ? js_mkptr(GC_REVEAL_POINTER(h)) : JS_UNDEFINED;
}

/* ---------------------------------------------------------------- FinalizationRegistry */

static void track_registry(JSContext *ctx, JSObject *reg)
{
    js_weak_list_add(&weak_state(ctx)->regs, reg);
}

static FinReg *this_registry(JSContext *ctx, JSValue this_val, const char *method)
{
    if (js_class_of(this_val) != JS_CLASS_FINREG) {
        js_throw_type_error(ctx, "Method FinalizationRegistry.prototype.%s called on incompatible receiver %s",
                            method, js_describe(ctx, this_val));
        return NULL;
    }
    return js_obj(this_val)->u.opaque;
}

static JSValue FinalizationRegistry_constructor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return js_throw_type_error(ctx, "Constructor FinalizationRegistry requires 'new'");
    if (!js_is_function(argv[0]))
        return js_throw_type_error(ctx, "FinalizationRegistry: cleanup must be callable");
    JSObject *proto = js_proto_from_ctor(ctx, nt, ctx->finreg_proto);
    if (!proto)
        return JS_EXCEPTION;
    JSValue obj = js_new_object_class(ctx, proto, JS_CLASS_FINREG);
    if (obj == JS_EXCEPTION)
        return obj;
    FinReg *fr = js_malloc(sizeof *fr);
    fr->cleanup = argv[0];
    js_obj(obj)->u.opaque = fr;
    track_registry(ctx, js_obj(obj));
    return obj;
}

static JSValue bad_token(JSContext *ctx, JSValue token)
{
    JSValue s = js_to_string(ctx, token);
    return js_throw_type_error(ctx, "Invalid unregisterToken ('%s')",
                               s == JS_EXCEPTION ? "?" : js_to_utf8(ctx, s, NULL));
}

static JSValue FinalizationRegistry_prototype_register(JSContext *ctx, JSValue this_val, int argc,
                                                       JSValue *argv)
{
    FinReg *fr = this_registry(ctx, this_val, "register");
    if (!fr)
        return JS_EXCEPTION;
    JSValue target = argv[0], held = argv[1], token = argc > 2 ? argv[2] : JS_UNDEFINED;
    if (!js_can_be_held_weakly(target))
        return js_throw_type_error(ctx, "FinalizationRegistry.prototype.register: invalid target");
    if (js_same_value(target, held))
        return js_throw_type_error(ctx,
                                   "FinalizationRegistry.prototype.register: target and holdings must not be same");
    if (!js_is_undefined(token) && !js_can_be_held_weakly(token))
        return bad_token(ctx, token);
    FinCell *c = js_malloc(sizeof *c);
    c->held = held;
    c->target = GC_HIDE_POINTER(js_get_ptr(target));
    GC_general_register_disappearing_link((void **)&c->target, js_get_ptr(target));
    js_pin_weak(js_get_ptr(target));
    if (!js_is_undefined(token)) {
        c->token = GC_HIDE_POINTER(js_get_ptr(token));
        GC_general_register_disappearing_link((void **)&c->token, js_get_ptr(token));
    }
    c->next = fr->cells;
    fr->cells = c;
    return JS_UNDEFINED;
}

/* Unlink the cells of `list` registered with the (hidden) token `want`. */
static bool remove_token(FinCell **list, GC_hidden_pointer want)
{
    bool removed = false;
    for (FinCell **pp = list; *pp;) {
        if ((*pp)->token == want) {
            *pp = (*pp)->next;
            removed = true;
        } else
            pp = &(*pp)->next;
    }
    return removed;
}

static JSValue FinalizationRegistry_prototype_unregister(JSContext *ctx, JSValue this_val, int argc,
                                                         JSValue *argv)
{
    FinReg *fr = this_registry(ctx, this_val, "unregister");
    if (!fr)
        return JS_EXCEPTION;
    if (!js_can_be_held_weakly(argv[0]))
        return bad_token(ctx, argv[0]);
    GC_hidden_pointer want = GC_HIDE_POINTER(js_get_ptr(argv[0]));
    bool removed = remove_token(&fr->cells, want);
    removed |= remove_token(&fr->cleared, want);
    return js_new_bool(removed);
}

/* The cleanup task of one registry (argv[0]): call back for its cleared
 * cells until none is left.  Each cell is unlinked before its callback
 * runs, so a callback that unregisters touches only the cells after it. */
static JSValue cleanup_task(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    FinReg *fr = js_obj(argv[0])->u.opaque;
    fr->task_queued = false;
    while (fr->cleared) {
        FinCell *c = fr->cleared;
        fr->cleared = c->next;
        if (js_call(ctx, fr->cleanup, JS_UNDEFINED, 1, &c->held) == JS_EXCEPTION)
            return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

/* Move the cells of `fr` whose targets died to the front of its cleared
 * list (newest first, like the cells) and queue its cleanup task. */
static void sweep_registry(JSContext *ctx, JSObject *reg, FinReg *fr)
{
    FinCell *batch = NULL, **tail = &batch;
    for (FinCell **pp = &fr->cells; *pp;) {
        FinCell *c = *pp;
        if (c->target) {
            pp = &c->next;
            continue;
        }
        *pp = c->next;
        *tail = c;
        tail = &c->next;
    }
    if (!batch)
        return;
    *tail = fr->cleared;
    fr->cleared = batch;
    if (!fr->task_queued) {
        JSValue arg = js_mkptr(reg);
        fr->task_queued = true;
        js_enqueue_task(ctx, weak_state(ctx)->cleanup_fn, 1, &arg);
    }
}

static int sweep(JSContext *ctx)
{
    WeakState *ws = weak_state(ctx);
    GC_word gc_no = GC_get_gc_no();
    if (gc_no == ws->last_gc)
        return 0;
    ws->last_gc = gc_no;
    for (uint32_t i = 0; i < ws->regs.n; i++) {
        GC_hidden_pointer h = ws->regs.links[i];
        if (h) {
            JSObject *reg = GC_REVEAL_POINTER(h);
            sweep_registry(ctx, reg, reg->u.opaque);
        }
    }
    return 0;
}

static WeakState *weak_state(JSContext *ctx)
{
    return ctx->weak_state;
}

static const JSFunctionEntry weakref_methods[] = {
    {"deref", WeakRef_prototype_deref, 0},
};

static const JSFunctionEntry finreg_methods[] = {
    {"register", FinalizationRegistry_prototype_register, 2},
    {"unregister", FinalizationRegistry_prototype_unregister, 1},
};

static void init_one(JSContext *ctx, JSObject **protop, const char *name, JSCFunction *ctor, int length,
                     const JSFunctionEntry *methods, size_t n)
{
    JSValue proto = js_new_object(ctx);
    *protop = js_obj(proto);
    /* V8's key order: constructor (its slot reserved here, filled by
     * js_define_class), the methods, then Symbol.toStringTag */
    js_define_value(ctx, proto, ctx->atoms.constructor, JS_UNDEFINED, JS_PROP_CW);
    js_define_functions(ctx, proto, methods, n);
    js_define_value(ctx, proto, ctx->sym.to_string_tag, js_new_string(ctx, name), JS_PROP_CONFIGURABLE);
    js_define_class(ctx, name, ctor, length, proto);
}

void js_init_weakref(JSContext *ctx)
{
    ctx->weak_state = js_malloc(sizeof(WeakState));
    weak_state(ctx)->cleanup_fn = js_new_cfunction(ctx, cleanup_task, "cleanup", 1);
    init_one(ctx, &ctx->weakref_proto, "WeakRef", WeakRef_constructor, 1, weakref_methods,
             JS_COUNTOF(weakref_methods));
    init_one(ctx, &ctx->finreg_proto, "FinalizationRegistry", FinalizationRegistry_constructor, 1,
             finreg_methods, JS_COUNTOF(finreg_methods));
    js_add_task_hook(ctx, sweep);
}
