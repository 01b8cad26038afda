/* console.h - the printer behind console.log, for other built-ins
 * (require('util').format / inspect, the REPL).  console.c owns it. */
#ifndef WEAKJS_BUILTINS_CONSOLE_H
#define WEAKJS_BUILTINS_CONSOLE_H

#include "../runtime/js.h"

/* util.format(...args): format string handling and inspect of the rest,
 * exactly what console.log prints (without the newline). */
JSValue js_format(JSContext *ctx, int argc, JSValue *argv);
/* util.formatWithOptions: the same with inspect options for the values. */
JSValue js_format_with_options(JSContext *ctx, JSValue opts, int argc, JSValue *argv);

/* Private to console.c / console_inspect.c: the printer as UTF-8 text. */
char *js_inspect_cstr(JSContext *ctx, JSValue v, JSValue options);
char *js_inspect_with(JSContext *ctx, JSValue v, double depth, bool show_hidden);
/* Terminal columns of UTF-8 text, as node's getStringWidth (strwidth.c). */
size_t js_display_width(const char *s);
/* node's hasBuiltInToString: no user-defined toString on obj's chain. */
bool js_has_builtin_to_string(JSContext *ctx, JSObject *obj);

/* Implemented by whoever writes Promise (weak here, so the printer links
 * without it): 0 pending, 1 fulfilled, 2 rejected; *result gets the value
 * or reason.  Without it a promise prints as `Promise { <pending> }`. */
int js_promise_state(JSValue promise, JSValue *result) __attribute__((weak));

#endif
