/* eval_pattern.c - destructuring: binding and assignment patterns, used by
 * declarations, parameters, assignments, for-in/of heads and catch.
 *
 * Array patterns use the iterator protocol, with a direct path for plain
 * arrays whose iterator is untouched; the iterator is closed when the
 * pattern does not exhaust it or when binding throws. */
#include <string.h>

#include "eval.h"

bool eval_plain_array_iter(JSContext *ctx, JSValue v);
int eval_get_iterator(Frame *f, Node *src, JSValue v, JSIterator *it);

static int bind_object(Frame *f, Node *pat, JSValue v, bool init, bool nested);
static int bind_array(Frame *f, Node *pat, JSValue v, bool init, bool nested);

/* nested: the value is a property or element of an enclosing pattern's
 * value, with no default in between (V8 words its errors differently). */
static int bind_default(Frame *f, Node *t, JSValue v, bool init, bool nested)
{
    if (t->kind == AST_ASSIGN_PATTERN) {
        if (js_is_undefined(v)) {
            v = t->a->kind == AST_IDENT ? eval_named(f, t->b, t->a->val) : eval_expr(f, t->b);
            if (js_is_exception(v))
                return -1;
        }
        t = t->a;
        nested = false;
    }
    if (t->kind == AST_OBJECT_PATTERN)
        return bind_object(f, t, v, init, nested);
    if (t->kind == AST_ARRAY_PATTERN)
        return bind_array(f, t, v, init, nested);
    return eval_bind(f, t, v, init);
}

/* One element of a pattern.  When its target is a property reference
 * (assignment patterns: [o.x, a[k]] = ...), the reference is evaluated
 * before the element's value is fetched, and its key converted only when
 * the value is stored. */
typedef struct Elem {
    Node *node;       /* the element as written, maybe an ASSIGN_PATTERN */
    bool has_ref;
    EvalRef ref;
} Elem;

static bool is_property_target(const Node *t)
{
    return t->kind == AST_MEMBER || t->kind == AST_INDEX || t->kind == AST_PRIVATE_MEMBER;
}

static int elem_prepare(Frame *f, Node *e, Elem *el)
{
    Node *t = e->kind == AST_ASSIGN_PATTERN ? e->a : e;
    el->node = e;
    el->has_ref = is_property_target(t);
    return el->has_ref ? eval_ref_prepare(f, t, &el->ref) : 0;
}

static int elem_bind(Frame *f, Elem *el, JSValue v, bool init)
{
    if (!el->has_ref)
        return bind_default(f, el->node, v, init, true);
    if (el->node->kind == AST_ASSIGN_PATTERN && js_is_undefined(v)) {
        v = eval_expr(f, el->node->b);
        if (js_is_exception(v))
            return -1;
    }
    return eval_ref_put(f, &el->ref, v);
}

static JSValue prop_key(Frame *f, Node *p)
{
    if (p->flags & AST_F_COMPUTED)
        return eval_to_key(f, p->a);
    return p->a->val;
}

/* The value a declaration's or assignment's own pattern (not a nested
 * one) destructures, as written; NULL for parameters and defaults. */
static Node *pattern_source(Frame *f, Node *pat, bool init)
{
    Node *src = f->bind_target == pat ? f->bind_src : NULL;
    if (src && !init)   /* an assignment: bind_src is the ASSIGN */
        src = src->kind == AST_ASSIGN ? src->b : NULL;
    return src;
}

/* V8's text for a nullish value no expression names: its type, and the
 * value for null. */
static const char *default_value_text(JSValue v)
{
    return js_is_null(v) ? "object null" : "undefined";
}

/* A null or undefined value for an object pattern.  V8 checks the value
 * with its first property's load, at the property's value: an own pattern
 * reports "Cannot destructure property 'k' of 'v'", a nested one the
 * plain load's "Cannot read properties of undefined (reading 'k')".  A
 * pattern whose first property is computed, or that has none, is checked
 * first, at the pattern. */
static int destructure_error(Frame *f, Node *pat, JSValue v, bool init, bool nested)
{
    JSContext *ctx = f->ctx;
    const char *what = js_is_null(v) ? "null" : "undefined";
    Node *first = pat->list.len ? pat->list.items[0] : NULL;
    Node *src = nested ? NULL : pattern_source(f, pat, init);
    const char *text = src ? eval_node_text(f, src) : default_value_text(v);
    if (first && first->kind == AST_REST) {
        eval_set_start_pos(f, first->a);
        if (nested)
            js_throw_type_error(ctx, "Cannot read properties of %s", what);
        else
            js_throw_type_error(ctx, "Cannot destructure '%s' as it is %s.", text, what);
        return -1;
    }
    if (!first || (first->flags & AST_F_COMPUTED) || !first->a->val) {
        eval_set_pos(f, pat);
        js_throw_type_error(ctx, "Cannot destructure '%s' as it is %s.", nested ? what : text, what);
        return -1;
    }
    eval_set_start_pos(f, first->b ? first->b : first);
    const char *key = js_to_utf8(ctx, first->a->val, NULL);
    if (nested)
        js_throw_type_error(ctx, "Cannot read properties of %s (reading '%s')", what, key);
    else
        js_throw_type_error(ctx, "Cannot destructure property '%s' of '%s' as it is %s.", key, text, what);
    return -1;
}

static int bind_object(Frame *f, Node *pat, JSValue v, bool init, bool nested)
{
    JSContext *ctx = f->ctx;
    if (js_is_nullish(v))
        return destructure_error(f, pat, v, init, nested);
    JSValue *used = pat->list.len ? js_malloc(pat->list.len * sizeof(JSValue)) : NULL;
    uint32_t nused = 0;
    for (uint32_t i = 0; i < pat->list.len; i++) {
        Node *p = pat->list.items[i];
        if (p->kind == AST_REST) {
            Elem el;
            if (elem_prepare(f, p->a, &el) < 0)
                return -1;
            JSValue rest = js_new_object(ctx);
            JSValue src = js_to_object(ctx, v);
            if (js_is_exception(src))
                return -1;
            JSValue keys = js_own_keys(ctx, src, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS | JS_KEYS_ENUMERABLE_ONLY);
            if (js_is_exception(keys))
                return -1;
            JSValue lenv = js_get_atom(ctx, keys, ctx->atoms.length);
            uint32_t len = js_is_int(lenv) ? (uint32_t)js_get_int(lenv) : 0;
            for (uint32_t k = 0; k < len; k++) {
                JSValue key = js_get_index(ctx, keys, k);
                bool skip = false;
                for (uint32_t j = 0; j < nused && !skip; j++)
                    skip = used[j] == key;
                if (skip)
                    continue;
                JSValue x = js_get(ctx, src, key);
                if (js_is_exception(x))
                    return -1;
                js_define_value(ctx, rest, key, x, JS_PROP_CWE);
            }
            if (elem_bind(f, &el, rest, init) < 0)
                return -1;
            continue;
        }
        JSValue key = prop_key(f, p);
        if (js_is_exception(key))
            return -1;
        used[nused++] = key;
        Elem el;
        if (elem_prepare(f, p->b ? p->b : p->a, &el) < 0)
            return -1;
        eval_set_pos(f, p);   /* a getter's frame is at the property */
        JSValue x = js_get(ctx, v, key);
        if (js_is_exception(x))
            return -1;
        if (elem_bind(f, &el, x, init) < 0)
            return -1;
    }
    return 0;
}

static int bind_array_fast(Frame *f, Node *pat, JSValue v, bool init)
{
    JSContext *ctx = f->ctx;
    uint32_t idx = 0;
    for (uint32_t i = 0; i < pat->list.len; i++) {
        Node *e = pat->list.items[i];
        if (e->kind == AST_HOLE) {
            idx++;
            continue;
        }
        Elem el;
        if (elem_prepare(f, e->kind == AST_REST ? e->a : e, &el) < 0)
            return -1;
        if (e->kind == AST_REST) {
            JSValue rest = js_new_array(ctx, 0);
            JSValue lenv = js_get_atom(ctx, v, ctx->atoms.length);
            uint32_t len = js_is_int(lenv) ? (uint32_t)js_get_int(lenv) : 0;
            for (; idx < len; idx++)
                js_array_push(ctx, rest, js_get_index(ctx, v, idx));
            if (elem_bind(f, &el, rest, init) < 0)
                return -1;
            continue;
        }
        JSValue lenv = js_get_atom(ctx, v, ctx->atoms.length);
        uint32_t len = js_is_int(lenv) ? (uint32_t)js_get_int(lenv) : 0;
        JSValue x = idx < len ? js_get_index(ctx, v, idx) : JS_UNDEFINED;
        idx++;
        if (js_is_exception(x) || elem_bind(f, &el, x, init) < 0)
            return -1;
    }
    return 0;
}

/* An abrupt completion inside an array pattern closes the iterator (unless
 * the iterator itself failed, or is done); the pending exception wins over
 * anything return() throws. */
static int close_on_throw(JSContext *ctx, JSIterator *it, bool done)
{
    if (!done)
        js_iterator_close(ctx, it, true);
    return -1;
}

/* Whether V8's call printer finds the declaration's value src at its
 * start, where the GetIterator of `const [a] = src` reports: not when src
 * sits elsewhere (o.x at its name, a || b at its operator, o.m() at m,
 * anything parenthesised). */
static bool printer_finds(const Node *src)
{
    if (src->paren_start)
        return false;
    switch (src->kind) {
    case AST_MEMBER: case AST_INDEX: case AST_PRIVATE_MEMBER: case AST_BINARY: case AST_LOGICAL:
    case AST_COND: case AST_ASSIGN: case AST_SEQ: case AST_OPT_CHAIN: case AST_TAGGED_TEMPLATE:
    case AST_UPDATE:
        return false;
    case AST_CALL:
        return src->a->kind == AST_IDENT && !src->a->paren_start;
    default:
        return true;
    }
}

/* GetIterator for an array pattern.  A declaration's own pattern reports
 * at its value's start, naming the value when V8 finds it there (else by
 * its type: "object is not iterable (cannot read property ...)"); an
 * assignment's at its operator; a nested pattern at itself. */
static int pattern_iterator(Frame *f, Node *pat, JSValue v, bool init, bool nested, JSIterator *it)
{
    JSContext *ctx = f->ctx;
    Node *src = nested || f->bind_target != pat ? NULL : f->bind_src;
    uint32_t line, col;
    if (src && init) {
        eval_set_start_pos(f, src);
        if (!printer_finds(src))
            return js_get_iterator(ctx, v, it);
        if (src->kind != AST_CALL && src->kind != AST_NEW)
            return eval_get_iterator(f, src, v, it);
        JSValue m = js_is_nullish(v) ? JS_UNDEFINED : js_get_atom(ctx, v, ctx->sym.iterator);
        if (js_is_exception(m))
            return -1;
        if (!js_is_function(m)) {
            js_throw_type_error(ctx, "%s is not a function or its return value is not iterable",
                                eval_node_text(f, src->a));
            return -1;
        }
        return js_get_iterator(ctx, v, it);
    }
    if (src && src->kind == AST_ASSIGN && ast_report_pos(src, &line, &col)) {
        f->sf.line = line;
        f->sf.col = col;
    } else if (nested) {
        eval_set_pos(f, pat);
    }
    return js_get_iterator(ctx, v, it);
}

static int bind_array(Frame *f, Node *pat, JSValue v, bool init, bool nested)
{
    JSContext *ctx = f->ctx;
    if (eval_plain_array_iter(ctx, v))
        return bind_array_fast(f, pat, v, init);
    JSIterator it;
    if (pattern_iterator(f, pat, v, init, nested, &it) < 0)
        return -1;
    bool done = false;
    for (uint32_t i = 0; i < pat->list.len; i++) {
        Node *e = pat->list.items[i];
        Elem el;
        if (e->kind != AST_HOLE && elem_prepare(f, e->kind == AST_REST ? e->a : e, &el) < 0)
            return close_on_throw(ctx, &it, done);
        if (e->kind == AST_REST) {
            JSValue rest = js_new_array(ctx, 0);
            while (!done) {
                JSValue x;
                int r = js_iterator_step(ctx, &it, &x);
                if (r < 0)
                    return -1;
                if (r == 0)
                    done = true;
                else
                    js_array_push(ctx, rest, x);
            }
            if (elem_bind(f, &el, rest, init) < 0)
                return -1;
            continue;
        }
        JSValue x = JS_UNDEFINED;
        if (!done) {
            int r = js_iterator_step(ctx, &it, &x);
            if (r < 0)
                return -1;
            if (r == 0) {
                done = true;
                x = JS_UNDEFINED;
            }
        }
        if (e->kind == AST_HOLE)
            continue;
        if (elem_bind(f, &el, x, init) < 0)
            return close_on_throw(ctx, &it, done);
    }
    if (!done) {
        JSValue saved = ctx->exception;
        ctx->exception = JS_EMPTY;
        js_iterator_close(ctx, &it, false);
        if (ctx->exception != JS_EMPTY)
            return -1;
        ctx->exception = saved;
    }
    return 0;
}

int eval_bind(Frame *f, Node *t, JSValue v, bool init)
{
    switch (t->kind) {
    case AST_IDENT:
        return eval_ident_set(f, t, v, init);
    case AST_MEMBER:
    case AST_INDEX:
    case AST_PRIVATE_MEMBER: {
        /* a for-in/of head's target: evaluated as an assignment's */
        EvalRef r;
        if (eval_ref_prepare(f, t, &r) < 0)
            return -1;
        return eval_ref_put(f, &r, v);
    }
    case AST_ASSIGN_PATTERN:
        return bind_default(f, t, v, init, false);
    case AST_OBJECT_PATTERN:
        return bind_object(f, t, v, init, false);
    case AST_ARRAY_PATTERN:
        return bind_array(f, t, v, init, false);
    case AST_OBJECT: case AST_ARRAY:
        /* patterns the parser left in their literal form */
        return js_throw_syntax_error(f->ctx, "Invalid destructuring assignment target"), -1;
    default:
        js_throw_syntax_error(f->ctx, "Invalid destructuring assignment target");
        return -1;
    }
}

int eval_bind_params(Frame *f, Node *fn, int argc, JSValue *argv)
{
    for (uint32_t i = 0; i < fn->list.len; i++) {
        Node *p = fn->list.items[i];
        if (p->kind == AST_REST) {
            int n = argc > (int)i ? argc - (int)i : 0;
            JSValue rest = js_new_array_from(f->ctx, (uint32_t)n, argv + i);
            if (js_is_exception(rest) || eval_bind(f, p->a, rest, true) < 0)
                return -1;
            break;
        }
        JSValue v = (int)i < argc ? argv[i] : JS_UNDEFINED;
        if (bind_default(f, p, v, true, false) < 0)
            return -1;
    }
    return 0;
}
