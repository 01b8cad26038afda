/* eval_expr.c - expressions: identifiers, operators, property access with
 * inline caches, calls and `new`.  How an expression is written back as
 * text for error messages is left to eval_text.c.
 *
 * Expressions return a JSValue, or JS_EXCEPTION with ctx->exception set.
 * Inside an optional chain a nullish link returns JS_SHORT, which every
 * member/call passes up unchanged until the OPT_CHAIN node turns it into
 * undefined. */
#include <gc.h>
#include <math.h>
#include <string.h>

#include "eval.h"
#include "atom.h"
#include "shape.h"
#include "lexer.h"

#define JS_SHORT ((JSValue)0x12)
#define IC_WRITABLE 0x40000000u
#define IC_PROTO 0x80000000u     /* ic_shape: ProtoIC */
#define IC_POLY 0x80000001u      /* ic_shape: PolyIC */
#define IC_ADD 0x80000002u       /* ic_shape: AddIC (stores that add a property) */
#define IC_INDEX(i) ((i) & 0x3fffffffu)

/* A site that sees a few shapes, own data properties only. */
#define POLY_N 4
typedef struct PolyIC {
    JSShape *shape[POLY_N];
    uint32_t index[POLY_N];     /* with IC_WRITABLE */
    uint32_t next;
} PolyIC;

/* A store that adds key at slot `index`, moving shape `from` to `to`; valid
 * while the prototype chain keeps the shapes it had (no setter appeared).
 * The chain's objects are remembered hidden (GC_HIDE_POINTER): a cache on
 * a long-lived AST node must not keep a prototype alive (it may be a
 * WeakMap key).  They are only compared with the receiver's live chain,
 * never followed, so an address the collector reused is harmless. */
#define ADD_CHAIN 4
typedef struct AddIC {
    JSShape *from, *to;
    uint32_t index;
    uint32_t nchain;
    GC_hidden_pointer chain[ADD_CHAIN];
    JSShape *chain_shape[ADD_CHAIN];
} AddIC;

/* A cache for a property found on the receiver's prototype.  The holder is
 * hidden, as in AddIC: a hit needs the receiver's actual prototype to be
 * that address with that shape, and reads through the receiver. */
typedef struct ProtoIC {
    JSShape *recv;
    GC_hidden_pointer holder;
    JSShape *holder_shape;
    uint32_t index;
} ProtoIC;

#define unlikely(x) __builtin_expect(!!(x), 0)
#define likely(x) __builtin_expect(!!(x), 1)

static JSValue eval_args(Frame *f, Node *call, JSValue **argv, int *argc, JSValue *small, int nsmall);
static JSValue eval_args_spread(Frame *f, Node *call, JSValue **argv, int *argc, JSValue *small, int nsmall,
                                bool spread);

/* ------------------------------------------------------------ positions and messages
 * (the text of an expression for "x is not a function" is eval_text.c's) */

void eval_set_pos(Frame *f, Node *n)
{
    f->sf.line = n->line;
    f->sf.col = n->col;
}

/* Where an error at n reports: the position the parser chose for it
 * (ast_report_pos: a statement's first read, an assignment's operator),
 * else its own. */
static void report_pos(Frame *f, const Node *n)
{
    uint32_t line, col;
    if (ast_report_pos(n, &line, &col)) {
        f->sf.line = line;
        f->sf.col = col;
    } else {
        f->sf.line = n->line;
        f->sf.col = n->col;
    }
}

/* The program source a frame's code comes from, or NULL. */
static const char *frame_source(Frame *f, size_t *len)
{
    Scope *s = f->fscope;
    while (s && s->parent)
        s = s->parent;
    if (!s || !s->source)
        return NULL;
    *len = s->source_len;
    return s->source;
}

/* Bytes of a line terminator at p (\r\n, \r, \n, U+2028/9), else 0. */
static size_t line_end_len(const char *src, size_t i, size_t len)
{
    const unsigned char *p = (const unsigned char *)src + i;
    if (p[0] == '\r')
        return i + 1 < len && p[1] == '\n' ? 2 : 1;
    if (p[0] == '\n')
        return 1;
    if (p[0] == 0xE2 && i + 2 < len && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9))
        return 3;
    return 0;
}

/* Byte offset of line:col (UTF-16 columns, as the lexer counts them), or
 * SIZE_MAX when the source has no such place. */
static size_t source_offset(const char *src, size_t len, uint32_t line, uint32_t col)
{
    uint32_t l = 1, c = 1;
    for (size_t i = 0; i < len;) {
        if (l == line && c == col)
            return i;
        size_t t = line_end_len(src, i, len);
        if (t) {
            if (l == line)
                return SIZE_MAX;
            l++, c = 1, i += t;
            continue;
        }
        unsigned char b = (unsigned char)src[i++];
        c += ((b & 0xC0) != 0x80) + (b >= 0xF0);
    }
    return SIZE_MAX;
}

/* The reverse: line:col of byte offset off. */
static void source_pos(const char *src, size_t off, uint32_t *line, uint32_t *col)
{
    uint32_t l = 1, c = 1;
    for (size_t i = 0; i < off;) {
        size_t t = line_end_len(src, i, off + 1);
        if (t) {
            l++, c = 1, i += t;
            continue;
        }
        unsigned char b = (unsigned char)src[i++];
        c += ((b & 0xC0) != 0x80) + (b >= 0xF0);
    }
    *line = l;
    *col = c;
}

/* Where the expression n starts, its outermost '(' included: CALL,
 * MEMBER and INDEX sit elsewhere (ast.c), and so do parenthesised ones. */
void eval_set_start_pos(Frame *f, Node *n)
{
    size_t len;
    const char *src;
    while (!n->paren_start && (n->kind == AST_CALL || n->kind == AST_MEMBER || n->kind == AST_INDEX ||
                               n->kind == AST_PRIVATE_MEMBER) && n->a)
        n = n->a;
    if (n->paren_start && (src = frame_source(f, &len)) && n->paren_start <= len) {
        source_pos(src, n->paren_start - 1, &f->sf.line, &f->sf.col);
        return;
    }
    eval_set_pos(f, n);
}

/* Whether V8 parses the property access n as a continuation of a call
 * (f().x, o.m().x.y, f()[0].x): the object's chain of unparenthesised
 * member accesses reaches a call. */
static bool member_after_call(const Node *n)
{
    for (const Node *p = n->a; p && !(p->flags & AST_F_PARENS); p = p->a) {
        if (p->kind == AST_CALL)
            return true;
        if (p->kind != AST_MEMBER && p->kind != AST_INDEX && p->kind != AST_PRIVATE_MEMBER)
            return false;
    }
    return false;
}

/* The '.' before a property name at n, found in the source by skipping
 * white space back from the name; false when something else (a comment)
 * is in between or the source is not kept. */
static bool member_dot_pos(Frame *f, const Node *n, uint32_t *line, uint32_t *col)
{
    size_t len;
    const char *src = frame_source(f, &len);
    if (!src)
        return false;
    size_t i = source_offset(src, len, n->line, n->col);
    if (i == SIZE_MAX)
        return false;
    if (src[i] != '.')   /* not already at its '.' (in an optional chain) */
        while (i > 0 && strchr(" \t\v\f\r\n", src[--i]) && src[i] != 0)
            ;
    if (src[i] != '.')
        return false;
    source_pos(src, i, line, col);
    return true;
}

/* Where a property read at MEMBER n reports (its TypeError, a getter's
 * caller frame): V8 puts a read that continues a call chain at its '.',
 * any other at the name.  Worked out on the first slow read and kept in
 * Node.num (unused by MEMBER): -1 for the name, else the '.' (ast.h). */
static void member_pos(Frame *f, Node *n)
{
    if (unlikely(n->num == 0)) {
        uint32_t line, col;
        if (member_after_call(n) && member_dot_pos(f, n, &line, &col))
            ast_set_report_pos(n, line, col);
        else
            n->num = -1;
    }
    if (likely(n->num == -1))
        eval_set_pos(f, n);
    else
        report_pos(f, n);
}

/* V8 puts a call at its callee's name when the token before '(' is an
 * identifier (f(), o.m()), else at the '(' (o[k](), (f)(), g()()). */
static void call_pos(Frame *f, Node *call, Node *callee)
{
    if (callee->kind == AST_MEMBER && !(callee->flags & AST_F_PARENS) && call->col > callee->str_len &&
        call->line == callee->line) {
        f->sf.line = call->line;
        f->sf.col = call->col - callee->str_len;
    } else if ((callee->kind == AST_MEMBER || callee->kind == AST_IDENT) && !(callee->flags & AST_F_PARENS)) {
        f->sf.line = callee->line;
        f->sf.col = callee->col;
    } else {
        eval_set_pos(f, call);
    }
}

/* Where V8 places the expression n (a spread's or for-of's source, whose
 * iterator calls report there): a property read as member_pos says, a call
 * as call_pos, anything else at its node. */
void eval_set_expr_pos(Frame *f, Node *n)
{
    if (n->kind == AST_MEMBER)
        member_pos(f, n);
    else if (n->kind == AST_CALL)
        call_pos(f, n, n->a);
    else
        eval_set_pos(f, n);
}

/* Where V8 reports the read of a compound assignment or update whose
 * object is null or undefined (`o.a.b += 1`): at the last position the
 * object's evaluation noted, the object's own (a name read noting none:
 * the statement's, which report_pos gives a first read). */
static void ref_object_pos(Frame *f, Node *t)
{
    Node *o = t->a;
    switch (o->kind) {
    case AST_IDENT: report_pos(f, o); break;
    case AST_MEMBER: member_pos(f, o); break;
    case AST_INDEX: eval_set_pos(f, o); break;
    case AST_CALL: call_pos(f, o, o->a); break;
    default: eval_set_pos(f, t); break;
    }
}

static JSValue throw_not_function(Frame *f, Node *call, Node *callee)
{
    call_pos(f, call, callee);
    return js_throw_type_error(f->ctx, "%s is not a function", eval_node_text(f, callee));
}

/* ------------------------------------------------------------ identifiers */

/* at: where to report (n itself for a read; an assignment for its store) */
static JSValue throw_tdz_at(Frame *f, Node *n, const Node *at)
{
    report_pos(f, at);
    return js_throw_reference_error(f->ctx, "Cannot access '%s' before initialization",
                                    js_to_utf8(f->ctx, n->val, NULL));
}

static JSValue throw_tdz(Frame *f, Node *n)
{
    return throw_tdz_at(f, n, n);
}

static JSValue throw_undefined_at(Frame *f, Node *n, const Node *at)
{
    report_pos(f, at);
    return js_throw_reference_error(f->ctx, "%s is not defined", js_to_utf8(f->ctx, n->val, NULL));
}

static JSValue throw_undefined(Frame *f, Node *n)
{
    return throw_undefined_at(f, n, n);
}

static inline JSEnv *env_at(Frame *f, uint32_t depth)
{
    JSEnv *e = f->env;
    while (depth--)
        e = e->parent;
    return e;
}

/* Global variables live on the global object, which is usually a
 * dictionary.  A dictionary's entries are edited in place and only move when
 * its table is rebuilt, so (table, entry index) plus a check of the entry's
 * key and attributes is a sound cache. */
static inline JSValue *global_ic(JSContext *ctx, Node *n, int need)
{
    JSObject *g = js_obj(ctx->global);
    JSShape *sh = g->shape;
    if (sh->table == n->ic_shape && n->ic_index < sh->count) {
        JSPropEntry *e = &sh->table->entries[n->ic_index];
        if (e->key == n->val && (e->flags & (JS_PROP_ACCESSOR | need)) == (uint32_t)need)
            return &g->slots[n->ic_index];
    }
    return NULL;
}

static void global_ic_fill(JSContext *ctx, Node *n)
{
    JSObject *g = js_obj(ctx->global);
    int i = js_shape_lookup(g->shape, n->val);
    if (i >= 0) {
        n->ic_shape = g->shape->table;
        n->ic_index = (uint32_t)i;
    }
}

/* A global read by name.  typeof_mode: an undeclared name is undefined. */
static __attribute__((noinline)) JSValue global_get(Frame *f, Node *n, bool typeof_mode)
{
    JSContext *ctx = f->ctx;
    JSValue *p = global_ic(ctx, n, 0);
    if (likely(p != NULL))
        return *p;
    GlobalCell *c = eval_global_cell(ctx, n->val, false);
    if (c) {
        n->slot_kind = SLOT_GLOBAL_LEX;
        n->ic_shape = c;
        if (c->value == JS_EMPTY)
            return throw_tdz(f, n);
        return c->value;
    }
    JSObject *g = js_obj(ctx->global);
    JSPropertyDescriptor d;
    int r = js_get_own_property(ctx, g, n->val, &d);
    if (r < 0)
        return JS_EXCEPTION;
    if (r > 0) {
        if (!(d.flags & JS_PROP_ACCESSOR)) {
            global_ic_fill(ctx, n);
            return d.value;
        }
        return js_get_atom(ctx, ctx->global, n->val);
    }
    r = js_has_property(ctx, ctx->global, n->val);
    if (r < 0)
        return JS_EXCEPTION;
    if (r == 0)
        return typeof_mode ? JS_UNDEFINED : throw_undefined(f, n);
    return js_get_atom(ctx, ctx->global, n->val);
}

/* A mapped sloppy parameter: while arguments[i] is still an ordinary
 * writable data property of the function's arguments object and the index
 * is mapped (function.c: make_arguments), that property holds the value and
 * the environment slot follows it; a deleted, accessor or read-only index
 * unmaps (taking its last value), as in the spec's exotic object; `delete
 * arguments[i]` unmaps at once (delete_arg).  Not covered: an index deleted
 * some other way (Reflect.deleteProperty) and re-added with no parameter
 * access between. */
static JSValue *mapped_prop(JSEnv *e, Node *n)
{
    Binding *b = n->info;
    JSValue av = e->vars[b->args->slot];
    if (!js_is_object(av) || js_obj(av)->h.class_id != JS_CLASS_ARGUMENTS || !js_obj(av)->u.opaque)
        return NULL;
    JSObject *ao = js_obj(av);
    ArgsMap *map = ao->u.opaque;
    if (map->slot[b->arg_index] == ARG_UNMAPPED)
        return NULL;
    int idx = js_shape_lookup(ao->shape, b->arg_atom);
    if (idx >= 0) {
        uint32_t fl = ao->shape->table->entries[idx].flags;
        if ((fl & (JS_PROP_ACCESSOR | JS_PROP_WRITABLE)) == JS_PROP_WRITABLE)
            return &ao->slots[idx];
        if (!(fl & JS_PROP_ACCESSOR))
            e->vars[n->slot] = ao->slots[idx];
    }
    map->slot[b->arg_index] = ARG_UNMAPPED;
    return NULL;
}

static __attribute__((noinline)) JSValue mapped_get(Frame *f, Node *n)
{
    JSEnv *e = env_at(f, n->depth);
    JSValue *p = mapped_prop(e, n);
    return p ? *p : e->vars[n->slot];
}

static __attribute__((noinline)) int mapped_set(Frame *f, Node *n, JSValue v)
{
    JSEnv *e = env_at(f, n->depth);
    JSValue *p = mapped_prop(e, n);
    e->vars[n->slot] = v;
    if (p)
        *p = v;
    return 0;
}

JSValue eval_ident_get(Frame *f, Node *n)
{
    JSValue v;
    switch (n->slot_kind) {
    case SLOT_LOCAL:
        return f->locals[n->slot];
    case SLOT_LOCAL_TDZ:
        v = f->locals[n->slot];
        break;
    case SLOT_ENV:
        return env_at(f, n->depth)->vars[n->slot];
    case SLOT_ENV_TDZ:
        v = env_at(f, n->depth)->vars[n->slot];
        break;
    case SLOT_GLOBAL_LEX:
        v = ((GlobalCell *)n->ic_shape)->value;
        break;
    case SLOT_MAPPED:
        return mapped_get(f, n);
    default: {
        JSValue *p = global_ic(f->ctx, n, 0);
        if (likely(p != NULL))
            return *p;
        return global_get(f, n, false);
    }
    }
    if (unlikely(v == JS_EMPTY))
        return throw_tdz(f, n);
    return v;
}

/* Operands that need no dispatch: locals and literals. */
static inline JSValue eval_leaf(Frame *f, Node *n)
{
    if (n->kind == AST_IDENT && n->slot_kind == SLOT_LOCAL)
        return f->locals[n->slot];
    if (n->kind == AST_NUMBER || n->kind == AST_STRING)
        return n->val;
    return eval_expr(f, n);
}

static int assign_const(Frame *f, Node *n, const Node *at)
{
    if ((n->pad & IDENT_CALLEE) && !(n->pad & IDENT_CONST)) {
        if (!f->strict)
            return 0;
    }
    if (at)
        report_pos(f, at);
    else
        eval_set_pos(f, n);
    js_throw_type_error(f->ctx, "Assignment to constant variable.");
    return -1;
}

static inline int ident_set_at(Frame *f, Node *n, JSValue v, bool init, const Node *at);

static int global_set(Frame *f, Node *n, JSValue v, bool init, const Node *at)
{
    JSContext *ctx = f->ctx;
    JSValue *p = global_ic(ctx, n, JS_PROP_WRITABLE);
    if (likely(p != NULL)) {
        *p = v;
        return 0;
    }
    GlobalCell *c = eval_global_cell(ctx, n->val, false);
    if (c) {
        n->slot_kind = SLOT_GLOBAL_LEX;
        n->ic_shape = c;
        return ident_set_at(f, n, v, init, at);
    }
    if (f->strict && !init) {
        int r = js_has_property(ctx, ctx->global, n->val);
        if (r < 0)
            return -1;
        if (r == 0) {
            throw_undefined_at(f, n, at ? at : n);
            return -1;
        }
    }
    if (js_set_atom(ctx, ctx->global, n->val, v, f->strict) < 0)
        return -1;
    global_ic_fill(ctx, n);
    return 0;
}

int eval_ident_set(Frame *f, Node *n, JSValue v, bool init)
{
    return ident_set_at(f, n, v, init, NULL);
}

/* at: the assignment or update whose store this is (where errors report),
 * or NULL for bindings and loop heads (the name's own position) */
static inline int ident_set_at(Frame *f, Node *n, JSValue v, bool init, const Node *at)
{
    JSValue *p;
    switch (n->slot_kind) {
    case SLOT_LOCAL:
        if (unlikely(n->pad) && !init)
            return assign_const(f, n, at);
        f->locals[n->slot] = v;
        return 0;
    case SLOT_LOCAL_TDZ:
        p = &f->locals[n->slot];
        break;
    case SLOT_ENV:
        if (unlikely(n->pad) && !init)
            return assign_const(f, n, at);
        env_at(f, n->depth)->vars[n->slot] = v;
        return 0;
    case SLOT_ENV_TDZ:
        p = &env_at(f, n->depth)->vars[n->slot];
        break;
    case SLOT_MAPPED:
        return mapped_set(f, n, v);
    case SLOT_GLOBAL_LEX: {
        GlobalCell *c = n->ic_shape;
        if (!init) {
            if (c->value == JS_EMPTY) {
                throw_tdz_at(f, n, at ? at : n);
                return -1;
            }
            if (c->is_const)
                return assign_const(f, n, at);
        }
        c->value = v;
        return 0;
    }
    default:
        return global_set(f, n, v, init, at);
    }
    if (!init) {
        if (*p == JS_EMPTY) {
            throw_tdz_at(f, n, at ? at : n);
            return -1;
        }
        if (n->pad & IDENT_CONST)
            return assign_const(f, n, at);
    }
    *p = v;
    return 0;
}

JSValue eval_this(Frame *f, Node *n)
{
    if (unlikely(f->this_val == JS_EMPTY) && f->this_cell)
        f->this_val = *f->this_cell;   /* super() ran in an arrow, or this is one */
    if (unlikely(f->this_val == JS_EMPTY)) {
        eval_set_pos(f, n);
        return js_throw_reference_error(f->ctx, "Must call super constructor in derived class before "
                                                "accessing 'this' or returning from derived constructor");
    }
    return f->this_val;
}

/* ------------------------------------------------------------ property access */

/* Remember an own data property: monomorphic first, then polymorphic. */
static void ic_own(Node *n, JSShape *shape, uint32_t index)
{
    if (n->ic_shape && n->ic_index < IC_PROTO && n->ic_shape != shape) {
        PolyIC *p = js_malloc(sizeof(PolyIC));
        p->shape[0] = n->ic_shape;
        p->index[0] = n->ic_index;
        p->shape[1] = shape;
        p->index[1] = index;
        p->next = 2;
        n->ic_shape = p;
        n->ic_index = IC_POLY;
        return;
    }
    if (n->ic_index == IC_POLY) {
        PolyIC *p = n->ic_shape;
        p->shape[p->next % POLY_N] = shape;
        p->index[p->next % POLY_N] = index;
        p->next++;
        return;
    }
    n->ic_shape = shape;
    n->ic_index = index;
}

static __attribute__((noinline)) JSValue member_slow(Frame *f, Node *n, JSValue obj, JSValue key)
{
    JSContext *ctx = f->ctx;
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        if (key == ctx->atoms.length && (o->h.flags & JS_OBJ_FAST_ARRAY))
            return js_new_number((double)o->u.array.len);
        int fl;
        int i = js_shape_find(o->shape, key, &fl);
        if (i >= 0) {
            if (!(fl & JS_PROP_ACCESSOR)) {
                ic_own(n, o->shape, (uint32_t)i | ((fl & JS_PROP_WRITABLE) ? IC_WRITABLE : 0));
                return o->slots[i];
            }
        } else if (!o->shape->dict && o->proto && o->h.class_id != JS_CLASS_STRING &&
                   !(o->h.class_id == JS_CLASS_ARRAY && key == ctx->atoms.length)) {
            JSObject *h = o->proto;
            int j = js_shape_find(h->shape, key, &fl);
            if (j >= 0 && !(fl & JS_PROP_ACCESSOR)) {
                if (n->ic_index == IC_POLY)
                    return h->slots[j];
                ProtoIC *p = n->ic_index == IC_PROTO ? n->ic_shape : js_malloc(sizeof(ProtoIC));
                p->recv = o->shape;
                p->holder = GC_HIDE_POINTER(h);
                p->holder_shape = h->shape;
                p->index = (uint32_t)j;
                n->ic_shape = p;
                n->ic_index = IC_PROTO;
                return h->slots[j];
            }
        }
    } else if (js_is_string(obj) && key == ctx->atoms.length) {
        return js_new_int((int32_t)js_str(obj)->len);
    }
    member_pos(f, n);   /* a getter's frame, or the TypeError */
    return js_get_atom(ctx, obj, key);
}

static inline JSValue get_member(Frame *f, Node *n, JSValue obj)
{
    if (likely(js_is_object(obj))) {
        JSObject *o = js_obj(obj);
        if (o->shape == n->ic_shape)
            return o->slots[IC_INDEX(n->ic_index)];
        if (n->ic_index == IC_PROTO) {
            ProtoIC *p = n->ic_shape;
            JSObject *h = o->proto;
            if (o->shape == p->recv && GC_HIDE_POINTER(h) == p->holder && h->shape == p->holder_shape)
                return h->slots[p->index];
        } else if (n->ic_index == IC_POLY) {
            PolyIC *p = n->ic_shape;
            for (int i = 0; i < POLY_N; i++)
                if (p->shape[i] == o->shape)
                    return o->slots[IC_INDEX(p->index[i])];
        }
    }
    return member_slow(f, n, obj, n->val);
}

static bool add_ic_valid(AddIC *a, JSObject *o)
{
    if (!(o->h.flags & JS_OBJ_EXTENSIBLE) || o->h.class_id != JS_CLASS_OBJECT)
        return false;
    JSObject *p = o->proto;
    for (uint32_t i = 0; i < a->nchain; i++, p = p->proto)
        if (!p || GC_HIDE_POINTER(p) != a->chain[i] || p->shape != a->chain_shape[i])
            return false;
    if (p)
        return false;
    uint32_t idx = a->index;
    if (o->slots == (JSValue *)(o + 1))
        return idx < 4;
    return (int)idx + 1 <= js_shape_slot_capacity(idx);
}

/* After a store that added a property: remember the transition. */
static void add_ic_fill(Node *n, JSObject *o, JSShape *before)
{
    JSShape *after = o->shape;
    if (before->dict || after->dict || after->count != before->count + 1 || o->h.class_id != JS_CLASS_OBJECT)
        return;
    if (after->table->entries[before->count].key != n->val ||
        after->table->entries[before->count].flags != JS_PROP_CWE)
        return;
    /* zeroed: the unused chain entries are copied to the heap below, and
     * stale stack words there kept dead objects alive (at -O0) */
    AddIC a;
    memset(&a, 0, sizeof a);
    for (JSObject *p = o->proto; p; p = p->proto) {
        if (a.nchain == ADD_CHAIN || p->shape->dict || p->h.class_id == JS_CLASS_ARRAY ||
            p->h.class_id == JS_CLASS_STRING)
            return;
        a.chain[a.nchain] = GC_HIDE_POINTER(p);
        a.chain_shape[a.nchain++] = p->shape;
    }
    a.from = before;
    a.to = after;
    a.index = before->count;
    AddIC *c = js_malloc(sizeof(AddIC));
    *c = a;
    n->ic_shape = c;
    n->ic_index = IC_ADD;
}

/* at: the assignment whose store this is (V8 reports a setter's frame and
 * the store's errors at its operator), or NULL */
static __attribute__((noinline)) int set_member_slow(Frame *f, Node *n, JSValue obj, JSValue v, const Node *at)
{
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        if (n->ic_index == IC_POLY) {
            PolyIC *p = n->ic_shape;
            for (int i = 0; i < POLY_N; i++) {
                if (p->shape[i] == o->shape && (p->index[i] & IC_WRITABLE)) {
                    o->slots[IC_INDEX(p->index[i])] = v;
                    return 0;
                }
            }
        } else if (n->ic_index == IC_ADD) {
            AddIC *a = n->ic_shape;
            if (o->shape == a->from && add_ic_valid(a, o)) {
                o->shape = a->to;
                o->slots[a->index] = v;
                return 0;
            }
        }
    }
    report_pos(f, at ? at : n);
    JSShape *before = js_is_object(obj) ? js_obj(obj)->shape : NULL;
    if (js_set_atom(f->ctx, obj, n->val, v, f->strict) < 0)
        return -1;
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        if (o->shape != before) {
            add_ic_fill(n, o, before);
            return 0;
        }
        int fl;
        int i = js_shape_find(o->shape, n->val, &fl);
        if (i >= 0 && (fl & JS_PROP_WRITABLE) && !(fl & JS_PROP_ACCESSOR))
            ic_own(n, o->shape, (uint32_t)i | IC_WRITABLE);
    }
    return 0;
}

static inline int set_member(Frame *f, Node *n, JSValue obj, JSValue v, const Node *at)
{
    if (likely(js_is_object(obj))) {
        JSObject *o = js_obj(obj);
        if (o->shape == n->ic_shape && (n->ic_index & (IC_WRITABLE | IC_PROTO)) == IC_WRITABLE) {
            o->slots[IC_INDEX(n->ic_index)] = v;
            return 0;
        }
    }
    return set_member_slow(f, n, obj, v, at);
}

/* o[key] with atom keys on plain objects: a few (shape, key) -> slot pairs. */
#define KEYED_N 4
typedef struct KeyedIC {
    JSShape *shape[KEYED_N];
    JSValue key[KEYED_N];
    uint32_t index[KEYED_N];   /* with IC_WRITABLE */
    uint32_t next;
} KeyedIC;

static inline bool is_atom_key(JSValue k)
{
    return js_is_string(k) && (js_str(k)->h.flags & JS_STR_ATOM);
}

static void keyed_fill(Node *n, JSObject *o, JSValue key)
{
    int fl;
    int i = js_shape_find(o->shape, key, &fl);
    if (i < 0 || (fl & JS_PROP_ACCESSOR))
        return;
    KeyedIC *k = n->ic_shape;
    if (!k)
        k = n->ic_shape = js_malloc(sizeof(KeyedIC));
    uint32_t s = k->next++ % KEYED_N;
    k->shape[s] = o->shape;
    k->key[s] = key;
    k->index[s] = (uint32_t)i | ((fl & JS_PROP_WRITABLE) ? IC_WRITABLE : 0);
}

/* A key as V8 names it in "Cannot read properties of null (reading 'k')",
 * without running any user code: objects print only when their toString is
 * the ordinary one; NULL leaves the key out. */
static const char *nullish_key_text(JSContext *ctx, JSValue key)
{
    if (!js_is_object(key))
        return js_key_to_cstr(ctx, key);
    JSValue ts = JS_UNDEFINED;
    for (JSObject *o = js_obj(key); o && js_is_undefined(ts); o = o->proto)
        ts = js_get_data_property(o, ctx->atoms.toString);
    if (ts == js_get_data_property(ctx->object_proto, ctx->atoms.toString))
        return js_object_tag(ctx, js_obj(key));
    if (js_is_function(key) && ts == js_get_data_property(ctx->function_proto, ctx->atoms.toString)) {
        JSValue s = js_to_string(ctx, key);   /* the built-in: the source text */
        return js_is_string(s) ? js_to_utf8(ctx, s, NULL) : NULL;
    }
    return NULL;
}

/* o[key] on a nullish o: ToObject fails before the key is converted. */
static JSValue throw_nullish_key(Frame *f, JSValue obj, JSValue key, bool set)
{
    const char *what = js_is_null(obj) ? "null" : "undefined";
    const char *k = nullish_key_text(f->ctx, key);
    if (!k)
        return js_throw_type_error(f->ctx, "Cannot %s properties of %s", set ? "set" : "read", what);
    return js_throw_type_error(f->ctx, "Cannot %s properties of %s (%s '%s')", set ? "set" : "read", what,
                               set ? "setting" : "reading", k);
}

static __attribute__((noinline)) JSValue get_index_slow(Frame *f, Node *n, JSValue obj, JSValue key)
{
    if (js_is_object(obj) && is_atom_key(key)) {
        JSObject *o = js_obj(obj);
        KeyedIC *k = n->ic_shape;
        if (k) {
            for (int i = 0; i < KEYED_N; i++)
                if (k->shape[i] == o->shape && k->key[i] == key)
                    return o->slots[IC_INDEX(k->index[i])];
        }
        if (o->h.class_id == JS_CLASS_OBJECT)
            keyed_fill(n, o, key);
    }
    eval_set_pos(f, n);
    if (js_is_nullish(obj))
        return throw_nullish_key(f, obj, key, false);
    return js_get(f->ctx, obj, key);
}

static inline JSValue get_index(Frame *f, Node *n, JSValue obj, JSValue key)
{
    if (likely(js_is_object(obj) && js_is_int(key))) {
        JSObject *o = js_obj(obj);
        uint32_t i = (uint32_t)js_get_int(key);
        if ((o->h.flags & JS_OBJ_FAST_ARRAY) && i < o->u.array.len && o->u.array.elems[i] != JS_EMPTY)
            return o->u.array.elems[i];
    }
    return get_index_slow(f, n, obj, key);
}

static __attribute__((noinline)) int set_index_slow(Frame *f, Node *n, JSValue obj, JSValue key, JSValue v,
                                                    const Node *at)
{
    if (js_is_object(obj) && is_atom_key(key)) {
        JSObject *o = js_obj(obj);
        KeyedIC *k = n->ic_shape;
        if (k) {
            for (int i = 0; i < KEYED_N; i++) {
                if (k->shape[i] == o->shape && k->key[i] == key && (k->index[i] & IC_WRITABLE)) {
                    o->slots[IC_INDEX(k->index[i])] = v;
                    return 0;
                }
            }
        }
        report_pos(f, at ? at : n);
        if (js_set(f->ctx, obj, key, v, f->strict) < 0)
            return -1;
        if (o->h.class_id == JS_CLASS_OBJECT)
            keyed_fill(n, o, key);
        return 0;
    }
    report_pos(f, at ? at : n);
    return js_set(f->ctx, obj, key, v, f->strict);
}

static inline int set_index(Frame *f, Node *n, JSValue obj, JSValue key, JSValue v, const Node *at)
{
    if (likely(js_is_object(obj) && js_is_int(key))) {
        JSObject *o = js_obj(obj);
        uint32_t i = (uint32_t)js_get_int(key);
        if ((o->h.flags & JS_OBJ_FAST_ARRAY) && i < o->u.array.len && o->u.array.elems[i] != JS_EMPTY) {
            o->u.array.elems[i] = v;
            return 0;
        }
    }
    return set_index_slow(f, n, obj, key, v, at);
}

JSValue eval_super_base(Frame *f)
{
    if (!js_is_object(f->home))
        return JS_UNDEFINED;
    JSObject *p = js_obj(f->home)->proto;
    return p ? js_mkptr(p) : JS_NULL;
}

/* super.x / super[k]: `this` is read first (it may still be uninitialised),
 * the home object's prototype only after the key expression ran. */
static JSValue super_get(Frame *f, JSValue base, JSValue key, JSValue this_val)
{
    if (!js_is_object(base))
        return js_get_atom(f->ctx, base, key);
    return js_get_receiver(f->ctx, base, key, this_val);
}

static __attribute__((noinline)) JSValue eval_super_member(Frame *f, Node *n)
{
    JSValue this_val = eval_this(f, n);
    if (js_is_exception(this_val))
        return this_val;
    return super_get(f, eval_super_base(f), n->val, this_val);
}

static __attribute__((noinline)) JSValue eval_member(Frame *f, Node *n)
{
    if (eval_stack_low(f->ctx))
        return js_throw_stack_overflow(f->ctx);
    if (n->a->kind == AST_SUPER)
        return eval_super_member(f, n);
    JSValue obj = eval_leaf(f, n->a);
    if (unlikely(obj == JS_EXCEPTION || obj == JS_SHORT))
        return obj;
    if (unlikely((n->flags & AST_F_OPTIONAL) && js_is_nullish(obj)))
        return JS_SHORT;
    return get_member(f, n, obj);
}

static __attribute__((noinline)) JSValue eval_super_index(Frame *f, Node *n)
{
    JSValue this_val = eval_this(f, n);
    if (js_is_exception(this_val))
        return this_val;
    JSValue k = eval_expr(f, n->b);
    if (js_is_exception(k))
        return k;
    JSValue base = eval_super_base(f);
    k = js_to_property_key(f->ctx, k);
    if (js_is_exception(k))
        return k;
    return super_get(f, base, k, this_val);
}

static __attribute__((noinline)) JSValue eval_index(Frame *f, Node *n)
{
    JSValue obj;
    if (n->a->kind == AST_SUPER)
        return eval_super_index(f, n);
    obj = eval_expr(f, n->a);
    if (unlikely(obj == JS_EXCEPTION || obj == JS_SHORT))
        return obj;
    if (unlikely((n->flags & AST_F_OPTIONAL) && js_is_nullish(obj)))
        return JS_SHORT;
    JSValue key = eval_expr(f, n->b);
    if (js_is_exception(key))
        return key;
    return get_index(f, n, obj, key);
}

static __attribute__((noinline)) JSValue eval_private_member(Frame *f, Node *n)
{
    JSValue obj = eval_leaf(f, n->a);
    if (unlikely(obj == JS_EXCEPTION || obj == JS_SHORT))
        return obj;
    if (unlikely((n->flags & AST_F_OPTIONAL) && js_is_nullish(obj)))
        return JS_SHORT;
    return eval_private_get(f, n, obj);
}

JSValue eval_to_key(Frame *f, Node *n)
{
    JSValue k = eval_expr(f, n);
    if (js_is_exception(k))
        return k;
    return js_to_property_key(f->ctx, k);
}

/* ------------------------------------------------------------ operators */

static JSValue arith_slow(JSContext *ctx, int op, JSValue a, JSValue b)
{
    double x, y;
    if (js_to_number(ctx, a, &x) < 0 || js_to_number(ctx, b, &y) < 0)
        return JS_EXCEPTION;
    switch (op) {
    case LEX_MINUS: return js_new_number(x - y);
    case LEX_STAR: return js_new_number(x * y);
    case LEX_SLASH: return js_new_number(x / y);
    case LEX_PERCENT: return js_new_number(fmod(x, y));
    case LEX_STARSTAR:
        if (isnan(y) || ((x == 1 || x == -1) && isinf(y)))
            return js_new_double(NAN);
        return js_new_number(pow(x, y));
    default: return js_new_number(x + y);
    }
}

static JSValue add_slow(JSContext *ctx, JSValue a, JSValue b)
{
    if (js_is_string(a) && js_is_string(b))
        return js_concat(ctx, a, b);
    a = js_to_primitive(ctx, a, JS_HINT_DEFAULT);
    if (js_is_exception(a))
        return a;
    b = js_to_primitive(ctx, b, JS_HINT_DEFAULT);
    if (js_is_exception(b))
        return b;
    if (js_is_string(a) || js_is_string(b)) {
        a = js_to_string(ctx, a);
        if (js_is_exception(a))
            return a;
        b = js_to_string(ctx, b);
        if (js_is_exception(b))
            return b;
        return js_concat(ctx, a, b);
    }
    return arith_slow(ctx, LEX_PLUS, a, b);
}

/* a < b (or <= with swap handled by the caller): 1, 0, -1 exception; 2 undefined (NaN) */
static int less_than(JSContext *ctx, JSValue a, JSValue b, bool left_first)
{
    if (left_first) {
        a = js_to_primitive(ctx, a, JS_HINT_NUMBER);
        if (js_is_exception(a))
            return -1;
        b = js_to_primitive(ctx, b, JS_HINT_NUMBER);
    } else {
        b = js_to_primitive(ctx, b, JS_HINT_NUMBER);
        if (js_is_exception(b))
            return -1;
        a = js_to_primitive(ctx, a, JS_HINT_NUMBER);
    }
    if (js_is_exception(a) || js_is_exception(b))
        return -1;
    if (js_is_string(a) && js_is_string(b))
        return js_string_compare(js_string_flat(js_str(a)), js_string_flat(js_str(b))) < 0;
    double x, y;
    if (js_to_number(ctx, a, &x) < 0 || js_to_number(ctx, b, &y) < 0)
        return -1;
    if (isnan(x) || isnan(y))
        return 2;
    return x < y;
}

static JSValue compare_slow(JSContext *ctx, int op, JSValue a, JSValue b)
{
    int r;
    switch (op) {
    case LEX_LT: r = less_than(ctx, a, b, true); if (r == 2) r = 0; break;
    case LEX_GT: r = less_than(ctx, b, a, false); if (r == 2) r = 0; break;
    case LEX_LE: r = less_than(ctx, b, a, false); r = r < 0 ? -1 : r == 2 ? 0 : !r; break;
    default: r = less_than(ctx, a, b, true); r = r < 0 ? -1 : r == 2 ? 0 : !r; break;
    }
    return r < 0 ? JS_EXCEPTION : js_new_bool(r);
}

static JSValue bitwise_slow(JSContext *ctx, int op, JSValue a, JSValue b)
{
    int32_t x, y;
    uint32_t ux;
    if (op == LEX_SHR) {
        if (js_to_uint32(ctx, a, &ux) < 0 || js_to_int32(ctx, b, &y) < 0)
            return JS_EXCEPTION;
        return js_new_number((double)(ux >> (y & 31)));
    }
    if (js_to_int32(ctx, a, &x) < 0 || js_to_int32(ctx, b, &y) < 0)
        return JS_EXCEPTION;
    switch (op) {
    case LEX_BITAND: return js_new_int(x & y);
    case LEX_BITOR: return js_new_int(x | y);
    case LEX_BITXOR: return js_new_int(x ^ y);
    case LEX_SHL: return js_new_int((int32_t)((uint32_t)x << (y & 31)));
    default: return js_new_int(x >> (y & 31));
    }
}

static JSValue op_in(Frame *f, JSValue a, JSValue b)
{
    JSContext *ctx = f->ctx;
    if (!js_is_object(b)) {
        JSValue ks = js_to_string(ctx, a);
        if (js_is_exception(ks))
            return ks;
        JSValue bs = js_is_string(b) ? b : js_to_string(ctx, b);
        if (js_is_exception(bs))
            return bs;
        return js_throw_type_error(ctx, "Cannot use 'in' operator to search for '%s' in %s",
                                   js_to_utf8(ctx, ks, NULL), js_to_utf8(ctx, bs, NULL));
    }
    JSValue k = js_to_property_key(ctx, a);
    if (js_is_exception(k))
        return k;
    int r = js_has_property(ctx, b, k);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r);
}

/* The double cases of the arithmetic and comparison fast paths: true with
 * *out set, false when op needs the general algorithm. */
static inline bool num_binop(int op, double x, double y, JSValue *out)
{
    switch (op) {
    case LEX_PLUS: *out = js_new_number(x + y); return true;
    case LEX_MINUS: *out = js_new_number(x - y); return true;
    case LEX_STAR: *out = js_new_number(x * y); return true;
    case LEX_SLASH: *out = js_new_number(x / y); return true;
    case LEX_LT: *out = js_new_bool(x < y); return true;
    case LEX_GT: *out = js_new_bool(x > y); return true;
    case LEX_LE: *out = js_new_bool(x <= y); return true;
    case LEX_GE: *out = js_new_bool(x >= y); return true;
    case LEX_SEQ: case LEX_EQ: *out = js_new_bool(x == y); return true;
    case LEX_SNE: case LEX_NE: *out = js_new_bool(x != y); return true;
    default: return false;
    }
}

/* at: the operator's node (V8 reports conversions and TypeErrors at the
 * operator), or NULL */
static JSValue binop(Frame *f, int op, JSValue a, JSValue b, const Node *at)
{
    JSContext *ctx = f->ctx;
    if (likely(js_is_int(a) && js_is_int(b))) {
        int32_t x = js_get_int(a), y = js_get_int(b);
        int64_t r;
        switch (op) {
        case LEX_PLUS: r = (int64_t)x + y; goto num;
        case LEX_MINUS: r = (int64_t)x - y; goto num;
        case LEX_STAR:
            r = (int64_t)x * y;
            if (r == 0 && (x < 0 || y < 0))
                return js_new_double(-0.0);
            goto num;
        case LEX_PERCENT:
            if (x >= 0 && y > 0)
                return js_new_int(x % y);
            break;
        case LEX_SLASH: return js_new_number((double)x / (double)y);
        case LEX_LT: return js_new_bool(x < y);
        case LEX_GT: return js_new_bool(x > y);
        case LEX_LE: return js_new_bool(x <= y);
        case LEX_GE: return js_new_bool(x >= y);
        case LEX_SEQ: case LEX_EQ: return js_new_bool(x == y);
        case LEX_SNE: case LEX_NE: return js_new_bool(x != y);
        case LEX_BITAND: return js_new_int(x & y);
        case LEX_BITOR: return js_new_int(x | y);
        case LEX_BITXOR: return js_new_int(x ^ y);
        case LEX_SHL: return js_new_int((int32_t)((uint32_t)x << (y & 31)));
        case LEX_SAR: return js_new_int(x >> (y & 31));
        case LEX_SHR: return js_new_number((double)((uint32_t)x >> (y & 31)));
        default: break;
        }
        goto slow;
    num:
        if (r >= INT32_MIN && r <= INT32_MAX)
            return js_new_int((int32_t)r);
        return js_new_double((double)r);
    }
    JSValue r2;
    if (js_is_number(a) && js_is_number(b) && num_binop(op, js_get_number(a), js_get_number(b), &r2))
        return r2;
slow:
    if (at)
        report_pos(f, at);
    switch (op) {
    case LEX_PLUS: return add_slow(ctx, a, b);
    case LEX_MINUS: case LEX_STAR: case LEX_SLASH: case LEX_PERCENT: case LEX_STARSTAR:
        return arith_slow(ctx, op, a, b);
    case LEX_LT: case LEX_GT: case LEX_LE: case LEX_GE:
        return compare_slow(ctx, op, a, b);
    case LEX_SEQ: return js_new_bool(js_strict_equals(a, b));
    case LEX_SNE: return js_new_bool(!js_strict_equals(a, b));
    case LEX_EQ: case LEX_NE: {
        int r = js_loose_equals(ctx, a, b);
        if (r < 0)
            return JS_EXCEPTION;
        return js_new_bool(op == LEX_EQ ? r : !r);
    }
    case LEX_BITAND: case LEX_BITOR: case LEX_BITXOR: case LEX_SHL: case LEX_SAR: case LEX_SHR:
        return bitwise_slow(ctx, op, a, b);
    case LEX_IN: return op_in(f, a, b);
    case LEX_INSTANCEOF: {
        int r = js_instanceof(ctx, a, b);
        return r < 0 ? JS_EXCEPTION : js_new_bool(r);
    }
    default:
        return js_throw_syntax_error(ctx, "Unexpected operator");
    }
}

static inline JSValue binop_fast(Frame *f, int op, JSValue a, JSValue b, const Node *at);

/* Left-leaning chains (a + b + c + ...) are walked with an explicit stack. */
static __attribute__((noinline)) JSValue eval_binary_chain(Frame *f, Node *n)
{
    Node *small[32];
    Node **stack = small;
    uint32_t depth = 0, cap = 32;
    Node *x = n;
    for (; x->kind == AST_BINARY; x = x->a) {
        if (depth == cap) {
            Node **ns = js_malloc(cap * 2 * sizeof(Node *));
            memcpy(ns, stack, cap * sizeof(Node *));
            stack = ns;
            cap *= 2;
        }
        stack[depth++] = x;
    }
    JSValue acc = eval_leaf(f, x);
    if (js_is_exception(acc))
        return acc;
    while (depth-- > 0) {
        Node *m = stack[depth];
        JSValue b = eval_leaf(f, m->b);
        if (js_is_exception(b))
            return b;
        acc = binop_fast(f, m->op, acc, b, m);
        if (js_is_exception(acc))
            return acc;
    }
    return acc;
}


static __attribute__((noinline)) JSValue eval_binary(Frame *f, Node *n)
{
    if (unlikely(n->a->kind == AST_BINARY))
        return eval_binary_chain(f, n);
    JSValue a = eval_leaf(f, n->a);
    if (js_is_exception(a))
        return a;
    JSValue b = eval_leaf(f, n->b);
    if (js_is_exception(b))
        return b;
    return binop_fast(f, n->op, a, b, n);
}

/* The int32 cases worth inlining at every binary node. */
static inline JSValue binop_fast(Frame *f, int op, JSValue a, JSValue b, const Node *at)
{
    if (js_is_int(a) && js_is_int(b)) {
        int32_t x = js_get_int(a), y = js_get_int(b), r;
        switch (op) {
        case LEX_PLUS:
            if (!__builtin_add_overflow(x, y, &r))
                return js_new_int(r);
            break;
        case LEX_MINUS:
            if (!__builtin_sub_overflow(x, y, &r))
                return js_new_int(r);
            break;
        case LEX_LT: return js_new_bool(x < y);
        case LEX_GT: return js_new_bool(x > y);
        case LEX_LE: return js_new_bool(x <= y);
        case LEX_GE: return js_new_bool(x >= y);
        case LEX_SEQ: return js_new_bool(x == y);
        case LEX_SNE: return js_new_bool(x != y);
        case LEX_BITAND: return js_new_int(x & y);
        case LEX_BITOR: return js_new_int(x | y);
        case LEX_BITXOR: return js_new_int(x ^ y);
        case LEX_STAR: {
            int64_t p = (int64_t)x * y;
            if (p != 0 && p >= INT32_MIN && p <= INT32_MAX)
                return js_new_int((int32_t)p);
            break;
        }
        case LEX_PERCENT:
            if (x >= 0 && y > 0)
                return js_new_int(x % y);
            break;
        default: break;
        }
    } else if (js_is_number(a) && js_is_number(b)) {
        JSValue r2;
        if (num_binop(op, js_get_number(a), js_get_number(b), &r2))
            return r2;
    }
    return binop(f, op, a, b, at);
}

static inline bool logical_done(int op, JSValue v)
{
    switch (op) {
    case LEX_AND: return !js_to_boolean(v);
    case LEX_OR: return js_to_boolean(v);
    default: return !js_is_nullish(v);
    }
}

static __attribute__((noinline)) JSValue eval_logical(Frame *f, Node *n)
{
    if (n->a->kind != AST_LOGICAL) {
        JSValue v = eval_expr(f, n->a);
        if (js_is_exception(v) || logical_done(n->op, v))
            return v;
        return eval_expr(f, n->b);
    }
    uint32_t depth = 0;
    Node *x = n;
    while (x->kind == AST_LOGICAL) {
        depth++;
        x = x->a;
    }
    Node **stack = js_malloc(depth * sizeof(Node *));
    uint32_t i = 0;
    for (x = n; i < depth; x = x->a)
        stack[i++] = x;
    JSValue v = eval_expr(f, x);
    while (i-- > 0) {
        if (js_is_exception(v))
            return v;
        if (!logical_done(stack[i]->op, v))
            v = eval_expr(f, stack[i]->b);
    }
    return v;
}

/* delete arguments[i] on a mapped index: the parameter keeps the value the
 * property had, and no longer follows arguments[i]. */
static int delete_arg(JSContext *ctx, JSObject *ao, JSValue key, bool strict)
{
    ArgsMap *map = ao->u.opaque;
    uint32_t i;
    if (!js_key_is_index(key, &i) || i >= map->n || map->slot[i] == ARG_UNMAPPED)
        return js_delete(ctx, js_mkptr(ao), key, strict);
    int idx = js_shape_lookup(ao->shape, key);
    if (idx >= 0 && !(ao->shape->table->entries[idx].flags & JS_PROP_ACCESSOR))
        map->env->vars[map->slot[i]] = ao->slots[idx];
    int r = js_delete(ctx, js_mkptr(ao), key, strict);
    if (r > 0)
        map->slot[i] = ARG_UNMAPPED;
    return r;
}

static JSValue eval_delete(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    Node *t = n->a;
    if (t->kind == AST_OPT_CHAIN)
        t = t->a;
    if (t->kind == AST_MEMBER || t->kind == AST_INDEX) {
        if (t->a->kind == AST_SUPER)
            return js_throw_reference_error(ctx, "Unsupported reference to 'super'");
        JSValue obj = eval_expr(f, t->a);
        if (js_is_exception(obj))
            return obj;
        if (obj == JS_SHORT)
            return JS_TRUE;
        if ((t->flags & AST_F_OPTIONAL) && js_is_nullish(obj))
            return JS_TRUE;
        JSValue key = t->kind == AST_MEMBER ? t->val : eval_expr(f, t->b);
        if (js_is_exception(key))
            return key;
        if (js_is_nullish(obj)) {   /* before the key is converted */
            if (t->a->kind == AST_IDENT)
                eval_set_pos(f, n);   /* a name's read notes no position: the statement's */
            else
                ref_object_pos(f, t);
            return js_throw_type_error(ctx, "Cannot convert undefined or null to object");
        }
        if (t->kind == AST_INDEX) {
            key = js_to_property_key(ctx, key);
            if (js_is_exception(key))
                return key;
        }
        JSValue o = js_to_object(ctx, obj);
        if (js_is_exception(o))
            return o;
        JSObject *oo = js_obj(o);
        if (unlikely(oo->h.class_id == JS_CLASS_ARGUMENTS && oo->u.opaque)) {
            int r = delete_arg(ctx, oo, key, f->strict);
            return r < 0 ? JS_EXCEPTION : js_new_bool(r);
        }
        int r = js_delete(ctx, o, key, f->strict);
        return r < 0 ? JS_EXCEPTION : js_new_bool(r);
    }
    if (t->kind == AST_IDENT) {
        if (t->slot_kind != SLOT_GLOBAL)
            return JS_FALSE;
        if (eval_global_cell(ctx, t->val, false))
            return JS_FALSE;
        int r = js_delete(ctx, ctx->global, t->val, false);
        return r < 0 ? JS_EXCEPTION : js_new_bool(r);
    }
    JSValue v = eval_expr(f, t);
    return js_is_exception(v) ? v : JS_TRUE;
}

static __attribute__((noinline)) JSValue eval_unary(Frame *f, Node *n)
{
    if (eval_stack_low(f->ctx))
        return js_throw_stack_overflow(f->ctx);
    JSContext *ctx = f->ctx;
    if (n->op == LEX_DELETE)
        return eval_delete(f, n);
    JSValue v;
    if (n->op == LEX_TYPEOF && n->a->kind == AST_IDENT && n->a->slot_kind == SLOT_GLOBAL) {
        v = global_get(f, n->a, true);
    } else {
        v = eval_expr(f, n->a);
    }
    if (js_is_exception(v))
        return v;
    switch (n->op) {
    case LEX_MINUS:
        if (js_is_int(v) && js_get_int(v) != 0 && js_get_int(v) != INT32_MIN)
            return js_new_int(-js_get_int(v));
        {
            double d;
            if (js_to_number(ctx, v, &d) < 0)
                return JS_EXCEPTION;
            return js_new_number(-d);
        }
    case LEX_PLUS: {
        if (js_is_number(v))
            return v;
        double d;
        if (js_to_number(ctx, v, &d) < 0)
            return JS_EXCEPTION;
        return js_new_number(d);
    }
    case LEX_NOT: return js_new_bool(!js_to_boolean(v));
    case LEX_TILDE: {
        int32_t i;
        if (js_is_int(v))
            return js_new_int(~js_get_int(v));
        if (js_to_int32(ctx, v, &i) < 0)
            return JS_EXCEPTION;
        return js_new_int(~i);
    }
    case LEX_TYPEOF: return js_typeof(ctx, v);
    case LEX_VOID: return JS_UNDEFINED;
    default: return js_throw_syntax_error(ctx, "Unexpected unary operator");
    }
}

static __attribute__((noinline)) int ref_prepare_super(Frame *f, Node *t, EvalRef *r)
{
    r->obj = JS_EMPTY;
    r->sthis = eval_this(f, t);
    if (js_is_exception(r->sthis))
        return -1;
    if (t->kind == AST_MEMBER) {
        r->key = t->val;
        r->sbase = eval_super_base(f);
        return 0;
    }
    r->key = eval_expr(f, t->b);
    if (js_is_exception(r->key))
        return -1;
    r->sbase = eval_super_base(f);
    return 0;
}

/* assign: a plain `o[k] = v`, where the key is converted only after v is
 * evaluated (PutValue), and a nullish o is reported then, as "setting".
 * Otherwise (compound assignment, update) GetValue runs first: a nullish o
 * throws before its key is converted, else the key is converted once. */
static inline __attribute__((always_inline)) int ref_prepare_ex(Frame *f, Node *t, EvalRef *r, bool assign)
{
    r->node = t;
    r->at = NULL;
    r->obj = r->key = JS_UNDEFINED;
    if (t->kind == AST_IDENT)
        return 0;
    if (t->kind == AST_PRIVATE_MEMBER) {
        r->obj = eval_expr(f, t->a);
        return js_is_exception(r->obj) ? -1 : 0;
    }
    if (t->a->kind == AST_SUPER) {
        if (ref_prepare_super(f, t, r) < 0)
            return -1;
    } else {
        r->obj = eval_expr(f, t->a);
        if (js_is_exception(r->obj))
            return -1;
        if (t->kind != AST_INDEX) {
            r->key = t->val;
            return 0;
        }
        r->key = eval_expr(f, t->b);
        if (js_is_exception(r->key))
            return -1;
        if (js_is_int(r->key) || assign)
            return 0;
        if (js_is_nullish(r->obj)) {
            ref_object_pos(f, t);
            throw_nullish_key(f, r->obj, r->key, false);
            return -1;
        }
    }
    if (t->kind == AST_INDEX && !assign) {
        r->key = js_to_property_key(f->ctx, r->key);
        if (js_is_exception(r->key))
            return -1;
    }
    return 0;
}

static int ref_prepare(Frame *f, Node *t, EvalRef *r)
{
    return ref_prepare_ex(f, t, r, false);
}

int eval_ref_prepare(Frame *f, Node *t, EvalRef *r)
{
    return ref_prepare_ex(f, t, r, true);
}

static __attribute__((noinline)) JSValue ref_get_nullish(Frame *f, EvalRef *r)
{
    ref_object_pos(f, r->node);
    return throw_nullish_key(f, r->obj, r->key, false);
}

static JSValue ref_get(Frame *f, EvalRef *r)
{
    Node *t = r->node;
    if (t->kind == AST_IDENT)
        return eval_ident_get(f, t);
    if (t->kind == AST_PRIVATE_MEMBER)
        return eval_private_get(f, t, r->obj);
    if (r->obj == JS_EMPTY)
        return super_get(f, r->sbase, r->key, r->sthis);
    if (unlikely(js_is_nullish(r->obj)))
        return ref_get_nullish(f, r);
    if (t->kind == AST_MEMBER)
        return get_member(f, t, r->obj);
    return get_index(f, t, r->obj, r->key);
}

/* The store of a plain `o[k] = v`, whose key is still as evaluated. */
static __attribute__((noinline)) int ref_set_keyed(Frame *f, EvalRef *r, JSValue v)
{
    if (js_is_nullish(r->obj)) {
        report_pos(f, r->at ? r->at : r->node);
        throw_nullish_key(f, r->obj, r->key, true);
        return -1;
    }
    r->key = js_to_property_key(f->ctx, r->key);
    if (js_is_exception(r->key))
        return -1;
    return set_index(f, r->node, r->obj, r->key, v, r->at);
}

static int ref_set(Frame *f, EvalRef *r, JSValue v)
{
    Node *t = r->node;
    if (t->kind == AST_IDENT)
        return ident_set_at(f, t, v, false, r->at);
    if (t->kind == AST_PRIVATE_MEMBER)
        return eval_private_set(f, t, r->obj, v);
    if (r->obj == JS_EMPTY) {
        if (t->kind == AST_INDEX) {
            r->key = js_to_property_key(f->ctx, r->key);
            if (js_is_exception(r->key))
                return -1;
        }
        return js_set_receiver(f->ctx, r->sbase, r->key, v, r->sthis, f->strict);
    }
    if (t->kind == AST_MEMBER)
        return set_member(f, t, r->obj, v, r->at);
    if (likely(js_is_int(r->key) || js_is_string(r->key) || js_is_symbol(r->key)) && !js_is_nullish(r->obj))
        return set_index(f, t, r->obj, r->key, v, r->at);
    return ref_set_keyed(f, r, v);
}

int eval_ref_put(Frame *f, EvalRef *r, JSValue v)
{
    return ref_set(f, r, v);
}

static __attribute__((noinline)) JSValue eval_update(Frame *f, Node *n)
{
    EvalRef r;
    if (ref_prepare(f, n->a, &r) < 0)
        return JS_EXCEPTION;
    if (!(n->flags & AST_F_PREFIX))
        r.at = n;   /* x++ stores at its operator; ++x at x */
    JSValue old = ref_get(f, &r);
    if (js_is_exception(old))
        return old;
    JSValue nv;
    int delta = n->op == LEX_INC ? 1 : -1;
    if (js_is_int(old) && js_get_int(old) != (delta > 0 ? INT32_MAX : INT32_MIN)) {
        nv = js_new_int(js_get_int(old) + delta);
    } else {
        double d;
        if (js_to_number(f->ctx, old, &d) < 0)
            return JS_EXCEPTION;
        old = js_new_number(d);
        nv = js_new_number(d + delta);
    }
    if (ref_set(f, &r, nv) < 0)
        return JS_EXCEPTION;
    return (n->flags & AST_F_PREFIX) ? nv : old;
}

bool eval_is_anon_fn(Node *n)
{
    return (n->kind == AST_FUNC || n->kind == AST_CLASS) && !n->str;
}

JSValue eval_named(Frame *f, Node *n, JSValue name)
{
    if (n->kind == AST_FUNC && !n->str)
        return eval_new_closure(f, n, name);
    if (n->kind == AST_CLASS && !n->str)
        return eval_class(f, n, name);
    return eval_expr(f, n);
}

static int compound_op(int op)
{
    switch (op) {
    case LEX_PLUS_ASSIGN: return LEX_PLUS;
    case LEX_MINUS_ASSIGN: return LEX_MINUS;
    case LEX_STAR_ASSIGN: return LEX_STAR;
    case LEX_SLASH_ASSIGN: return LEX_SLASH;
    case LEX_PERCENT_ASSIGN: return LEX_PERCENT;
    case LEX_STARSTAR_ASSIGN: return LEX_STARSTAR;
    case LEX_SHL_ASSIGN: return LEX_SHL;
    case LEX_SAR_ASSIGN: return LEX_SAR;
    case LEX_SHR_ASSIGN: return LEX_SHR;
    case LEX_BITAND_ASSIGN: return LEX_BITAND;
    case LEX_BITOR_ASSIGN: return LEX_BITOR;
    case LEX_BITXOR_ASSIGN: return LEX_BITXOR;
    case LEX_AND_ASSIGN: return LEX_AND;
    case LEX_OR_ASSIGN: return LEX_OR;
    default: return LEX_NULLISH;
    }
}

static __attribute__((noinline)) JSValue eval_assign(Frame *f, Node *n)
{
    Node *t = n->a;
    JSValue v;
    if (n->op == LEX_ASSIGN) {
        if (t->kind == AST_IDENT && t->slot_kind == SLOT_LOCAL && !t->pad && !eval_is_anon_fn(n->b)) {
            v = eval_leaf(f, n->b);
            if (likely(v != JS_EXCEPTION))
                f->locals[t->slot] = v;
            return v;
        }
        if (t->kind == AST_IDENT) {
            /* (f) = function () {} names nothing */
            v = (t->flags & AST_F_PARENS) ? eval_expr(f, n->b) : eval_named(f, n->b, t->val);
            if (js_is_exception(v) || ident_set_at(f, t, v, false, n) < 0)
                return JS_EXCEPTION;
            return v;
        }
        if (t->kind == AST_MEMBER && t->a->kind != AST_SUPER) {
            JSValue obj = eval_expr(f, t->a);
            if (js_is_exception(obj))
                return obj;
            v = eval_expr(f, n->b);
            if (js_is_exception(v) || set_member(f, t, obj, v, n) < 0)
                return JS_EXCEPTION;
            return v;
        }
        if (t->kind == AST_OBJECT_PATTERN || t->kind == AST_ARRAY_PATTERN) {
            v = eval_expr(f, n->b);
            f->bind_target = t;
            f->bind_src = n;   /* the operator's position, and the value's text */
            if (js_is_exception(v) || eval_bind(f, t, v, false) < 0)
                return JS_EXCEPTION;
            return v;
        }
        EvalRef r;
        if (ref_prepare_ex(f, t, &r, true) < 0)
            return JS_EXCEPTION;
        r.at = n;
        v = eval_expr(f, n->b);
        if (js_is_exception(v) || ref_set(f, &r, v) < 0)
            return JS_EXCEPTION;
        return v;
    }
    int op = compound_op(n->op);
    if (t->kind == AST_IDENT && t->slot_kind == SLOT_LOCAL && !t->pad && op != LEX_AND && op != LEX_OR &&
        op != LEX_NULLISH) {
        /* x += e on a plain local */
        JSValue old = f->locals[t->slot];
        v = eval_leaf(f, n->b);
        if (js_is_exception(v))
            return v;
        v = binop_fast(f, op, old, v, n);
        if (js_is_exception(v))
            return v;
        f->locals[t->slot] = v;
        return v;
    }
    EvalRef r;
    if (ref_prepare(f, t, &r) < 0)
        return JS_EXCEPTION;
    r.at = n;
    JSValue old = ref_get(f, &r);
    if (js_is_exception(old))
        return old;
    if (op == LEX_AND || op == LEX_OR || op == LEX_NULLISH) {
        if (logical_done(op, old))
            return old;
        v = t->kind == AST_IDENT && !(t->flags & AST_F_PARENS) ? eval_named(f, n->b, t->val) : eval_expr(f, n->b);
    } else {
        v = eval_expr(f, n->b);
        if (js_is_exception(v))
            return v;
        v = binop(f, op, old, v, n);
    }
    if (js_is_exception(v) || ref_set(f, &r, v) < 0)
        return JS_EXCEPTION;
    return v;
}

/* ------------------------------------------------------------ iteration helpers, calls */

typedef struct ValBuf {
    JSValue *items;
    uint32_t len, cap;
    JSValue small[8];
} ValBuf;

static void vb_init(ValBuf *b)
{
    memset(b->small, 0, sizeof b->small);
    b->items = b->small;
    b->len = 0;
    b->cap = 8;
}

static void vb_push(ValBuf *b, JSValue v)
{
    if (b->len == b->cap) {
        JSValue *n = js_malloc(b->cap * 2 * sizeof(JSValue));
        memcpy(n, b->items, b->len * sizeof(JSValue));
        b->items = n;
        b->cap *= 2;
    }
    b->items[b->len++] = v;
}

/* Does iterating v run the unmodified array iterator over its elements? */
bool eval_plain_array_iter(JSContext *ctx, JSValue v);
bool eval_plain_array_iter(JSContext *ctx, JSValue v)
{
    if (!js_is_array(v) || !(js_obj(v)->h.flags & JS_OBJ_FAST_ARRAY))
        return false;
    JSValue m = js_get_atom(ctx, v, ctx->sym.iterator);
    return m == ctx->array_proto_values;
}

int eval_get_iterator(Frame *f, Node *src, JSValue v, JSIterator *it);
int eval_get_iterator(Frame *f, Node *src, JSValue v, JSIterator *it)
{
    JSContext *ctx = f->ctx;
    if (!src)
        return js_get_iterator(ctx, v, it);
    JSValue m = js_is_nullish(v) ? JS_UNDEFINED : js_get_atom(ctx, v, ctx->sym.iterator);
    if (js_is_exception(m))
        return -1;
    if (!js_is_function(m)) {
        eval_set_pos(f, src);
        js_throw_type_error(ctx, "%s is not iterable", eval_node_text(f, src));
        return -1;
    }
    return js_get_iterator(ctx, v, it);
}

/* GetIterator for f(...v): V8 words these failures differently from the
 * array-literal and for-of cases. */
static int call_spread_iterator(Frame *f, Node *src, JSValue v, JSIterator *it)
{
    JSContext *ctx = f->ctx;
    JSValue m = js_is_nullish(v) ? JS_UNDEFINED : js_get_atom(ctx, v, ctx->sym.iterator);
    if (js_is_exception(m))
        return -1;
    if (!js_is_function(m)) {
        eval_set_pos(f, src);
        if (js_is_nullish(v))
            js_throw_type_error(ctx, "%s is not iterable (cannot read property %s)", eval_node_text(f, src),
                                v == JS_NULL ? "null" : "undefined");
        else
            js_throw_type_error(ctx, "Spread syntax requires ...iterable[Symbol.iterator] to be a function");
        return -1;
    }
    return js_get_iterator(ctx, v, it);
}

/* Append every value v iterates to b: the spread src of an array literal,
 * or of the arguments of call (a CALL or NEW), where V8 places the calls
 * of [Symbol.iterator] and next(). */
static int spread_into(Frame *f, Node *src, JSValue v, ValBuf *b, Node *call)
{
    JSContext *ctx = f->ctx;
    if (eval_plain_array_iter(ctx, v)) {
        JSObject *o = js_obj(v);
        for (uint32_t i = 0; i < o->u.array.len; i++) {
            JSValue e = o->u.array.elems[i];
            vb_push(b, e == JS_EMPTY ? js_get_index(ctx, v, i) : e);
            if (!(o->h.flags & JS_OBJ_FAST_ARRAY))
                break;
        }
        return 0;
    }
    JSIterator it;
    if (!call)
        eval_set_expr_pos(f, src);
    else if (call->kind == AST_CALL)
        call_pos(f, call, call->a);
    else
        eval_set_pos(f, call);
    if ((call ? call_spread_iterator(f, src, v, &it) : eval_get_iterator(f, src, v, &it)) < 0)
        return -1;
    for (;;) {
        JSValue x;
        int r = js_iterator_step(ctx, &it, &x);
        if (r < 0)
            return -1;
        if (r == 0)
            return 0;
        vb_push(b, x);
    }
}

static JSValue eval_args(Frame *f, Node *call, JSValue **argv, int *argc, JSValue *small, int nsmall)
{
    NodeList *l = &call->list;
    bool spread = false;
    for (uint32_t i = 0; i < l->len; i++)
        spread |= l->items[i]->kind == AST_SPREAD;
    return eval_args_spread(f, call, argv, argc, small, nsmall, spread);
}

static __attribute__((noinline)) JSValue eval_args_spread(Frame *f, Node *call, JSValue **argv, int *argc,
                                                          JSValue *small, int nsmall, bool spread)
{
    NodeList *l = &call->list;
    if (!spread && (int)l->len <= nsmall) {
        for (uint32_t i = 0; i < l->len; i++) {
            JSValue v = eval_leaf(f, l->items[i]);
            if (js_is_exception(v))
                return v;
            small[i] = v;
        }
        *argv = small;
        *argc = (int)l->len;
        return JS_UNDEFINED;
    }
    ValBuf b;
    vb_init(&b);
    for (uint32_t i = 0; i < l->len; i++) {
        Node *e = l->items[i];
        JSValue v = eval_expr(f, e->kind == AST_SPREAD ? e->a : e);
        if (js_is_exception(v))
            return v;
        if (e->kind == AST_SPREAD) {
            if (spread_into(f, e->a, v, &b, call) < 0)
                return JS_EXCEPTION;
        } else {
            vb_push(&b, v);
        }
    }
    if (b.items == b.small) {
        b.items = js_malloc((b.len + 1) * sizeof(JSValue));
        memcpy(b.items, b.small, b.len * sizeof(JSValue));
    }
    *argv = b.items;
    *argc = (int)b.len;
    return JS_UNDEFINED;
}

static JSValue eval_super_call(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    JSValue func = f->func;
    while (js_obj(func)->u.func.closure->node->flags & AST_F_ARROW)   /* arrows in arrows */
        func = js_obj(func)->u.func.closure->func_obj;
    JSObject *fo = js_obj(func);
    JSValue parent = fo->proto ? js_mkptr(fo->proto) : JS_NULL;
    JSValue small[8] = { 0 }, *argv;
    int argc;
    if (js_is_exception(eval_args(f, n, &argv, &argc, small, 8)))
        return JS_EXCEPTION;
    eval_set_pos(f, n->a);
    if (!js_is_constructor(parent))
        return eval_throw_bad_super(ctx, func, parent);
    JSValue r = js_construct(ctx, parent, argc, argv, f->new_target);
    if (js_is_exception(r))
        return r;
    if (f->this_val != JS_EMPTY || (f->this_cell && *f->this_cell != JS_EMPTY))
        return js_throw_reference_error(ctx, "Super constructor may only be called once");
    f->this_val = r;
    if (f->this_cell)
        *f->this_cell = r;
    if (eval_init_fields(ctx, func, r) < 0)
        return JS_EXCEPTION;
    return r;
}

/* The callee (a?.b)(): a parenthesised chain that ends in a property
 * access still calls with that object as `this`. */
static __attribute__((noinline)) JSValue opt_chain_callee(Frame *f, Node *c, JSValue *this_val)
{
    Node *m = c->a;
    bool member = (m->kind == AST_MEMBER || m->kind == AST_INDEX) && m->a->kind != AST_SUPER;
    if (!member && m->kind != AST_PRIVATE_MEMBER)
        return eval_expr(f, c);
    JSValue obj = eval_expr(f, m->a);
    if (obj == JS_EXCEPTION)
        return obj;
    if (obj == JS_SHORT || ((m->flags & AST_F_OPTIONAL) && js_is_nullish(obj)))
        return JS_UNDEFINED;
    *this_val = obj;
    if (m->kind == AST_MEMBER)
        return get_member(f, m, obj);
    if (m->kind == AST_PRIVATE_MEMBER)
        return eval_private_get(f, m, obj);
    JSValue key = eval_expr(f, m->b);
    if (js_is_exception(key))
        return key;
    return get_index(f, m, obj, key);
}

static __attribute__((noinline)) JSValue eval_call(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    Node *c = n->a;
    JSValue fn, this_val = JS_UNDEFINED;
    switch (c->kind) {
    case AST_SUPER:
        return eval_super_call(f, n);
    case AST_MEMBER:
    case AST_INDEX:
        if (c->a->kind == AST_SUPER) {
            this_val = eval_this(f, c);
            if (js_is_exception(this_val))
                return this_val;
            fn = eval_expr(f, c);
            break;
        }
        this_val = eval_expr(f, c->a);
        if (unlikely(this_val == JS_EXCEPTION || this_val == JS_SHORT))
            return this_val;
        if (unlikely((c->flags & AST_F_OPTIONAL) && js_is_nullish(this_val)))
            return JS_SHORT;
        if (c->kind == AST_MEMBER) {
            fn = get_member(f, c, this_val);
        } else {
            JSValue key = eval_expr(f, c->b);
            if (js_is_exception(key))
                return key;
            fn = get_index(f, c, this_val, key);
        }
        break;
    case AST_PRIVATE_MEMBER:
        this_val = eval_expr(f, c->a);
        if (unlikely(this_val == JS_EXCEPTION || this_val == JS_SHORT))
            return this_val;
        if (unlikely((c->flags & AST_F_OPTIONAL) && js_is_nullish(this_val)))
            return JS_SHORT;
        fn = eval_private_get(f, c, this_val);
        break;
    case AST_IDENT:
        if (c->slot_kind == SLOT_GLOBAL) {
            JSValue *p = global_ic(ctx, c, 0);
            fn = p ? *p : eval_ident_get(f, c);
            break;
        }
        fn = eval_ident_get(f, c);
        break;
    default:
        fn = c->kind == AST_OPT_CHAIN ? opt_chain_callee(f, c, &this_val) : eval_expr(f, c);
        break;
    }
    if (unlikely(fn == JS_EXCEPTION || fn == JS_SHORT))
        return fn;
    if (unlikely((n->flags & AST_F_OPTIONAL) && js_is_nullish(fn)))
        return JS_SHORT;
    /* exactly sized and fully written: no stale word on the stack for the
     * conservative collector to find (DESIGN.md, Determinism) */
    int argc = (int)n->list.len;
    JSValue small[argc <= 8 ? argc + 1 : 9], *argv = small;
    small[argc <= 8 ? argc : 8] = JS_UNDEFINED;
    if (likely(!n->pad && argc <= 8)) {
        Node **items = n->list.items;
        for (int i = 0; i < argc; i++) {
            JSValue v = eval_leaf(f, items[i]);
            if (unlikely(v == JS_EXCEPTION))
                return v;
            small[i] = v;
        }
    } else if (js_is_exception(eval_args_spread(f, n, &argv, &argc, small, 8, n->pad))) {
        return JS_EXCEPTION;
    }
    if (unlikely(!js_is_function(fn)))
        return throw_not_function(f, n, c);
    call_pos(f, n, c);
    JSObject *o = js_obj(fn);
    if (likely(o->h.class_id == JS_CLASS_FUNCTION && !(o->h.flags & JS_OBJ_CLASS_CTOR)))
        return eval_call_closure(ctx, fn, this_val, argc, argv, JS_UNDEFINED);
    return js_call(ctx, fn, this_val, argc, argv);
}

static __attribute__((noinline)) JSValue eval_new(Frame *f, Node *n)
{
    JSValue fn = eval_expr(f, n->a);
    if (js_is_exception(fn))
        return fn;
    JSValue small[8] = { 0 }, *argv;
    int argc;
    if (js_is_exception(eval_args(f, n, &argv, &argc, small, 8)))
        return JS_EXCEPTION;
    eval_set_pos(f, n);
    if (!js_is_constructor(fn))
        return js_throw_type_error(f->ctx, "%s is not a constructor", eval_node_text(f, n->a));
    return js_construct(f->ctx, fn, argc, argv, fn);
}

static __attribute__((noinline)) JSValue eval_array(Frame *f, Node *n)
{
    if (eval_stack_low(f->ctx))
        return js_throw_stack_overflow(f->ctx);
    ValBuf b;
    vb_init(&b);
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *e = n->list.items[i];
        if (e->kind == AST_HOLE) {
            vb_push(&b, JS_EMPTY);
            continue;
        }
        JSValue v = eval_expr(f, e->kind == AST_SPREAD ? e->a : e);
        if (js_is_exception(v))
            return v;
        if (e->kind == AST_SPREAD) {
            if (spread_into(f, e->a, v, &b, NULL) < 0)
                return JS_EXCEPTION;
        } else {
            vb_push(&b, v);
        }
    }
    return js_new_array_from(f->ctx, b.len, b.items);
}

static __attribute__((noinline)) JSValue eval_regex(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    JSValue ctor = js_get_str(ctx, ctx->global, "RegExp");
    if (js_is_exception(ctor))
        return ctor;
    JSValue args[2] = { js_new_string16(ctx, n->str, n->str_len), js_new_string16(ctx, n->str2, n->str2_len) };
    if (!js_is_constructor(ctor))
        return js_throw_syntax_error(ctx, "Invalid regular expression: /%s/: RegExp is not supported",
                                     js_to_utf8(ctx, args[0], NULL));
    return js_construct(ctx, ctor, 2, args, ctor);
}

/* ------------------------------------------------------------ dispatch */

static __attribute__((noinline)) JSValue eval_cond(Frame *f, Node *n)
{
    if (eval_stack_low(f->ctx))
        return js_throw_stack_overflow(f->ctx);
    JSValue t = eval_leaf(f, n->a);
    if (js_is_exception(t))
        return t;
    if (t == JS_TRUE || (t != JS_FALSE && js_to_boolean(t)))
        return eval_expr(f, n->b);
    return eval_expr(f, n->c);
}

static __attribute__((noinline)) JSValue eval_opt_chain(Frame *f, Node *n)
{
    JSValue v = eval_expr(f, n->a);
    return v == JS_SHORT ? JS_UNDEFINED : v;
}

static __attribute__((noinline)) JSValue eval_seq(Frame *f, Node *n)
{
    JSValue v = JS_UNDEFINED;
    for (uint32_t i = 0; i < n->list.len; i++) {
        v = eval_expr(f, n->list.items[i]);
        if (js_is_exception(v))
            return v;
    }
    return v;
}

static __attribute__((noinline)) JSValue eval_unexpected(Frame *f, Node *n)
{
    eval_set_pos(f, n);
    return js_throw_syntax_error(f->ctx, "Unexpected %s in expression", ast_kind_name(n->kind));
}

JSValue eval_expr(Frame *f, Node *n)
{
    switch (n->kind) {
    case AST_IDENT: return eval_ident_get(f, n);
    case AST_NUMBER: case AST_STRING: return n->val;
    case AST_TEMPLATE: return eval_template(f, n);
    case AST_TAGGED_TEMPLATE: return eval_tagged_template(f, n);
    case AST_REGEX: return eval_regex(f, n);
    case AST_THIS: return eval_this(f, n);
    case AST_NEW_TARGET: return f->new_target;
    case AST_NULL: return JS_NULL;
    case AST_TRUE: return JS_TRUE;
    case AST_FALSE: return JS_FALSE;
    case AST_ARRAY: return eval_array(f, n);
    case AST_OBJECT: return eval_object(f, n);
    case AST_FUNC: return eval_new_closure(f, n, 0);
    case AST_CLASS: return eval_class(f, n, 0);
    case AST_UNARY: return eval_unary(f, n);
    case AST_UPDATE: return eval_update(f, n);
    case AST_BINARY: return eval_binary(f, n);
    case AST_LOGICAL: return eval_logical(f, n);
    case AST_ASSIGN: return eval_assign(f, n);
    case AST_COND: return eval_cond(f, n);
    case AST_CALL: return eval_call(f, n);
    case AST_NEW: return eval_new(f, n);
    case AST_MEMBER: return eval_member(f, n);
    case AST_INDEX: return eval_index(f, n);
    case AST_PRIVATE_MEMBER: return eval_private_member(f, n);
    case AST_PRIVATE_IN: return eval_private_in(f, n);
    case AST_OPT_CHAIN: return eval_opt_chain(f, n);
    case AST_SEQ: return eval_seq(f, n);
    default: return eval_unexpected(f, n);
    }
}
