/* promise.h - Promise internals for the event loop and, later, async
 * functions.  builtins/promise.c owns them. */
#ifndef WEAKJS_BUILTINS_PROMISE_H
#define WEAKJS_BUILTINS_PROMISE_H

#include "../runtime/js.h"

/* HostPromiseRejectionTracker's report, for the event loop to call once the
 * microtasks of a task have drained: when a promise was rejected and still
 * has no handler, sets ctx->exception to its reason (and forgets that
 * promise) and returns -1; otherwise 0. */
int js_promise_check_unhandled(JSContext *ctx);

/* How node reports such a reason.  NULL for an error-like reason (an object
 * with an own `stack`): node prints it as an uncaught exception.  Otherwise
 * the one line node prints instead, "UnhandledPromiseRejection: This error
 * originated ... The promise rejected with the reason "x".", which it
 * follows with `    at` lines and `{ code: 'ERR_UNHANDLED_REJECTION' }`. */
const char *js_promise_unhandled_message(JSContext *ctx, JSValue reason);

/* The console printer's hook: 0 pending, 1 fulfilled, 2 rejected. */
int js_promise_state(JSValue promise, JSValue *result);

bool js_is_promise(JSValue v);

/* A new pending %Promise%. */
JSValue js_promise_new(JSContext *ctx);
/* Settle a promise made by js_promise_new, at most once (no already-resolved
 * flag is kept for it): resolving adopts thenables as `resolve(v)` does. */
void js_promise_resolve_with(JSContext *ctx, JSValue promise, JSValue v);
void js_promise_reject_with(JSContext *ctx, JSValue promise, JSValue reason);
/* PromiseResolve(%Promise%, v): v itself when it is a %Promise%. */
JSValue js_promise_resolve(JSContext *ctx, JSValue v);
/* PerformPromiseThen without a derived promise (what `await` needs). */
void js_promise_then_native(JSContext *ctx, JSValue promise, JSValue on_fulfilled, JSValue on_rejected);

#endif
