/* assert.c - require('assert') as node 20 has it: the module function
 * (assert.ok), the comparisons, throws/doesNotThrow/rejects/doesNotReject,
 * fail, ifError, match, assert.strict and the AssertionError class with
 * node's message texts (its "+ actual - expected" line diff included).
 *
 * assert.ok(false) quotes the source of the call, as node does, by reading
 * the caller's file at the call's line and column; when the file cannot be
 * read (stdin, -e) it falls back to node's own fallback, "false == true".
 * Promises come from the global Promise at call time (rejects). */
#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "builtins.h"
#include "console.h"
#include "host.h"
#include "object.h"

JSValue js_emit_warning(JSContext *ctx, JSValue text, bool deprecation);   /* console.c */

/* ================================================================ small text helpers */

typedef struct Buf {
    char *p;
    size_t n, cap;
} Buf;

static void buf_put(Buf *b, const char *s, size_t n)
{
    if (b->n + n + 1 > b->cap) {
        b->cap = (b->n + n + 1) * 2;
        b->p = js_realloc(b->p, b->cap);
    }
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = 0;
}

static void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static const char *buf_str(Buf *b)
{
    if (!b->p)
        buf_put(b, "", 0);
    return b->p;
}

/* Length in UTF-16 units, as JavaScript's .length counts. */
static size_t js_len(const char *s)
{
    size_t n = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            n += *p >= 0xF0 ? 2 : 1;
    return n;
}

typedef struct Lines {
    const char **v;
    int n;
} Lines;

static Lines split_lines(const char *s)
{
    Lines l = { NULL, 0 };
    int cap = 1;
    for (const char *p = s; *p; p++)
        cap += *p == '\n';
    l.v = js_malloc(sizeof(char *) * (size_t)cap);
    for (;;) {
        const char *e = strchr(s, '\n');
        size_t n = e ? (size_t)(e - s) : strlen(s);
        char *line = js_malloc_atomic(n + 1);
        memcpy(line, s, n);
        line[n] = 0;
        l.v[l.n++] = line;
        if (!e)
            break;
        s = e + 1;
    }
    return l;
}

static bool ends_with_comma(const char *s, const char *other)
{
    size_t n = strlen(s);
    return n > 0 && s[n - 1] == ',' && strlen(other) == n - 1 && !strncmp(s, other, n - 1);
}

static bool is_obj_type(JSValue v)
{
    return js_is_object(v) && !js_is_function(v);
}

static bool is_zero(JSValue v)
{
    return js_is_number(v) && js_get_number(v) == 0;
}

static const char *to_cstr(JSContext *ctx, JSValue v)
{
    JSValue s = js_to_string(ctx, v);
    if (js_is_exception(s))
        return NULL;
    return js_to_utf8(ctx, s, NULL);
}

/* ================================================================ messages */

static const char *readable_operator(const char *op)
{
    static const char *const tab[][2] = {
        { "deepStrictEqual", "Expected values to be strictly deep-equal:" },
        { "strictEqual", "Expected values to be strictly equal:" },
        { "strictEqualObject", "Expected \"actual\" to be reference-equal to \"expected\":" },
        { "deepEqual", "Expected values to be loosely deep-equal:" },
        { "notDeepStrictEqual", "Expected \"actual\" not to be strictly deep-equal to:" },
        { "notStrictEqual", "Expected \"actual\" to be strictly unequal to:" },
        { "notStrictEqualObject", "Expected \"actual\" not to be reference-equal to \"expected\":" },
        { "notDeepEqual", "Expected \"actual\" not to be loosely deep-equal to:" },
        { "notIdentical", "Values have same structure but are not reference-equal:" },
        { "notDeepEqualUnequal", "Expected values not to be loosely deep-equal:" },
    };
    for (size_t i = 0; i < JS_COUNTOF(tab); i++)
        if (op && !strcmp(op, tab[i][0]))
            return tab[i][1];
    return NULL;
}

/* Identical lines before a diverging one: show up to two, fold the rest. */
static void flush_identical(Buf *res, Lines *lines, int i, int identical, bool *skipped, int *printed)
{
    if (identical <= 2)
        return;
    if (identical > 3) {
        if (identical > 4) {
            if (identical == 5) {
                buf_puts(res, "\n  ");
                buf_puts(res, lines->v[i - 3]);
                (*printed)++;
            } else {
                buf_puts(res, "\n...");
                *skipped = true;
            }
        }
        buf_puts(res, "\n  ");
        buf_puts(res, lines->v[i - 2]);
        (*printed)++;
    }
    buf_puts(res, "\n  ");
    buf_puts(res, lines->v[i - 1]);
    (*printed)++;
}

/* node 20's createErrDiff: the message of strictEqual and deepStrictEqual. */
static const char *create_err_diff(JSContext *ctx, JSValue actual, JSValue expected, const char *op,
                                   const char *message)
{
    const char *actual_inspected = js_assert_inspect(ctx, actual);
    Lines al = split_lines(actual_inspected), el = split_lines(js_assert_inspect(ctx, expected));
    int i = 0;
    Buf indicator = { 0 }, end = { 0 }, res = { 0 }, other = { 0 };
    bool skipped = false;
    const char *other_line = NULL;
    if (!strcmp(op, "strictEqual") &&
        ((is_obj_type(actual) && is_obj_type(expected)) || (js_is_function(actual) && js_is_function(expected))))
        op = "strictEqualObject";
    const char *head = message && *message ? message : readable_operator(op);

    if (al.n == 1 && el.n == 1 && strcmp(al.v[0], el.v[0])) {
        size_t input_len = js_len(al.v[0]) + js_len(el.v[0]);
        if (input_len <= 12) {
            if (!is_obj_type(actual) && !is_obj_type(expected) && (!is_zero(actual) || !is_zero(expected)))
                return js_host_printf(ctx, "%s\n\n%s !== %s\n", head, al.v[0], el.v[0]);
        } else if (strcmp(op, "strictEqualObject") && input_len < 80) {
            const char *a = al.v[0], *b = el.v[0];
            size_t k = 0;
            while (a[k] && a[k] == b[k])
                k++;
            size_t units = 0;
            for (size_t j = 0; j < k; j++)
                if (((unsigned char)a[j] & 0xC0) != 0x80)
                    units++;
            if (units > 2) {
                buf_puts(&indicator, "\n  ");
                for (size_t j = 0; j < units; j++)
                    buf_puts(&indicator, " ");
                buf_puts(&indicator, "^");
                units = 0;
            }
            i = (int)units;
        }
    }

    /* drop the identical tail lines, keeping up to three for context */
    while (al.n && el.n && !strcmp(al.v[al.n - 1], el.v[el.n - 1])) {
        const char *a = al.v[al.n - 1];
        if (i++ < 3) {
            Buf e = { 0 };
            buf_puts(&e, "\n  ");
            buf_puts(&e, a);
            buf_puts(&e, buf_str(&end));
            end = e;
        } else {
            other_line = a;
        }
        al.n--;
        el.n--;
    }
    int max_lines = al.n > el.n ? al.n : el.n;
    if (max_lines == 0) {
        Lines all = split_lines(actual_inspected);
        Buf out = { 0 };
        buf_puts(&out, readable_operator("notIdentical"));
        buf_puts(&out, "\n\n");
        int n = all.n > 50 ? 47 : all.n;
        for (int j = 0; j < n; j++) {
            if (j)
                buf_puts(&out, "\n");
            buf_puts(&out, all.n > 50 && j == 46 ? "..." : all.v[j]);
        }
        buf_puts(&out, "\n");
        return buf_str(&out);
    }
    if (i >= 5) {
        Buf e = { 0 };
        buf_puts(&e, "\n...");
        buf_puts(&e, buf_str(&end));
        end = e;
        skipped = true;
    }
    if (other_line) {
        Buf e = { 0 };
        buf_puts(&e, "\n  ");
        buf_puts(&e, other_line);
        buf_puts(&e, buf_str(&end));
        end = e;
    }

    int printed = 0, identical = 0;
    Lines *lines = &al;
    const char *plus_minus = "+";
    int max_length = el.n;
    if (al.n < max_lines) {
        lines = &el;
        plus_minus = "-";
        max_length = al.n;
    }
    const char *msg = js_host_printf(ctx, "%s\n+ actual - expected", head);
    for (i = 0; i < max_lines; i++) {
        if (max_length < i + 1) {
            flush_identical(&res, lines, i, identical, &skipped, &printed);
            identical = 0;
            Buf *to = lines == &al ? &res : &other;
            buf_puts(to, "\n");
            buf_puts(to, plus_minus);
            buf_puts(to, " ");
            buf_puts(to, lines->v[i]);
            printed++;
        } else {
            const char *exp_line = el.v[i];
            const char *act_line = al.v[i];
            bool diverging = strcmp(act_line, exp_line) && !ends_with_comma(act_line, exp_line);
            if (diverging && ends_with_comma(exp_line, act_line)) {
                diverging = false;
                act_line = js_host_printf(ctx, "%s,", act_line);
            }
            if (diverging) {
                flush_identical(&res, &al, i, identical, &skipped, &printed);
                identical = 0;
                buf_puts(&res, "\n+ ");
                buf_puts(&res, act_line);
                buf_puts(&other, "\n- ");
                buf_puts(&other, exp_line);
                printed += 2;
            } else {
                buf_puts(&res, buf_str(&other));
                other.n = 0;
                other.p[0] = 0;
                identical++;
                if (identical <= 2) {
                    buf_puts(&res, "\n  ");
                    buf_puts(&res, act_line);
                    printed++;
                }
            }
        }
        if (printed > 50 && i < max_lines - 2)
            return js_host_printf(ctx, "%s ... Lines skipped\n%s\n...%s\n...", msg, buf_str(&res), buf_str(&other));
    }
    return js_host_printf(ctx, "%s%s\n%s%s%s%s", msg, skipped ? " ... Lines skipped" : "", buf_str(&res),
                          buf_str(&other), buf_str(&end), buf_str(&indicator));
}

/* The message of an AssertionError made without one. */
static const char *generated_message(JSContext *ctx, JSValue actual, JSValue expected, const char *op)
{
    if (!strcmp(op, "deepStrictEqual") || !strcmp(op, "strictEqual"))
        return create_err_diff(ctx, actual, expected, op, NULL);
    if (!strcmp(op, "notDeepStrictEqual") || !strcmp(op, "notStrictEqual")) {
        const char *base = readable_operator(op);
        if (!strcmp(op, "notStrictEqual") && js_is_object(actual))
            base = readable_operator("notStrictEqualObject");
        Lines res = split_lines(js_assert_inspect(ctx, actual));
        if (res.n == 1)
            return js_host_printf(ctx, "%s%s%s", base, js_len(res.v[0]) > 5 ? "\n\n" : " ", res.v[0]);
        Buf out = { 0 };
        int n = res.n > 50 ? 47 : res.n;
        for (int j = 0; j < n; j++) {
            if (j)
                buf_puts(&out, "\n");
            buf_puts(&out, res.n > 50 && j == 46 ? "..." : res.v[j]);
        }
        return js_host_printf(ctx, "%s\n\n%s\n", base, buf_str(&out));
    }
    JSValue res = js_new_string(ctx, js_assert_inspect(ctx, actual));
    JSValue other = js_new_string(ctx, js_assert_inspect(ctx, expected));
    const char *known = readable_operator(op);
    if (!strcmp(op, "notDeepEqual") && js_string_equals(js_str(res), js_str(other))) {
        JSValue s = js_new_string(ctx, js_host_printf(ctx, "%s\n\n%s", known, js_to_utf8(ctx, res, NULL)));
        if (js_str(s)->len > 1024)
            s = js_concat(ctx, js_substring(ctx, s, 0, 1021), js_new_string(ctx, "..."));
        return js_to_utf8(ctx, s, NULL);
    }
    if (js_str(res)->len > 512)
        res = js_concat(ctx, js_substring(ctx, res, 0, 509), js_new_string(ctx, "..."));
    if (js_str(other)->len > 512)
        other = js_concat(ctx, js_substring(ctx, other, 0, 509), js_new_string(ctx, "..."));
    const char *r = js_to_utf8(ctx, res, NULL), *o = js_to_utf8(ctx, other, NULL);
    if (!strcmp(op, "deepEqual"))
        return js_host_printf(ctx, "%s\n\n%s\n\nshould loosely deep-equal\n\n%s", known, r, o);
    if (!strcmp(op, "notDeepEqual"))
        return js_host_printf(ctx, "%s\n\n%s\n\nshould not loosely deep-equal\n\n%s",
                              readable_operator("notDeepEqualUnequal"), r, o);
    return js_host_printf(ctx, "%s %s %s", r, op, o);
}

/* ================================================================ AssertionError */

static JSValue assertion_error_ctor_of(JSContext *ctx)
{
    return js_obj(ctx->frame->func)->u.cfunc.data;
}

/* Whether v inherits from Error.prototype (v instanceof Error). */
static bool inherits_error(JSContext *ctx, JSValue v)
{
    for (JSObject *p = js_is_object(v) ? js_obj(v)->proto : NULL; p; p = p->proto)
        if (p == ctx->error_proto[JS_ERROR])
            return true;
    return false;
}

/* node's copyError: a plain object with the error's prototype, own
 * enumerable properties and message, but no stack, so that a message
 * comparing two errors shows [Error: msg] rather than their stacks. */
static JSValue copy_error(JSContext *ctx, JSValue src)
{
    JSValue t = js_new_object_proto(ctx, js_obj(src)->proto);
    if (js_assign_own(ctx, t, src, true) < 0)
        return JS_EXCEPTION;
    JSValue msg = js_get(ctx, src, ctx->atoms.message);
    if (js_is_exception(msg))
        return msg;
    js_define_value(ctx, t, ctx->atoms.message, msg, 0);
    return t;
}

/* Both sides errors with a stack (and no message given): node compares
 * copies without their stacks, and keeps the copies as actual/expected. */
static int uncover_errors(JSContext *ctx, JSValue *actual, JSValue *expected)
{
    if (!js_is_object(*actual) || !js_is_object(*expected) || !inherits_error(ctx, *actual) ||
        !inherits_error(ctx, *expected))
        return 0;
    int a = js_has_property(ctx, *actual, ctx->atoms.stack);
    int b = a > 0 ? js_has_property(ctx, *expected, ctx->atoms.stack) : a;
    if (a <= 0 || b <= 0)
        return a < 0 || b < 0 ? -1 : 0;
    JSValue ca = copy_error(ctx, *actual);
    JSValue ce = js_is_exception(ca) ? ca : copy_error(ctx, *expected);
    if (js_is_exception(ce))
        return -1;
    *actual = ca;
    *expected = ce;
    return 0;
}

/* new AssertionError({ actual, expected, operator, message }): the caller
 * of the assertion (from) starts the stack. */
static JSValue new_assertion_error(JSContext *ctx, JSObject *proto, JSValue actual, JSValue expected,
                                   JSValue message, JSValue operator, JSStackFrame *from)
{
    const char *op = js_is_undefined(operator) ? "undefined" : to_cstr(ctx, operator);
    if (!op)
        return JS_EXCEPTION;
    const char *msg;
    if (!js_is_nullish(message)) {
        msg = to_cstr(ctx, message);
        if (!msg)
            return JS_EXCEPTION;
        if (!strcmp(op, "deepStrictEqual") || !strcmp(op, "strictEqual"))
            msg = create_err_diff(ctx, actual, expected, op, msg);
    } else {
        if (uncover_errors(ctx, &actual, &expected) < 0)
            return JS_EXCEPTION;
        msg = generated_message(ctx, actual, expected, op);
    }
    if (!msg)
        return JS_EXCEPTION;
    JSValue err = js_new_object_class(ctx, proto, JS_CLASS_ERROR);
    if (js_is_exception(err))
        return err;
    js_define_value(ctx, err, ctx->atoms.stack, JS_UNDEFINED, JS_PROP_CW);
    js_define_value(ctx, err, ctx->atoms.message, js_new_string(ctx, msg), JS_PROP_CW);
    js_define_value_str(ctx, err, "generatedMessage", js_new_bool(js_is_nullish(message) || !js_to_boolean(message)),
                        JS_PROP_CWE);
    js_define_value(ctx, err, ctx->atoms.name, js_new_string(ctx, "AssertionError [ERR_ASSERTION]"), JS_PROP_CW);
    js_define_value_str(ctx, err, "code", js_new_string(ctx, "ERR_ASSERTION"), JS_PROP_CWE);
    js_define_value_str(ctx, err, "actual", actual, JS_PROP_CWE);
    js_define_value_str(ctx, err, "expected", expected, JS_PROP_CWE);
    js_define_value_str(ctx, err, "operator", operator, JS_PROP_CWE);
    JSStackFrame *saved = ctx->frame;
    ctx->frame = from;
    js_capture_stack(ctx, err);
    ctx->frame = saved;
    JSValue stack = js_get_atom(ctx, err, ctx->atoms.stack);   /* the header keeps the code */
    if (js_is_exception(stack))
        return stack;
    js_define_value(ctx, err, ctx->atoms.name, js_new_string(ctx, "AssertionError"), JS_PROP_CW);
    return err;
}

static JSObject *assertion_proto(JSContext *ctx, JSValue ctor)
{
    JSValue p = js_get_atom(ctx, ctor, ctx->atoms.prototype);
    return js_is_object(p) ? js_obj(p) : ctx->error_proto[JS_ERROR];
}

static JSValue AssertionError_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return js_throw_type_error(ctx, "Class constructor AssertionError cannot be invoked without 'new'");
    JSValue opts = argv[0];
    if (!is_obj_type(opts))
        return js_throw_arg_type(ctx, "options", "of type object", opts);
    JSValue self = ctx->frame->func;
    JSObject *proto = js_proto_from_ctor(ctx, nt, assertion_proto(ctx, self));
    if (!proto)
        return JS_EXCEPTION;
    JSValue f[4];
    static const char *const names[4] = { "actual", "expected", "message", "operator" };
    for (int i = 0; i < 4; i++)
        if (js_is_exception(f[i] = js_get_str(ctx, opts, names[i])))
            return JS_EXCEPTION;
    return new_assertion_error(ctx, proto, f[0], f[1], f[2], f[3], js_script_frame(ctx));
}

static JSValue AssertionError_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    const char *parts[3];
    static const char *const names[3] = { "name", "code", "message" };
    for (int i = 0; i < 3; i++) {
        JSValue v = js_get_str(ctx, this_val, names[i]);
        if (js_is_exception(v) || !(parts[i] = to_cstr(ctx, v)))
            return JS_EXCEPTION;
    }
    return js_new_string(ctx, js_host_printf(ctx, "%s [%s]: %s", parts[0], parts[1], parts[2]));
}

/* innerFail: a message that is an Error is thrown as it is. */
static JSValue fail_with(JSContext *ctx, JSValue actual, JSValue expected, JSValue message, const char *op)
{
    if (js_class_of(message) == JS_CLASS_ERROR)
        return js_throw(ctx, message);
    JSValue ctor = assertion_error_ctor_of(ctx);
    JSValue err = new_assertion_error(ctx, assertion_proto(ctx, ctor), actual, expected, message,
                                      js_new_string(ctx, op), js_script_frame(ctx));
    return js_is_exception(err) ? err : js_throw(ctx, err);
}

static JSValue missing_args(JSContext *ctx)
{
    return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_MISSING_ARGS",
                                           "The \"actual\" and \"expected\" arguments must be specified"));
}

/* ================================================================ assert.ok and the source of its call */

/* The call expression at offset `at` of src: the callee's dotted name
 * before it, then the balanced argument list.  NULL when it is not a call. */
static const char *call_text(const char *src, size_t len, size_t line_start, size_t at, size_t *start_col)
{
    size_t s = at;
    for (;;) {
        while (s > line_start && (isalnum((unsigned char)src[s - 1]) || src[s - 1] == '_' || src[s - 1] == '$'))
            s--;
        if (s > line_start + 1 && src[s - 1] == '.' && src[s - 2] == '?')
            s -= 2;
        else if (s > line_start && src[s - 1] == '.')
            s--;
        else
            break;
    }
    size_t p = at;
    while (p < len && (isalnum((unsigned char)src[p]) || src[p] == '_' || src[p] == '$'))
        p++;
    while (p < len && (src[p] == ' ' || src[p] == '\t'))
        p++;
    if (p >= len || src[p] != '(')
        return NULL;
    int depth = 0;
    for (; p < len; p++) {
        char c = src[p];
        if (c == '\'' || c == '"' || c == '`') {
            for (p++; p < len && src[p] != c; p++)
                if (src[p] == '\\')
                    p++;
        } else if (c == '/' && p + 1 < len && src[p + 1] == '/') {
            while (p < len && src[p] != '\n')
                p++;
        } else if (c == '/' && p + 1 < len && src[p + 1] == '*') {
            char *e = strstr(src + p + 2, "*/");
            p = e ? (size_t)(e - src) + 1 : len;
        } else if (c == '(' || c == '[' || c == '{') {
            depth++;
        } else if (c == ')' || c == ']' || c == '}') {
            if (--depth == 0)
                break;
        }
    }
    if (p >= len)
        return NULL;
    *start_col = s - line_start;
    char *out = js_malloc_atomic(p + 2 - s);
    memcpy(out, src + s, p + 1 - s);
    out[p + 1 - s] = 0;
    return out;
}

static const char *read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    Buf b = { 0 };
    char chunk[16384];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        buf_put(&b, chunk, n);
    fclose(f);
    *len = b.n;
    return buf_str(&b);
}

/* node's getErrMessage: "The expression evaluated to a falsy value: ...",
 * or NULL when the source is not at hand. */
static const char *err_message_from_source(JSContext *ctx)
{
    JSStackFrame *f = js_script_frame(ctx);
    size_t len;
    const char *src = f && f->line ? read_file(f->filename, &len) : NULL;
    if (!src)
        return NULL;
    size_t pos = 0;
    for (uint32_t l = 1; l < f->line && pos < len; pos++)
        if (src[pos] == '\n')
            l++;
    size_t line_start = pos, col = f->col ? f->col - 1 : 0;
    for (uint32_t c = 0; c < col && pos < len && src[pos] != '\n'; pos++)   /* columns count UTF-16 units */
        if (((unsigned char)src[pos] & 0xC0) != 0x80)
            c += ((unsigned char)src[pos] >= 0xF0) ? 2 : 1;
    while (pos < len && ((unsigned char)src[pos] & 0xC0) == 0x80)
        pos++;
    size_t start_col;
    const char *code = call_text(src, len, line_start, pos, &start_col);
    if (!code)
        return NULL;
    Buf out = { 0 };
    Lines lines = split_lines(code);
    for (int i = 0; i < lines.n; i++) {
        const char *l = lines.v[i];
        if (i) {
            buf_puts(&out, "\n  ");
            for (size_t k = 0; k < start_col && (*l == ' ' || *l == '\t'); k++)
                l++;
        }
        for (const unsigned char *p = (const unsigned char *)l; *p; p++) {
            static const char *const meta[] = { "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004",
                                                "\\u0005", "\\u0006", "\\u0007", "\\b" };
            if (*p < 9)
                buf_puts(&out, meta[*p]);
            else if (*p == 0x0b || *p == 0x0c || (*p >= 0x0e && *p < 0x20))
                buf_puts(&out, *p == 0x0c ? "\\f" : js_host_printf(ctx, "\\u%04x", *p));
            else if (*p != '\r')
                buf_put(&out, (const char *)p, 1);
        }
    }
    return js_host_printf(ctx, "The expression evaluated to a falsy value:\n\n  %s\n", buf_str(&out));
}

static JSValue inner_ok(JSContext *ctx, int argc, JSValue *argv)
{
    if (argc > 0 && js_to_boolean(argv[0]))
        return JS_UNDEFINED;
    JSValue message = js_arg(argc, argv, 1);
    bool generated = false;
    if (argc == 0) {
        generated = true;
        message = js_new_string(ctx, "No value argument passed to `assert.ok()`");
    } else if (js_is_nullish(message)) {
        generated = true;
        const char *m = err_message_from_source(ctx);
        message = m ? js_new_string(ctx, m) : JS_UNDEFINED;
    } else if (js_class_of(message) == JS_CLASS_ERROR) {
        return js_throw(ctx, message);
    }
    JSValue ctor = assertion_error_ctor_of(ctx);
    JSValue err = new_assertion_error(ctx, assertion_proto(ctx, ctor), js_arg(argc, argv, 0), JS_TRUE, message,
                                      js_new_string(ctx, "=="), js_script_frame(ctx));
    if (js_is_exception(err))
        return err;
    js_set_str(ctx, err, "generatedMessage", js_new_bool(generated));
    return js_throw(ctx, err);
}

static JSValue assert_ok(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return inner_ok(ctx, argc, argv);
}

/* ================================================================ comparisons */

enum { OP_EQUAL, OP_NOT_EQUAL, OP_DEEP_EQUAL, OP_NOT_DEEP_EQUAL, OP_DEEP_STRICT_EQUAL,
       OP_NOT_DEEP_STRICT_EQUAL, OP_STRICT_EQUAL, OP_NOT_STRICT_EQUAL };

static JSValue assert_compare(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    static const char *const ops[] = { "==", "!=", "deepEqual", "notDeepEqual", "deepStrictEqual",
                                       "notDeepStrictEqual", "strictEqual", "notStrictEqual" };
    if (argc < 2)
        return missing_args(ctx);
    JSValue a = argv[0], b = argv[1];
    int eq;
    switch (magic) {
    case OP_EQUAL:
    case OP_NOT_EQUAL:
        eq = js_loose_equals(ctx, a, b);
        if (eq == 0 && js_is_number(a) && js_is_number(b) && isnan(js_get_number(a)) && isnan(js_get_number(b)))
            eq = 1;
        break;
    case OP_DEEP_EQUAL:
    case OP_NOT_DEEP_EQUAL: eq = js_deep_equal(ctx, a, b, false); break;
    case OP_DEEP_STRICT_EQUAL:
    case OP_NOT_DEEP_STRICT_EQUAL: eq = js_deep_equal(ctx, a, b, true); break;
    default: eq = js_same_value(a, b); break;
    }
    if (eq < 0)
        return JS_EXCEPTION;
    bool want_equal = !(magic & 1);
    if (eq == want_equal)
        return JS_UNDEFINED;
    return fail_with(ctx, a, b, js_arg(argc, argv, 2), ops[magic]);
}

/* ================================================================ throws and friends */

static bool is_error(JSContext *ctx, JSValue v)
{
    if (js_class_of(v) == JS_CLASS_ERROR)
        return true;
    for (JSObject *p = js_is_object(v) ? js_obj(v)->proto : NULL; p; p = p->proto)
        if (p == ctx->error_proto[JS_ERROR])
            return true;
    return false;
}

/* 1 when regexp matches String(v), 0 not, -1 exception. */
static int regexp_test(JSContext *ctx, JSValue re, JSValue v)
{
    JSValue s = js_to_string(ctx, v);
    if (js_is_exception(s))
        return -1;
    JSValue exec = ctx->regexp_proto ? js_get_str(ctx, js_mkptr(ctx->regexp_proto), "exec") : JS_UNDEFINED;
    if (js_is_exception(exec))
        return -1;
    if (!js_is_function(exec))
        exec = js_get_str(ctx, re, "exec");
    JSValue r = js_call(ctx, exec, re, 1, &s);
    return js_is_exception(r) ? -1 : !js_is_null(r);
}

static const char *inspect_default(JSContext *ctx, JSValue v)
{
    JSValue saved = ctx->exception;
    const char *s = js_inspect_cstr(ctx, v, JS_UNDEFINED);
    if (!s)   /* a throwing custom inspector */
        ctx->exception = saved;
    return s ? s : "";
}

static JSValue throw_assertion(JSContext *ctx, JSValue actual, JSValue expected, JSValue message, const char *op,
                               bool generated)
{
    JSValue ctor = assertion_error_ctor_of(ctx);
    JSValue err = new_assertion_error(ctx, assertion_proto(ctx, ctor), actual, expected, message,
                                      js_new_string(ctx, op), js_script_frame(ctx));
    if (js_is_exception(err))
        return err;
    js_set_str(ctx, err, "generatedMessage", js_new_bool(generated));
    return js_throw(ctx, err);
}

/* A plain object of the compared keys, printed as "Comparison { ... }". */
static JSValue comparison(JSContext *ctx, JSValue obj, JSValue keys, JSValue actual)
{
    JSValue proto = js_new_object(ctx);
    JSValue ctor = js_new_cfunction(ctx, assert_ok, "Comparison", 0);
    js_define_value(ctx, proto, ctx->atoms.constructor, ctor, JS_PROP_CW);
    js_define_value(ctx, ctor, ctx->atoms.prototype, proto, JS_PROP_WRITABLE);   /* the printer checks instanceof */
    JSValue out = js_new_object_proto(ctx, js_obj(proto));
    uint64_t n;
    if (js_length_of(ctx, keys, &n) < 0)
        return JS_EXCEPTION;
    for (uint64_t i = 0; i < n; i++) {
        JSValue k = js_get_elem(ctx, keys, i);
        int has = js_has_property(ctx, obj, k);
        if (has < 0)
            return JS_EXCEPTION;
        if (!has)
            continue;
        JSValue v = js_get(ctx, obj, k);
        if (js_is_exception(v))
            return v;
        if (!js_is_undefined(actual) && js_class_of(v) == JS_CLASS_REGEXP) {
            JSValue av = js_get(ctx, actual, k);
            if (js_is_exception(av))
                return av;
            if (js_is_string(av)) {
                int m = regexp_test(ctx, v, av);
                if (m < 0)
                    return JS_EXCEPTION;
                if (m)
                    v = av;
            }
        }
        js_set(ctx, out, k, v, false);
    }
    return out;
}

static JSValue compare_exception_key(JSContext *ctx, JSValue actual, JSValue expected, JSValue key, JSValue message,
                                     JSValue keys, const char *fname)
{
    int has = js_has_property(ctx, actual, key), eq = 0;
    if (has < 0)
        return JS_EXCEPTION;
    if (has) {
        JSValue a = js_get(ctx, actual, key), e;
        if (js_is_exception(a) || js_is_exception(e = js_get(ctx, expected, key)))
            return JS_EXCEPTION;
        if ((eq = js_deep_equal(ctx, a, e, true)) < 0)
            return JS_EXCEPTION;
    }
    if (eq)
        return JS_UNDEFINED;
    if (js_is_nullish(message) || !js_to_boolean(message)) {
        JSValue a = comparison(ctx, actual, keys, JS_UNDEFINED), b;
        if (js_is_exception(a) || js_is_exception(b = comparison(ctx, expected, keys, actual)))
            return JS_EXCEPTION;
        JSValue ctor = assertion_error_ctor_of(ctx);
        JSValue err = new_assertion_error(ctx, assertion_proto(ctx, ctor), a, b, JS_UNDEFINED,
                                          js_new_string(ctx, "deepStrictEqual"), js_script_frame(ctx));
        if (js_is_exception(err))
            return err;
        js_set_str(ctx, err, "actual", actual);
        js_set_str(ctx, err, "expected", expected);
        js_set_str(ctx, err, "operator", js_new_string(ctx, fname));
        return js_throw(ctx, err);
    }
    return fail_with(ctx, actual, expected, message, fname);
}

static JSValue validation_object(JSContext *ctx, JSValue actual, JSValue expected, JSValue message,
                                 const char *fname)
{
    JSValue keys = js_own_keys(ctx, expected, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
    if (js_is_exception(keys))
        return keys;
    if (is_error(ctx, expected)) {
        js_array_push(ctx, keys, ctx->atoms.name);
        js_array_push(ctx, keys, ctx->atoms.message);
    } else if (js_get_number(js_get_atom(ctx, keys, ctx->atoms.length)) == 0) {
        const char *m = js_host_printf(ctx, "The argument 'error' may not be an empty object. Received %s",
                                       inspect_default(ctx, expected));
        return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_INVALID_ARG_VALUE", m));
    }
    uint64_t n;
    if (js_length_of(ctx, keys, &n) < 0)
        return JS_EXCEPTION;
    for (uint64_t i = 0; i < n; i++) {
        JSValue k = js_get_elem(ctx, keys, i), av, ev;
        if (js_is_exception(av = js_get(ctx, actual, k)) || js_is_exception(ev = js_get(ctx, expected, k)))
            return JS_EXCEPTION;
        if (js_is_string(av) && js_class_of(ev) == JS_CLASS_REGEXP) {
            int m = regexp_test(ctx, ev, av);
            if (m < 0)
                return JS_EXCEPTION;
            if (m)
                continue;
        }
        if (js_is_exception(compare_exception_key(ctx, actual, expected, k, message, keys, fname)))
            return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

/* Error.isPrototypeOf(f): f is a subclass of Error (not Error itself). */
static bool is_error_subclass(JSContext *ctx, JSValue f)
{
    for (JSObject *p = js_obj(f)->proto; p; p = p->proto)
        if (js_mkptr(p) == ctx->error_ctor[JS_ERROR])
            return true;
    return false;
}

static const char *name_of(JSContext *ctx, JSValue v)
{
    JSValue n = js_is_object(v) ? js_get_atom(ctx, v, ctx->atoms.name) : JS_UNDEFINED;
    if (js_is_exception(n)) {
        ctx->exception = JS_UNDEFINED;
        return "";
    }
    return js_is_string(n) ? js_to_utf8(ctx, n, NULL) : "";
}

static JSValue wrong_class(JSContext *ctx, JSValue actual, JSValue expected, JSValue message, const char *fname)
{
    if (!js_is_nullish(message) && js_to_boolean(message))
        return throw_assertion(ctx, actual, expected, message, fname, false);
    const char *ename = name_of(ctx, expected);
    Buf m = { 0 };
    buf_puts(&m, js_host_printf(ctx, "The error is expected to be an instance of \"%s\". Received ", ename));
    if (is_error(ctx, actual)) {
        JSValue c = js_get_atom(ctx, actual, ctx->atoms.constructor);
        if (js_is_exception(c))
            return c;
        const char *name = name_of(ctx, c);
        if (!*name)
            name = name_of(ctx, actual);
        if (!strcmp(name, ename))
            buf_puts(&m, "an error with identical name but a different prototype.");
        else
            buf_puts(&m, js_host_printf(ctx, "\"%s\"", name));
        JSValue am = js_get_atom(ctx, actual, ctx->atoms.message);
        if (js_is_exception(am))
            return am;
        if (js_to_boolean(am)) {
            const char *s = to_cstr(ctx, am);
            if (!s)
                return JS_EXCEPTION;
            buf_puts(&m, js_host_printf(ctx, "\n\nError message:\n\n%s", s));
        }
    } else {
        JSValue opts = js_new_object(ctx);
        js_set_str(ctx, opts, "depth", js_new_int(-1));
        const char *s = js_inspect_cstr(ctx, actual, opts);
        if (!s)
            return JS_EXCEPTION;
        buf_puts(&m, js_host_printf(ctx, "\"%s\"", s));
    }
    return throw_assertion(ctx, actual, expected, js_new_string(ctx, buf_str(&m)), fname, true);
}

/* node's expectedException: does the thrown `actual` match `expected`? */
static JSValue expected_exception(JSContext *ctx, JSValue actual, JSValue expected, JSValue message,
                                  const char *fname)
{
    bool has_message = !js_is_nullish(message) && js_to_boolean(message);
    if (!js_is_function(expected)) {
        if (js_class_of(expected) == JS_CLASS_REGEXP) {
            int m = regexp_test(ctx, expected, actual);
            if (m != 0)
                return m < 0 ? JS_EXCEPTION : JS_UNDEFINED;
            if (has_message)
                return throw_assertion(ctx, actual, expected, message, fname, false);
            JSValue str = js_to_string(ctx, actual);
            const char *msg = js_host_printf(ctx, "The input did not match the regular expression %s. Input:\n\n%s\n",
                                             inspect_default(ctx, expected), inspect_default(ctx, str));
            return throw_assertion(ctx, actual, expected, js_new_string(ctx, msg), fname, true);
        }
        if (!is_obj_type(actual)) {
            JSValue ctor = assertion_error_ctor_of(ctx);
            JSValue err = new_assertion_error(ctx, assertion_proto(ctx, ctor), actual, expected, message,
                                              js_new_string(ctx, "deepStrictEqual"), js_script_frame(ctx));
            if (js_is_exception(err))
                return err;
            js_set_str(ctx, err, "operator", js_new_string(ctx, fname));
            return js_throw(ctx, err);
        }
        return validation_object(ctx, actual, expected, message, fname);
    }
    JSValue proto = js_get_atom(ctx, expected, ctx->atoms.prototype);
    if (js_is_exception(proto))
        return proto;
    if (!js_is_undefined(proto)) {
        int r = js_instanceof(ctx, actual, expected);
        if (r < 0)
            return JS_EXCEPTION;
        if (r)
            return JS_UNDEFINED;
    }
    if (is_error_subclass(ctx, expected))
        return wrong_class(ctx, actual, expected, message, fname);
    JSValue res = js_call(ctx, expected, js_new_object(ctx), 1, &actual);
    if (js_is_exception(res))
        return res;
    if (res == JS_TRUE)
        return JS_UNDEFINED;
    if (has_message)
        return throw_assertion(ctx, actual, expected, message, fname, false);
    const char *name = name_of(ctx, expected);
    Buf m = { 0 };
    buf_puts(&m, js_host_printf(ctx, "The %s%svalidation function is expected to return \"true\". Received %s",
                                *name ? js_host_printf(ctx, "\"%s\"", name) : "", *name ? " " : "",
                                inspect_default(ctx, res)));
    if (is_error(ctx, actual)) {
        const char *s = to_cstr(ctx, actual);
        if (!s)
            return JS_EXCEPTION;
        buf_puts(&m, js_host_printf(ctx, "\n\nCaught error:\n\n%s", s));
    }
    return throw_assertion(ctx, actual, expected, js_new_string(ctx, buf_str(&m)), fname, true);
}

static JSValue invalid_error_arg(JSContext *ctx, JSValue error)
{
    return js_throw_arg_type(ctx, "error", "of type function or an instance of Error, RegExp, or Object", error);
}

/* expectsError(stackStartFn, actual, error, message); nargs counts the
 * arguments after the function (node checks `arguments.length === 4`).
 * `threw` false: nothing was thrown. */
static JSValue expects_error(JSContext *ctx, const char *fname, bool threw, JSValue actual, int nargs,
                             JSValue error, JSValue message)
{
    if (js_is_string(error)) {
        if (nargs >= 2)
            return invalid_error_arg(ctx, error);
        if (threw && is_obj_type(actual)) {
            JSValue am = js_get_atom(ctx, actual, ctx->atoms.message);
            if (js_is_exception(am))
                return am;
            if (js_strict_equals(am, error)) {
                const char *m = js_host_printf(ctx, "The \"error/message\" argument is ambiguous. The error message "
                                                    "\"%s\" is identical to the message.", js_to_utf8(ctx, am, NULL));
                return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_AMBIGUOUS_ARGUMENT", m));
            }
        } else if (threw && js_strict_equals(actual, error)) {
            const char *m = js_host_printf(ctx, "The \"error/message\" argument is ambiguous. The error \"%s\" is "
                                                "identical to the message.", js_to_utf8(ctx, actual, NULL));
            return js_throw(ctx, js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_AMBIGUOUS_ARGUMENT", m));
        }
        message = error;
        error = JS_UNDEFINED;
    } else if (!js_is_nullish(error) && !js_is_object(error)) {
        return invalid_error_arg(ctx, error);
    }
    if (!threw) {
        Buf details = { 0 };
        if (js_to_boolean(error)) {
            JSValue n = js_get_atom(ctx, error, ctx->atoms.name);
            if (js_is_exception(n))
                return n;
            if (js_to_boolean(n))
                buf_puts(&details, js_host_printf(ctx, " (%s)", to_cstr(ctx, n)));
        }
        if (js_to_boolean(message)) {
            const char *s = to_cstr(ctx, message);
            if (!s)
                return JS_EXCEPTION;
            buf_puts(&details, js_host_printf(ctx, ": %s", s));
        } else {
            buf_puts(&details, ".");
        }
        const char *kind = !strcmp(fname, "rejects") ? "rejection" : "exception";
        JSValue m = js_new_string(ctx, js_host_printf(ctx, "Missing expected %s%s", kind, buf_str(&details)));
        return fail_with(ctx, JS_UNDEFINED, error, m, fname);
    }
    if (!js_to_boolean(error))
        return JS_UNDEFINED;
    return expected_exception(ctx, actual, error, message, fname);
}

/* hasMatchingError for doesNotThrow: 1, 0 or -1. */
static int has_matching_error(JSContext *ctx, JSValue actual, JSValue expected)
{
    if (!js_is_function(expected)) {
        if (js_class_of(expected) == JS_CLASS_REGEXP)
            return regexp_test(ctx, expected, actual);
        js_throw_arg_type(ctx, "expected", "of type function or an instance of RegExp", expected);
        return -1;
    }
    JSValue proto = js_get_atom(ctx, expected, ctx->atoms.prototype);
    if (js_is_exception(proto))
        return -1;
    if (!js_is_undefined(proto)) {
        int r = js_instanceof(ctx, actual, expected);
        if (r != 0)
            return r;
    }
    if (is_error_subclass(ctx, expected))
        return 0;
    JSValue res = js_call(ctx, expected, js_new_object(ctx), 1, &actual);
    return js_is_exception(res) ? -1 : res == JS_TRUE;
}

static JSValue expects_no_error(JSContext *ctx, const char *fname, bool threw, JSValue actual, JSValue error,
                                JSValue message)
{
    if (!threw)
        return JS_UNDEFINED;
    if (js_is_string(error)) {
        message = error;
        error = JS_UNDEFINED;
    }
    int match = 1;
    if (js_to_boolean(error) && (match = has_matching_error(ctx, actual, error)) < 0)
        return JS_EXCEPTION;
    if (!match)
        return js_throw(ctx, actual);
    const char *details = ".";
    if (js_to_boolean(message)) {
        const char *s = to_cstr(ctx, message);
        if (!s)
            return JS_EXCEPTION;
        details = js_host_printf(ctx, ": %s", s);
    }
    JSValue am = js_to_boolean(actual) ? js_get_atom(ctx, actual, ctx->atoms.message) : actual;
    if (js_is_exception(am))
        return am;
    const char *ams = to_cstr(ctx, am);
    if (!ams)
        return JS_EXCEPTION;
    const char *kind = !strcmp(fname, "doesNotReject") ? "rejection" : "exception";
    JSValue m = js_new_string(ctx, js_host_printf(ctx, "Got unwanted %s%s\nActual message: \"%s\"", kind, details, ams));
    return fail_with(ctx, actual, error, m, fname);
}

/* getActual: call fn; *threw tells whether it threw, the value is returned. */
static JSValue get_actual(JSContext *ctx, JSValue fn, bool *threw)
{
    if (!js_is_function(fn))
        return js_throw_arg_type(ctx, "fn", "of type function", fn);
    JSValue r = js_call(ctx, fn, JS_UNDEFINED, 0, NULL);
    *threw = js_is_exception(r);
    if (*threw) {
        r = ctx->exception;
        ctx->exception = JS_UNDEFINED;
        if (r == JS_EXCEPTION)
            r = JS_UNDEFINED;
    }
    return r;
}

static JSValue assert_throws(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    bool threw = false;
    JSValue actual = get_actual(ctx, argv[0], &threw);
    if (!threw && js_is_exception(actual))
        return actual;
    return expects_error(ctx, "throws", threw, actual, argc - 1, js_arg(argc, argv, 1), js_arg(argc, argv, 2));
}

static JSValue assert_doesNotThrow(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    bool threw = false;
    JSValue actual = get_actual(ctx, argv[0], &threw);
    if (!threw && js_is_exception(actual))
        return actual;
    return expects_no_error(ctx, "doesNotThrow", threw, actual, js_arg(argc, argv, 1), js_arg(argc, argv, 2));
}

/* ---------------------------------------------------------------- rejects, doesNotReject */

/* The handlers' data: [AssertionError, fname, nargs, error, message, rejected?]. */
static JSValue settle_handler(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue data = js_obj(ctx->frame->func)->u.cfunc.data;
    JSValue ctor = js_get_index(ctx, data, 0);
    const char *fname = js_to_utf8(ctx, js_get_index(ctx, data, 1), NULL);
    int nargs = js_get_int(js_get_index(ctx, data, 2));
    JSValue error = js_get_index(ctx, data, 3), message = js_get_index(ctx, data, 4);
    bool threw = js_get_index(ctx, data, 5) == JS_TRUE;
    JSValue saved = js_obj(ctx->frame->func)->u.cfunc.data;
    js_obj(ctx->frame->func)->u.cfunc.data = ctor;   /* what assertion_error_ctor_of reads */
    JSValue r = strcmp(fname, "rejects") ? expects_no_error(ctx, fname, threw, argv[0], error, message)
                                         : expects_error(ctx, fname, threw, argv[0], nargs, error, message);
    js_obj(ctx->frame->func)->u.cfunc.data = saved;
    return r;
}

static bool is_promise_like(JSContext *ctx, JSValue v)
{
    if (js_class_of(v) == JS_CLASS_PROMISE)
        return true;
    if (!is_obj_type(v))
        return false;
    JSValue then = js_get_atom(ctx, v, ctx->atoms.then), c;
    if (js_is_exception(then) || js_is_exception(c = js_get_str(ctx, v, "catch"))) {
        ctx->exception = JS_UNDEFINED;
        return false;
    }
    return js_is_function(then) && js_is_function(c);
}

static JSValue promise_static(JSContext *ctx, JSValue P, const char *method, JSValue v)
{
    JSValue f = js_get_str(ctx, P, method);
    return js_is_exception(f) ? f : js_call(ctx, f, P, 1, &v);
}

static JSValue waiting_assert(JSContext *ctx, int argc, JSValue *argv, const char *fname)
{
    JSValue P = js_get_str(ctx, ctx->global, "Promise");
    if (js_is_exception(P))
        return P;
    if (!js_is_constructor(P))
        return js_throw_reference_error(ctx, "Promise is not defined");
    JSValue fn = argv[0], promise;
    if (js_is_function(fn)) {
        promise = js_call(ctx, fn, JS_UNDEFINED, 0, NULL);
        if (js_is_exception(promise)) {
            JSValue e = ctx->exception;
            ctx->exception = JS_UNDEFINED;
            return promise_static(ctx, P, "reject", e);
        }
        if (!is_promise_like(ctx, promise)) {
            const char *m = js_host_printf(ctx, "Expected instance of Promise to be returned from the \"promiseFn\" "
                                                "function but got %s.", js_specific_type(ctx, promise));
            return promise_static(ctx, P, "reject", js_new_node_error(ctx, JS_TYPE_ERROR, "ERR_INVALID_RETURN_VALUE", m));
        }
    } else if (is_promise_like(ctx, fn)) {
        promise = fn;
    } else {
        js_throw_arg_type(ctx, "promiseFn", "of type function or an instance of Promise", fn);
        JSValue e = ctx->exception;
        ctx->exception = JS_UNDEFINED;
        return promise_static(ctx, P, "reject", e);
    }
    JSValue handlers[2];
    for (int i = 0; i < 2; i++) {
        JSValue items[6] = { assertion_error_ctor_of(ctx), js_new_string(ctx, fname), js_new_int(argc - 1),
                             js_arg(argc, argv, 1), js_arg(argc, argv, 2), js_new_bool(i == 1) };
        handlers[i] = js_new_cfunction(ctx, settle_handler, "", 1);
        js_obj(handlers[i])->u.cfunc.data = js_new_array_from(ctx, 6, items);
    }
    JSValue p = promise_static(ctx, P, "resolve", promise);
    if (js_is_exception(p))
        return p;
    return js_invoke(ctx, p, ctx->atoms.then, 2, handlers);
}

static JSValue assert_rejects(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return waiting_assert(ctx, argc, argv, "rejects");
}

static JSValue assert_doesNotReject(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return waiting_assert(ctx, argc, argv, "doesNotReject");
}

/* ================================================================ fail, ifError, match */

static JSValue assert_fail(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue actual = js_arg(argc, argv, 0), expected = js_arg(argc, argv, 1), message = js_arg(argc, argv, 2);
    JSValue op = js_arg(argc, argv, 3);
    bool internal = false;
    if (js_is_nullish(actual) && argc <= 1) {
        internal = true;
        message = js_new_string(ctx, "Failed");
    } else if (argc == 1) {
        message = actual;
        actual = JS_UNDEFINED;
    } else {
        static bool warned;
        if (!warned) {
            warned = true;
            JSValue text = js_new_string(ctx, "[DEP0094] DeprecationWarning: assert.fail() with more than one "
                                              "argument is deprecated. Please use assert.strictEqual() instead or "
                                              "only pass a message.");
            if (js_is_exception(js_emit_warning(ctx, text, true)))
                return JS_EXCEPTION;
        }
        if (argc == 2)
            op = js_new_string(ctx, "!=");
    }
    if (js_class_of(message) == JS_CLASS_ERROR)
        return js_throw(ctx, message);
    JSValue ctor = assertion_error_ctor_of(ctx);
    JSValue err = new_assertion_error(ctx, assertion_proto(ctx, ctor), actual, expected, message,
                                      js_is_undefined(op) ? js_new_string(ctx, "fail") : op, js_script_frame(ctx));
    if (js_is_exception(err))
        return err;
    if (internal)
        js_set_str(ctx, err, "generatedMessage", JS_TRUE);
    return js_throw(ctx, err);
}

static JSValue assert_ifError(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue err = argv[0];
    if (js_is_nullish(err))
        return JS_UNDEFINED;
    const char *what = NULL;
    if (is_obj_type(err)) {
        JSValue m = js_get_atom(ctx, err, ctx->atoms.message);
        if (js_is_exception(m))
            return m;
        if (js_is_string(m)) {
            JSValue c = js_get_atom(ctx, err, ctx->atoms.constructor);
            if (js_is_exception(c))
                return c;
            what = js_str(m)->len == 0 && js_to_boolean(c) ? name_of(ctx, c) : js_to_utf8(ctx, m, NULL);
        }
    }
    if (!what)
        what = inspect_default(ctx, err);
    JSValue msg = js_new_string(ctx, js_host_printf(ctx, "ifError got unwanted exception: %s", what));
    return throw_assertion(ctx, err, JS_NULL, msg, "ifError", false);
}

static JSValue assert_match(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int match)
{
    JSValue string = argv[0], re = argv[1], message = argv[2];
    const char *fname = match ? "match" : "doesNotMatch";
    if (js_class_of(re) != JS_CLASS_REGEXP)
        return js_throw_arg_type(ctx, "regexp", "an instance of RegExp", re);
    if (js_is_string(string)) {
        int m = regexp_test(ctx, re, string);
        if (m < 0)
            return JS_EXCEPTION;
        if (m == match)
            return JS_UNDEFINED;
    }
    if (js_class_of(message) == JS_CLASS_ERROR)
        return js_throw(ctx, message);
    bool generated = !js_to_boolean(message);
    if (generated) {
        const char *m;
        if (!js_is_string(string))
            m = js_host_printf(ctx, "The \"string\" argument must be of type string. Received type %s (%s)",
                               js_to_utf8(ctx, js_typeof(ctx, string), NULL), inspect_default(ctx, string));
        else
            m = js_host_printf(ctx, "%s%s. Input:\n\n%s\n",
                               match ? "The input did not match the regular expression "
                                     : "The input was expected to not match the regular expression ",
                               inspect_default(ctx, re), inspect_default(ctx, string));
        message = js_new_string(ctx, m);
    }
    return throw_assertion(ctx, string, re, message, fname, generated);
}

/* ================================================================ the module */

static JSValue make_fn(JSContext *ctx, JSValue obj, const char *name, JSCFunction *fn, int length, JSValue ctor)
{
    JSValue f = js_new_cfunction(ctx, fn, name, length);
    js_obj(f)->u.cfunc.data = ctor;
    if (js_is_object(obj))
        js_define_value_str(ctx, obj, name, f, JS_PROP_CWE);
    return f;
}

static JSValue make_fn_magic(JSContext *ctx, JSValue obj, const char *name, JSCFunctionMagic *fn, int length,
                             int magic, JSValue ctor)
{
    JSValue f = js_new_cfunction_magic(ctx, fn, name, length, magic);
    js_obj(f)->u.cfunc.data = ctor;
    js_define_value_str(ctx, obj, name, f, JS_PROP_CWE);
    return f;
}

static JSValue new_assertion_error_class(JSContext *ctx)
{
    JSValue ctor = js_new_cfunction(ctx, AssertionError_ctor, "AssertionError", 1);
    js_obj(ctor)->h.flags |= JS_OBJ_CONSTRUCTOR;
    js_set_prototype(ctx, ctor, ctx->error_ctor[JS_ERROR], false);
    JSValue proto = js_new_object_proto(ctx, ctx->error_proto[JS_ERROR]);
    js_define_value(ctx, ctor, ctx->atoms.prototype, proto, 0);
    js_define_value(ctx, proto, ctx->atoms.constructor, ctor, JS_PROP_CW);
    static const JSFunctionEntry proto_funcs[] = { { "toString", AssertionError_prototype_toString, 0 } };
    js_define_functions(ctx, proto, proto_funcs, 1);
    js_obj(ctor)->u.cfunc.data = ctor;
    return ctor;
}

JSValue js_new_assert_module(JSContext *ctx)
{
    JSValue ctor = new_assertion_error_class(ctx);
    JSValue assert = make_fn(ctx, JS_UNDEFINED, "ok", assert_ok, 0, ctor);
    make_fn(ctx, assert, "fail", assert_fail, 5, ctor);
    js_define_value_str(ctx, assert, "AssertionError", ctor, JS_PROP_CWE);
    js_define_value_str(ctx, assert, "ok", assert, JS_PROP_CWE);
    static const char *const cmp_names[] = { "equal", "notEqual", "deepEqual", "notDeepEqual", "deepStrictEqual",
                                             "notDeepStrictEqual", "strictEqual", "notStrictEqual" };
    JSValue cmp[8];
    for (int i = 0; i < 8; i++)
        cmp[i] = make_fn_magic(ctx, assert, cmp_names[i], assert_compare, 3, i, ctor);
    make_fn(ctx, assert, "throws", assert_throws, 1, ctor);
    make_fn(ctx, assert, "rejects", assert_rejects, 1, ctor);
    make_fn(ctx, assert, "doesNotThrow", assert_doesNotThrow, 1, ctor);
    make_fn(ctx, assert, "doesNotReject", assert_doesNotReject, 1, ctor);
    make_fn(ctx, assert, "ifError", assert_ifError, 1, ctor);
    make_fn_magic(ctx, assert, "match", assert_match, 3, 1, ctor);
    make_fn_magic(ctx, assert, "doesNotMatch", assert_match, 3, 0, ctor);

    /* assert.strict: the same functions, with the loose ones made strict */
    JSValue strict = make_fn(ctx, JS_UNDEFINED, "strict", assert_ok, 0, ctor);
    JSValue keys = js_own_keys(ctx, assert, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
    uint64_t n = 0;
    js_length_of(ctx, keys, &n);
    for (uint64_t i = 0; i < n; i++) {
        JSValue k = js_get_elem(ctx, keys, i);
        js_define_value(ctx, strict, k, js_get(ctx, assert, k), JS_PROP_CWE);
    }
    js_define_value_str(ctx, strict, "equal", cmp[OP_STRICT_EQUAL], JS_PROP_CWE);
    js_define_value_str(ctx, strict, "deepEqual", cmp[OP_DEEP_STRICT_EQUAL], JS_PROP_CWE);
    js_define_value_str(ctx, strict, "notEqual", cmp[OP_NOT_STRICT_EQUAL], JS_PROP_CWE);
    js_define_value_str(ctx, strict, "notDeepEqual", cmp[OP_NOT_DEEP_STRICT_EQUAL], JS_PROP_CWE);
    js_define_value_str(ctx, assert, "strict", strict, JS_PROP_CWE);
    js_define_value_str(ctx, strict, "strict", strict, JS_PROP_CWE);
    return assert;
}
