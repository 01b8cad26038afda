/* resolve.c - scope analysis: bindings, hoisting, early errors, slots.
 *
 * One walk over the tree declares every binding where it lives and records
 * every identifier reference (with the scope it appears in).  Name lookup is
 * done after the walk, when every declaration is known, so hoisting falls
 * out for free.  Then each binding gets its home (frame slot, or heap
 * environment slot when an inner function captures it) and each reference
 * its slot_kind/slot/depth.  The evaluator reads the Scope attached to every
 * scope-making node (Node.info) to know what entering it must do. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "resolve.h"
#include "lexer.h"
#include "../runtime/eval.h"

typedef struct Ref {
    Node *node;
    Scope *from;     /* scope the reference appears in: depth counts from here */
    Scope *start;    /* scope where lookup starts (Annex B: the function scope) */
} Ref;

typedef struct AnnexB {
    Scope *block;
    Node *decl;      /* FUNC_DECL */
} AnnexB;

typedef struct Label {
    JSValue name;
    bool loop;
} Label;

typedef struct R {
    JSContext *ctx;
    ParseError *err;
    const char *filename;
    Scope *scope;
    Scope *program;
    Scope **scopes;
    uint32_t nscopes, scap;
    Ref *refs;
    uint32_t nrefs, rcap;
    AnnexB *annexb;
    uint32_t nannexb, acap;
    /* per function */
    Label *labels;
    uint32_t nlabels, lcap;
    JSValue *pending;        /* labels directly on the next statement */
    uint32_t npending, pcap;
    int loop_depth, break_depth;
    bool in_function, super_prop, super_call, new_target;
    bool no_arguments;       /* in a class field initialiser or static block (arrows included) */
    bool class_init;         /* the next resolve_func is such an initialiser or block */
    int depth;               /* recursion guard */
    Node **classes;          /* CLASS nodes being resolved, innermost last: private names */
    uint32_t nclasses, ccap;
} R;

#define TRY(x) do { if ((x) < 0) return -1; } while (0)

static int fail(R *r, Node *at, const char *fmt, ...)
{
    if (r->err->msg)
        return -1;
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    size_t n = strlen(buf) + 1;
    char *m = js_malloc_atomic(n);
    memcpy(m, buf, n);
    r->err->msg = m;
    r->err->filename = r->filename;
    r->err->line = at ? at->line : 1;
    r->err->col = at ? at->col : 1;
    r->err->incomplete = false;
    return -1;
}

static void *grow(void *p, uint32_t *cap, uint32_t need, size_t elem)
{
    if (need <= *cap)
        return p;
    uint32_t c = *cap ? *cap * 2 : 8;
    while (c < need)
        c *= 2;
    void *q = js_malloc(c * elem);
    if (p)
        memcpy(q, p, *cap * elem);
    *cap = c;
    return q;
}

static JSValue atom16(R *r, const uint16_t *s, uint32_t len)
{
    return js_atom_from_string(r->ctx, js_new_string16(r->ctx, s, len));
}

/* The binding name of a private name: "#x", which no identifier can spell. */
static JSValue private_atom(R *r, Node *n)
{
    uint16_t *s = js_malloc_atomic((n->str_len + 1) * sizeof(uint16_t));
    s[0] = '#';
    memcpy(s + 1, n->str, n->str_len * sizeof(uint16_t));
    return atom16(r, s, n->str_len + 1);
}

static const char *name_utf8(R *r, JSValue atom)
{
    return js_to_utf8(r->ctx, atom, NULL);
}

static Node *new_node(int kind, Node *like)
{
    Node *n = js_malloc(sizeof(Node));
    n->kind = kind;
    if (like) {
        n->line = like->line;
        n->col = like->col;
    }
    return n;
}

/* ------------------------------------------------------------ scopes */

static Scope *push_scope(R *r, int kind, Node *node)
{
    Scope *s = js_malloc(sizeof(Scope));
    s->parent = r->scope;
    s->kind = kind;
    s->node = node;
    s->fscope = (kind == SC_FUNC || kind == SC_PROGRAM) ? s : r->scope->fscope;
    s->strict = r->scope ? r->scope->strict : false;
    s->filename = r->filename;
    r->scopes = grow(r->scopes, &r->scap, r->nscopes + 1, sizeof(Scope *));
    r->scopes[r->nscopes++] = s;
    r->scope = s;
    return s;
}

static void pop_scope(R *r)
{
    r->scope = r->scope->parent;
}

static Binding *find_binding(Scope *s, JSValue name)
{
    for (uint32_t i = 0; i < s->nbind; i++)
        if (s->bindings[i]->name == name)
            return s->bindings[i];
    return NULL;
}

static Binding *add_binding(Scope *s, JSValue name, int kind)
{
    Binding *b = js_malloc(sizeof(Binding));
    b->name = name;
    b->kind = kind;
    b->scope = s;
    s->bindings = grow(s->bindings, &s->cap, s->nbind + 1, sizeof(Binding *));
    s->bindings[s->nbind++] = b;
    return b;
}

static bool is_lexical(const Binding *b)
{
    switch (b->kind) {
    case B_LET: case B_CONST: case B_CLASS: case B_CLASSNAME:
        return true;
    case B_FUNC:
        return b->scope->kind != SC_FUNC && b->scope->kind != SC_PROGRAM && !b->scope->var_body;
    default:
        return false;
    }
}

static bool has_varname(Scope *s, JSValue name)
{
    for (uint32_t i = 0; i < s->nvarnames; i++)
        if (s->varnames[i] == name)
            return true;
    return false;
}

static int redeclared(R *r, Node *at, JSValue name)
{
    return fail(r, at, "Identifier '%s' has already been declared", name_utf8(r, name));
}

static int check_strict_name(R *r, Node *at, JSValue name)
{
    if (r->scope->strict && (name == r->ctx->atoms.arguments || name == js_atom(r->ctx, "eval")))
        return fail(r, at, "Unexpected eval or arguments in strict mode");
    return 0;
}

/* Scripts that follow one another (REPL inputs) share the global scope.
 * A later script may declare a top-level let/const/class again, as browser
 * consoles allow (its cell is simply re-entered), but not over a var or
 * function of an earlier one, nor a var over an earlier let: those are a
 * SyntaxError, as in node (GlobalDeclarationInstantiation). */
static bool earlier_lexical(R *r, JSValue name)
{
    GlobalCell *c = eval_global_cell(r->ctx, name, false);
    return c && c->value != JS_EMPTY;
}

/* A var, function or built-in like `undefined`: a non-configurable own
 * property of the global object. */
static bool fixed_global(R *r, JSValue name)
{
    JSPropertyDescriptor d;
    int got = js_get_own_property(r->ctx, js_obj(r->ctx->global), name, &d);
    return got > 0 && !(d.flags & JS_PROP_CONFIGURABLE);
}

/* var and function-scope function declarations */
/* where var declarations made in s land: its function (or program) scope, or
 * the separate var scope of a body with a non-simple parameter list */
static Scope *var_scope(Scope *s)
{
    while (s->kind != SC_FUNC && s->kind != SC_PROGRAM && !s->var_body)
        s = s->parent;
    return s;
}

static Binding *declare_var(R *r, Node *at, JSValue name, int kind, Node *func)
{
    Scope *fs = var_scope(r->scope);
    for (Scope *t = r->scope; t != fs; t = t->parent) {
        Binding *b = find_binding(t, name);
        if (b && b->kind != B_CATCH) {
            redeclared(r, at, name);
            return NULL;
        }
        if (!has_varname(t, name)) {
            t->varnames = grow(t->varnames, &t->varcap, t->nvarnames + 1, sizeof(JSValue));
            t->varnames[t->nvarnames++] = name;
        }
    }
    Binding *b = find_binding(fs, name);
    if (b) {
        if (is_lexical(b)) {
            redeclared(r, at, name);
            return NULL;
        }
        if (b->kind == B_CALLEE)
            b->kind = B_VAR;
    } else {
        if (fs->kind == SC_PROGRAM && !fs->module && earlier_lexical(r, name)) {
            redeclared(r, at, name);
            return NULL;
        }
        b = add_binding(fs, name, B_VAR);
        b->global = fs->kind == SC_PROGRAM && !fs->module;
    }
    if (kind == B_FUNC) {
        if (b->kind != B_PARAM)
            b->kind = B_FUNC;
        b->func = func;
    }
    return b;
}

/* let, const, class, block-level functions, catch parameters, parameters */
static Binding *declare_lexical(R *r, Node *at, JSValue name, int kind)
{
    Scope *s = r->scope;
    Binding *b = find_binding(s, name);
    if (b) {
        if (b->kind == B_CALLEE || b->kind == B_ARGUMENTS) {
            b->kind = kind;
            return b;
        }
        bool sloppy_fn = kind == B_FUNC && b->kind == B_FUNC && !s->strict;
        bool dup_param = kind == B_PARAM && b->kind == B_PARAM;
        if (dup_param && (s->strict || s->unique_params)) {
            fail(r, at, "Duplicate parameter name not allowed in this context");
            return NULL;
        }
        if (!sloppy_fn && !dup_param) {
            redeclared(r, at, name);
            return NULL;
        }
        return b;
    }
    if (kind != B_PARAM && has_varname(s, name)) {
        redeclared(r, at, name);
        return NULL;
    }
    if (s->var_body && (b = find_binding(s->parent, name)) && b->kind == B_PARAM) {
        redeclared(r, at, name);
        return NULL;
    }
    if (s->kind == SC_PROGRAM && kind != B_PARAM && !s->module && fixed_global(r, name)) {
        redeclared(r, at, name);
        return NULL;
    }
    b = add_binding(s, name, kind);
    if (s->kind == SC_PROGRAM && kind != B_PARAM && !s->module) {
        GlobalCell *c = eval_global_cell(r->ctx, name, true);
        c->is_const = kind == B_CONST;
        b->cell = c;
    }
    return b;
}

static void add_ref(R *r, Node *n, Scope *start)
{
    r->refs = grow(r->refs, &r->rcap, r->nrefs + 1, sizeof(Ref));
    r->refs[r->nrefs++] = (Ref){ n, r->scope, start ? start : r->scope };
}

static void intern_ident(R *r, Node *n)
{
    if (!n->val)
        n->val = atom16(r, n->str, n->str_len);
}

/* Declare every name a binding pattern binds (kind B_*); for var also hoist. */
static int declare_pattern(R *r, Node *p, int kind)
{
    if (!p)
        return 0;
    switch (p->kind) {
    case AST_IDENT:
        intern_ident(r, p);
        TRY(check_strict_name(r, p, p->val));
        if (kind == B_VAR) {
            if (!declare_var(r, p, p->val, B_VAR, NULL))
                return -1;
        } else if (!declare_lexical(r, p, p->val, kind)) {
            return -1;
        }
        if (kind == B_LET && p->val == js_atom(r->ctx, "let"))
            return fail(r, p, "let is disallowed as a lexically bound name");
        return 0;
    case AST_OBJECT_PATTERN:
    case AST_ARRAY_PATTERN:
        for (uint32_t i = 0; i < p->list.len; i++) {
            Node *e = p->list.items[i];
            if (e->kind == AST_PROPERTY)
                TRY(declare_pattern(r, e->b ? e->b : e->a, kind));
            else
                TRY(declare_pattern(r, e, kind));
        }
        return 0;
    case AST_ASSIGN_PATTERN:
    case AST_REST:
        return declare_pattern(r, p->a, kind);
    case AST_HOLE:
        return 0;
    default:
        return fail(r, p, "Invalid destructuring assignment target");
    }
}

/* ------------------------------------------------------------ walk */

static int resolve_expr(R *r, Node *n);
static int resolve_stmt(R *r, Node *n);
static int resolve_func(R *r, Node *fn, bool is_decl);
static int resolve_class(R *r, Node *cls, bool is_decl);

static int resolve_list(R *r, NodeList *l, bool stmts)
{
    for (uint32_t i = 0; i < l->len; i++)
        TRY(stmts ? resolve_stmt(r, l->items[i]) : resolve_expr(r, l->items[i]));
    return 0;
}

/* A property key: names and literals become atoms; computed keys are expressions. */
static int resolve_key(R *r, Node *prop)
{
    Node *k = prop->a;
    if (!k)
        return 0;
    if (prop->flags & AST_F_COMPUTED)
        return resolve_expr(r, k);
    if (k->kind == AST_IDENT || k->kind == AST_STRING) {
        k->val = atom16(r, k->str, k->str_len);
    } else if (k->kind == AST_PRIVATE_NAME) {
        k->val = private_atom(r, k);
    } else if (k->kind == AST_NUMBER) {
        char buf[40];
        k->val = js_atom(r->ctx, js_number_to_cstr(k->num, buf));
    } else {
        return resolve_expr(r, k);
    }
    return 0;
}

/* Targets of assignments and binding patterns: record the references. */
static int resolve_target(R *r, Node *t)
{
    Scope *fs = r->scope->fscope;
    switch (t->kind) {
    case AST_IDENT:
        fs->param_writes = true;
        intern_ident(r, t);
        TRY(check_strict_name(r, t, t->val));
        add_ref(r, t, NULL);
        return 0;
    case AST_OBJECT_PATTERN:
        for (uint32_t i = 0; i < t->list.len; i++) {
            Node *e = t->list.items[i];
            if (e->kind == AST_PROPERTY) {
                TRY(resolve_key(r, e));
                TRY(resolve_target(r, e->b ? e->b : e->a));
            } else {
                TRY(resolve_target(r, e));
            }
        }
        return 0;
    case AST_ARRAY_PATTERN:
        for (uint32_t i = 0; i < t->list.len; i++)
            TRY(resolve_target(r, t->list.items[i]));
        return 0;
    case AST_ASSIGN_PATTERN:
        TRY(resolve_target(r, t->a));
        return resolve_expr(r, t->b);
    case AST_REST:
        return resolve_target(r, t->a);
    case AST_HOLE:
        return 0;
    case AST_MEMBER:
    case AST_INDEX:
        if (t->a->kind == AST_IDENT)
            fs->param_writes = true;
        return resolve_expr(r, t);
    case AST_PRIVATE_MEMBER:
        return resolve_expr(r, t);
    default:
        return fail(r, t, "Invalid left-hand side in assignment");
    }
}

static LoopInfo *loop_info(R *r, Scope *s)
{
    LoopInfo *li = js_malloc(sizeof(LoopInfo));
    li->scope = s;
    if (r->npending) {
        li->labels = js_malloc(r->npending * sizeof(JSValue));
        memcpy(li->labels, r->pending, r->npending * sizeof(JSValue));
        li->nlabels = r->npending;
        for (uint32_t i = 0; i < r->nlabels; i++)
            for (uint32_t j = 0; j < r->npending; j++)
                if (r->labels[i].name == r->pending[j])
                    r->labels[i].loop = true;
    }
    r->npending = 0;
    return li;
}

static int resolve_var(R *r, Node *n, bool for_head)
{
    int kind = n->op == LEX_LET ? B_LET : n->op == LEX_CONST ? B_CONST : B_VAR;
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *d = n->list.items[i];
        TRY(declare_pattern(r, d->a, kind));
        if (d->b)
            TRY(resolve_expr(r, d->b));
        else if (kind == B_CONST && !for_head)
            return fail(r, d, "Missing initializer in const declaration");
        else if (d->a->kind != AST_IDENT && !for_head)
            return fail(r, d, "Missing initializer in destructuring declaration");
        TRY(resolve_target(r, d->a));
    }
    return 0;
}

static int resolve_loop_body(R *r, Node *body)
{
    r->loop_depth++;
    r->break_depth++;
    int rc = resolve_stmt(r, body);
    r->loop_depth--;
    r->break_depth--;
    return rc;
}

static int resolve_for(R *r, Node *n)
{
    Scope *s = NULL;
    if (n->a && n->a->kind == AST_VAR && n->a->op != LEX_VAR)
        s = push_scope(r, SC_FOR, n);
    LoopInfo *li = loop_info(r, s);
    n->info = li;
    if (n->kind == AST_FOR) {
        if (n->a)
            TRY(n->a->kind == AST_VAR ? resolve_var(r, n->a, false) : resolve_expr(r, n->a));
        if (n->b)
            TRY(resolve_expr(r, n->b));
        if (n->c)
            TRY(resolve_expr(r, n->c));
    } else {
        /* the iterated object is evaluated where the loop's let/const names
         * exist but are in TDZ: `for (let x of x)` throws (eval_stmt.c) */
        TRY(resolve_expr(r, n->b));
        if (n->a->kind == AST_VAR) {
            Node *d = n->a->list.items[0];
            if (d->b) {
                if (n->kind == AST_FOR_OF || n->a->op != LEX_VAR || r->scope->strict || d->a->kind != AST_IDENT)
                    return fail(r, d, "for-%s loop variable declaration may not have an initializer.",
                                n->kind == AST_FOR_OF ? "of" : "in");
            }
            TRY(resolve_var(r, n->a, true));
        } else {
            TRY(resolve_target(r, n->a));
        }
    }
    TRY(resolve_loop_body(r, n->d));
    if (s)
        pop_scope(r);
    return 0;
}

static int resolve_jump(R *r, Node *n)
{
    bool is_break = n->kind == AST_BREAK;
    if (!n->str) {
        if (is_break && r->break_depth == 0)
            return fail(r, n, "Illegal break statement");
        if (!is_break && r->loop_depth == 0)
            return fail(r, n, "Illegal continue statement: no surrounding iteration statement");
        return 0;
    }
    n->val = atom16(r, n->str, n->str_len);
    for (uint32_t i = r->nlabels; i-- > 0;) {
        if (r->labels[i].name != n->val)
            continue;
        if (!is_break && !r->labels[i].loop)
            return fail(r, n, "Illegal continue statement: '%s' does not denote an iteration statement",
                        name_utf8(r, n->val));
        return 0;
    }
    return fail(r, n, "Undefined label '%s'", name_utf8(r, n->val));
}

/* A labelled break/continue's errors point at its label (ast_jump). */
static int resolve_jump_at_label(R *r, Node *n)
{
    if (resolve_jump(r, n) == 0)
        return 0;
    uint32_t line, col;
    if (n->str && r->err->line == n->line && r->err->col == n->col && ast_report_pos(n, &line, &col)) {
        r->err->line = line;
        r->err->col = col;
    }
    return -1;
}

static int resolve_labeled(R *r, Node *n)
{
    n->val = atom16(r, n->str, n->str_len);
    for (uint32_t i = 0; i < r->nlabels; i++)
        if (r->labels[i].name == n->val)
            return fail(r, n, "Label '%s' has already been declared", name_utf8(r, n->val));
    r->labels = grow(r->labels, &r->lcap, r->nlabels + 1, sizeof(Label));
    r->labels[r->nlabels++] = (Label){ n->val, false };
    r->pending = grow(r->pending, &r->pcap, r->npending + 1, sizeof(JSValue));
    r->pending[r->npending++] = n->val;
    int rc = resolve_stmt(r, n->a);
    r->nlabels--;
    r->npending = 0;
    return rc;
}

static int resolve_block_list(R *r, Node *n, NodeList *l)
{
    Scope *s = push_scope(r, SC_BLOCK, n);
    n->info = s;
    TRY(resolve_list(r, l, true));
    pop_scope(r);
    return 0;
}

static int resolve_try(R *r, Node *n)
{
    TRY(resolve_stmt(r, n->a));
    if (n->c) {
        Scope *s = push_scope(r, SC_CATCH, n);
        n->info = s;
        if (n->b) {
            TRY(declare_pattern(r, n->b, B_CATCH));
            TRY(resolve_target(r, n->b));
        }
        n->c->info = NULL;   /* the catch block shares the catch scope */
        TRY(resolve_list(r, &n->c->list, true));
        pop_scope(r);
    }
    if (n->d)
        TRY(resolve_stmt(r, n->d));
    return 0;
}

static int resolve_switch(R *r, Node *n)
{
    TRY(resolve_expr(r, n->a));
    Scope *s = push_scope(r, SC_BLOCK, n);
    r->npending = 0;
    LoopInfo *li = js_malloc(sizeof(LoopInfo));
    li->scope = s;
    n->info = li;
    r->break_depth++;
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *c = n->list.items[i];
        if (c->a)
            TRY(resolve_expr(r, c->a));
        TRY(resolve_list(r, &c->list, true));
    }
    r->break_depth--;
    pop_scope(r);
    return 0;
}

static int resolve_func_decl(R *r, Node *n)
{
    Node *fn = n->a;
    JSValue name = atom16(r, fn->str, fn->str_len);
    fn->val = name;
    int k = r->scope->kind;
    if (k == SC_FUNC || k == SC_PROGRAM || r->scope->var_body) {
        if (!declare_var(r, n, name, B_FUNC, fn))
            return -1;
    } else {
        Binding *b = declare_lexical(r, n, name, B_FUNC);
        if (!b)
            return -1;
        b->func = fn;
        if (!r->scope->strict) {
            r->annexb = grow(r->annexb, &r->acap, r->nannexb + 1, sizeof(AnnexB));
            r->annexb[r->nannexb++] = (AnnexB){ r->scope, n };
        }
    }
    return resolve_func(r, fn, true);
}

static int resolve_stmt(R *r, Node *n)
{
    if (++r->depth > 3000) {
        r->depth--;
        return fail(r, n, "Maximum call stack size exceeded");
    }
    bool keep_pending = n->kind == AST_LABELED || n->kind == AST_FOR || n->kind == AST_FOR_IN ||
                        n->kind == AST_FOR_OF || n->kind == AST_WHILE || n->kind == AST_DO_WHILE;
    if (!keep_pending)
        r->npending = 0;
    int rc = 0;
    switch (n->kind) {
    case AST_VAR: rc = resolve_var(r, n, false); break;
    case AST_FUNC_DECL: rc = resolve_func_decl(r, n); break;
    case AST_CLASS_DECL:
        rc = resolve_class(r, n->a, true);
        if (rc == 0) {
            /* the outer binding the declaration initialises */
            n->b = new_node(AST_IDENT, n);
            n->b->val = n->a->val;
            add_ref(r, n->b, NULL);
        }
        break;
    case AST_BLOCK: rc = resolve_block_list(r, n, &n->list); break;
    case AST_EMPTY: case AST_DEBUGGER: break;
    case AST_EXPR_STMT: case AST_THROW: rc = resolve_expr(r, n->a); break;
    case AST_IF:
        rc = resolve_expr(r, n->a);
        if (rc == 0) rc = resolve_stmt(r, n->b);
        if (rc == 0 && n->c) rc = resolve_stmt(r, n->c);
        break;
    case AST_FOR: case AST_FOR_IN: case AST_FOR_OF: rc = resolve_for(r, n); break;
    case AST_WHILE: case AST_DO_WHILE:
        n->info = loop_info(r, NULL);
        rc = resolve_expr(r, n->a);
        if (rc == 0) rc = resolve_loop_body(r, n->d);
        break;
    case AST_CONTINUE: case AST_BREAK: rc = resolve_jump_at_label(r, n); break;
    case AST_RETURN:
        if (!r->in_function)
            rc = fail(r, n, "Illegal return statement");
        else if (n->a)
            rc = resolve_expr(r, n->a);
        break;
    case AST_TRY: rc = resolve_try(r, n); break;
    case AST_SWITCH: rc = resolve_switch(r, n); break;
    case AST_LABELED: rc = resolve_labeled(r, n); break;
    default: rc = resolve_expr(r, n); break;
    }
    r->depth--;
    return rc;
}

static int resolve_chain(R *r, Node *n)
{
    /* left-leaning a+b+c+... chains iteratively: 10,000 terms are common */
    uint32_t depth = 0;
    Node *x = n;
    while ((x->kind == AST_BINARY || x->kind == AST_LOGICAL) && !(x->flags & AST_F_PARENS && x != n)) {
        depth++;
        x = x->a;
    }
    Node **stack = depth > 64 ? js_malloc(depth * sizeof(Node *)) : (Node *[64]){0};
    uint32_t i = 0;
    for (x = n; i < depth; x = x->a)
        stack[i++] = x;
    TRY(resolve_expr(r, x));
    while (i-- > 0)
        TRY(resolve_expr(r, stack[i]->b));
    return 0;
}

static int check_arguments(R *r, Node *n)
{
    if (r->no_arguments && n->val == r->ctx->atoms.arguments)
        return fail(r, n, "'arguments' is not allowed in class field initializer or static initialization block");
    return 0;
}

static int resolve_object(R *r, Node *n)
{
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *p = n->list.items[i];
        if (p->kind != AST_PROPERTY) {
            TRY(resolve_expr(r, p->kind == AST_SPREAD ? p->a : p));
            continue;
        }
        TRY(resolve_key(r, p));
        if (p->op == PROP_INIT) {
            if (p->b) {
                TRY(resolve_expr(r, p->b));
            } else {
                /* shorthand {x}: the key is also the reference */
                TRY(check_arguments(r, p->a));
                add_ref(r, p->a, NULL);
            }
        } else if (p->b) {
            p->b->flags |= AST_F_METHOD;
            TRY(resolve_func(r, p->b, false));
        }
    }
    return 0;
}

/* o.#x or #x in o: the node resolves like an identifier named "#x" to the
 * B_PRIVATE binding of the innermost class declaring it (slot fields, info). */
static int private_ref(R *r, Node *n)
{
    n->val = private_atom(r, n);
    for (uint32_t i = r->nclasses; i-- > 0;) {
        Node *cls = r->classes[i];
        for (uint32_t j = 0; j < cls->list.len; j++) {
            Node *m = cls->list.items[j];
            if (m->op != PROP_STATIC_BLOCK && m->a->kind == AST_PRIVATE_NAME && m->a->val == n->val) {
                add_ref(r, n, NULL);
                return 0;
            }
        }
    }
    return fail(r, n, "Private field '%s' must be declared in an enclosing class", name_utf8(r, n->val));
}

static int check_super(R *r, Node *n, bool call)
{
    if (call ? !r->super_call : !r->super_prop)
        return fail(r, n, "'super' keyword unexpected here");
    return 0;
}

static int resolve_expr(R *r, Node *n)
{
    if (!n)
        return 0;
    if (eval_stack_low(r->ctx))
        return fail(r, n, "Maximum call stack size exceeded");
    switch (n->kind) {
    case AST_IDENT:
        intern_ident(r, n);
        TRY(check_arguments(r, n));
        add_ref(r, n, NULL);
        return 0;
    case AST_NUMBER:
        n->val = js_new_number(n->num);
        return 0;
    case AST_STRING:
        n->val = atom16(r, n->str, n->str_len);
        return 0;
    case AST_TEMPLATE:
        for (uint32_t i = 0; i < n->list.len; i++) {
            Node *q = n->list.items[i];
            if (i % 2 == 0)
                q->val = q->str ? atom16(r, q->str, q->str_len) : JS_EMPTY;
            else
                TRY(resolve_expr(r, q));
        }
        return 0;
    case AST_TAGGED_TEMPLATE:
        TRY(resolve_expr(r, n->a));
        return resolve_expr(r, n->b);
    case AST_REGEX: case AST_THIS: case AST_NULL: case AST_TRUE: case AST_FALSE: case AST_HOLE:
        return 0;
    case AST_SUPER:
        return fail(r, n, "'super' keyword unexpected here");
    case AST_NEW_TARGET:
        if (!r->new_target)
            return fail(r, n, "new.target expression is not allowed here");
        return 0;
    case AST_ARRAY: case AST_SEQ:
        return resolve_list(r, &n->list, false);
    case AST_OBJECT:
        return resolve_object(r, n);
    case AST_FUNC:
        return resolve_func(r, n, false);
    case AST_CLASS:
        return resolve_class(r, n, false);
    case AST_UNARY:
        if (n->op == LEX_DELETE && r->scope->strict && n->a->kind == AST_IDENT)
            return fail(r, n, "Delete of an unqualified identifier in strict mode.");
        return resolve_expr(r, n->a);
    case AST_UPDATE:
        if (n->a->kind != AST_IDENT && n->a->kind != AST_MEMBER && n->a->kind != AST_INDEX &&
            n->a->kind != AST_PRIVATE_MEMBER)
            return fail(r, n->a, "Invalid left-hand side expression in %s operation",
                        n->flags & AST_F_PREFIX ? "prefix" : "postfix");
        return resolve_target(r, n->a);
    case AST_BINARY: case AST_LOGICAL:
        return resolve_chain(r, n);
    case AST_ASSIGN:
        TRY(resolve_target(r, n->a));
        return resolve_expr(r, n->b);
    case AST_COND:
        TRY(resolve_expr(r, n->a));
        TRY(resolve_expr(r, n->b));
        return resolve_expr(r, n->c);
    case AST_CALL:
        if (n->a->kind == AST_SUPER)
            TRY(check_super(r, n->a, true));
        else
            TRY(resolve_expr(r, n->a));
        for (uint32_t i = 0; i < n->list.len; i++)
            n->pad |= n->list.items[i]->kind == AST_SPREAD;
        return resolve_list(r, &n->list, false);
    case AST_NEW:
        TRY(resolve_expr(r, n->a));
        for (uint32_t i = 0; i < n->list.len; i++)
            n->pad |= n->list.items[i]->kind == AST_SPREAD;
        return resolve_list(r, &n->list, false);
    case AST_MEMBER:
        n->val = atom16(r, n->str, n->str_len);
        if (n->a->kind == AST_SUPER)
            return check_super(r, n->a, false);
        return resolve_expr(r, n->a);
    case AST_INDEX:
        if (n->a->kind == AST_SUPER)
            TRY(check_super(r, n->a, false));
        else
            TRY(resolve_expr(r, n->a));
        return resolve_expr(r, n->b);
    case AST_OPT_CHAIN: case AST_SPREAD:
        return resolve_expr(r, n->a);
    case AST_PRIVATE_MEMBER:
        TRY(private_ref(r, n));
        return resolve_expr(r, n->a);
    case AST_PRIVATE_IN:
        TRY(private_ref(r, n->a));
        return resolve_expr(r, n->b);
    case AST_OBJECT_PATTERN: case AST_ARRAY_PATTERN: case AST_ASSIGN_PATTERN: case AST_REST:
        return resolve_target(r, n);
    default:
        return fail(r, n, "Unexpected token");
    }
}

/* ------------------------------------------------------------ functions, classes */

typedef struct FuncCtx {
    Label *labels;
    uint32_t nlabels, lcap, npending;
    int loop_depth, break_depth;
    bool in_function, super_prop, super_call, new_target, no_arguments;
} FuncCtx;

static bool simple_list(const Node *fn)
{
    for (uint32_t i = 0; i < fn->list.len; i++)
        if (fn->list.items[i]->kind != AST_IDENT)
            return false;
    return true;
}

/* The body of a function whose parameters are not simple gets its own var
 * scope, so closures in the parameter list do not see the body's vars; a
 * var named like a parameter starts with the parameter's value. */
static int resolve_var_body(R *r, Node *fn)
{
    Scope *ps = r->scope;
    Scope *s = push_scope(r, SC_BLOCK, fn->a);
    s->var_body = true;
    fn->a->info = s;
    int rc = resolve_list(r, &fn->a->list, true);
    if (rc == 0) {
        s->var_copies = js_malloc((2 * s->nbind + 1) * sizeof(Binding *));
        for (uint32_t i = 0; i < s->nbind; i++) {
            Binding *b = s->bindings[i];
            Binding *p = find_binding(ps, b->name);
            if (!p && b->name == r->ctx->atoms.arguments && !ps->arrow) {
                /* `var arguments` starts as the arguments object */
                p = ps->arguments = add_binding(ps, b->name, B_ARGUMENTS);
                ps->uses_arguments = true;
            }
            if ((b->kind == B_VAR || b->kind == B_FUNC) && !b->func && p && (p->kind == B_PARAM || p->kind == B_ARGUMENTS)) {
                s->var_copies[2 * s->nvar_copies] = p;
                s->var_copies[2 * s->nvar_copies + 1] = b;
                s->nvar_copies++;
            }
        }
    }
    pop_scope(r);
    return rc;
}

static void make_arguments(R *r, Scope *s, Binding *b);

/* `var arguments` does not hide the arguments object: the var is that
 * binding, which starts out holding the object (a parameter, function or
 * lexical declaration of the name does replace it). */
static void var_arguments(R *r, Scope *s)
{
    Binding *b = find_binding(s, r->ctx->atoms.arguments);
    if (b && b->kind == B_VAR)
        make_arguments(r, s, b);
}

static int resolve_func(R *r, Node *fn, bool is_decl)
{
    FuncCtx saved = { r->labels, r->nlabels, r->lcap, r->npending, r->loop_depth, r->break_depth,
                      r->in_function, r->super_prop, r->super_call, r->new_target, r->no_arguments };
    bool arrow = fn->flags & AST_F_ARROW;
    bool class_init = r->class_init;
    r->class_init = false;
    if (fn->str && !fn->val)
        fn->val = atom16(r, fn->str, fn->str_len);
    Scope *s = push_scope(r, SC_FUNC, fn);
    fn->info = s;
    s->arrow = arrow;
    if (fn->flags & AST_F_STRICT)
        s->strict = true;
    if (fn->str && !is_decl && !arrow && !(fn->flags & AST_F_METHOD))
        s->callee = add_binding(s, fn->val, B_CALLEE);
    r->labels = NULL;
    r->nlabels = r->lcap = r->npending = 0;
    r->loop_depth = r->break_depth = 0;
    r->in_function = !class_init;   /* a static block has no return */
    if (!arrow) {
        r->no_arguments = class_init;
        r->super_prop = (fn->flags & (AST_F_METHOD | AST_F_GETTER | AST_F_SETTER | AST_F_CTOR)) != 0;
        r->super_call = (fn->flags & AST_F_CTOR) && (fn->flags & AST_F_DERIVED);
        r->new_target = true;
    }
    s->nparams = fn->list.len;
    s->unique_params = arrow || (fn->flags & AST_F_METHOD);
    for (uint32_t i = 0; i < fn->list.len; i++)
        s->unique_params |= fn->list.items[i]->kind != AST_IDENT;
    bool counting = true;
    for (uint32_t i = 0; i < fn->list.len; i++) {
        Node *p = fn->list.items[i];
        if (p->kind == AST_ASSIGN_PATTERN || p->kind == AST_REST)
            counting = false;
        if (counting)
            s->length++;
        TRY(declare_pattern(r, p, B_PARAM));
    }
    for (uint32_t i = 0; i < fn->list.len; i++)
        TRY(resolve_target(r, fn->list.items[i]));
    s->param_writes = false;
    if (!counting) {
        /* defaults see the parameters before them, not the ones after */
        for (uint32_t i = 0; i < s->nbind; i++)
            if (s->bindings[i]->kind == B_PARAM)
                s->bindings[i]->tdz = true;
    }
    if (fn->flags & AST_F_SIMPLE_PARAMS || s->length == fn->list.len) {
        bool simple = true;
        for (uint32_t i = 0; i < fn->list.len; i++)
            simple &= fn->list.items[i]->kind == AST_IDENT;
        if (simple && fn->list.len) {
            s->params = js_malloc(fn->list.len * sizeof(Binding *));
            for (uint32_t i = 0; i < fn->list.len; i++)
                s->params[i] = find_binding(s, fn->list.items[i]->val);
        }
    }
    int rc;
    if (fn->flags & AST_F_EXPR_BODY) {
        rc = resolve_expr(r, fn->a);
    } else if (!simple_list(fn)) {
        rc = resolve_var_body(r, fn);
    } else {
        fn->a->info = NULL;
        rc = resolve_list(r, &fn->a->list, true);
    }
    if (rc == 0 && !arrow)
        var_arguments(r, s);
    pop_scope(r);
    r->labels = saved.labels;
    r->nlabels = saved.nlabels;
    r->lcap = saved.lcap;
    r->npending = saved.npending;
    r->loop_depth = saved.loop_depth;
    r->break_depth = saved.break_depth;
    r->in_function = saved.in_function;
    r->super_prop = saved.super_prop;
    r->super_call = saved.super_call;
    r->new_target = saved.new_target;
    r->no_arguments = saved.no_arguments;
    return rc;
}

static Node *synth_func(Node *like, int flags, Node *body)
{
    Node *f = new_node(AST_FUNC, like);
    f->flags = flags | AST_F_STRICT | AST_F_SIMPLE_PARAMS;
    f->a = body;
    return f;
}

static int resolve_class(R *r, Node *cls, bool is_decl)
{
    if (cls->str)
        cls->val = atom16(r, cls->str, cls->str_len);
    if (is_decl && !declare_lexical(r, cls, cls->val, B_CLASS))
        return -1;
    Scope *s = push_scope(r, SC_CLASS, cls);
    s->strict = true;
    cls->info = s;
    if (cls->str)
        add_binding(s, cls->val, B_CLASSNAME);
    if (cls->a)
        TRY(resolve_expr(r, cls->a));
    for (uint32_t i = 0; i < cls->list.len; i++) {
        Node *m = cls->list.items[i];
        if (m->op == PROP_STATIC_BLOCK || m->a->kind != AST_PRIVATE_NAME)
            continue;
        m->a->val = private_atom(r, m->a);
        Binding *b = find_binding(s, m->a->val);
        if (!b) {
            b = add_binding(s, m->a->val, B_PRIVATE);
            b->decl = m;
            b->cls = cls;
        }
        m->a->info = b;
    }
    r->classes = grow(r->classes, &r->ccap, r->nclasses + 1, sizeof(Node *));
    r->classes[r->nclasses++] = cls;
    if (!cls->b) {
        Node *body = new_node(AST_BLOCK, cls);
        cls->b = synth_func(cls, AST_F_METHOD | AST_F_CTOR | (cls->a ? AST_F_DERIVED : 0), body);
        cls->b->pad = 1;   /* default constructor: forwards its arguments to super */
    }
    cls->b->flags |= AST_F_METHOD | AST_F_CTOR | AST_F_STRICT | (cls->a ? AST_F_DERIVED : 0);
    cls->b->src_start = cls->src_start;
    cls->b->src_end = cls->src_end;
    TRY(resolve_func(r, cls->b, false));
    for (uint32_t i = 0; i < cls->list.len; i++) {
        Node *m = cls->list.items[i];
        if (m->op != PROP_STATIC_BLOCK)
            TRY(resolve_key(r, m));
        switch (m->op) {
        case PROP_METHOD: case PROP_GET: case PROP_SET:
            m->b->flags |= AST_F_METHOD | AST_F_STRICT;
            TRY(resolve_func(r, m->b, false));
            break;
        case PROP_FIELD:
            if (m->b) {
                m->c = synth_func(m->b, AST_F_METHOD | AST_F_EXPR_BODY, m->b);
                r->class_init = true;
                TRY(resolve_func(r, m->c, false));
            }
            break;
        case PROP_STATIC_BLOCK:
            m->c = synth_func(m, AST_F_METHOD, m->b);
            r->class_init = true;
            TRY(resolve_func(r, m->c, false));
            break;
        }
    }
    r->nclasses--;
    pop_scope(r);
    return 0;
}

/* ------------------------------------------------------------ finalisation */

static void annex_b(R *r)
{
    for (uint32_t i = 0; i < r->nannexb; i++) {
        Scope *blk = r->annexb[i].block;
        Node *decl = r->annexb[i].decl;
        JSValue name = decl->a->val;
        Scope *fs = var_scope(blk->parent);
        bool ok = true;
        for (Scope *t = blk->parent; t != fs && ok; t = t->parent) {
            Binding *b = find_binding(t, name);
            if (b && b->kind != B_CATCH)
                ok = false;
        }
        Binding *b = find_binding(fs, name);
        if (b && (is_lexical(b) || b->kind == B_PARAM))
            ok = false;
        if (fs->var_body) {
            Binding *p = find_binding(fs->parent, name);
            if (p && p->kind == B_PARAM)
                ok = false;
        }
        if (!ok)
            continue;
        if (!b) {
            b = add_binding(fs, name, B_VAR);
            b->global = fs->kind == SC_PROGRAM && !fs->module;
        }
        Node *to = new_node(AST_IDENT, decl);
        Node *from = new_node(AST_IDENT, decl);
        to->val = from->val = name;
        r->refs = grow(r->refs, &r->rcap, r->nrefs + 2, sizeof(Ref));
        r->refs[r->nrefs++] = (Ref){ to, blk, fs };
        r->refs[r->nrefs++] = (Ref){ from, blk, blk };
        decl->b = to;
        decl->c = from;
    }
}

/* Binding b of function scope s becomes its arguments object. */
static void make_arguments(R *r, Scope *s, Binding *b)
{
    b->kind = B_ARGUMENTS;
    s->arguments = b;
    s->uses_arguments = true;
    if (!s->strict && s->params) {
        /* sloppy arguments alias the parameters: both live in the env,
         * and references to a parameter go through arguments[i] while
         * that stays mapped (SLOT_MAPPED, runtime/eval_expr.c) */
        b->captured = true;
        for (uint32_t i = 0; i < s->nparams; i++) {
            Binding *p = s->params[i];
            p->captured = true;
            p->mapped = true;
            p->arg_index = i;   /* a duplicated name maps to its last position */
            p->arg_atom = js_atom_from_uint(r->ctx, i);
            p->args = b;
        }
    }
}

static Binding *lookup(R *r, Ref *ref)
{
    JSValue name = ref->node->val;
    for (Scope *s = ref->start; s; s = s->parent) {
        Binding *b = find_binding(s, name);
        if (b)
            return b;
        if (s->kind == SC_FUNC && !s->arrow && name == r->ctx->atoms.arguments) {
            b = add_binding(s, name, B_ARGUMENTS);
            make_arguments(r, s, b);
            return b;
        }
    }
    return NULL;
}

static bool needs_tdz(const Binding *b)
{
    return b->tdz || b->kind == B_LET || b->kind == B_CONST || b->kind == B_CLASS || b->kind == B_CLASSNAME;
}

static void assign_slots(Scope *s)
{
    for (uint32_t i = 0; i < s->nbind; i++) {
        Binding *b = s->bindings[i];
        if (s->kind == SC_PROGRAM && (b->global || b->cell))
            continue;
        if (b->captured) {
            b->in_env = true;
            b->slot = s->env_size++;
        } else {
            b->slot = s->fscope->nlocals++;
        }
    }
}

static void entry_lists(Scope *s)
{
    uint32_t ntdz = 0, nh = 0;
    for (uint32_t i = 0; i < s->nbind; i++) {
        Binding *b = s->bindings[i];
        ntdz += needs_tdz(b) && !b->in_env && !b->global && !b->cell;
        nh += b->func != NULL;
    }
    s->tdz_locals = ntdz ? js_malloc_atomic(ntdz * sizeof(uint32_t)) : NULL;
    s->hoisted = nh ? js_malloc(nh * sizeof(Binding *)) : NULL;
    for (uint32_t i = 0; i < s->nbind; i++) {
        Binding *b = s->bindings[i];
        if (needs_tdz(b) && !b->in_env && !b->global && !b->cell)
            s->tdz_locals[s->ntdz++] = b->slot;
        if (b->func)
            s->hoisted[s->nhoisted++] = b;
    }
    if (s->kind == SC_PROGRAM) {
        uint32_t ng = 0, nl = 0;
        for (uint32_t i = 0; i < s->nbind; i++) {
            ng += s->bindings[i]->global;
            nl += s->bindings[i]->cell != NULL;
        }
        s->global_vars = js_malloc((ng + 1) * sizeof(Binding *));
        s->global_lex = js_malloc((nl + 1) * sizeof(Binding *));
        for (uint32_t i = 0; i < s->nbind; i++) {
            Binding *b = s->bindings[i];
            if (b->global)
                s->global_vars[s->nglobal_vars++] = b;
            if (b->cell)
                s->global_lex[s->nglobal_lex++] = b;
        }
    }
    s->trivial = s->env_size == 0 && s->ntdz == 0 && s->nhoisted == 0;
    if (s->kind == SC_FUNC && s->trivial && !s->arguments && (!s->callee || s->callee->kind != B_CALLEE) &&
        (s->params || s->nparams == 0)) {
        /* parameters must own slots 0..n-1, in order */
        bool ok = true;
        for (uint32_t i = 0; i < s->nparams && ok; i++)
            ok = s->params[i]->slot == i && !s->params[i]->in_env;
        s->fast_entry = ok;
    }
}

static void place_ref(Ref *ref, Binding *b)
{
    Node *n = ref->node;
    n->info = b;
    if (!b) {
        n->slot_kind = SLOT_GLOBAL;
        return;
    }
    if (b->kind == B_CONST || b->kind == B_CLASSNAME)
        n->pad |= IDENT_CONST;
    if (b->kind == B_CALLEE)
        n->pad |= IDENT_CALLEE;
    if (b->cell) {
        n->slot_kind = SLOT_GLOBAL_LEX;
        n->ic_shape = b->cell;
        return;
    }
    if (b->global) {
        n->slot_kind = SLOT_GLOBAL;
        return;
    }
    n->slot = b->slot;
    if (!b->in_env) {
        n->slot_kind = needs_tdz(b) ? SLOT_LOCAL_TDZ : SLOT_LOCAL;
        return;
    }
    uint32_t depth = 0;
    for (Scope *s = ref->from; s != b->scope; s = s->parent)
        depth += s->env_size != 0;
    n->depth = depth;
    n->slot_kind = b->mapped ? SLOT_MAPPED : needs_tdz(b) ? SLOT_ENV_TDZ : SLOT_ENV;
}

static void finalize(R *r)
{
    annex_b(r);
    Binding **found = js_malloc((r->nrefs + 1) * sizeof(Binding *));
    for (uint32_t i = 0; i < r->nrefs; i++) {
        Binding *b = lookup(r, &r->refs[i]);
        found[i] = b;
        if (b && b->scope->fscope != r->refs[i].from->fscope)
            b->captured = true;
    }
    /* the program scope goes first, so its own frame slots come first */
    assign_slots(r->program);
    r->program->nkeep = r->program->nlocals;
    for (uint32_t i = 1; i < r->nscopes; i++)
        assign_slots(r->scopes[i]);
    for (uint32_t i = 0; i < r->nscopes; i++)
        entry_lists(r->scopes[i]);
    for (uint32_t i = 0; i < r->nrefs; i++)
        place_ref(&r->refs[i], found[i]);
}

int js_resolve(JSContext *ctx, Node *program, const char *filename, bool wrapped, ParseError *err)
{
    R r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    r.in_function = wrapped;
    r.new_target = wrapped;
    r.err = err;
    r.filename = filename;
    err->msg = NULL;
    Scope *s = push_scope(&r, SC_PROGRAM, program);
    s->strict = (program->flags & AST_F_STRICT) != 0;
    program->info = s;
    r.program = s;
    if (wrapped) {
        /* node's wrapper: function (exports, require, module, __filename, __dirname) */
        static const char *const names[5] = { "exports", "require", "module", "__filename", "__dirname" };
        s->module = true;
        for (int i = 0; i < 5; i++)
            s->module_params[i] = add_binding(s, js_atom(ctx, names[i]), B_PARAM);
        s->arguments = add_binding(s, ctx->atoms.arguments, B_ARGUMENTS);
    }
    if (resolve_list(&r, &program->list, true) < 0)
        return -1;
    finalize(&r);
    return 0;
}
