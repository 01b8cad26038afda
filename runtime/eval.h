/* eval.h - the tree-walking evaluator's private interface, shared by
 * runtime/eval_*.c, runtime/function.c and runtime/script.c.
 *
 * Every per-call value lives in one Frame (DESIGN.md, Suspension): locals,
 * the current environment, this, new.target, and the pending completion.
 * Statements return a completion code; expressions return a JSValue or
 * JS_EXCEPTION. */
#ifndef WEAKJS_EVAL_H
#define WEAKJS_EVAL_H

#include "js.h"
#include "../parser/ast.h"
#include "../parser/resolve.h"

/* IDENT.slot_kind */
enum {
    SLOT_NONE,
    SLOT_LOCAL,        /* f->locals[slot] */
    SLOT_LOCAL_TDZ,    /* same, may be JS_EMPTY (let/const before initialisation) */
    SLOT_ENV,          /* environment `depth` up from f->env, vars[slot] */
    SLOT_ENV_TDZ,
    SLOT_GLOBAL,       /* by name: script lexical record, then the global object */
    SLOT_GLOBAL_LEX,   /* Node.ic_shape is the GlobalCell */
    SLOT_MAPPED,       /* as SLOT_ENV, a sloppy parameter that arguments[i] aliases (Node.info: Binding) */
};
/* IDENT.pad bits */
enum { IDENT_CONST = 1, IDENT_CALLEE = 2 };

/* A heap environment record: the captured bindings of one scope. */
typedef struct JSEnv {
    struct JSEnv *parent;
    uint32_t size;
    JSValue vars[];
} JSEnv;

/* A top-level let/const/class binding; persists across scripts (REPL). */
typedef struct GlobalCell {
    JSValue value;       /* JS_EMPTY while in TDZ */
    JSValue name;
    bool is_const;
} GlobalCell;

/* JSObject.u.func.closure */
typedef struct JSClosure {
    Node *node;          /* FUNC */
    Scope *scope;        /* its function scope */
    JSEnv *env;          /* environment it closes over */
    JSValue this_val;    /* arrows: lexical this */
    JSValue new_target;  /* arrows: lexical new.target */
    JSValue home;        /* arrows: lexical home object; methods use u.func.home */
    JSValue func_obj;    /* arrows: the enclosing function (for super() field init) */
    JSValue *this_cell;  /* arrows made before super() in a derived constructor: its `this` */
} JSClosure;

/* Class elements waiting for each new instance: u.func.fields points here.
 * Private methods and accessors come first (they are all installed before
 * any field initialiser runs), then the fields in declaration order. */
enum { CF_FIELD, CF_PRIVATE_FIELD, CF_PRIVATE_METHOD, CF_PRIVATE_ACCESSOR };
typedef struct ClassField {
    JSValue key;         /* atom/symbol; a private symbol for CF_PRIVATE_* */
    JSValue init;        /* field: closure to call with this = instance, or undefined;
                          * method: the function; accessor: the getter or undefined */
    JSValue setter;      /* accessor: the setter or undefined */
    int kind;            /* CF_* */
} ClassField;
typedef struct ClassFields {
    uint32_t n;
    JSValue class_name;  /* for "Cannot initialize private methods of class A twice" */
    ClassField items[];
} ClassFields;

/* JSObject.u.opaque of a sloppy function's arguments object whose simple
 * parameters it maps: arguments[i] is aliased to env->vars[slot[i]] until
 * slot[i] becomes ARG_UNMAPPED (eval_expr.c: SLOT_MAPPED). */
#define ARG_UNMAPPED UINT32_MAX
typedef struct ArgsMap {
    JSEnv *env;
    uint32_t n;
    uint32_t slot[];
} ArgsMap;

enum { C_NORMAL, C_RETURN, C_BREAK, C_CONTINUE, C_THROW };

typedef struct Frame {
    JSStackFrame sf;       /* chained into ctx->frame */
    JSContext *ctx;
    JSValue *locals;
    JSEnv *env;
    JSValue this_val;      /* JS_EMPTY in a derived constructor before super() */
    JSValue *this_cell;    /* NULL, or where a derived constructor and the arrows made in it
                            * before super() share `this` (super() may run in an arrow) */
    JSValue func;          /* running function object, or undefined */
    JSValue new_target;
    JSValue home;          /* home object for super.x */
    int argc;
    JSValue *argv;
    JSValue ret;           /* C_RETURN value */
    JSValue label;         /* C_BREAK/C_CONTINUE label atom, or 0 */
    JSValue completion;    /* last expression statement value (scripts) */
    Scope *fscope;
    Node *bind_target;     /* pattern being initialised from bind_src: */
    Node *bind_src;        /* names the value in "x is not iterable" (an assignment's: its ASSIGN) */
    bool strict;
} Frame;

/* A reference: what assignments, updates and assignment patterns read and
 * write.  A super reference has obj JS_EMPTY and keeps the `this` and home
 * prototype it was made with (both are read before the key is converted). */
typedef struct EvalRef {
    Node *node;
    const Node *at;   /* the assignment or update (where a store reports), or NULL */
    JSValue obj, key;
    JSValue sthis, sbase;
} EvalRef;

/* eval_expr.c */
/* An assignment target (IDENT, MEMBER, INDEX, PRIVATE_MEMBER) evaluated as
 * `t = v` does before v: its key is converted only by the put. */
int eval_ref_prepare(Frame *f, Node *t, EvalRef *r);
int eval_ref_put(Frame *f, EvalRef *r, JSValue v);
JSValue eval_expr(Frame *f, Node *n);
JSValue eval_named(Frame *f, Node *n, JSValue name);   /* name inference */
bool eval_is_anon_fn(Node *n);
JSValue eval_ident_get(Frame *f, Node *n);
int eval_ident_set(Frame *f, Node *n, JSValue v, bool init);
JSValue eval_to_key(Frame *f, Node *n);    /* property key of a PROPERTY/INDEX key node */
void eval_set_pos(Frame *f, Node *n);
void eval_set_start_pos(Frame *f, Node *n);   /* where n begins, parentheses included */
void eval_set_expr_pos(Frame *f, Node *n);    /* where V8 places n (a call, a property read) */
JSValue eval_super_base(Frame *f);
JSValue eval_this(Frame *f, Node *n);

/* eval_text.c: an expression as V8 prints it in error messages */
JSValue eval_callee_text(Frame *f, Node *n);
const char *eval_node_text(Frame *f, Node *n);

/* eval_stmt.c */
int eval_stmt(Frame *f, Node *n);
int eval_stmt_list(Frame *f, NodeList *l);
JSEnv *eval_enter_scope(Frame *f, Scope *s);   /* returns the env to restore */
static inline void eval_store_binding(Frame *f, Binding *b, JSValue v)
{
    if (b->in_env)
        f->env->vars[b->slot] = v;
    else
        f->locals[b->slot] = v;
}
int eval_function_body(Frame *f, Node *fn);

/* eval_pattern.c */
/* Bind or assign `v` to a target (IDENT, MEMBER, INDEX or pattern).
 * init: declaration (let/const initialisation, no TDZ/const checks). */
int eval_bind(Frame *f, Node *target, JSValue v, bool init);
int eval_bind_params(Frame *f, Node *fn, int argc, JSValue *argv);

/* eval_class.c */
JSValue eval_object(Frame *f, Node *n);
JSValue eval_class(Frame *f, Node *n, JSValue name);
JSValue eval_template(Frame *f, Node *n);
JSValue eval_tagged_template(Frame *f, Node *n);
int eval_init_fields(JSContext *ctx, JSValue func, JSValue obj);
int eval_define_method(Frame *f, JSValue obj, JSValue key, Node *prop, bool enumerable);
/* Private members: n is a PRIVATE_MEMBER (o.#x) resolved to its B_PRIVATE binding. */
JSValue eval_private_get(Frame *f, Node *n, JSValue obj);
int eval_private_set(Frame *f, Node *n, JSValue obj, JSValue v);
JSValue eval_private_in(Frame *f, Node *n);

/* function.c */
JSValue eval_new_closure(Frame *f, Node *fn, JSValue name);
JSValue eval_field_fn_name(Frame *f, Node *n);
JSValue eval_call_closure(JSContext *ctx, JSValue fobj, JSValue this_val, int argc, JSValue *argv, JSValue new_target);
JSValue eval_throw_bad_super(JSContext *ctx, JSValue func, JSValue parent);
void eval_set_function_name(JSContext *ctx, JSValue fobj, JSValue name, const char *prefix);

/* script.c */
/* A closure's source text (FUNC/CLASS byte range), or NULL; builtins/function.c
 * finds it as a weak symbol. */
const char *eval_function_source(JSContext *ctx, JSValue f, size_t *len);
GlobalCell *eval_global_cell(JSContext *ctx, JSValue name, bool create);
JSValue eval_top_this(JSContext *ctx);
void eval_note_throw(JSContext *ctx, uint32_t line, uint32_t col);
void eval_note_caught(JSContext *ctx);

static inline bool eval_stack_low(JSContext *ctx)
{
    return (uintptr_t)__builtin_frame_address(0) < ctx->stack_limit;
}

#endif
