/* global.c - host globals as node provides them: globalThis, gc() (as with
 * --expose-gc), and the process object (argv, env, platform, exit,
 * exitCode, stdout.write).  The CLI reads process.exitCode when the script
 * ends.  Runs last of the built-in inits. */
#include <gc.h>
#include <stdlib.h>

#include "builtins.h"
#include "host.h"
#include "object.h"
#include "uri.h"
#include "weak.h"

extern char **environ;

/* A full collection, including what dead weak collections release. */
static JSValue global_gc(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    js_collect(ctx);
    return JS_UNDEFINED;
}

static JSValue process_exit(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue code = argv[0];
    if (js_is_undefined(code)) {
        JSValue proc = js_get_str(ctx, ctx->global, "process");
        code = js_is_object(proc) ? js_get_str(ctx, proc, "exitCode") : JS_UNDEFINED;
        if (js_is_exception(code))
            return code;
    }
    int32_t status = 0;
    if (!js_is_undefined(code) && js_to_int32(ctx, code, &status) < 0)
        return JS_EXCEPTION;
    fflush(stdout);
    fflush(stderr);
    exit(status & 0xff);
}

static JSValue process_stdout_write(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue s = js_to_string(ctx, argv[0]);
    if (js_is_exception(s))
        return s;
    size_t len;
    const char *p = js_to_utf8(ctx, s, &len);
    fwrite(p, 1, len, stdout);
    return JS_TRUE;
}

static JSValue make_argv(JSContext *ctx)
{
    JSValue arr = js_new_array(ctx, 0);
    for (int i = 0; i < ctx->argc; i++)
        js_array_push(ctx, arr, js_new_string(ctx, ctx->argv[i]));
    return arr;
}

static JSValue make_env(JSContext *ctx)
{
    JSValue env = js_new_object(ctx);
    for (char **e = environ; e && *e; e++) {
        const char *eq = strchr(*e, '=');
        if (!eq || eq == *e)
            continue;
        JSValue key = js_atom_from_string(ctx, js_new_string_len(ctx, *e, (size_t)(eq - *e)));
        js_define_value(ctx, env, key, js_new_string(ctx, eq + 1), JS_PROP_CWE);
    }
    return env;
}

static JSValue make_process(JSContext *ctx)
{
    static const JSFunctionEntry process_funcs[] = { { "exit", process_exit, 1 },
                                                      { "nextTick", js_process_nextTick, 1 } };
    static const JSFunctionEntry stdout_funcs[] = { { "write", process_stdout_write, 1 } };
    JSValue proc = js_new_object(ctx);
    js_define_value_str(ctx, proc, "argv", make_argv(ctx), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "env", make_env(ctx), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "platform", js_new_string(ctx, "linux"), JS_PROP_CWE);
    js_define_functions(ctx, proc, process_funcs, JS_COUNTOF(process_funcs));
    JSValue out = js_new_object(ctx);
    js_define_functions(ctx, out, stdout_funcs, JS_COUNTOF(stdout_funcs));
    js_define_value_str(ctx, proc, "stdout", out, JS_PROP_CWE);
    js_define_value(ctx, proc, ctx->sym.to_string_tag, js_new_string(ctx, "process"), JS_PROP_CONFIGURABLE);
    return proc;
}

/* %StringIteratorPrototype% lives in iterator.c; if string.c did not install
 * String.prototype[Symbol.iterator], do it here. */
static JSValue String_prototype_iterator(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "String.prototype[Symbol.iterator] called on null or undefined");
    JSValue s = js_to_string(ctx, this_val);
    if (js_is_exception(s))
        return s;
    JSValue it = js_new_object_class(ctx, ctx->string_iterator_proto, JS_CLASS_STRING_ITERATOR);
    if (js_is_exception(it))
        return it;
    js_obj(it)->u.iter.target = s;
    js_obj(it)->u.iter.index = 0;
    return it;
}

static void ensure_string_iterator(JSContext *ctx)
{
    if (!ctx->string_proto || !ctx->string_iterator_proto)
        return;
    int r = js_get_own_property(ctx, ctx->string_proto, ctx->sym.iterator, NULL);
    if (r == 0) {
        static const JSFunctionEntry f[] = { { "[Symbol.iterator]", String_prototype_iterator, 0 } };
        js_define_functions(ctx, js_mkptr(ctx->string_proto), f, 1);
    }
}

void js_init_global(JSContext *ctx)
{
    js_define_value_str(ctx, ctx->global, "globalThis", ctx->global, JS_PROP_CW);
    js_define_value_str(ctx, ctx->global, "gc", js_new_cfunction(ctx, global_gc, "gc", 0),
                        JS_PROP_WRITABLE | JS_PROP_ENUMERABLE);
    js_define_value_str(ctx, ctx->global, "process", make_process(ctx), JS_PROP_CW);
    js_init_uri(ctx);
    ensure_string_iterator(ctx);
}
