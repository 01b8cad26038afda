/* eval_stmt.c - statements: blocks and scopes, declarations, loops (with
 * per-iteration let bindings), switch, try/catch/finally, labels.
 *
 * A statement returns a completion code (C_NORMAL, C_RETURN, C_BREAK,
 * C_CONTINUE, C_THROW); the return value, the break/continue label and the
 * thrown value wait in the frame (f->ret, f->label) and ctx->exception. */
#include <string.h>

#include "eval.h"
#include "lexer.h"

bool eval_plain_array_iter(JSContext *ctx, JSValue v);
int eval_get_iterator(Frame *f, Node *src, JSValue v, JSIterator *it);


static bool is_tdz_kind(const Binding *b)
{
    return b->tdz || b->kind == B_LET || b->kind == B_CONST || b->kind == B_CLASS || b->kind == B_CLASSNAME;
}

JSEnv *eval_enter_scope(Frame *f, Scope *s)
{
    JSEnv *saved = f->env;
    if (!s || s->trivial)
        return saved;
    if (s->env_size) {
        JSEnv *e = js_malloc(sizeof(JSEnv) + s->env_size * sizeof(JSValue));
        e->parent = saved;
        e->size = s->env_size;
        for (uint32_t i = 0; i < s->nbind; i++) {
            Binding *b = s->bindings[i];
            if (b->in_env)
                e->vars[b->slot] = is_tdz_kind(b) ? JS_EMPTY : JS_UNDEFINED;
        }
        f->env = e;
    }
    for (uint32_t i = 0; i < s->ntdz; i++)
        f->locals[s->tdz_locals[i]] = JS_EMPTY;
    for (uint32_t i = 0; i < s->nhoisted; i++) {
        Binding *b = s->hoisted[i];
        JSValue v = eval_new_closure(f, b->func, b->name);
        eval_store_binding(f, b, v);
    }
    return saved;
}

/* A fresh copy of the current environment: per-iteration let bindings. */
static void copy_env(Frame *f)
{
    JSEnv *o = f->env;
    JSEnv *e = js_malloc(sizeof(JSEnv) + o->size * sizeof(JSValue));
    e->parent = o->parent;
    e->size = o->size;
    memcpy(e->vars, o->vars, o->size * sizeof(JSValue));
    f->env = e;
}

int eval_stmt_list(Frame *f, NodeList *l)
{
    for (uint32_t i = 0, n = l->len; i < n; i++) {
        Node *s = l->items[i];
        if (s->kind == AST_RETURN && s->a) {
            /* the common last statement, without a second dispatch */
            JSValue v = eval_expr(f, s->a);
            if (js_is_exception(v))
                return C_THROW;
            f->ret = v;
            return C_RETURN;
        }
        int rc = eval_stmt(f, s);
        if (rc != C_NORMAL)
            return rc;
    }
    return C_NORMAL;
}

static __attribute__((noinline)) int eval_block(Frame *f, Node *n)
{
    if (eval_stack_low(f->ctx)) {
        js_throw_stack_overflow(f->ctx);
        return C_THROW;
    }
    Scope *s = n->info;
    if (!s || s->trivial)
        return eval_stmt_list(f, &n->list);
    JSEnv *saved = eval_enter_scope(f, s);
    int rc = eval_stmt_list(f, &n->list);
    f->env = saved;
    return rc;
}

/* The separate var scope of a body whose parameter list is not simple
 * (resolve.c: resolve_var_body): vars named like parameters start with the
 * parameters' values, read before the body's environment is pushed. */
static void enter_var_body(Frame *f, Scope *vs)
{
    uint32_t n = vs->nvar_copies;
    JSValue vals[n + 1];
    for (uint32_t i = 0; i < n; i++) {
        Binding *p = vs->var_copies[2 * i];
        vals[i] = p->in_env ? f->env->vars[p->slot] : f->locals[p->slot];
    }
    eval_enter_scope(f, vs);
    for (uint32_t i = 0; i < n; i++)
        eval_store_binding(f, vs->var_copies[2 * i + 1], vals[i]);
}

int eval_function_body(Frame *f, Node *fn)
{
    if (fn->flags & AST_F_EXPR_BODY) {
        JSValue v = eval_expr(f, fn->a);
        if (js_is_exception(v))
            return C_THROW;
        f->ret = v;
        return C_RETURN;
    }
    Scope *vs = fn->a->info;
    if (vs)
        enter_var_body(f, vs);
    int rc = eval_stmt_list(f, &fn->a->list);
    if (rc == C_BREAK || rc == C_CONTINUE)
        rc = C_NORMAL;
    return rc;
}

static __attribute__((noinline)) int eval_var(Frame *f, Node *n)
{
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *d = n->list.items[i];
        JSValue v;
        if (d->b) {
            v = d->a->kind == AST_IDENT ? eval_named(f, d->b, d->a->val) : eval_expr(f, d->b);
            if (js_is_exception(v))
                return C_THROW;
        } else if (n->op == LEX_VAR) {
            continue;
        } else {
            v = JS_UNDEFINED;
        }
        f->bind_target = d->a;
        f->bind_src = d->b;
        if (eval_bind(f, d->a, v, true) < 0)
            return C_THROW;
    }
    return C_NORMAL;
}

static bool owns_label(Frame *f, Node *n)
{
    if (!f->label)
        return true;
    LoopInfo *li = n->info;
    for (uint32_t i = 0; li && i < li->nlabels; i++)
        if (li->labels[i] == f->label)
            return true;
    return false;
}

/* After a loop body: 0 go on, 1 leave the loop normally, -1 propagate rc. */
static int loop_control(Frame *f, Node *loop, int rc)
{
    switch (rc) {
    case C_NORMAL:
        return 0;
    case C_BREAK:
        if (owns_label(f, loop)) {
            f->label = 0;
            return 1;
        }
        return -1;
    case C_CONTINUE:
        if (owns_label(f, loop)) {
            f->label = 0;
            return 0;
        }
        return -1;
    default:
        return -1;
    }
}

static inline bool leaf_int(Frame *f, Node *n, int32_t *out)
{
    JSValue v;
    if (n->kind == AST_IDENT && n->slot_kind == SLOT_LOCAL)
        v = f->locals[n->slot];
    else if (n->kind == AST_NUMBER)
        v = n->val;
    else
        return false;
    *out = js_get_int(v);
    return js_is_int(v);
}

/* The REPL's Ctrl-C (JSContext.interrupt), checked once per iteration. */
static __attribute__((noinline, cold)) int throw_interrupt(Frame *f)
{
    js_throw_error(f->ctx, JS_ERROR, JS_INTERRUPT_MESSAGE);
    return -1;
}

static int eval_test(Frame *f, Node *t, bool *out)
{
    int32_t x, y;
    if (__builtin_expect(f->ctx->interrupt, 0)) {
        *out = false;
        return throw_interrupt(f);
    }
    if (t->kind == AST_BINARY && leaf_int(f, t->a, &x) && leaf_int(f, t->b, &y)) {
        switch (t->op) {
        case LEX_LT: *out = x < y; return 0;
        case LEX_GT: *out = x > y; return 0;
        case LEX_LE: *out = x <= y; return 0;
        case LEX_GE: *out = x >= y; return 0;
        case LEX_SEQ: case LEX_EQ: *out = x == y; return 0;
        case LEX_SNE: case LEX_NE: *out = x != y; return 0;
        default: break;
        }
    }
    JSValue v = eval_expr(f, t);
    if (js_is_exception(v))
        return -1;
    *out = v == JS_TRUE || (v != JS_FALSE && js_to_boolean(v));
    return 0;
}

static __attribute__((noinline)) int eval_while(Frame *f, Node *n)
{
    for (;;) {
        bool ok;
        if (eval_test(f, n->a, &ok) < 0)
            return C_THROW;
        if (!ok)
            return C_NORMAL;
        int rc = eval_stmt(f, n->d);
        int c = loop_control(f, n, rc);
        if (c > 0)
            return C_NORMAL;
        if (c < 0)
            return rc;
    }
}

static __attribute__((noinline)) int eval_do_while(Frame *f, Node *n)
{
    for (;;) {
        int rc = eval_stmt(f, n->d);
        int c = loop_control(f, n, rc);
        if (c > 0)
            return C_NORMAL;
        if (c < 0)
            return rc;
        bool ok;
        if (eval_test(f, n->a, &ok) < 0)
            return C_THROW;
        if (!ok)
            return C_NORMAL;
    }
}

static __attribute__((noinline)) int eval_for(Frame *f, Node *n)
{
    LoopInfo *li = n->info;
    Scope *s = li->scope;
    JSEnv *saved = eval_enter_scope(f, s);
    int rc = C_NORMAL;
    if (n->a) {
        if (n->a->kind == AST_VAR) {
            rc = eval_var(f, n->a);
        } else if (js_is_exception(eval_expr(f, n->a))) {
            rc = C_THROW;
        }
        if (rc != C_NORMAL)
            goto out;
    }
    bool copy = s && s->env_size;
    if (copy)
        copy_env(f);
    for (;;) {
        if (n->b) {
            bool ok;
            if (eval_test(f, n->b, &ok) < 0) {
                rc = C_THROW;
                break;
            }
            if (!ok)
                break;
        } else if (__builtin_expect(f->ctx->interrupt, 0)) {
            rc = throw_interrupt(f) < 0 ? C_THROW : C_NORMAL;
            break;
        }
        rc = eval_stmt(f, n->d);
        int c = loop_control(f, n, rc);
        if (c > 0) {
            rc = C_NORMAL;
            break;
        }
        if (c < 0)
            break;
        rc = C_NORMAL;
        if (copy)
            copy_env(f);
        if (n->c && js_is_exception(eval_expr(f, n->c))) {
            rc = C_THROW;
            break;
        }
    }
out:
    f->env = saved;
    return rc;
}

/* One for-in/for-of iteration: bind the value in a fresh scope, run the body. */
static int iteration(Frame *f, Node *n, JSValue v)
{
    LoopInfo *li = n->info;
    JSEnv *saved = f->env;
    int rc;
    if (__builtin_expect(f->ctx->interrupt, 0)) {
        throw_interrupt(f);
        return C_THROW;
    }
    if (li->scope)
        eval_enter_scope(f, li->scope);
    Node *t = n->a->kind == AST_VAR ? n->a->list.items[0]->a : n->a;
    if (eval_bind(f, t, v, n->a->kind == AST_VAR) < 0)
        rc = C_THROW;
    else
        rc = eval_stmt(f, n->d);
    f->env = saved;
    return rc;
}

static JSValue for_in_keys(Frame *f, JSValue obj, uint32_t *count)
{
    JSContext *ctx = f->ctx;
    JSValue seen = js_new_object_proto(ctx, NULL);
    JSValue out = js_new_array(ctx, 0);
    uint32_t n = 0;
    JSValue o = js_to_object(ctx, obj);
    if (js_is_exception(o))
        return o;
    for (JSObject *p = js_obj(o); p; p = p->proto) {
        JSValue keys = js_own_keys(ctx, js_mkptr(p), JS_KEYS_STRINGS);
        if (js_is_exception(keys))
            return keys;
        JSValue lenv = js_get_atom(ctx, keys, ctx->atoms.length);
        uint32_t len = js_is_int(lenv) ? (uint32_t)js_get_int(lenv) : 0;
        bool first = p == js_obj(o);
        for (uint32_t i = 0; i < len; i++) {
            JSValue k = js_get_index(ctx, keys, i);
            if (!first) {
                JSPropertyDescriptor d;
                if (js_get_own_property(ctx, js_obj(seen), k, &d) > 0)
                    continue;
            }
            if (p->proto)
                js_define_value(ctx, seen, k, JS_TRUE, JS_PROP_CWE);
            JSPropertyDescriptor d;
            int r = js_get_own_property(ctx, p, k, &d);
            if (r < 0)
                return JS_EXCEPTION;
            if (r > 0 && (d.flags & JS_PROP_ENUMERABLE)) {
                js_array_push(ctx, out, k);   /* not [[Set]]: Array.prototype setters stay out */
                n++;
            }
        }
    }
    *count = n;
    return out;
}

/* The object of for-in/of, evaluated with the loop's let/const names in TDZ. */
static JSValue loop_head(Frame *f, Node *n)
{
    LoopInfo *li = n->info;
    if (!li->scope)
        return eval_expr(f, n->b);
    JSEnv *saved = eval_enter_scope(f, li->scope);
    JSValue v = eval_expr(f, n->b);
    f->env = saved;
    return v;
}

static __attribute__((noinline)) int eval_for_in(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    JSValue obj = loop_head(f, n);
    if (js_is_exception(obj))
        return C_THROW;
    if (js_is_nullish(obj))
        return C_NORMAL;
    uint32_t count;
    JSValue keys = for_in_keys(f, obj, &count);
    if (js_is_exception(keys))
        return C_THROW;
    JSValue o = js_to_object(ctx, obj);
    for (uint32_t i = 0; i < count; i++) {
        JSValue k = js_get_index(ctx, keys, i);
        if (i > 0) {
            int has = js_has_property(ctx, o, k);
            if (has < 0)
                return C_THROW;
            if (!has)
                continue;
        }
        int rc = iteration(f, n, k);
        int c = loop_control(f, n, rc);
        if (c > 0)
            return C_NORMAL;
        if (c < 0)
            return rc;
    }
    return C_NORMAL;
}

static __attribute__((noinline)) int eval_for_of(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    JSValue obj = loop_head(f, n);
    if (js_is_exception(obj))
        return C_THROW;
    if (eval_plain_array_iter(ctx, obj)) {
        JSObject *a = js_obj(obj);
        for (uint32_t i = 0;; i++) {
            JSValue v;
            if (a->h.flags & JS_OBJ_FAST_ARRAY) {
                if (i >= a->u.array.len)
                    break;
                v = a->u.array.elems[i];
                if (v == JS_EMPTY)
                    v = js_get_index(ctx, obj, i);
            } else {
                JSValue lenv = js_get_atom(ctx, obj, ctx->atoms.length);
                if (js_is_exception(lenv))
                    return C_THROW;
                if ((double)i >= js_get_number(lenv))
                    break;
                v = js_get_index(ctx, obj, i);
            }
            if (js_is_exception(v))
                return C_THROW;
            int rc = iteration(f, n, v);
            int c = loop_control(f, n, rc);
            if (c > 0)
                return C_NORMAL;
            if (c < 0)
                return rc;
        }
        return C_NORMAL;
    }
    JSIterator it;
    eval_set_expr_pos(f, n->b);   /* [Symbol.iterator]() is called at the source */
    if (eval_get_iterator(f, n->b, obj, &it) < 0)
        return C_THROW;
    /* and next() at the head's binding (V8's `each`) */
    Node *each = n->a->kind == AST_VAR && n->a->list.len ? n->a->list.items[0]->a : n->a;
    uint32_t next_line = each->line, next_col = each->col;
    for (;;) {
        JSValue v;
        f->sf.line = next_line;
        f->sf.col = next_col;
        int r = js_iterator_step(ctx, &it, &v);
        if (r < 0)
            return C_THROW;
        if (r == 0)
            return C_NORMAL;
        int rc = iteration(f, n, v);
        int c = loop_control(f, n, rc);
        if (c == 0)
            continue;
        if (rc == C_THROW) {
            js_iterator_close(ctx, &it, true);
            return rc;
        }
        JSValue saved = ctx->exception;
        ctx->exception = JS_EMPTY;
        js_iterator_close(ctx, &it, false);
        if (ctx->exception != JS_EMPTY)
            return C_THROW;
        ctx->exception = saved;
        return c > 0 ? C_NORMAL : rc;
    }
}

static __attribute__((noinline)) int eval_try(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    int rc = eval_stmt(f, n->a);
    /* a Ctrl-C interrupt (JSContext.interrupt) cannot be caught */
    if (rc == C_THROW && n->c && !ctx->interrupt) {
        JSValue exc = ctx->exception;
        ctx->exception = JS_UNDEFINED;
        eval_note_caught(ctx);
        JSEnv *saved = eval_enter_scope(f, n->info);
        if (n->b && eval_bind(f, n->b, exc, true) < 0)
            rc = C_THROW;
        else
            rc = eval_stmt_list(f, &n->c->list);
        f->env = saved;
    }
    if (n->d) {
        JSValue ret = f->ret, label = f->label, exc = ctx->exception;
        int rc2 = eval_stmt(f, n->d);
        if (rc2 != C_NORMAL)
            return rc2;
        f->ret = ret;
        f->label = label;
        ctx->exception = exc;
    }
    return rc;
}

static __attribute__((noinline)) int eval_switch(Frame *f, Node *n)
{
    JSValue v = eval_expr(f, n->a);
    if (js_is_exception(v))
        return C_THROW;
    LoopInfo *li = n->info;
    JSEnv *saved = eval_enter_scope(f, li->scope);
    int start = -1, dflt = -1, rc = C_NORMAL;
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *c = n->list.items[i];
        if (!c->a) {
            dflt = (int)i;
            continue;
        }
        JSValue t = eval_expr(f, c->a);
        if (js_is_exception(t)) {
            rc = C_THROW;
            goto out;
        }
        if (js_strict_equals(v, t)) {
            start = (int)i;
            break;
        }
    }
    if (start < 0)
        start = dflt;
    if (start >= 0) {
        for (uint32_t i = (uint32_t)start; i < n->list.len; i++) {
            rc = eval_stmt_list(f, &n->list.items[i]->list);
            if (rc != C_NORMAL)
                break;
        }
        if (rc == C_BREAK && !f->label)
            rc = C_NORMAL;
    }
out:
    f->env = saved;
    return rc;
}

static __attribute__((noinline)) int eval_throw(Frame *f, Node *n)
{
    JSValue v = eval_expr(f, n->a);
    if (js_is_exception(v))
        return C_THROW;
    eval_set_pos(f, n);
    js_throw(f->ctx, v);
    eval_note_throw(f->ctx, n->line, n->col);
    return C_THROW;
}

static __attribute__((noinline)) int eval_class_decl(Frame *f, Node *n)
{
    JSValue c = eval_class(f, n->a, 0);
    if (js_is_exception(c))
        return C_THROW;
    return eval_ident_set(f, n->b, c, true) < 0 ? C_THROW : C_NORMAL;
}

static __attribute__((noinline)) int eval_func_decl(Frame *f, Node *n)
{
    /* Annex B: a block-level function also assigns the function's var */
    if (n->b) {
        JSValue v = eval_ident_get(f, n->c);
        if (js_is_exception(v) || eval_ident_set(f, n->b, v, true) < 0)
            return C_THROW;
    }
    return C_NORMAL;
}

static __attribute__((noinline)) int eval_labeled(Frame *f, Node *n)
{
    int rc = eval_stmt(f, n->a);
    if (rc == C_BREAK && f->label == n->val) {
        f->label = 0;
        return C_NORMAL;
    }
    return rc;
}

static __attribute__((noinline)) int eval_if(Frame *f, Node *n)
{
    bool ok;
    if (eval_test(f, n->a, &ok) < 0)
        return C_THROW;
    if (ok)
        return eval_stmt(f, n->b);
    return n->c ? eval_stmt(f, n->c) : C_NORMAL;
}

#ifdef __OPTIMIZE__
#define UNOPTIMISED_VOLATILE
#else
#define UNOPTIMISED_VOLATILE volatile
#endif

int eval_stmt(Frame *f, Node *n)
{
    switch (n->kind) {
    case AST_EXPR_STMT: {
        /* cleared first: an unoptimised build gives it a stack slot, which
         * would still hold the previous statement's value during a gc() */
        UNOPTIMISED_VOLATILE JSValue v = JS_UNDEFINED;
        v = eval_expr(f, n->a);
        /* only a script's completion value is ever read (-p, the REPL); a
         * function that kept its last one would keep it through a gc() */
        if (js_is_undefined(f->func))
            f->completion = v;
        return js_is_exception(v) ? C_THROW : C_NORMAL;
    }
    case AST_VAR: return eval_var(f, n);
    case AST_FUNC_DECL: return eval_func_decl(f, n);
    case AST_CLASS_DECL: return eval_class_decl(f, n);
    case AST_BLOCK: return eval_block(f, n);
    case AST_EMPTY: case AST_DEBUGGER: return C_NORMAL;
    case AST_IF: return eval_if(f, n);
    case AST_FOR: return eval_for(f, n);
    case AST_FOR_IN: return eval_for_in(f, n);
    case AST_FOR_OF: return eval_for_of(f, n);
    case AST_WHILE: return eval_while(f, n);
    case AST_DO_WHILE: return eval_do_while(f, n);
    case AST_CONTINUE: f->label = n->val; return C_CONTINUE;
    case AST_BREAK: f->label = n->val; return C_BREAK;
    case AST_RETURN:
        if (n->a) {
            JSValue v = eval_expr(f, n->a);
            if (js_is_exception(v))
                return C_THROW;
            f->ret = v;
        } else {
            f->ret = JS_UNDEFINED;
        }
        return C_RETURN;
    case AST_THROW: return eval_throw(f, n);
    case AST_TRY: return eval_try(f, n);
    case AST_SWITCH: return eval_switch(f, n);
    case AST_LABELED: return eval_labeled(f, n);
    default: return js_is_exception(eval_expr(f, n)) ? C_THROW : C_NORMAL;
    }
}
