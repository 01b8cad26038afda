/* timers.c - setTimeout, setInterval, setImmediate, their clear functions
 * queueMicrotask and process.nextTick, as node provides them.  Scheduling itself is
 * runtime/jobs.c's.  As in node, the set functions return a Timeout object;
 * clearing accepts it or its numeric id (what +timeout gives). */
#include <stdio.h>
#include <unistd.h>

#include "builtins.h"
#include "host.h"

/* node's TimeoutOverflowWarning for a delay past 2^31-1 ms (the timer then
 * fires after 1 ms, as jobs.c clamps it); the hint line comes with the
 * process's first warning only. */
static void overflow_warning(JSContext *ctx, double delay)
{
    static bool hinted;
    JSValue s = js_to_string(ctx, js_new_number(delay));
    if (js_is_exception(s))
        return;
    fflush(stdout);
    fprintf(stderr, "(node:%d) TimeoutOverflowWarning: %s does not fit into a 32-bit signed integer.\n"
                    "Timeout duration was set to 1.\n", (int)getpid(), js_to_utf8(ctx, s, NULL));
    if (!hinted)
        fputs("(Use `node --trace-warnings ...` to show where the warning was created)\n", stderr);
    hinted = true;
}

static double timer_id(JSContext *ctx, JSValue v)
{
    if (js_is_object(v) && (js_obj(v)->proto == ctx->timeout_proto || js_obj(v)->proto == ctx->immediate_proto))
        return js_get_number(js_obj(v)->u.prim);
    if (js_is_number(v))
        return js_get_number(v);
    return -1;
}

/* node's Timeout and Immediate objects hold their callback as _onTimeout or
 * _onImmediate and are its `this`: traces say `at Timeout._onTimeout`. */
static JSValue schedule(JSContext *ctx, int argc, JSValue *argv, bool repeat, bool immediate)
{
    if (!js_is_function(argv[0]))
        return js_throw_arg_type(ctx, "callback", "of type function", argv[0]);
    double delay = 1;
    int first_arg = immediate ? 1 : 2;
    if (!immediate && argc > 1 && js_to_number(ctx, argv[1], &delay) < 0)
        return JS_EXCEPTION;
    if (!immediate && delay > 2147483647.0)
        overflow_warning(ctx, delay);
    JSValue t = js_new_object_class(ctx, immediate ? ctx->immediate_proto : ctx->timeout_proto, JS_CLASS_OBJECT);
    if (t == JS_EXCEPTION)
        return t;
    js_define_value_str(ctx, t, immediate ? "_onImmediate" : "_onTimeout", argv[0], JS_PROP_CWE);
    int nargs = argc > first_arg ? argc - first_arg : 0;
    double id = immediate ? js_add_immediate(ctx, argv[0], t, nargs, argv + first_arg)
                          : js_add_timer(ctx, argv[0], t, delay, repeat, nargs, argv + first_arg);
    js_obj(t)->u.prim = js_new_number(id);
    return t;
}

static JSValue global_setTimeout(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return schedule(ctx, argc, argv, false, false);
}

static JSValue global_setInterval(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return schedule(ctx, argc, argv, true, false);
}

static JSValue global_setImmediate(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return schedule(ctx, argc, argv, false, true);
}

static JSValue global_clearTimeout(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double id = timer_id(ctx, argv[0]);
    if (id >= 0)
        js_clear_timer(ctx, id);
    return JS_UNDEFINED;
}

static JSValue global_queueMicrotask(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(argv[0]))
        return js_throw_arg_type(ctx, "callback", "of type function", argv[0]);
    js_enqueue_job(ctx, argv[0], 0, NULL);
    return JS_UNDEFINED;
}

/* process.nextTick: runs before promise reactions (runtime/jobs.c). */
JSValue js_process_nextTick(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_function(argv[0]))
        return js_throw_arg_type(ctx, "callback", "of type function", argv[0]);
    js_enqueue_tick(ctx, argv[0], argc > 1 ? argc - 1 : 0, argv + 1);
    return JS_UNDEFINED;
}

static JSValue Timeout_prototype_self(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_val;
}

static bool is_timeout(JSContext *ctx, JSValue v)
{
    return js_is_object(v) && js_obj(v)->proto == ctx->timeout_proto;
}

static JSValue set_ref(JSContext *ctx, JSValue this_val, bool ref)
{
    if (is_timeout(ctx, this_val))
        js_timer_set_ref(ctx, timer_id(ctx, this_val), ref);
    return this_val;
}

/* An unref'd timer does not keep the program running, as in node. */
static JSValue Timeout_prototype_ref(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return set_ref(ctx, this_val, true);
}

static JSValue Timeout_prototype_unref(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return set_ref(ctx, this_val, false);
}

/* A timer no longer pending answers true (weakjs keeps no flag for it). */
static JSValue Timeout_prototype_hasRef(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    int r = is_timeout(ctx, this_val) ? js_timer_has_ref(ctx, timer_id(ctx, this_val)) : -1;
    return js_new_bool(r != 0);
}

static JSValue Timeout_prototype_refresh(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (is_timeout(ctx, this_val))
        js_timer_refresh(ctx, timer_id(ctx, this_val));
    return this_val;
}

static JSValue Timeout_prototype_toPrimitive(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_number(timer_id(ctx, this_val));
}

static const JSFunctionEntry timer_functions[] = {
    {"setTimeout", global_setTimeout, 1},
    {"setInterval", global_setInterval, 1},
    {"setImmediate", global_setImmediate, 1},
    {"clearTimeout", global_clearTimeout, 1},
    {"clearInterval", global_clearTimeout, 1},
    {"clearImmediate", global_clearTimeout, 1},
    {"queueMicrotask", global_queueMicrotask, 1},
};

static const JSFunctionEntry timeout_methods[] = {
    {"ref", Timeout_prototype_ref, 0},
    {"unref", Timeout_prototype_unref, 0},
    {"refresh", Timeout_prototype_refresh, 0},
    {"hasRef", Timeout_prototype_hasRef, 0},
    {"[Symbol.toPrimitive]", Timeout_prototype_toPrimitive, 1},
};

/* A constructor-less class: inspect prints instances as `Timeout {...}`. */
static JSObject *timer_class(JSContext *ctx, const char *name, const JSFunctionEntry *methods, int n)
{
    JSValue proto = js_new_object(ctx);
    js_define_functions(ctx, proto, methods, n);
    JSValue ctor = js_new_cfunction(ctx, Timeout_prototype_self, name, 0);
    js_define_value(ctx, proto, ctx->atoms.constructor, ctor, JS_PROP_CW);
    js_define_value(ctx, ctor, ctx->atoms.prototype, proto, 0);
    return js_obj(proto);
}

void js_init_timers(JSContext *ctx)
{
    js_define_functions(ctx, ctx->global, timer_functions, JS_COUNTOF(timer_functions));
    ctx->timeout_proto = timer_class(ctx, "Timeout", timeout_methods, JS_COUNTOF(timeout_methods));
    /* ref, unref and hasRef, as node's Immediate has */
    ctx->immediate_proto = timer_class(ctx, "Immediate", timeout_methods, 2);
    js_define_functions(ctx, js_mkptr(ctx->immediate_proto), timeout_methods + 3, 1);
}
