/* console.c - the console object (log, info, debug, dirxml to stdout; warn,
 * error, trace, assert to stderr; dir, group, count, time, table) and
 * node's format strings (%s %d %i %f %j %o %O %c %%), shared with
 * util.format through js_format; and process warnings as node prints them
 * (js_emit_warning).  Values are printed by console_inspect.c. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "builtins.h"
#include "console.h"
#include "host.h"
#include "inspect_priv.h"
#include "mapset.h"
#include "object.h"
#include "textbuf.h"

static char *format_number(double d)
{
    char buf[40];
    if (d == 0 && signbit(d))
        return "-0";
    return str_printf("%s", js_number_to_cstr(d, buf));
}

static char *symbol_string(JSContext *ctx, JSValue sym)
{
    JSSymbol *s = js_get_ptr(sym);
    if (js_is_undefined(s->description))
        return "Symbol()";
    return str_printf("Symbol(%s)", str_utf8(ctx, s->description));
}

static char *to_cstring(JSContext *ctx, JSValue v, bool *err)
{
    JSValue s = js_to_string(ctx, v);
    if (js_is_exception(s)) {
        *err = true;
        return "";
    }
    return (char *)str_utf8(ctx, s);
}

static JSValue call_global(JSContext *ctx, const char *obj, const char *fn, JSValue arg)
{
    JSValue f = obj ? js_get_str(ctx, js_get_str(ctx, ctx->global, obj), fn) : js_get_str(ctx, ctx->global, fn);
    if (js_is_exception(f))
        return f;
    return js_call(ctx, f, JS_UNDEFINED, 1, &arg);
}

/* A copy of the inspect options (opts undefined: none) with some overridden,
 * as node's {...inspectOptions, key: value}. */
static JSValue derive_options(JSContext *ctx, JSValue opts, const char *k1, JSValue v1, const char *k2, JSValue v2,
                              const char *k3, JSValue v3)
{
    JSValue o = js_new_object(ctx);
    if (js_is_object(opts) && js_assign_own(ctx, o, opts, true) < 0)
        return JS_EXCEPTION;
    js_set_str(ctx, o, k1, v1);
    js_set_str(ctx, o, k2, v2);
    if (k3)
        js_set_str(ctx, o, k3, v3);
    return o;
}

/* inspect(v, options), NULL on exception. */
static char *inspect_derived(JSContext *ctx, JSValue v, JSValue opts)
{
    return js_is_exception(opts) ? NULL : js_inspect_cstr(ctx, v, opts);
}

/* node's formatWithOptions: returns NULL on exception.  opts are the
 * inspect options (undefined for console.log and util.format). */
static char *format_args_with(JSContext *ctx, JSValue opts, int argc, JSValue *argv)
{
    Str out;
    str_init(&out);
    int a = 0;
    const char *join_sep = "";
    bool err = false;
    if (argc > 0 && js_is_string(argv[0])) {
        if (argc == 1)
            return (char *)str_utf8(ctx, argv[0]);
        JSString *f = js_string_flat(js_str(argv[0]));
        uint32_t last = 0;
        for (uint32_t i = 0; i + 1 < f->len; i++) {
            if (js_string_at(f, i) != '%')
                continue;
            uint16_t next = js_string_at(f, ++i);
            char *tmp = NULL;
            if (a + 1 != argc) {
                JSValue arg;
                switch (next) {
                case 's':
                    arg = argv[++a];
                    if (js_is_number(arg)) {
                        tmp = format_number(js_get_number(arg));
                    } else if (!js_is_object(arg) || js_is_function(arg)) {
                        /* typeof 'function' is not 'object': node uses String() */
                        if (js_is_symbol(arg)) {
                            tmp = symbol_string(ctx, arg);
                        } else {
                            tmp = to_cstring(ctx, arg, &err);
                        }
                    } else {
                        tmp = js_has_builtin_to_string(ctx, js_obj(arg))
                                  ? inspect_derived(ctx, arg, derive_options(ctx, opts, "depth", js_new_int(0), "colors",
                                                                             JS_FALSE, "compact", js_new_int(3)))
                                  : to_cstring(ctx, arg, &err);
                        if (!tmp)
                            return NULL;
                    }
                    break;
                case 'j': {
                    arg = argv[++a];
                    JSValue r = call_global(ctx, "JSON", "stringify", arg);
                    if (js_is_exception(r)) {
                        JSValue e = ctx->exception;
                        JSValue m = js_is_object(e) ? js_get_atom(ctx, e, ctx->atoms.message) : JS_UNDEFINED;
                        if (js_is_string(m) && strstr(str_utf8(ctx, m), "circular")) {
                            ctx->exception = JS_UNDEFINED;
                            tmp = "[Circular]";
                        } else {
                            return NULL;
                        }
                    } else {
                        tmp = js_is_undefined(r) ? "undefined" : (char *)str_utf8(ctx, r);
                    }
                    break;
                }
                case 'd': {
                    arg = argv[++a];
                    double d;
                    if (js_is_symbol(arg))
                        d = NAN;
                    else if (js_to_number(ctx, arg, &d) < 0)
                        return NULL;
                    tmp = format_number(d);
                    break;
                }
                case 'O':
                    if (!(tmp = js_inspect_cstr(ctx, argv[++a], opts)))
                        return NULL;
                    break;
                case 'o':
                    tmp = inspect_derived(ctx, argv[++a], derive_options(ctx, opts, "showHidden", JS_TRUE, "depth",
                                                                           js_new_int(4), NULL, JS_UNDEFINED));
                    if (!tmp)
                        return NULL;
                    break;
                case 'i':
                case 'f': {
                    arg = argv[++a];
                    if (js_is_symbol(arg)) {
                        tmp = "NaN";
                        break;
                    }
                    JSValue r = call_global(ctx, NULL, next == 'i' ? "parseInt" : "parseFloat", arg);
                    if (js_is_exception(r))
                        return NULL;
                    tmp = format_number(js_get_number(r));
                    break;
                }
                case 'c':
                    a++;
                    tmp = "";
                    break;
                case '%':
                    str_puts(&out, str_utf8(ctx, js_substring(ctx, argv[0], last, i)));
                    last = i + 1;
                    continue;
                default:
                    continue;
                }
                if (err)
                    return NULL;
                if (last != i - 1)
                    str_puts(&out, str_utf8(ctx, js_substring(ctx, argv[0], last, i - 1)));
                str_puts(&out, tmp);
                last = i + 1;
            } else if (next == '%') {
                str_puts(&out, str_utf8(ctx, js_substring(ctx, argv[0], last, i)));
                last = i + 1;
            }
        }
        if (last != 0) {
            a++;
            join_sep = " ";
            if (last < f->len)
                str_puts(&out, str_utf8(ctx, js_substring(ctx, argv[0], last, f->len)));
        }
    }
    for (; a < argc; a++) {
        str_puts(&out, join_sep);
        if (js_is_string(argv[a])) {
            str_puts(&out, str_utf8(ctx, argv[a]));
        } else {
            const char *s = js_inspect_cstr(ctx, argv[a], opts);
            if (!s)
                return NULL;
            str_puts(&out, s);
        }
        join_sep = " ";
    }
    return out.p;
}

static char *format_args(JSContext *ctx, int argc, JSValue *argv)
{
    return format_args_with(ctx, JS_UNDEFINED, argc, argv);
}

JSValue js_format_with_options(JSContext *ctx, JSValue opts, int argc, JSValue *argv)
{
    char *s = format_args_with(ctx, opts, argc, argv);
    return s ? str_to_js(ctx, s) : JS_EXCEPTION;
}

JSValue js_format(JSContext *ctx, int argc, JSValue *argv)
{
    char *s = format_args(ctx, argc, argv);
    return s ? str_to_js(ctx, s) : JS_EXCEPTION;
}

/* ================================================================ console */

/* argv is only padded up to the declared length (0 for these) */
#define OPT_ARG(i) ((i) < argc ? argv[i] : JS_UNDEFINED)

typedef struct ConsoleState {
    int group_indent;
    JSValue counts;   /* object: label -> count */
    JSValue timers;   /* object: label -> start time (ms) */
} ConsoleState;

static ConsoleState *console_state(JSContext *ctx)
{
    /* one per process (weakjs runs one context); static data is a GC root */
    static ConsoleState *state;
    if (!state) {
        state = js_malloc(sizeof *state);
        state->counts = js_new_object_proto(ctx, NULL);
        state->timers = js_new_object_proto(ctx, NULL);
    }
    return state;
}

static void write_out(JSContext *ctx, FILE *f, const char *s)
{
    ConsoleState *st = console_state(ctx);
    if (f == stderr)
        fflush(stdout);
    if (st->group_indent == 0) {
        str_write(s, f);
    } else {
        for (int i = 0; i < st->group_indent; i++)
            fputc(' ', f);
        for (; *s; s++) {
            if ((unsigned char)s[0] == 0xC0 && (unsigned char)s[1] == 0x80) {
                fputc(0, f);
                s++;
                continue;
            }
            fputc(*s, f);
            if (*s == '\n')
                for (int i = 0; i < st->group_indent; i++)
                    fputc(' ', f);
        }
    }
    fputc('\n', f);
    if (f == stderr)
        fflush(stderr);
}

static JSValue console_print(JSContext *ctx, int argc, JSValue *argv, FILE *f)
{
    char *s = format_args(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    write_out(ctx, f, s);
    return JS_UNDEFINED;
}

static JSValue console_log(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return console_print(ctx, argc, argv, stdout);
}

static JSValue console_error(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return console_print(ctx, argc, argv, stderr);
}

static JSValue console_dir(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    const char *s = js_inspect_cstr(ctx, OPT_ARG(0), OPT_ARG(1));
    if (!s)
        return JS_EXCEPTION;
    write_out(ctx, stdout, s);
    return JS_UNDEFINED;
}

static JSValue console_assert(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_to_boolean(OPT_ARG(0)))
        return JS_UNDEFINED;
    if (argc <= 1) {
        write_out(ctx, stderr, "Assertion failed");
        return JS_UNDEFINED;
    }
    /* node: args[0] = `Assertion failed: ${args[0]}`, then warn(...args),
     * so the first argument goes through String() and stays a format. */
    JSValue first = js_to_string(ctx, argv[1]);
    if (js_is_exception(first))
        return first;
    JSValue *args = js_malloc(sizeof(JSValue) * (size_t)(argc - 1));
    memcpy(args, argv + 1, sizeof(JSValue) * (size_t)(argc - 1));
    args[0] = js_new_string(ctx, str_cat("Assertion failed: ", str_utf8(ctx, first)));
    char *s = format_args(ctx, argc - 1, args);
    if (!s)
        return JS_EXCEPTION;
    write_out(ctx, stderr, s);
    return JS_UNDEFINED;
}

static JSValue console_group(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (argc > 0 && js_is_exception(console_print(ctx, argc, argv, stdout)))
        return JS_EXCEPTION;
    console_state(ctx)->group_indent += 2;
    return JS_UNDEFINED;
}

static JSValue console_groupEnd(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    ConsoleState *st = console_state(ctx);
    if (st->group_indent >= 2)
        st->group_indent -= 2;
    return JS_UNDEFINED;
}

static JSValue label_of(JSContext *ctx, JSValue v)
{
    return js_is_undefined(v) ? js_new_string(ctx, "default") : js_to_string(ctx, v);
}

static JSValue console_count(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue label = label_of(ctx, OPT_ARG(0));
    if (js_is_exception(label))
        return label;
    ConsoleState *st = console_state(ctx);
    JSValue c = js_get(ctx, st->counts, label);
    int n = js_is_number(c) ? (int)js_get_number(c) + 1 : 1;
    js_set(ctx, st->counts, label, js_new_int(n), false);
    write_out(ctx, stdout, str_printf("%s: %d", str_utf8(ctx, label), n));
    return JS_UNDEFINED;
}

/* The nextTick callback of js_emit_warning: prints the warning as node's
 * default 'warning' listener does.  The "(Use ...)" hint follows only the
 * process's first warning, of whatever kind. */
static JSValue print_warning(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    static bool hinted;
    fflush(stdout);
    fprintf(stderr, "(node:%d) %s\n", (int)getpid(), str_utf8(ctx, OPT_ARG(0)));
    if (!hinted) {
        hinted = true;
        fprintf(stderr, "(Use `node --trace-%s ...` to show where the warning was created)\n",
                js_to_boolean(OPT_ARG(1)) ? "deprecation" : "warnings");
    }
    fflush(stderr);
    return JS_UNDEFINED;
}

/* process.emitWarning: node prints from a nextTick, after the running
 * code.  text is what follows "(node:PID) ", e.g. "Warning: ...". */
JSValue js_emit_warning(JSContext *ctx, JSValue text, bool deprecation)
{
    JSValue args[3] = { js_new_cfunction(ctx, print_warning, "", 2), text, js_new_bool(deprecation) };
    JSValue r = js_process_nextTick(ctx, JS_UNDEFINED, 3, args);
    return js_is_exception(r) ? r : JS_UNDEFINED;
}

static JSValue process_warning(JSContext *ctx, const char *before, JSValue label, const char *after)
{
    return js_emit_warning(ctx, str_to_js(ctx, str_cat(str_cat(str_cat("Warning: ", before), str_utf8(ctx, label)), after)),
                           false);
}

/* Whether the console's map (counts, timers) has the label. */
static bool has_label(JSContext *ctx, JSValue map, JSValue label)
{
    JSValue v = js_get(ctx, map, label);
    return !js_is_exception(v) && !js_is_undefined(v);
}

static JSValue console_countReset(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue label = label_of(ctx, OPT_ARG(0));
    if (js_is_exception(label))
        return label;
    ConsoleState *st = console_state(ctx);
    if (!has_label(ctx, st->counts, label))
        return process_warning(ctx, "Count for '", label, "' does not exist");
    js_delete(ctx, st->counts, label, false);
    return JS_UNDEFINED;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static JSValue console_time(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue label = label_of(ctx, OPT_ARG(0));
    if (js_is_exception(label))
        return label;
    ConsoleState *st = console_state(ctx);
    if (has_label(ctx, st->timers, label))
        return process_warning(ctx, "Label '", label, "' already exists for console.time()");
    js_set(ctx, st->timers, label, js_new_double(now_ms()), false);
    return JS_UNDEFINED;
}

/* timeEnd (magic 1) removes the timer; timeLog (0) keeps it. */
static JSValue console_time_end(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int end)
{
    JSValue label = label_of(ctx, OPT_ARG(0));
    if (js_is_exception(label))
        return label;
    ConsoleState *st = console_state(ctx);
    JSValue t = js_get(ctx, st->timers, label);
    if (!js_is_number(t))
        return process_warning(ctx, "No such label '", label,
                               end ? "' for console.timeEnd()" : "' for console.timeLog()");
    double ms = now_ms() - js_get_number(t);
    char *extra = argc > 1 ? format_args(ctx, argc - 1, argv + 1) : NULL;
    write_out(ctx, stdout, str_printf("%s: %.3fms%s%s", str_utf8(ctx, label), ms, extra ? " " : "",
                                      extra ? extra : ""));
    if (end)
        js_delete(ctx, st->timers, label, false);
    return JS_UNDEFINED;
}

static JSValue console_trace(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    char *s = format_args(ctx, argc, argv);
    if (!s)
        return JS_EXCEPTION;
    JSValue err = js_new_error(ctx, JS_ERROR, str_to_js(ctx, s));
    JSValue stack = js_is_object(err) ? js_get_atom(ctx, err, ctx->atoms.stack) : JS_UNDEFINED;
    const char *st = js_is_string(stack) ? str_utf8(ctx, stack) : "";
    const char *nl = strchr(st, '\n');
    write_out(ctx, stderr, str_printf("Trace%s%s%s", *s ? ": " : "", s, nl ? nl : ""));
    return JS_UNDEFINED;
}

/* ---------------------------------------------------------------- console.table */

typedef struct TableCol {
    JSValue key;     /* property key, or JS_EMPTY for a fixed heading */
    char *head;
    char **cells;    /* cells[i] NULL: no value (printed empty) */
} TableCol;

typedef struct Table {
    TableCol *cols;
    uint32_t ncols, nrows;
} Table;

static TableCol *table_add(Table *t, JSValue key, char *head, uint32_t rows)
{
    t->cols = js_realloc(t->cols, sizeof(TableCol) * (t->ncols + 1));
    TableCol *c = &t->cols[t->ncols++];
    c->key = key;
    c->head = head;
    c->cells = js_malloc(sizeof(char *) * (rows + 1));
    return c;
}

static TableCol *table_col(JSContext *ctx, Table *t, JSValue key, uint32_t rows)
{
    for (uint32_t i = 0; i < t->ncols; i++)
        if (t->cols[i].key == key)
            return &t->cols[i];
    return table_add(t, key, (char *)str_utf8(ctx, key), rows);
}

/* node's _inspect for table cells */
static char *table_inspect(JSContext *ctx, JSValue v)
{
    JSValue opts = js_new_object(ctx);
    double depth = 0;
    if (js_is_object(v) && !js_is_array(v)) {
        JSValue saved = ctx->exception;
        JSValue keys = js_own_keys(ctx, v, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
        if (js_is_exception(keys))
            ctx->exception = saved;
        else if (js_obj(keys)->u.array.len > 2)
            depth = -1;
    }
    js_set_str(ctx, opts, "depth", js_new_number(depth));
    js_set_str(ctx, opts, "maxArrayLength", js_new_int(3));
    js_set_str(ctx, opts, "breakLength", js_new_double(INFINITY));
    char *s = js_inspect_cstr(ctx, v, opts);
    if (!s)   /* a throwing custom inspector: an empty cell */
        ctx->exception = JS_UNDEFINED;
    return s ? s : "";
}

/* Cells are padded to node's getStringWidth (strwidth.c): wide characters
 * and emoji count 2, control characters (a multi-line cell's newlines) 0. */
static void table_render(Table *t, Str *out)
{
    size_t *w = js_malloc_atomic(sizeof(size_t) * (t->ncols + 1));
    for (uint32_t c = 0; c < t->ncols; c++) {
        w[c] = js_display_width(t->cols[c].head);
        for (uint32_t r = 0; r < t->nrows; r++)
            if (t->cols[c].cells[r] && js_display_width(t->cols[c].cells[r]) > w[c])
                w[c] = js_display_width(t->cols[c].cells[r]);
    }
    static const char *const edges[3][3] = { { "┌", "┬", "┐" }, { "├", "┼", "┤" }, { "└", "┴", "┘" } };
    for (int line = 0; line < 3; line++) {
        /* top border, heading, divider; rows; bottom border */
        if (line == 2) {
            for (uint32_t r = 0; r < t->nrows; r++) {
                for (uint32_t c = 0; c < t->ncols; c++) {
                    const char *cell = t->cols[c].cells[r] ? t->cols[c].cells[r] : "";
                    str_puts(out, c ? " │ " : "│ ");
                    str_puts(out, cell);
                    for (size_t k = js_display_width(cell); k < w[c]; k++)
                        str_puts(out, " ");
                }
                str_puts(out, " │\n");
            }
        }
        str_puts(out, edges[line][0]);
        for (uint32_t c = 0; c < t->ncols; c++) {
            if (c)
                str_puts(out, edges[line][1]);
            for (size_t k = 0; k < w[c] + 2; k++)
                str_puts(out, "─");
        }
        str_puts(out, edges[line][2]);
        if (line == 0) {
            str_puts(out, "\n");
            for (uint32_t c = 0; c < t->ncols; c++) {
                str_puts(out, c ? " │ " : "│ ");
                str_puts(out, t->cols[c].head);
                for (size_t k = js_display_width(t->cols[c].head); k < w[c]; k++)
                    str_puts(out, " ");
            }
            str_puts(out, " │");
        }
        if (line < 2)
            str_puts(out, "\n");
    }
}

static void write_out(JSContext *ctx, FILE *f, const char *s);

/* Rows of a Map or Set: (iteration index), Key (maps), Values. */
static bool table_collection(JSContext *ctx, JSValue data, Table *t)
{
    int cls = js_class_of(data);
    if (cls != JS_CLASS_MAP && cls != JS_CLASS_SET)
        return false;
    uint32_t n = js_mapset_size(data);
    TableCol *ic = table_add(t, JS_EMPTY, "(iteration index)", n);
    TableCol *kc = cls == JS_CLASS_MAP ? table_add(t, JS_EMPTY, "Key", n) : NULL;
    ic = &t->cols[0];
    TableCol *vc = table_add(t, JS_EMPTY, "Values", n);
    ic = &t->cols[0];
    kc = cls == JS_CLASS_MAP ? &t->cols[1] : NULL;
    const void *cur = NULL;
    JSValue k, v;
    uint32_t i = 0;
    while (i < n && (cur = js_mapset_next(data, cur, &k, &v))) {
        ic->cells[i] = str_printf("%u", i);
        if (kc)
            kc->cells[i] = table_inspect(ctx, k);
        vc = &t->cols[t->ncols - 1];
        vc->cells[i] = table_inspect(ctx, v);
        i++;
    }
    t->nrows = i;
    return true;
}

/* node gathers the columns as keys of a null-prototype object, so integer
 * keys come first in ascending order, then the rest in first-seen order. */
static void table_order_columns(Table *t, Table *named, uint32_t rows)
{
    uint32_t *idx = js_malloc_atomic(sizeof(uint32_t) * (named->ncols + 1));
    bool *pending = js_malloc_atomic(sizeof(bool) * (named->ncols + 1));   /* an index column not yet placed */
    for (uint32_t c = 0; c < named->ncols; c++)
        pending[c] = js_is_string(named->cols[c].key) && js_atom_is_index(named->cols[c].key, &idx[c]);
    bool *was_index = js_malloc_atomic(sizeof(bool) * (named->ncols + 1));
    memcpy(was_index, pending, sizeof(bool) * named->ncols);
    for (;;) {
        uint32_t best = UINT32_MAX;
        for (uint32_t c = 0; c < named->ncols; c++)
            if (pending[c] && (best == UINT32_MAX || idx[c] < idx[best]))
                best = c;
        if (best == UINT32_MAX)
            break;
        pending[best] = false;
        table_add(t, named->cols[best].key, named->cols[best].head, rows)->cells = named->cols[best].cells;
    }
    for (uint32_t c = 0; c < named->ncols; c++)
        if (!was_index[c])
            table_add(t, named->cols[c].key, named->cols[c].head, rows)->cells = named->cols[c].cells;
}

static JSValue console_table(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue data = OPT_ARG(0), props = OPT_ARG(1);
    if (!js_is_undefined(props) && !js_is_array(props))
        return js_throw_arg_type(ctx, "properties", "an instance of Array", props);
    if (!js_is_object(data))
        return console_print(ctx, argc > 0 ? 1 : 0, argv, stdout);
    Table t = { NULL, 0, 0 };
    if (!table_collection(ctx, data, &t)) {
        JSValue keys = js_own_keys(ctx, data, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
        if (js_is_exception(keys))
            return keys;
        uint32_t n = js_obj(keys)->u.array.len;
        table_add(&t, JS_EMPTY, "(index)", n);
        Table named = { NULL, 0, 0 };   /* the property columns, in first-seen order */
        char **values = js_malloc(sizeof(char *) * (n + 1));
        bool has_prim = false;
        for (uint32_t i = 0; i < n; i++) {
            JSValue key = js_obj(keys)->u.array.elems[i];
            t.cols[0].cells[i] = (char *)str_utf8(ctx, key);
            JSValue item = js_get(ctx, data, key);
            if (js_is_exception(item))
                return item;
            bool prim = !js_is_object(item);
            if (js_is_undefined(props) && prim) {
                has_prim = true;
                values[i] = table_inspect(ctx, item);
                continue;
            }
            JSValue ik = js_is_undefined(props) ? js_own_keys(ctx, item, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY) : props;
            if (js_is_exception(ik))
                return ik;
            uint64_t nk = js_is_array(ik) ? js_obj(ik)->u.array.len : 0;
            for (uint64_t j = 0; j < nk; j++) {
                JSValue pk = js_get_index(ctx, ik, (uint32_t)j);
                if (js_is_exception(pk) || js_is_exception(pk = js_to_property_key(ctx, pk)))
                    return JS_EXCEPTION;
                TableCol *col = table_col(ctx, &named, pk, n);
                JSPropertyDescriptor d;
                int own = prim ? 0 : js_get_own_property(ctx, js_obj(item), pk, &d);
                if (own < 0)
                    return JS_EXCEPTION;
                if (!own) {
                    col->cells[i] = "";
                } else {
                    JSValue v = js_get(ctx, item, pk);
                    if (js_is_exception(v))
                        return v;
                    col->cells[i] = table_inspect(ctx, v);
                }
            }
        }
        table_order_columns(&t, &named, n);
        if (has_prim) {
            TableCol *vc = table_add(&t, JS_EMPTY, "Values", n);
            vc->cells = values;
        }
        t.nrows = n;
    }
    Str out;
    str_init(&out);
    table_render(&t, &out);
    write_out(ctx, stdout, out.p);
    return JS_UNDEFINED;
}

static JSValue console_noop(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return JS_UNDEFINED;
}

/* node's console methods are enumerable own properties, in this order
 * (Object.keys(console), for-in).  clear does nothing when stdout is not a
 * terminal, and the tests never run on one. */
static const struct {
    const char *name;
    JSCFunction *fn;
    int magic;   /* -1: a plain function, else console_time_end's magic */
} console_funcs[] = {
    { "log", console_log, -1 },
    { "warn", console_error, -1 },
    { "dir", console_dir, -1 },
    { "time", console_time, -1 },
    { "timeEnd", NULL, 1 },
    { "timeLog", NULL, 0 },
    { "trace", console_trace, -1 },
    { "assert", console_assert, -1 },
    { "clear", console_noop, -1 },
    { "count", console_count, -1 },
    { "countReset", console_countReset, -1 },
    { "group", console_group, -1 },
    { "groupEnd", console_groupEnd, -1 },
    { "table", console_table, -1 },
    { "debug", console_log, -1 },
    { "info", console_log, -1 },
    { "dirxml", console_log, -1 },
    { "error", console_error, -1 },
    { "groupCollapsed", console_group, -1 },
};

void js_init_console(JSContext *ctx)
{
    JSValue console = js_new_object(ctx);
    for (size_t i = 0; i < JS_COUNTOF(console_funcs); i++) {
        const char *name = console_funcs[i].name;
        JSValue f = console_funcs[i].magic < 0
                        ? js_new_cfunction(ctx, console_funcs[i].fn, name, 0)
                        : js_new_cfunction_magic(ctx, console_time_end, name, 0, console_funcs[i].magic);
        js_define_value_str(ctx, console, name, f, JS_PROP_CWE);
    }
    js_define_value_str(ctx, ctx->global, "console", console, JS_PROP_CW);
    console_state(ctx);
}
