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

#endif
