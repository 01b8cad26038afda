/* host.h - private to the host modules that require() hands out
 * (require.c, util.c, assert.c): the modules' constructors, node's deep
 * equality, and node's internal-error helpers (errors with a `code`). */
#ifndef WEAKJS_BUILTINS_HOST_H
#define WEAKJS_BUILTINS_HOST_H

#include "../runtime/js.h"

/* The module objects, made once by require.c and cached there. */
JSValue js_new_util_module(JSContext *ctx);
JSValue js_new_assert_module(JSContext *ctx);

/* node's isDeepEqual / isDeepStrictEqual: 1 equal, 0 not, -1 exception. */
int js_deep_equal(JSContext *ctx, JSValue a, JSValue b, bool strict);

/* node's inspect with the options assert uses for its messages
 * (compact: false, sorted, depth 1000, no array limit). */
const char *js_assert_inspect(JSContext *ctx, JSValue v);

/* A node internal error: kind's constructor, own enumerable `code`, and a
 * stack that starts "TypeError [CODE]: message" as node's does. */
JSValue js_new_node_error(JSContext *ctx, JSErrorKind kind, const char *code, const char *msg);
/* Materialise err.stack with `header_name` in place of the name (node shows
 * "AssertionError [ERR_ASSERTION]: ..."), the captured frames starting at
 * `from` (the caller of the assertion). */
void js_stack_with_name(JSContext *ctx, JSValue err, const char *header_name, JSStackFrame *from);
/* ERR_INVALID_ARG_TYPE: 'The "name" argument must be of type <expected>.
 * Received ...' ("property" when name has a dot).  Returns JS_EXCEPTION. */
JSValue js_throw_arg_type(JSContext *ctx, const char *name, const char *expected, JSValue actual);
/* node's determineSpecificType: how "Received ..." names a value. */
const char *js_specific_type(JSContext *ctx, JSValue v);

/* process.nextTick (timers.c), installed on process by process.c. */
JSValue js_process_nextTick(JSContext *ctx, JSValue this_val, int argc, JSValue *argv);

/* printf into collector memory. */
const char *js_host_printf(JSContext *ctx, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* The innermost frame running script code (skips built-ins' frames). */
JSStackFrame *js_script_frame(JSContext *ctx);

#endif
