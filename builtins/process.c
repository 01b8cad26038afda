/* process.c - node's process object: argv, env, platform, version(s), cwd,
 * pid, uptime, hrtime, memoryUsage, stdout/stderr.write, exit and the
 * validated exitCode, and the events everyday scripts listen to ('exit',
 * 'beforeExit', 'uncaughtException', 'unhandledRejection').  The event loop
 * (runtime/jobs.c), the script runner (runtime/script.c) and the promise
 * rejection tracker (promise.c) call the js_process_* hooks below; the CLI
 * reads process.exitCode when the program ends.  Also node's EventEmitter
 * (require('events')), the class process is an instance of in node. */
#include <gc.h>
#include <limits.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "host.h"
#include "inspect_priv.h"

extern char **environ;

/* The node release whose behaviour weakjs follows: scripts test
 * process.version / process.versions.node for features. */
#define NODE_VERSION "20.20.2"

typedef struct Listener {
    struct Listener *next;
    JSValue event;     /* a string or a symbol */
    JSValue fn;
    bool once;
} Listener;

/* Static data is a collector root. */
static Listener *listeners;
static JSValue exit_code = JS_UNDEFINED;   /* what process.exitCode holds */
static JSValue process_obj = JS_UNDEFINED;
static bool exiting;                       /* 'exit' was emitted */
static double start_ms;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------ exit codes */

/* node's addNumericalSeparator: "1_099_511_627_776" (and "1e_+21"). */
static const char *with_separators(const char *s)
{
    size_t n = strlen(s), start = s[0] == '-', i = n;
    while (i >= start + 4)
        i -= 3;
    char *out = js_malloc_atomic(n * 2 + 1), *p = out;
    memcpy(p, s, i);
    p += i;
    for (; i < n; i += 3) {   /* the digits from i on come in threes */
        *p++ = '_';
        memcpy(p, s + i, 3);
        p += 3;
    }
    *p = 0;
    return out;
}

static JSValue throw_out_of_range(JSContext *ctx, double v)
{
    char buf[64];
    const char *num = js_number_to_cstr(v, buf);
    bool integer = isfinite(v) && floor(v) == v;
    if (integer && fabs(v) > 4294967296.0)
        num = with_separators(num);
    const char *msg = integer ? js_host_printf(ctx,
                                               "The value of \"code\" is out of range. It must be >= "
                                               "-9007199254740991 && <= 9007199254740991. Received %s",
                                               num)
                              : js_host_printf(ctx,
                                               "The value of \"code\" is out of range. It must be an "
                                               "integer. Received %s",
                                               num);
    return js_throw(ctx, js_new_node_error(ctx, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", msg));
}

/* node's exitCode setter: undefined, null, an integer, or a string that
 * reads as one; anything else throws. */
static int validate_code(JSContext *ctx, JSValue code)
{
    if (js_is_nullish(code))
        return 0;
    JSValue v = code;
    size_t len = 0;
    if (js_is_string(code) && (js_to_utf8(ctx, code, &len), len > 0)) {
        double d = js_string_to_number(js_str(code));
        if (!isnan(d))
            v = js_new_number(d);
    }
    if (!js_is_number(v)) {
        js_throw_arg_type(ctx, "code", "of type number", v);
        return -1;
    }
    double d = js_get_number(v);
    if (!isfinite(d) || floor(d) != d || fabs(d) > 9007199254740991.0) {
        throw_out_of_range(ctx, d);
        return -1;
    }
    return 0;
}

static JSValue process_get_exitCode(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return exit_code;
}

static JSValue process_set_exitCode(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (validate_code(ctx, argv[0]) < 0)
        return JS_EXCEPTION;
    exit_code = argv[0];
    return JS_UNDEFINED;
}

/* The status exitCode stands for (0 when unset). */
int js_process_exit_status(JSContext *ctx)
{
    if (js_is_nullish(exit_code))
        return 0;
    double d;
    if (js_to_number(ctx, exit_code, &d) < 0) {
        ctx->exception = JS_UNDEFINED;
        return 0;
    }
    return (int)(int64_t)d;
}

/* ------------------------------------------------------------ events */

static bool has_listener(JSValue event)
{
    for (Listener *l = listeners; l; l = l->next)
        if (js_same_value(l->event, event))
            return true;
    return false;
}

static bool has_listener_str(JSContext *ctx, const char *event)
{
    return has_listener(js_new_string(ctx, event));
}

static JSValue check_listener(JSContext *ctx, JSValue fn)
{
    if (!js_is_function(fn))
        return js_throw_arg_type(ctx, "listener", "of type function", fn);
    return JS_UNDEFINED;
}

static JSValue add_listener(JSContext *ctx, JSValue this_val, JSValue event, JSValue fn, bool once,
                            bool prepend)
{
    if (js_is_exception(check_listener(ctx, fn)))
        return JS_EXCEPTION;
    Listener *n = js_malloc(sizeof *n);
    n->event = event;
    n->fn = fn;
    n->once = once;
    Listener **pp = &listeners;
    if (!prepend)
        while (*pp)
            pp = &(*pp)->next;
    n->next = *pp;
    *pp = n;
    return this_val;
}

static JSValue process_on(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    /* magic: bit 0 once, bit 1 prepend */
    return add_listener(ctx, this_val, argv[0], argv[1], magic & 1, magic & 2);
}

static JSValue process_off(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_exception(check_listener(ctx, argv[1])))
        return JS_EXCEPTION;
    /* node removes the most recently added matching listener */
    Listener **found = NULL;
    for (Listener **pp = &listeners; *pp; pp = &(*pp)->next)
        if (js_same_value((*pp)->event, argv[0]) && (*pp)->fn == argv[1])
            found = pp;
    if (found)
        *found = (*found)->next;
    return this_val;
}

static JSValue process_removeAllListeners(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    for (Listener **pp = &listeners; *pp;) {
        if (argc == 0 || js_is_undefined(argv[0]) || js_same_value((*pp)->event, argv[0]))
            *pp = (*pp)->next;
        else
            pp = &(*pp)->next;
    }
    return this_val;
}

static JSValue process_listenerCount(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    int n = 0;
    for (Listener *l = listeners; l; l = l->next)
        n += js_same_value(l->event, argv[0]);
    return js_new_int(n);
}

static JSValue process_listeners(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue arr = js_new_array(ctx, 0);
    for (Listener *l = listeners; l; l = l->next)
        if (js_same_value(l->event, argv[0]))
            js_array_push(ctx, arr, l->fn);
    return arr;
}

/* emit(event, ...args): the listeners as they were when it started, once
 * listeners removed before they run.  1 some listener ran, 0 none, -1 a
 * listener threw. */
static int emit(JSContext *ctx, JSValue event, int argc, JSValue *argv)
{
    int n = 0;
    for (Listener *l = listeners; l; l = l->next)
        n += js_same_value(l->event, event);
    if (!n)
        return 0;
    JSValue *fns = js_malloc(sizeof(JSValue) * (size_t)n);
    int k = 0;
    for (Listener **pp = &listeners; *pp;) {
        Listener *l = *pp;
        if (js_same_value(l->event, event)) {
            fns[k++] = l->fn;
            if (l->once) {
                *pp = l->next;
                continue;
            }
        }
        pp = &l->next;
    }
    for (int i = 0; i < n; i++)
        if (js_is_exception(js_call(ctx, fns[i], process_obj, argc, argv)))
            return -1;
    return 1;
}

static JSValue process_emit(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    int r = emit(ctx, argv[0], argc > 1 ? argc - 1 : 0, argv + 1);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r > 0);
}

/* A listener of 'exit' threw: node reports it and ends with status 7. */
static void die_in_listener(JSContext *ctx)
{
    fflush(stdout);
    js_report_exception(ctx, ctx->exception, stderr);
    fflush(stderr);
    exit(7);
}

void js_process_emit_exit(JSContext *ctx)
{
    if (exiting)
        return;
    exiting = true;
    if (js_is_object(process_obj))
        js_define_value_str(ctx, process_obj, "_exiting", JS_TRUE, JS_PROP_CWE);
    JSValue code = js_new_int(js_process_exit_status(ctx));
    if (emit(ctx, js_new_string(ctx, "exit"), 1, &code) < 0)
        die_in_listener(ctx);
}

bool js_process_before_exit(JSContext *ctx)
{
    if (exiting || !has_listener_str(ctx, "beforeExit"))
        return false;
    JSValue code = js_new_int(js_process_exit_status(ctx));
    if (emit(ctx, js_new_string(ctx, "beforeExit"), 1, &code) < 0)
        return js_process_uncaught(ctx, ctx->exception, "uncaughtException") == 0;
    return true;
}

/* The program ends with exc: with 'exit' listeners, run them (node runs
 * them before it prints the report), report and exit here; otherwise leave
 * it all to the caller. */
static int fatal(JSContext *ctx, JSValue exc)
{
    if (!has_listener_str(ctx, "exit"))
        return -1;
    exit_code = js_new_int(1);
    js_process_emit_exit(ctx);
    fflush(stdout);
    js_report_exception(ctx, exc, stderr);
    fflush(stderr);
    exit(js_process_exit_status(ctx) & 0xff);
}

int js_process_uncaught(JSContext *ctx, JSValue exc, const char *origin)
{
    if (exiting || !has_listener_str(ctx, "uncaughtException"))
        return fatal(ctx, exc);
    js_forget_throw_site(ctx);
    JSValue args[2] = { exc, js_new_string(ctx, origin) };
    if (emit(ctx, js_new_string(ctx, "uncaughtException"), 2, args) < 0) {
        /* node: an error thrown by the handler itself ends the program, 7 */
        fflush(stdout);
        js_report_exception(ctx, ctx->exception, stderr);
        exit_code = js_new_int(7);
        js_process_emit_exit(ctx);
        fflush(stderr);
        exit(7);
    }
    ctx->exception = JS_UNDEFINED;
    return 0;
}

int js_process_unhandled_rejection(JSContext *ctx, JSValue reason, JSValue promise)
{
    if (!has_listener_str(ctx, "unhandledRejection"))
        return -1;
    JSValue args[2] = { reason, promise };
    if (emit(ctx, js_new_string(ctx, "unhandledRejection"), 2, args) < 0)
        return js_process_uncaught(ctx, ctx->exception, "uncaughtException");
    return 0;
}

bool js_process_exiting(void)
{
    return exiting;
}

/* ------------------------------------------------------------ methods */

static JSValue process_exit(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (argc > 0 && !js_is_undefined(argv[0])) {
        if (validate_code(ctx, argv[0]) < 0)
            return JS_EXCEPTION;
        exit_code = argv[0];
    }
    js_process_emit_exit(ctx);
    fflush(stdout);
    fflush(stderr);
    exit(js_process_exit_status(ctx) & 0xff);
}

static JSValue write_to(JSContext *ctx, FILE *f, JSValue chunk)
{
    if (!js_is_string(chunk))
        return js_throw_arg_type(ctx, "chunk",
                                 "of type string or an instance of Buffer, TypedArray, or DataView", chunk);
    size_t len;
    const char *p = js_to_utf8(ctx, chunk, &len);
    if (f == stderr)
        fflush(stdout);
    fwrite(p, 1, len, f);
    if (f == stderr)
        fflush(stderr);
    return JS_TRUE;
}

static JSValue process_stdout_write(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return write_to(ctx, stdout, argv[0]);
}

static JSValue process_stderr_write(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return write_to(ctx, stderr, argv[0]);
}

static JSValue process_cwd(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    char buf[PATH_MAX];
    return js_new_string(ctx, getcwd(buf, sizeof buf) ? buf : "/");
}

static JSValue process_uptime(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_number((now_ms() - start_ms) / 1e3);
}

/* hrtime([prev]): [seconds, nanoseconds] of a monotonic clock, or the
 * time since prev. */
static JSValue process_hrtime(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    double sec = (double)ts.tv_sec, nsec = (double)ts.tv_nsec;
    if (argc > 0 && !js_is_undefined(argv[0])) {
        if (!js_is_array(argv[0]))
            return js_throw_arg_type(ctx, "time", "an instance of Array", argv[0]);
        JSValue len = js_get_atom(ctx, argv[0], ctx->atoms.length);
        if (js_is_exception(len))
            return len;
        double n = js_is_number(len) ? js_get_number(len) : 0;
        if (n != 2) {
            char buf[64];
            const char *msg =
                js_host_printf(ctx, "The value of \"time\" is out of range. It must be 2. Received %s",
                               js_number_to_cstr(n, buf));
            return js_throw(ctx, js_new_node_error(ctx, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", msg));
        }
        double ps, pn;
        if (js_to_number(ctx, js_get_index(ctx, argv[0], 0), &ps) < 0 ||
            js_to_number(ctx, js_get_index(ctx, argv[0], 1), &pn) < 0)
            return JS_EXCEPTION;
        sec -= ps;
        nsec -= pn;
        if (nsec < 0) {
            sec -= 1;
            nsec += 1e9;
        }
    }
    JSValue items[2] = { js_new_number(sec), js_new_number(nsec) };
    return js_new_array_from(ctx, 2, items);
}

/* node's numbers come from V8's heap; weakjs's from the collector's. */
static JSValue process_memoryUsage(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double heap = (double)GC_get_heap_size(), free_b = (double)GC_get_free_bytes();
    double rss = heap;
    FILE *f = fopen("/proc/self/statm", "r");
    if (f) {
        unsigned long size, res;
        if (fscanf(f, "%lu %lu", &size, &res) == 2)
            rss = (double)res * (double)sysconf(_SC_PAGESIZE);
        fclose(f);
    }
    JSValue o = js_new_object(ctx);
    js_set_str(ctx, o, "rss", js_new_number(rss));
    js_set_str(ctx, o, "heapTotal", js_new_number(heap));
    js_set_str(ctx, o, "heapUsed", js_new_number(heap - free_b));
    js_set_str(ctx, o, "external", js_new_int(0));
    js_set_str(ctx, o, "arrayBuffers", js_new_int(0));
    return o;
}

/* A string option of emitWarning's, or NULL. */
static const char *string_or_null(JSContext *ctx, JSValue v)
{
    return js_is_string(v) ? js_to_utf8(ctx, v, NULL) : NULL;
}

/* emitWarning(warning[, type[, code]]) or (warning, {type, code, detail}):
 * printed after the running code as "(node:PID) [code] Type: message". */
static JSValue process_emitWarning(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    const char *type = "Warning", *code = NULL, *detail = NULL, *msg;
    if (js_is_object(argv[1]) && !js_is_function(argv[1])) {
        const char *t = string_or_null(ctx, js_get_str(ctx, argv[1], "type"));
        type = t ? t : type;
        code = string_or_null(ctx, js_get_str(ctx, argv[1], "code"));
        detail = string_or_null(ctx, js_get_str(ctx, argv[1], "detail"));
    } else {
        type = js_is_string(argv[1]) ? js_to_utf8(ctx, argv[1], NULL) : type;
        code = string_or_null(ctx, argv[2]);
    }
    if (js_class_of(argv[0]) == JS_CLASS_ERROR) {
        JSValue n = js_get(ctx, argv[0], ctx->atoms.name), m = js_get(ctx, argv[0], ctx->atoms.message);
        type = js_is_string(n) ? js_to_utf8(ctx, n, NULL) : "Error";
        msg = js_is_string(m) ? js_to_utf8(ctx, m, NULL) : "";
    } else if (js_is_string(argv[0])) {
        msg = js_to_utf8(ctx, argv[0], NULL);
    } else {
        return js_throw_arg_type(ctx, "warning", "of type string or an instance of Error", argv[0]);
    }
    const char *text = js_host_printf(ctx, "%s%s%s%s: %s%s%s", code ? "[" : "", code ? code : "",
                                      code ? "] " : "", type, msg, detail ? "\n" : "", detail ? detail : "");
    return js_emit_warning(ctx, js_new_string(ctx, text), strcmp(type, "DeprecationWarning") == 0);
}

/* ------------------------------------------------------------ EventEmitter */

/* require('events'): node's EventEmitter, with its state in the same own
 * properties as node's (_events, a null-prototype object of a listener or
 * an array of them; _eventsCount; _maxListeners; kShapeMode, kCapture), so
 * that an emitter prints as node prints it. */

static JSValue ee_ctor_value, ee_sym_capture, ee_sym_shape;   /* collector roots */

static JSValue null_object(JSContext *ctx)
{
    return js_new_object_proto(ctx, NULL);
}

static void ee_init(JSContext *ctx, JSValue obj)
{
    JSValue ev = js_get_str(ctx, obj, "_events");
    JSObject *proto = js_obj(obj)->proto;
    bool fresh = js_is_undefined(ev) || (proto && ev == js_get_str(ctx, js_mkptr(proto), "_events"));
    if (fresh) {
        js_set_str(ctx, obj, "_events", null_object(ctx));
        js_set_str(ctx, obj, "_eventsCount", js_new_int(0));
    }
    js_set(ctx, obj, ee_sym_shape, js_new_bool(!fresh), false);
    JSValue max = js_get_str(ctx, obj, "_maxListeners");
    js_set_str(ctx, obj, "_maxListeners", js_to_boolean(max) ? max : JS_UNDEFINED);
    js_set(ctx, obj, ee_sym_capture, JS_FALSE, false);
}

/* EventEmitter(): with new, or called on a subclass instance (the
 * util.inherits style: EventEmitter.call(this)). */
static JSValue EventEmitter_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt)) {
        if (js_is_object(this_val))
            ee_init(ctx, this_val);
        return JS_UNDEFINED;
    }
    JSValue proto = js_get_atom(ctx, ee_ctor_value, ctx->atoms.prototype);
    JSValue obj = js_new_object_proto(ctx, js_proto_from_ctor(ctx, nt, js_obj(proto)));
    if (!js_is_exception(obj))
        ee_init(ctx, obj);
    return obj;
}

static JSValue ee_events(JSContext *ctx, JSValue self)
{
    JSValue ev = js_get_str(ctx, self, "_events");
    if (js_is_undefined(ev)) {
        ev = null_object(ctx);
        js_set_str(ctx, self, "_events", ev);
        js_set_str(ctx, self, "_eventsCount", js_new_int(0));
    }
    return ev;
}

static void ee_add_count(JSContext *ctx, JSValue self, int d)
{
    double n = 0;
    js_to_number(ctx, js_get_str(ctx, self, "_eventsCount"), &n);
    js_set_str(ctx, self, "_eventsCount", js_new_number(n + d));
}

/* listener.listener ?? listener: a once wrapper stands for its listener. */
static JSValue unwrapped(JSContext *ctx, JSValue fn)
{
    JSValue l = js_is_function(fn) ? js_get_str(ctx, fn, "listener") : JS_UNDEFINED;
    return js_is_nullish(l) || js_is_exception(l) ? fn : l;
}

static int ee_emit(JSContext *ctx, JSValue self, JSValue type, int argc, JSValue *argv);

static JSValue ee_add(JSContext *ctx, JSValue self, JSValue type, JSValue fn, bool prepend)
{
    if (!js_is_function(fn))
        return js_throw_arg_type(ctx, "listener", "of type function", fn);
    JSValue ev = ee_events(ctx, self);
    if (!js_is_undefined(js_get_str(ctx, ev, "newListener"))) {
        JSValue args[2] = { type, unwrapped(ctx, fn) };
        if (ee_emit(ctx, self, js_new_string(ctx, "newListener"), 2, args) < 0)
            return JS_EXCEPTION;
        ev = ee_events(ctx, self);
    }
    JSValue old = js_get(ctx, ev, type);
    if (js_is_exception(old))
        return old;
    int r;
    if (js_is_undefined(old)) {
        r = js_set(ctx, ev, type, fn, true);
        ee_add_count(ctx, self, 1);
    } else if (js_is_function(old)) {
        JSValue pair[2] = { prepend ? fn : old, prepend ? old : fn };
        r = js_set(ctx, ev, type, js_new_array_from(ctx, 2, pair), true);
    } else {
        r = js_is_exception(js_invoke(ctx, old, js_atom(ctx, prepend ? "unshift" : "push"), 1, &fn)) ? -1 : 0;
    }
    return r < 0 ? JS_EXCEPTION : self;
}

static JSValue ee_on(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    return ee_add(ctx, this_val, argv[0], argv[1], magic);
}

/* The once wrapper: removes itself, then calls the listener.  Its data is
 * [target, type, listener, fired]. */
static JSValue once_wrapper(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue self = ctx->frame->func;
    JSValue st = js_obj(self)->u.cfunc.data;
    if (js_to_boolean(js_get_index(ctx, st, 3)))
        return JS_UNDEFINED;
    js_set_index(ctx, st, 3, JS_TRUE);
    JSValue target = js_get_index(ctx, st, 0);
    JSValue args[2] = { js_get_index(ctx, st, 1), self };
    if (js_is_exception(js_invoke(ctx, target, js_atom(ctx, "removeListener"), 2, args)))
        return JS_EXCEPTION;
    return js_call(ctx, js_get_index(ctx, st, 2), target, argc, argv);
}

static JSValue ee_once(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    if (!js_is_function(argv[1]))
        return js_throw_arg_type(ctx, "listener", "of type function", argv[1]);
    JSValue items[4] = { this_val, argv[0], argv[1], JS_FALSE };
    JSValue w = js_new_cfunction(ctx, once_wrapper, "bound onceWrapper", 0);
    js_obj(w)->u.cfunc.data = js_new_array_from(ctx, 4, items);
    js_set_str(ctx, w, "listener", argv[1]);
    return ee_add(ctx, this_val, argv[0], w, magic);
}

static JSValue unhandled_error(JSContext *ctx, JSValue er)
{
    if (js_class_of(er) == JS_CLASS_ERROR)
        return js_throw(ctx, er);
    JSValue s = js_inspect(ctx, er, JS_UNDEFINED);
    if (js_is_exception(s))
        return s;
    const char *msg = js_host_printf(ctx, "Unhandled error. (%s)", js_to_utf8(ctx, s, NULL));
    JSValue err = js_new_node_error(ctx, JS_ERROR, "ERR_UNHANDLED_ERROR", msg);
    js_set_str(ctx, err, "context", er);
    return js_throw(ctx, err);
}

/* 1 listeners ran, 0 none, -1 exception. */
static int ee_emit(JSContext *ctx, JSValue self, JSValue type, int argc, JSValue *argv)
{
    JSValue ev = js_get_str(ctx, self, "_events");
    bool is_error = js_is_string(type) && !strcmp(js_to_utf8(ctx, type, NULL), "error");
    JSValue handler = js_is_object(ev) ? js_get(ctx, ev, type) : JS_UNDEFINED;
    if (js_is_exception(handler))
        return -1;
    if (js_is_undefined(handler)) {
        if (is_error)
            return js_is_exception(unhandled_error(ctx, argc > 0 ? argv[0] : JS_UNDEFINED)) ? -1 : 0;
        return 0;
    }
    if (js_is_function(handler))
        return js_is_exception(js_call(ctx, handler, self, argc, argv)) ? -1 : 1;
    uint64_t n;
    if (js_to_length(ctx, js_get_atom(ctx, handler, ctx->atoms.length), &n) < 0)
        return -1;
    JSValue *fns = js_malloc(sizeof(JSValue) * (size_t)(n ? n : 1));
    for (uint64_t i = 0; i < n; i++)
        fns[i] = js_get_index(ctx, handler, (uint32_t)i);
    for (uint64_t i = 0; i < n; i++)
        if (js_is_exception(js_call(ctx, fns[i], self, argc, argv)))
            return -1;
    return 1;
}

static JSValue ee_emit_method(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    int r = ee_emit(ctx, this_val, argv[0], argc > 1 ? argc - 1 : 0, argv + 1);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r > 0);
}

static int ee_notify_removed(JSContext *ctx, JSValue self, JSValue ev, JSValue type, JSValue fn)
{
    if (js_is_undefined(js_get_str(ctx, ev, "removeListener")))
        return 0;
    JSValue args[2] = { type, fn };
    return ee_emit(ctx, self, js_new_string(ctx, "removeListener"), 2, args) < 0 ? -1 : 0;
}

static JSValue ee_remove(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue type = argv[0], fn = argv[1];
    if (!js_is_function(fn))
        return js_throw_arg_type(ctx, "listener", "of type function", fn);
    JSValue ev = js_get_str(ctx, this_val, "_events");
    JSValue list = js_is_object(ev) ? js_get(ctx, ev, type) : JS_UNDEFINED;
    if (js_is_undefined(list) || js_is_exception(list))
        return js_is_exception(list) ? list : this_val;
    if (list == fn || unwrapped(ctx, list) == fn) {
        ee_add_count(ctx, this_val, -1);
        double n = 0;
        js_to_number(ctx, js_get_str(ctx, this_val, "_eventsCount"), &n);
        if (n == 0) {
            js_set_str(ctx, this_val, "_events", null_object(ctx));
            return this_val;
        }
        js_delete(ctx, ev, type, false);
        return ee_notify_removed(ctx, this_val, ev, type, unwrapped(ctx, list)) < 0 ? JS_EXCEPTION : this_val;
    }
    if (js_is_function(list))
        return this_val;
    uint64_t len;
    if (js_to_length(ctx, js_get_atom(ctx, list, ctx->atoms.length), &len) < 0)
        return JS_EXCEPTION;
    int64_t pos = -1;
    for (int64_t i = (int64_t)len - 1; i >= 0 && pos < 0; i--) {
        JSValue l = js_get_index(ctx, list, (uint32_t)i);
        if (l == fn || unwrapped(ctx, l) == fn)
            pos = i;
    }
    if (pos < 0)
        return this_val;
    JSValue args[2] = { js_new_number((double)pos), js_new_int(1) };
    if (js_is_exception(js_invoke(ctx, list, js_atom(ctx, "splice"), 2, args)))
        return JS_EXCEPTION;
    if (len - 1 == 1)
        js_set(ctx, ev, type, js_get_index(ctx, list, 0), false);
    return ee_notify_removed(ctx, this_val, ev, type, fn) < 0 ? JS_EXCEPTION : this_val;
}

static JSValue ee_remove_all(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue ev = js_get_str(ctx, this_val, "_events");
    if (!js_is_object(ev))
        return this_val;
    if (argc == 0 || js_is_undefined(argv[0])) {
        js_set_str(ctx, this_val, "_events", null_object(ctx));
        js_set_str(ctx, this_val, "_eventsCount", js_new_int(0));
        return this_val;
    }
    JSValue list = js_get(ctx, ev, argv[0]);
    if (js_is_undefined(list))
        return this_val;
    ee_add_count(ctx, this_val, -1);
    js_delete(ctx, ev, argv[0], false);
    return this_val;
}

/* listeners (magic 0: once wrappers unwrapped), rawListeners (1) */
static JSValue ee_listeners(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    JSValue ev = js_get_str(ctx, this_val, "_events");
    JSValue list = js_is_object(ev) ? js_get(ctx, ev, argv[0]) : JS_UNDEFINED;
    JSValue out = js_new_array(ctx, 0);
    if (js_is_function(list)) {
        js_array_push(ctx, out, magic ? list : unwrapped(ctx, list));
    } else if (js_is_object(list)) {
        uint64_t n = 0;
        js_to_length(ctx, js_get_atom(ctx, list, ctx->atoms.length), &n);
        for (uint64_t i = 0; i < n; i++) {
            JSValue l = js_get_index(ctx, list, (uint32_t)i);
            js_array_push(ctx, out, magic ? l : unwrapped(ctx, l));
        }
    }
    return out;
}

static JSValue ee_listenerCount(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue list = ee_listeners(ctx, this_val, 1, argv, 1);
    return js_get_atom(ctx, list, ctx->atoms.length);
}

static JSValue ee_eventNames(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue ev = js_get_str(ctx, this_val, "_events");
    if (!js_is_object(ev))
        return js_new_array(ctx, 0);
    return js_own_keys(ctx, ev, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
}

static JSValue ee_setMaxListeners(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_number(argv[0]))
        return js_throw_arg_type(ctx, "setMaxListeners", "of type number", argv[0]);
    if (!(js_get_number(argv[0]) >= 0)) {
        char buf[64];
        const char *msg = js_host_printf(ctx,
                                         "The value of \"setMaxListeners\" is out of range. "
                                         "It must be >= 0. Received %s",
                                         js_number_to_cstr(js_get_number(argv[0]), buf));
        return js_throw(ctx, js_new_node_error(ctx, JS_RANGE_ERROR, "ERR_OUT_OF_RANGE", msg));
    }
    js_set_str(ctx, this_val, "_maxListeners", argv[0]);
    return this_val;
}

static JSValue ee_getMaxListeners(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue n = js_get_str(ctx, this_val, "_maxListeners");
    return js_is_undefined(n) ? js_get_str(ctx, ee_ctor_value, "defaultMaxListeners") : n;
}

JSValue js_new_events_module(JSContext *ctx)
{
    static const JSFunctionEntry methods[] = {
        { "emit", ee_emit_method, 1 },
        { "removeListener", ee_remove, 2 },
        { "off", ee_remove, 2 },
        { "removeAllListeners", ee_remove_all, 1 },
        { "setMaxListeners", ee_setMaxListeners, 1 },
        { "getMaxListeners", ee_getMaxListeners, 0 },
        { "listenerCount", ee_listenerCount, 1 },
        { "eventNames", ee_eventNames, 0 },
    };
    static const struct { const char *name; JSCFunctionMagic *fn; int magic; } magics[] = {
        { "on", ee_on, 0 }, { "addListener", ee_on, 0 }, { "prependListener", ee_on, 1 },
        { "once", ee_once, 0 }, { "prependOnceListener", ee_once, 1 },
        { "listeners", ee_listeners, 0 }, { "rawListeners", ee_listeners, 1 },
    };
    ee_sym_capture = js_new_symbol(ctx, js_new_string(ctx, "kCapture"));
    ee_sym_shape = js_new_symbol(ctx, js_new_string(ctx, "shapeMode"));
    JSValue ctor = js_new_cfunction(ctx, EventEmitter_ctor, "EventEmitter", 1);
    js_obj(ctor)->h.flags |= JS_OBJ_CONSTRUCTOR;
    ee_ctor_value = ctor;
    JSValue proto = js_new_object(ctx);
    js_define_value(ctx, ctor, ctx->atoms.prototype, proto, JS_PROP_WRITABLE);
    js_define_value(ctx, proto, ctx->atoms.constructor, ctor, JS_PROP_CW);
    js_set_str(ctx, proto, "_events", JS_UNDEFINED);
    js_set_str(ctx, proto, "_eventsCount", js_new_int(0));
    js_set_str(ctx, proto, "_maxListeners", JS_UNDEFINED);
    js_define_functions(ctx, proto, methods, JS_COUNTOF(methods));
    for (size_t i = 0; i < JS_COUNTOF(magics); i++)
        js_define_value_str(ctx, proto, magics[i].name,
                            js_new_cfunction_magic(ctx, magics[i].fn, magics[i].name, 2, magics[i].magic),
                            JS_PROP_CW);
    js_define_value_str(ctx, ctor, "EventEmitter", ctor, JS_PROP_CWE);
    js_define_value_str(ctx, ctor, "defaultMaxListeners", js_new_int(10), JS_PROP_CWE);
    return ctor;
}


/* ------------------------------------------------------------ the object */

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

static JSValue make_stream(JSContext *ctx, JSCFunction *write, int fd)
{
    JSValue s = js_new_object(ctx);
    js_define_value_str(ctx, s, "write", js_new_cfunction(ctx, write, "write", 3), JS_PROP_CWE);
    js_define_value_str(ctx, s, "fd", js_new_int(fd), JS_PROP_CWE);
    js_define_value_str(ctx, s, "isTTY", js_new_bool(isatty(fd)), JS_PROP_CWE);
    return s;
}

static const char *machine_arch(void)
{
#if defined(__x86_64__)
    return "x64";
#elif defined(__aarch64__)
    return "arm64";
#elif defined(__i386__)
    return "ia32";
#elif defined(__arm__)
    return "arm";
#else
    return "x64";
#endif
}

static void define_strings(JSContext *ctx, JSValue proc)
{
    JSValue versions = js_new_object(ctx);
    js_define_value_str(ctx, versions, "node", js_new_string(ctx, NODE_VERSION), JS_PROP_CWE);
    js_define_value_str(ctx, versions, "weakjs", js_new_string(ctx, WEAKJS_VERSION), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "version", js_new_string(ctx, "v" NODE_VERSION), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "versions", versions, JS_PROP_CWE);
    js_define_value_str(ctx, proc, "title", js_new_string(ctx, "node"), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "arch", js_new_string(ctx, machine_arch()), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "platform", js_new_string(ctx, "linux"), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "execPath", js_new_string(ctx, ctx->argc > 0 ? ctx->argv[0] : "weakjs"),
                        JS_PROP_CWE);
    js_define_value_str(ctx, proc, "pid", js_new_int((int)getpid()), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "ppid", js_new_int((int)getppid()), JS_PROP_CWE);
}

JSValue js_make_process(JSContext *ctx)
{
    static const JSFunctionEntry funcs[] = {
        { "exit", process_exit, 1 },
        { "nextTick", js_process_nextTick, 1 },
        { "cwd", process_cwd, 0 },
        { "uptime", process_uptime, 0 },
        { "hrtime", process_hrtime, 1 },
        { "memoryUsage", process_memoryUsage, 0 },
        { "emitWarning", process_emitWarning, 4 },
        { "emit", process_emit, 1 },
        { "off", process_off, 2 },
        { "removeListener", process_off, 2 },
        { "removeAllListeners", process_removeAllListeners, 1 },
        { "listenerCount", process_listenerCount, 2 },
        { "listeners", process_listeners, 1 },
    };
    static const struct { const char *name; int magic; } adders[] = {
        { "on", 0 }, { "addListener", 0 }, { "once", 1 }, { "prependListener", 2 },
        { "prependOnceListener", 3 },
    };
    start_ms = now_ms();
    JSValue proc = js_new_object(ctx);
    process_obj = proc;
    js_define_value_str(ctx, proc, "argv", make_argv(ctx), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "env", make_env(ctx), JS_PROP_CWE);
    define_strings(ctx, proc);
    js_define_functions(ctx, proc, funcs, JS_COUNTOF(funcs));
    for (size_t i = 0; i < JS_COUNTOF(adders); i++)
        js_define_value_str(ctx, proc, adders[i].name,
                            js_new_cfunction_magic(ctx, process_on, adders[i].name, 2, adders[i].magic),
                            JS_PROP_CWE);
    js_define_accessor(ctx, proc, js_atom(ctx, "exitCode"),
                       js_new_cfunction(ctx, process_get_exitCode, "get exitCode", 0),
                       js_new_cfunction(ctx, process_set_exitCode, "set exitCode", 1),
                       JS_PROP_CONFIGURABLE | JS_PROP_ENUMERABLE);
    js_define_value_str(ctx, proc, "stdout", make_stream(ctx, process_stdout_write, 1), JS_PROP_CWE);
    js_define_value_str(ctx, proc, "stderr", make_stream(ctx, process_stderr_write, 2), JS_PROP_CWE);
    js_define_value(ctx, proc, ctx->sym.to_string_tag, js_new_string(ctx, "process"), JS_PROP_CONFIGURABLE);
    return proc;
}
