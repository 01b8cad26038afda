/* builtins.h - one init function a family; runtime/context.c calls them in
 * this order after making Object.prototype and Function.prototype. */
#ifndef WEAKJS_BUILTINS_H
#define WEAKJS_BUILTINS_H

#include "../runtime/js.h"

void js_init_object(JSContext *ctx);    /* Object */
void js_init_function(JSContext *ctx);  /* Function.prototype.call/apply/bind/toString */
void js_init_symbol(JSContext *ctx);    /* Symbol and the well-known symbols */
void js_init_iterator(JSContext *ctx);  /* %IteratorPrototype%, array and string iterators */
void js_init_error(JSContext *ctx);     /* Error family */
void js_init_array(JSContext *ctx);
void js_init_string(JSContext *ctx);
void js_init_number(JSContext *ctx);    /* Number, Boolean, parseInt, parseFloat, isNaN, isFinite */
void js_init_math(JSContext *ctx);
void js_init_json(JSContext *ctx);
void js_init_mapset(JSContext *ctx);    /* Map, Set and their iterators */
void js_init_weak(JSContext *ctx);      /* WeakMap, WeakSet */
void js_init_weakref(JSContext *ctx);   /* WeakRef, FinalizationRegistry */
void js_init_console(JSContext *ctx);   /* console, and the printer behind it */
void js_init_global(JSContext *ctx);    /* globalThis, gc, process */
void js_init_timers(JSContext *ctx);    /* setTimeout and friends, queueMicrotask */
void js_init_reflect(JSContext *ctx);   /* Reflect */
void js_init_clone(JSContext *ctx);     /* structuredClone */
void js_init_regexp(JSContext *ctx);    /* RegExp, RegExp.prototype, the RegExp String Iterator */
void js_init_require(JSContext *ctx);   /* require() of the host modules util and assert */
void js_init_promise(JSContext *ctx);

/* process.c: the process object (global.c installs it) and the hooks the
 * event loop, the script runner and the promise tracker call. */
JSValue js_make_process(JSContext *ctx);
/* require('events'): node's EventEmitter class (process.c). */
JSValue js_new_events_module(JSContext *ctx);
/* An exception nothing caught: 0 when an 'uncaughtException' listener took
 * it (origin is its second argument); -1 to report it and end.  With 'exit'
 * listeners the program is reported and ended here. */
int js_process_uncaught(JSContext *ctx, JSValue exc, const char *origin);
/* An unhandled rejection: 0 when an 'unhandledRejection' listener took it. */
int js_process_unhandled_rejection(JSContext *ctx, JSValue reason, JSValue promise);
/* The loop is empty: emits 'beforeExit'; true when listeners ran (they may
 * have queued more work). */
bool js_process_before_exit(JSContext *ctx);
/* Emits 'exit' once, with the exit code. */
void js_process_emit_exit(JSContext *ctx);
bool js_process_exiting(void);

#endif
