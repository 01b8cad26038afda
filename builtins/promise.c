/* promise.c - Promise, per ECMAScript and with node's ordering: the
 * constructor and its resolving functions, thenable adoption through a
 * NewPromiseResolveThenableJob (so `resolve(promise)` costs two extra
 * ticks), then/catch/finally with species constructors, the static
 * combinators, and HostPromiseRejectionTracker for node's exit on an
 * unhandled rejection.  Jobs go to runtime/jobs.c's microtask queue.
 *
 * The closures the spec makes (resolving functions, element functions,
 * finally's thunks) are C functions carrying a record in u.cfunc.data; a C
 * function finds its own object as ctx->frame->func.  Records start with a
 * JSCell header of type 0, so no part of the runtime mistakes them for a
 * value it knows.  Anonymous internal functions drop their own stack frame,
 * as V8 shows none for them. */
#include "builtins.h"
#include "promise.h"

enum { PENDING, FULFILLED, REJECTED };

/* A PromiseCapability.  resolve == undefined marks an internal one: a fresh
 * %Promise% whose resolving functions could not be observed, so none are
 * made (it is settled directly, once).  promise == undefined: no derived
 * promise at all (await). */
typedef struct Capability {
    JSValue promise, resolve, reject;
} Capability;

/* A fulfill/reject reaction pair, as PerformPromiseThen appends them. */
typedef struct Reaction {
    JSCell h;
    struct Reaction *next;
    Capability cap;
    JSValue on_fulfilled, on_rejected;   /* callable or undefined */
} Reaction;

typedef struct PromiseData {
    int state;
    bool handled;                        /* [[PromiseIsHandled]] */
    JSValue result;
    Reaction *head, *tail;               /* while pending */
} PromiseData;

/* Per-context state, in ctx->promise_state. */
typedef struct PromiseState {
    JSValue ctor;                        /* %Promise% */
    JSValue reaction_job, thenable_job;
    JSValue *unhandled;                  /* rejected without a handler, in rejection order */
    uint32_t n_unhandled, cap_unhandled;
} PromiseState;

static PromiseState *pstate(JSContext *ctx)
{
    if (!ctx->promise_state)
        ctx->promise_state = js_malloc(sizeof(PromiseState));
    return ctx->promise_state;
}

/* ------------------------------------------------------------ helpers */

static void *new_record(size_t size)
{
    JSCell *h = js_malloc(size);
    h->type = 0;
    return h;
}

/* The data of the C function running now; read before dropping the frame. */
static JSValue own_data(JSContext *ctx)
{
    return js_obj(ctx->frame->func)->u.cfunc.data;
}

static void *own_record(JSContext *ctx)
{
    return js_get_ptr(own_data(ctx));
}

static void hide_own_frame(JSContext *ctx)
{
    ctx->frame = ctx->frame->prev;   /* call_cfunc restores it on return */
}

static JSValue closure(JSContext *ctx, JSCFunction *fn, int length, JSValue data)
{
    JSValue f = js_new_cfunction(ctx, fn, "", length);
    js_obj(f)->u.cfunc.data = data;
    return f;
}

static JSValue closure_magic(JSContext *ctx, JSCFunctionMagic *fn, int length, JSValue data, int magic)
{
    JSValue f = js_new_cfunction_magic(ctx, fn, "", length, magic);
    js_obj(f)->u.cfunc.data = data;
    return f;
}

static JSValue take_exception(JSContext *ctx)
{
    JSValue e = ctx->exception;
    ctx->exception = JS_UNDEFINED;
    return e;
}

bool js_is_promise(JSValue v)
{
    return js_class_of(v) == JS_CLASS_PROMISE && js_obj(v)->u.opaque;
}

static PromiseData *pdata(JSValue p)
{
    return js_obj(p)->u.opaque;
}

/* V8's form of a value in "Promise resolver X is not a function". */
static const char *describe(JSContext *ctx, JSValue v)
{
    return js_is_array(v) ? "[object Array]" : js_describe(ctx, v);
}

/* Invoke(obj, "then", args), with V8's message for a missing method. */
static JSValue invoke_then(JSContext *ctx, JSValue obj, int argc, JSValue *argv)
{
    JSValue then = js_get_atom(ctx, obj, ctx->atoms.then);
    if (js_is_exception(then))
        return then;
    if (!js_is_function(then))
        return js_throw_type_error(ctx, "%s is not a function", js_describe_typed(ctx, then));
    return js_call(ctx, then, obj, argc, argv);
}

static JSValue new_promise_object(JSContext *ctx, JSObject *proto)
{
    JSValue p = js_new_object_class(ctx, proto, JS_CLASS_PROMISE);
    if (js_is_exception(p))
        return p;
    PromiseData *d = js_malloc(sizeof *d);
    d->state = PENDING;
    d->result = JS_UNDEFINED;
    js_obj(p)->u.opaque = d;
    return p;
}

/* ------------------------------------------------------------ rejection tracking */

static void track_rejected(JSContext *ctx, JSValue p)
{
    PromiseState *s = pstate(ctx);
    if (s->n_unhandled == s->cap_unhandled) {
        s->cap_unhandled = s->cap_unhandled ? s->cap_unhandled * 2 : 8;
        s->unhandled = js_realloc(s->unhandled, sizeof(JSValue) * s->cap_unhandled);
    }
    s->unhandled[s->n_unhandled++] = p;
}

static void untrack(PromiseState *s, uint32_t i)
{
    memmove(s->unhandled + i, s->unhandled + i + 1, sizeof(JSValue) * (s->n_unhandled - i - 1));
    s->unhandled[--s->n_unhandled] = JS_UNDEFINED;
}

/* A handler was added to a rejected promise: it is no longer reported. */
static void track_handled(JSContext *ctx, JSValue p)
{
    PromiseState *s = pstate(ctx);
    for (uint32_t i = 0; i < s->n_unhandled; i++) {
        if (s->unhandled[i] == p) {
            untrack(s, i);
            return;
        }
    }
}

int js_promise_check_unhandled(JSContext *ctx)
{
    PromiseState *s = pstate(ctx);
    if (!s->n_unhandled)
        return 0;
    JSValue p = s->unhandled[0];
    untrack(s, 0);
    ctx->exception = pdata(p)->result;
    return -1;
}

/* V8's NoSideEffectsToString, as far as node's message shows it. */
static const char *reason_text(JSContext *ctx, JSValue v)
{
    if (js_is_array(v))
        return "[object Array]";
    if (js_is_object(v) && !js_is_function(v) && !js_obj(v)->proto)
        return "[object Object]";
    return js_describe(ctx, v);
}

const char *js_promise_unhandled_message(JSContext *ctx, JSValue reason)
{
    if (js_is_object(reason)) {
        /* a throwing proxy trap counts as not error-like; ctx->exception is kept */
        JSValue saved = ctx->exception;
        int has = js_get_own_property(ctx, js_obj(reason), ctx->atoms.stack, NULL);
        ctx->exception = saved;
        if (has > 0)
            return NULL;
    }
    static const char head[] =
        "UnhandledPromiseRejection: This error originated either by throwing inside of an async function "
        "without a catch block, or by rejecting a promise which was not handled with .catch(). "
        "The promise rejected with the reason \"";
    const char *text = reason_text(ctx, reason);
    size_t n = sizeof head + strlen(text) + 2;
    char *out = js_malloc_atomic(n);
    snprintf(out, n, "%s%s\".", head, text);
    return out;
}

int js_promise_state(JSValue promise, JSValue *result)
{
    if (!js_is_promise(promise))
        return 0;
    PromiseData *d = pdata(promise);
    *result = d->result;
    return d->state == PENDING ? 0 : d->state == FULFILLED ? 1 : 2;
}

/* ------------------------------------------------------------ settling */

static void enqueue_reaction(JSContext *ctx, Reaction *r, bool rejected, JSValue arg)
{
    JSValue args[3] = { js_mkptr(r), js_new_bool(rejected), arg };
    js_enqueue_job(ctx, pstate(ctx)->reaction_job, 3, args);
}

/* FulfillPromise / RejectPromise, then TriggerPromiseReactions. */
static void settle(JSContext *ctx, JSValue p, int state, JSValue v)
{
    PromiseData *d = pdata(p);
    Reaction *r = d->head;
    d->state = state;
    d->result = v;
    d->head = d->tail = NULL;
    if (state == REJECTED && !d->handled)
        track_rejected(ctx, p);
    for (; r; r = r->next)
        enqueue_reaction(ctx, r, state == REJECTED, v);
}

static void reject_promise(JSContext *ctx, JSValue p, JSValue reason)
{
    settle(ctx, p, REJECTED, reason);
}

/* What a resolve function does once past its already-resolved check. */
static void resolve_promise(JSContext *ctx, JSValue p, JSValue x)
{
    if (x == p) {
        JSValue msg = js_new_string(ctx, "Chaining cycle detected for promise #<Promise>");
        reject_promise(ctx, p, js_new_error(ctx, JS_TYPE_ERROR, msg));
        return;
    }
    if (!js_is_object(x)) {
        settle(ctx, p, FULFILLED, x);
        return;
    }
    JSValue then = js_get_atom(ctx, x, ctx->atoms.then);
    if (js_is_exception(then)) {
        reject_promise(ctx, p, take_exception(ctx));
        return;
    }
    if (!js_is_function(then)) {
        settle(ctx, p, FULFILLED, x);
        return;
    }
    JSValue args[3] = { p, x, then };
    js_enqueue_job(ctx, pstate(ctx)->thenable_job, 3, args);
}

/* The record the two resolving functions of a promise share. */
typedef struct Resolving {
    JSCell h;
    JSValue promise;
    bool already_resolved;
} Resolving;

static JSValue resolve_function(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    Resolving *r = own_record(ctx);
    hide_own_frame(ctx);
    if (!r->already_resolved) {
        r->already_resolved = true;
        resolve_promise(ctx, r->promise, argv[0]);
    }
    return JS_UNDEFINED;
}

static JSValue reject_function(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    Resolving *r = own_record(ctx);
    hide_own_frame(ctx);
    if (!r->already_resolved) {
        r->already_resolved = true;
        reject_promise(ctx, r->promise, argv[0]);
    }
    return JS_UNDEFINED;
}

/* CreateResolvingFunctions */
static void make_resolving(JSContext *ctx, JSValue p, JSValue *resolve, JSValue *reject)
{
    Resolving *r = new_record(sizeof *r);
    r->promise = p;
    *resolve = closure(ctx, resolve_function, 1, js_mkptr(r));
    *reject = closure(ctx, reject_function, 1, js_mkptr(r));
}

/* Resolve or reject a capability's promise; an exception only from a
 * user-supplied resolving function. */
static JSValue settle_capability(JSContext *ctx, Capability *cap, bool rejected, JSValue v)
{
    if (js_is_undefined(cap->resolve)) {
        if (rejected)
            reject_promise(ctx, cap->promise, v);
        else
            resolve_promise(ctx, cap->promise, v);
        return JS_UNDEFINED;
    }
    return js_call(ctx, rejected ? cap->reject : cap->resolve, JS_UNDEFINED, 1, &v);
}

/* ------------------------------------------------------------ jobs */

/* NewPromiseReactionJob: args (reaction, rejected, argument). */
static JSValue promise_reaction_job(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    hide_own_frame(ctx);
    Reaction *r = js_get_ptr(argv[0]);
    bool rejected = argv[1] == JS_TRUE;
    JSValue handler = rejected ? r->on_rejected : r->on_fulfilled;
    JSValue v = argv[2];
    if (js_is_function(handler)) {
        v = js_call(ctx, handler, JS_UNDEFINED, 1, &argv[2]);
        rejected = js_is_exception(v);
        if (rejected)
            v = take_exception(ctx);
    }
    if (js_is_undefined(r->cap.promise))
        return JS_UNDEFINED;
    return settle_capability(ctx, &r->cap, rejected, v);
}

/* NewPromiseResolveThenableJob: args (promise, thenable, then). */
static JSValue promise_thenable_job(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    hide_own_frame(ctx);
    JSValue fns[2];
    make_resolving(ctx, argv[0], &fns[0], &fns[1]);
    JSValue r = js_call(ctx, argv[2], argv[1], 2, fns);
    if (js_is_exception(r)) {
        JSValue e = take_exception(ctx);
        return js_call(ctx, fns[1], JS_UNDEFINED, 1, &e);
    }
    return JS_UNDEFINED;
}

/* ------------------------------------------------------------ capabilities */

typedef struct CapabilityExecutor {
    JSCell h;
    JSValue resolve, reject;
} CapabilityExecutor;

/* GetCapabilitiesExecutor */
static JSValue capability_executor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    CapabilityExecutor *e = own_record(ctx);
    hide_own_frame(ctx);
    if (!js_is_undefined(e->resolve) || !js_is_undefined(e->reject))
        return js_throw_type_error(ctx, "Promise executor has already been invoked with non-undefined arguments");
    e->resolve = argv[0];
    e->reject = argv[1];
    return JS_UNDEFINED;
}

/* NewPromiseCapability(C).  For %Promise% itself no executor runs (it could
 * not be observed), and with !need_functions the capability is internal. */
static int new_capability(JSContext *ctx, JSValue c, Capability *cap, bool need_functions)
{
    if (c == pstate(ctx)->ctor) {
        cap->promise = new_promise_object(ctx, ctx->promise_proto);
        if (js_is_exception(cap->promise))
            return -1;
        cap->resolve = cap->reject = JS_UNDEFINED;
        if (need_functions)
            make_resolving(ctx, cap->promise, &cap->resolve, &cap->reject);
        return 0;
    }
    if (!js_is_constructor(c)) {
        js_throw_type_error(ctx, "%s is not a constructor", js_describe(ctx, c));
        return -1;
    }
    CapabilityExecutor *e = new_record(sizeof *e);
    e->resolve = e->reject = JS_UNDEFINED;
    JSValue executor = closure(ctx, capability_executor, 2, js_mkptr(e));
    JSValue p = js_construct(ctx, c, 1, &executor, c);
    if (js_is_exception(p))
        return -1;
    if (!js_is_function(e->resolve) || !js_is_function(e->reject)) {
        js_throw_type_error(ctx, "Promise resolve or reject function is not callable");
        return -1;
    }
    cap->promise = p;
    cap->resolve = e->resolve;
    cap->reject = e->reject;
    return 0;
}

/* SpeciesConstructor(o, %Promise%) */
static JSValue species_constructor(JSContext *ctx, JSValue o)
{
    JSValue dflt = pstate(ctx)->ctor;
    JSValue c = js_get_atom(ctx, o, ctx->atoms.constructor);
    if (js_is_exception(c) || js_is_undefined(c))
        return js_is_exception(c) ? c : dflt;
    if (!js_is_object(c))
        return js_throw_type_error(ctx, "The .constructor property is not an object");
    JSValue s = js_get(ctx, c, ctx->sym.species);
    if (js_is_exception(s))
        return s;
    if (js_is_nullish(s))
        return dflt;
    if (js_is_constructor(s))
        return s;
    return js_throw_type_error(ctx, "object.constructor[Symbol.species] is not a constructor");
}

/* PerformPromiseThen; cap may be NULL (no derived promise). */
static void perform_then(JSContext *ctx, JSValue p, JSValue on_fulfilled, JSValue on_rejected, Capability *cap)
{
    PromiseData *d = pdata(p);
    Reaction *r = new_record(sizeof *r);
    r->on_fulfilled = js_is_function(on_fulfilled) ? on_fulfilled : JS_UNDEFINED;
    r->on_rejected = js_is_function(on_rejected) ? on_rejected : JS_UNDEFINED;
    if (cap)
        r->cap = *cap;
    else
        r->cap.promise = r->cap.resolve = r->cap.reject = JS_UNDEFINED;
    if (d->state == PENDING) {
        if (d->tail)
            d->tail->next = r;
        else
            d->head = r;
        d->tail = r;
    } else {
        if (d->state == REJECTED && !d->handled)
            track_handled(ctx, p);
        enqueue_reaction(ctx, r, d->state == REJECTED, d->result);
    }
    d->handled = true;
}

/* PromiseResolve(C, x) */
static JSValue promise_resolve(JSContext *ctx, JSValue c, JSValue x)
{
    if (js_is_promise(x)) {
        JSValue xc = js_get_atom(ctx, x, ctx->atoms.constructor);
        if (js_is_exception(xc))
            return xc;
        if (js_same_value(xc, c))
            return x;
    }
    Capability cap;
    if (new_capability(ctx, c, &cap, false) < 0)
        return JS_EXCEPTION;
    if (js_is_exception(settle_capability(ctx, &cap, false, x)))
        return JS_EXCEPTION;
    return cap.promise;
}

/* ------------------------------------------------------------ constructor */

/* GetPrototypeFromConstructor: unlike js_proto_from_ctor, an abrupt
 * `prototype` getter on new.target propagates (node throws it). */
static JSObject *proto_from_new_target(JSContext *ctx, JSValue new_target)
{
    JSValue p = js_get_atom(ctx, new_target, ctx->atoms.prototype);
    if (js_is_exception(p))
        return NULL;
    return js_is_object(p) ? js_obj(p) : ctx->promise_proto;
}

static JSValue Promise_constructor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue new_target = js_new_target(ctx);
    if (js_is_undefined(new_target))
        return js_throw_type_error(ctx, "Promise constructor cannot be invoked without 'new'");
    JSValue executor = argv[0];
    if (!js_is_function(executor))
        return js_throw_type_error(ctx, "Promise resolver %s is not a function", describe(ctx, executor));
    JSObject *proto = proto_from_new_target(ctx, new_target);
    if (!proto)
        return JS_EXCEPTION;
    JSValue p = new_promise_object(ctx, proto);
    if (js_is_exception(p))
        return p;
    JSValue fns[2];
    make_resolving(ctx, p, &fns[0], &fns[1]);
    /* this frame shows as `at new Promise (<anonymous>)`: its new.target names it */
    JSValue r = js_call(ctx, executor, JS_UNDEFINED, 2, fns);
    if (js_is_exception(r)) {
        JSValue e = take_exception(ctx);
        if (js_is_exception(js_call(ctx, fns[1], JS_UNDEFINED, 1, &e)))
            return JS_EXCEPTION;
    }
    return p;
}

/* ------------------------------------------------------------ prototype */

static JSValue Promise_prototype_then(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_promise(this_val))
        return js_throw_type_error(ctx, "Method Promise.prototype.then called on incompatible receiver %s",
                                   js_describe(ctx, this_val));
    JSValue c = species_constructor(ctx, this_val);
    if (js_is_exception(c))
        return c;
    Capability cap;
    if (new_capability(ctx, c, &cap, false) < 0)
        return JS_EXCEPTION;
    perform_then(ctx, this_val, argv[0], argv[1], &cap);
    return cap.promise;
}

static JSValue Promise_prototype_catch(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue args[2] = { JS_UNDEFINED, argv[0] };
    return invoke_then(ctx, this_val, 2, args);
}

/* What finally's thenFinally and catchFinally close over. */
typedef struct FinallyRecord {
    JSCell h;
    JSValue on_finally, ctor;
} FinallyRecord;

static JSValue value_thunk(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue v = own_data(ctx);
    hide_own_frame(ctx);
    return v;
}

static JSValue thrower(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue v = own_data(ctx);
    hide_own_frame(ctx);
    return js_throw(ctx, v);
}

/* thenFinally (magic 0) and catchFinally (magic 1): run onFinally, wait for
 * what it returns, then pass the value on or throw the reason again. */
static JSValue finally_step(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    FinallyRecord *f = own_record(ctx);
    JSValue result = js_call(ctx, f->on_finally, JS_UNDEFINED, 0, NULL);
    if (js_is_exception(result))
        return result;
    JSValue p = promise_resolve(ctx, f->ctor, result);
    if (js_is_exception(p))
        return p;
    JSValue thunk = closure(ctx, magic ? thrower : value_thunk, 0, argv[0]);
    return invoke_then(ctx, p, 1, &thunk);
}

static JSValue Promise_prototype_finally(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(this_val))
        return js_throw_type_error(ctx, "Promise.prototype.finally called on non-object");
    JSValue c = species_constructor(ctx, this_val);
    if (js_is_exception(c))
        return c;
    JSValue args[2] = { argv[0], argv[0] };
    if (js_is_function(argv[0])) {
        FinallyRecord *f = new_record(sizeof *f);
        f->on_finally = argv[0];
        f->ctor = c;
        args[0] = closure_magic(ctx, finally_step, 1, js_mkptr(f), 0);
        args[1] = closure_magic(ctx, finally_step, 1, js_mkptr(f), 1);
        /* V8's traces show these steps, nameless: "at <anonymous>" */
        js_obj(args[0])->h.flags |= JS_OBJ_SHOWN_IN_STACK;
        js_obj(args[1])->h.flags |= JS_OBJ_SHOWN_IN_STACK;
    }
    return invoke_then(ctx, this_val, 2, args);
}

/* ------------------------------------------------------------ statics */

static JSValue Promise_resolve(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(this_val))
        return js_throw_type_error(ctx, "PromiseResolve called on non-object");
    return promise_resolve(ctx, this_val, argv[0]);
}

static JSValue Promise_reject(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(this_val))
        return js_throw_type_error(ctx, "PromiseReject called on non-object");
    Capability cap;
    if (new_capability(ctx, this_val, &cap, false) < 0)
        return JS_EXCEPTION;
    if (js_is_exception(settle_capability(ctx, &cap, true, argv[0])))
        return JS_EXCEPTION;
    return cap.promise;
}

static JSValue Promise_species(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_val;
}

/* ------------------------------------------------------------ combinators */

enum { ALL, ALL_SETTLED, ANY, RACE };

/* The state Promise.all, allSettled and any share among their element
 * functions: the values (or errors) list and the remaining count. */
typedef struct Combined {
    JSCell h;
    int kind;
    Capability cap;
    JSValue *values;
    uint32_t len, size;
    uint32_t remaining;
} Combined;

/* One element's functions: alreadyCalled is shared by allSettled's pair. */
typedef struct Element {
    JSCell h;
    Combined *all;
    uint32_t index;
    bool already_called;
} Element;

static void push_value(Combined *c)
{
    if (c->len == c->size) {
        c->size = c->size ? c->size * 2 : 8;
        c->values = js_realloc(c->values, sizeof(JSValue) * c->size);
    }
    c->values[c->len++] = JS_UNDEFINED;
}

/* The AggregateError of Promise.any; like V8's, its stack has no frames. */
static JSValue aggregate_error(JSContext *ctx, JSValue errors)
{
    JSStackFrame *saved = ctx->frame;
    ctx->frame = NULL;
    JSValue e = js_new_error(ctx, JS_AGGREGATE_ERROR, js_new_string(ctx, "All promises were rejected"));
    ctx->frame = saved;
    if (js_is_exception(e) || js_define_value(ctx, e, ctx->atoms.errors, errors, JS_PROP_CW) < 0)
        return JS_EXCEPTION;
    return e;
}

/* The count reached zero: settle the result with the list as an array. */
static JSValue finish_combined(JSContext *ctx, Combined *c)
{
    JSValue arr = js_new_array_from(ctx, c->len, c->values);
    if (js_is_exception(arr))
        return arr;
    if (c->kind != ANY)
        return settle_capability(ctx, &c->cap, false, arr);
    JSValue e = aggregate_error(ctx, arr);
    if (js_is_exception(e))
        return e;
    return settle_capability(ctx, &c->cap, true, e);
}

static JSValue settled_record(JSContext *ctx, bool rejected, JSValue x)
{
    JSValue o = js_new_object(ctx);
    if (js_is_exception(o))
        return o;
    js_define_value_str(ctx, o, "status", js_new_string(ctx, rejected ? "rejected" : "fulfilled"), JS_PROP_CWE);
    js_define_value_str(ctx, o, rejected ? "reason" : "value", x, JS_PROP_CWE);
    return o;
}

/* Promise.all Resolve Element, allSettled's (magic 0 fulfilled, 1
 * rejected) and Promise.any Reject Element, all alike. */
static JSValue element_function(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    Element *e = own_record(ctx);
    hide_own_frame(ctx);
    if (e->already_called)
        return JS_UNDEFINED;
    e->already_called = true;
    Combined *c = e->all;
    JSValue v = argv[0];
    if (c->kind == ALL_SETTLED) {
        v = settled_record(ctx, magic == 1, v);
        if (js_is_exception(v))
            return v;
    }
    c->values[e->index] = v;
    if (--c->remaining == 0)
        return finish_combined(ctx, c);
    return JS_UNDEFINED;
}

/* The loop of PerformPromiseAll / AllSettled / Any / Race.  *done tells
 * whether the iterator is finished (no IteratorClose then). */
static int perform_combined(JSContext *ctx, Combined *c, JSValue ctor, JSValue resolve, JSIterator *it, bool *done)
{
    c->remaining = 1;
    for (uint32_t index = 0;; index++) {
        JSValue next;
        int r = js_iterator_step(ctx, it, &next);
        if (r <= 0) {
            *done = true;
            if (r < 0)
                return -1;
            break;
        }
        JSValue p = js_call(ctx, resolve, ctor, 1, &next);
        if (js_is_exception(p))
            return -1;
        JSValue args[2] = { c->cap.resolve, c->cap.reject };
        if (c->kind != RACE) {
            push_value(c);
            Element *e = new_record(sizeof *e);
            e->all = c;
            e->index = index;
            JSValue data = js_mkptr(e);
            if (c->kind != ANY)
                args[0] = closure_magic(ctx, element_function, 1, data, 0);
            if (c->kind != ALL)
                args[1] = closure_magic(ctx, element_function, 1, data, 1);
            c->remaining++;
        }
        if (js_is_exception(invoke_then(ctx, p, 2, args)))
            return -1;
    }
    if (c->kind != RACE && --c->remaining == 0)
        return js_is_exception(finish_combined(ctx, c)) ? -1 : 0;
    return 0;
}

static JSValue combinator(JSContext *ctx, JSValue c, JSValue iterable, int kind, const char *name)
{
    if (!js_is_object(c))
        return js_throw_type_error(ctx, "%s called on non-object", name);
    Combined *all = new_record(sizeof *all);
    all->kind = kind;
    if (new_capability(ctx, c, &all->cap, true) < 0)
        return JS_EXCEPTION;
    JSValue resolve = js_get_str(ctx, c, "resolve");
    if (js_is_exception(resolve))
        goto reject;
    if (!js_is_function(resolve)) {
        js_throw_type_error(ctx, "resolve is not a function");
        goto reject;
    }
    JSIterator it;
    if (js_get_iterator(ctx, iterable, &it) < 0)
        goto reject;
    bool done = false;
    if (perform_combined(ctx, all, c, resolve, &it, &done) < 0) {
        if (!done)
            js_iterator_close(ctx, &it, true);
        goto reject;
    }
    return all->cap.promise;
reject: {
        JSValue e = take_exception(ctx);
        if (js_is_exception(js_call(ctx, all->cap.reject, JS_UNDEFINED, 1, &e)))
            return JS_EXCEPTION;
        return all->cap.promise;
    }
}

static JSValue Promise_all(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return combinator(ctx, this_val, argv[0], ALL, "Promise.all");
}

static JSValue Promise_allSettled(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return combinator(ctx, this_val, argv[0], ALL_SETTLED, "Promise.allSettled");
}

static JSValue Promise_any(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return combinator(ctx, this_val, argv[0], ANY, "Promise.any");
}

static JSValue Promise_race(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return combinator(ctx, this_val, argv[0], RACE, "Promise.race");
}

/* ------------------------------------------------------------ for other parts */

JSValue js_promise_new(JSContext *ctx)
{
    return new_promise_object(ctx, ctx->promise_proto);
}

void js_promise_resolve_with(JSContext *ctx, JSValue promise, JSValue v)
{
    resolve_promise(ctx, promise, v);
}

void js_promise_reject_with(JSContext *ctx, JSValue promise, JSValue reason)
{
    reject_promise(ctx, promise, reason);
}

JSValue js_promise_resolve(JSContext *ctx, JSValue v)
{
    return promise_resolve(ctx, pstate(ctx)->ctor, v);
}

void js_promise_then_native(JSContext *ctx, JSValue promise, JSValue on_fulfilled, JSValue on_rejected)
{
    perform_then(ctx, promise, on_fulfilled, on_rejected, NULL);
}

/* ------------------------------------------------------------ init */

/* After each task: an unhandled rejection ends the program as node ends it.
 * The error node reports for a reason: the reason itself when error-like,
 * else node's UnhandledPromiseRejection error (its stack holds only node's
 * internal frames, so none here).  The report places an error-like reason
 * where it was made, not where a throw statement last ran. */
static JSValue rejection_error(JSContext *ctx, JSValue reason)
{
    const char *msg = js_promise_unhandled_message(ctx, reason);
    if (!msg)
        return reason;
    static const char name[] = "UnhandledPromiseRejection";
    /* msg is "UnhandledPromiseRejection: This error ..." */
    JSValue err = js_new_error(ctx, JS_ERROR, js_new_string(ctx, msg + strlen(name) + 2));
    if (err == JS_EXCEPTION)
        return reason;
    js_define_value(ctx, err, ctx->atoms.name, js_new_string(ctx, name), JS_PROP_CW);
    js_define_value_str(ctx, err, "code", js_new_string(ctx, "ERR_UNHANDLED_REJECTION"), JS_PROP_CWE);
    return err;
}

/* Each rejection still unhandled goes, in order, to process's
 * 'unhandledRejection' listeners (reason, promise), else to its
 * 'uncaughtException' ones; with neither the hook fails with the error. */
static int unhandled_rejection_hook(JSContext *ctx)
{
    PromiseState *s = pstate(ctx);
    while (s->n_unhandled) {
        JSValue p = s->unhandled[0];
        if (js_process_unhandled_rejection(ctx, pdata(p)->result, p) == 0) {
            track_handled(ctx, p);
            continue;
        }
        js_promise_check_unhandled(ctx);
        js_forget_throw_site(ctx);
        ctx->exception = rejection_error(ctx, ctx->exception);
        if (js_process_uncaught(ctx, ctx->exception, "unhandledRejection") < 0)
            return -1;
    }
    return 0;
}

void js_init_promise(JSContext *ctx)
{
    static const JSFunctionEntry proto_funcs[] = {
        { "then", Promise_prototype_then, 2 },
        { "catch", Promise_prototype_catch, 1 },
        { "finally", Promise_prototype_finally, 1 },
    };
    static const JSFunctionEntry statics[] = {
        { "all", Promise_all, 1 },
        { "allSettled", Promise_allSettled, 1 },
        { "any", Promise_any, 1 },
        { "race", Promise_race, 1 },
        { "resolve", Promise_resolve, 1 },
        { "reject", Promise_reject, 1 },
    };
    PromiseState *s = pstate(ctx);
    JSValue proto = js_new_object(ctx);
    ctx->promise_proto = js_obj(proto);
    JSValue ctor = js_define_class(ctx, "Promise", Promise_constructor, 1, proto);
    s->ctor = ctor;
    js_define_functions(ctx, ctor, statics, JS_COUNTOF(statics));
    js_define_accessor(ctx, ctor, ctx->sym.species,
                       js_new_cfunction(ctx, Promise_species, "get [Symbol.species]", 0), JS_UNDEFINED,
                       JS_PROP_CONFIGURABLE);
    js_define_functions(ctx, proto, proto_funcs, JS_COUNTOF(proto_funcs));
    js_define_value(ctx, proto, ctx->sym.to_string_tag, js_new_string(ctx, "Promise"), JS_PROP_CONFIGURABLE);
    s->reaction_job = js_new_cfunction(ctx, promise_reaction_job, "", 3);
    s->thenable_job = js_new_cfunction(ctx, promise_thenable_job, "", 3);
    js_add_task_hook(ctx, unhandled_rejection_hook);
}
