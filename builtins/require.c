/* require.c - the global require(id) of a CommonJS script, for node's
 * built-in modules only: 'util', 'assert', 'events', 'process' (with their
 * 'node:' names) and 'assert/strict'.  Each module object is made on first use and cached, so
 * every require of a name returns the same object.  Files are not loaded:
 * any other id throws node's MODULE_NOT_FOUND error.  require.main is the
 * main script's module, so `if (require.main === module)` runs as in node. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "host.h"

/* The cache lives in require's own data slot: an object keyed by module
 * name, so the collector sees the modules through the global object. */
static JSValue cached_module(JSContext *ctx, JSValue cache, const char *name)
{
    JSValue m = js_get_str(ctx, cache, name);
    if (js_is_exception(m) || !js_is_undefined(m))
        return m;
    if (!strcmp(name, "util")) {
        m = js_new_util_module(ctx);
    } else if (!strcmp(name, "events")) {
        m = js_new_events_module(ctx);
    } else {
        m = js_new_assert_module(ctx);
    }
    if (js_is_exception(m))
        return m;
    js_set_str(ctx, cache, name, m);
    return m;
}

/* "Cannot find module 'x'\nRequire stack:\n- /abs/path/of/script.js" */
static JSValue throw_not_found(JSContext *ctx, const char *id)
{
    JSStackFrame *f = js_script_frame(ctx);
    const char *file = f ? f->filename : "<anonymous>";
    char abs[PATH_MAX];
    if (f && realpath(file, abs))
        file = abs;
    const char *msg = js_host_printf(ctx, "Cannot find module '%s'\nRequire stack:\n- %s", id, file);
    JSValue err = js_new_error(ctx, JS_ERROR, js_new_string(ctx, msg));
    js_set_str(ctx, err, "code", js_new_string(ctx, "MODULE_NOT_FOUND"));
    JSValue stack = js_new_string(ctx, file);
    js_set_str(ctx, err, "requireStack", js_new_array_from(ctx, 1, &stack));
    return js_throw(ctx, err);
}

static JSValue require(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue cache = js_obj(ctx->frame->func)->u.cfunc.data;
    JSValue id = argv[0];
    if (!js_is_string(id))
        return js_throw_arg_type(ctx, "id", "of type string", id);
    if (js_str(id)->len == 0)
        return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE",
                                               "The argument 'id' must be a non-empty string. Received ''"));
    const char *name = js_to_utf8(ctx, id, NULL);
    if (!strncmp(name, "node:", 5))
        name += 5;
    if (!strcmp(name, "util") || !strcmp(name, "assert") || !strcmp(name, "events"))
        return cached_module(ctx, cache, name);
    if (!strcmp(name, "process"))   /* node hands out the global process object */
        return js_get_str(ctx, ctx->global, "process");
    if (!strcmp(name, "assert/strict")) {
        JSValue a = cached_module(ctx, cache, "assert");
        return js_is_exception(a) ? a : js_get_str(ctx, a, "strict");
    }
    const char *full = js_to_utf8(ctx, id, NULL);
    if (!strncmp(full, "node:", 5))
        return js_throw(ctx, js_new_node_error(ctx, JS_ERROR, "ERR_UNKNOWN_BUILTIN_MODULE",
                                               js_host_printf(ctx, "No such built-in module: %s", full)));
    return throw_not_found(ctx, full);
}

/* require.resolve(id): a built-in module resolves to its own name. */
static JSValue require_resolve(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue id = argv[0];
    if (!js_is_string(id))
        return js_throw_arg_type(ctx, "request", "of type string", id);
    const char *full = js_to_utf8(ctx, id, NULL);
    const char *name = strncmp(full, "node:", 5) ? full : full + 5;
    if (!strcmp(name, "util") || !strcmp(name, "assert") || !strcmp(name, "assert/strict") ||
        !strcmp(name, "events") || !strcmp(name, "process"))
        return id;
    return throw_not_found(ctx, full);
}

/* require and its properties in node's order: resolve, main (the main
 * script's module, set by script.c's enter_module), cache. */
void js_init_require(JSContext *ctx)
{
    JSValue f = js_new_cfunction(ctx, require, "require", 1);
    js_obj(f)->u.cfunc.data = js_new_object_proto(ctx, NULL);
    js_define_value_str(ctx, f, "resolve", js_new_cfunction(ctx, require_resolve, "resolve", 1), JS_PROP_CWE);
    js_define_value_str(ctx, f, "main", JS_UNDEFINED, JS_PROP_CWE);
    js_define_value_str(ctx, f, "cache", js_new_object_proto(ctx, NULL), JS_PROP_CWE);
    js_define_value_str(ctx, ctx->global, "require", f, JS_PROP_CW);
}
