/* function.c - function objects and calls: closures made by the evaluator,
 * C functions and bound functions.  js_call/js_construct are the single
 * entry points everything else (built-ins included) uses to run code.
 *
 * A closure call keeps all its state in one Frame on the C stack: the
 * locals array is a VLA sized by the resolver, so a call allocates nothing
 * on the heap unless the function has captured variables (an environment)
 * or uses `arguments`. */
#include <alloca.h>
#include <string.h>

#include "eval.h"
#include "shape.h"

/* ------------------------------------------------------------ creation */

/* Every closure of one FUNC node gets the same properties in the same order,
 * so the shapes they pass through are cached on the node (FUNC.ic_shape). */
typedef struct ShapeCache {
    JSShape *fn_start, *fn_end;
    JSShape *proto_start, *proto_end;
} ShapeCache;

static JSValue key_to_name(JSContext *ctx, JSValue key, const char *prefix)
{
    JSValue name = key;
    if (js_is_symbol(key)) {
        JSSymbol *sym = js_get_ptr(key);
        if (js_is_undefined(sym->description)) {
            name = ctx->atoms.empty;
        } else {
            JSValue s = js_concat(ctx, js_new_string(ctx, "["), sym->description);
            name = js_concat(ctx, s, js_new_string(ctx, "]"));
        }
    } else if (!js_is_string(key)) {
        name = js_to_string(ctx, key);
        if (js_is_exception(name))
            name = ctx->atoms.empty;
    }
    if (prefix)
        name = js_concat(ctx, js_new_string(ctx, prefix), name);
    return name;
}

void eval_set_function_name(JSContext *ctx, JSValue fobj, JSValue name, const char *prefix)
{
    js_define_value(ctx, fobj, ctx->atoms.name, key_to_name(ctx, name, prefix), JS_PROP_CONFIGURABLE);
}

/* A class field's initialiser is a method named after its field ("#x" for
 * a private one): an anonymous function or class written as the whole
 * initialiser (n) takes that name.  0 if n is not one. */
JSValue eval_field_fn_name(Frame *f, Node *n)
{
    Node *init = f->fscope ? f->fscope->node : NULL;
    if (!init || init->a != n || !(init->flags & AST_F_METHOD) || !(init->flags & AST_F_EXPR_BODY) ||
        !js_is_object(f->func))
        return 0;
    return js_get_atom(f->ctx, f->func, f->ctx->atoms.name);
}

JSValue eval_new_closure(Frame *f, Node *fn, JSValue name)
{
    JSContext *ctx = f->ctx;
    Scope *s = fn->info;
    JSClosure *cl = js_malloc(sizeof(JSClosure));
    cl->node = fn;
    cl->scope = s;
    cl->env = f->env;
    bool arrow = fn->flags & AST_F_ARROW;
    if (arrow) {
        if (f->this_val == JS_EMPTY && !f->this_cell) {
            f->this_cell = js_malloc(sizeof(JSValue));
            *f->this_cell = JS_EMPTY;
        }
        cl->this_cell = f->this_val == JS_EMPTY ? f->this_cell : NULL;
        cl->this_val = f->this_val;
        cl->new_target = f->new_target;
        cl->home = f->home;
        cl->func_obj = f->func;
    }
    JSValue fobj = js_new_object_class(ctx, ctx->function_proto, JS_CLASS_FUNCTION);
    if (js_is_exception(fobj))
        return fobj;
    JSObject *o = js_obj(fobj);
    o->u.func.closure = cl;
    o->u.func.home = JS_UNDEFINED;
    o->u.func.fields = JS_UNDEFINED;
    o->h.flags |= JS_OBJ_CALLABLE;
    bool ordinary = !arrow && !(fn->flags & (AST_F_METHOD | AST_F_GETTER | AST_F_SETTER));
    if (ordinary || (fn->flags & AST_F_CTOR))
        o->h.flags |= JS_OBJ_CONSTRUCTOR;
    if (!name) {
        name = fn->val;
        if (!name)
            name = __builtin_expect(f->fscope->node->a == fn, 0) ? eval_field_fn_name(f, fn) : ctx->atoms.empty;
        if (!name)
            name = ctx->atoms.empty;
    }
    if (!js_is_string(name))
        name = key_to_name(ctx, name, NULL);
    ShapeCache *sc = fn->ic_shape;
    JSValue proto = JS_UNDEFINED;
    if (ordinary) {
        proto = js_new_object(ctx);
        JSObject *po = js_obj(proto);
        if (sc && po->shape == sc->proto_start && po->slots == (JSValue *)(po + 1)) {
            po->shape = sc->proto_end;
            po->slots[0] = fobj;
        } else {
            JSShape *start = po->shape;
            js_define_value(ctx, proto, ctx->atoms.constructor, fobj, JS_PROP_CW);
            if (!sc)
                sc = fn->ic_shape = js_malloc(sizeof(ShapeCache));
            if (!start->dict && !po->shape->dict && po->shape->count == 1) {
                sc->proto_start = start;
                sc->proto_end = po->shape;
            }
        }
    }
    /* V8 gives sloppy ordinary functions own `arguments` and `caller`
     * (null, read-only) between name and prototype; strict ones, arrows,
     * methods and classes inherit Function.prototype's throwing accessors. */
    bool legacy = ordinary && !s->strict;
    /* length, name[, arguments, caller], prototype: the same transitions for
     * every closure of fn */
    if (sc && o->shape == sc->fn_start && sc->fn_end && o->slots == (JSValue *)(o + 1)) {
        o->shape = sc->fn_end;
        o->slots[0] = js_new_int((int32_t)s->length);
        o->slots[1] = name;
        if (legacy) {
            o->slots[2] = JS_NULL;
            o->slots[3] = JS_NULL;
            o->slots[4] = proto;
        } else if (ordinary) {
            o->slots[2] = proto;
        }
        return fobj;
    }
    JSShape *start = o->shape;
    js_define_value(ctx, fobj, ctx->atoms.length, js_new_int((int32_t)s->length), JS_PROP_CONFIGURABLE);
    js_define_value(ctx, fobj, ctx->atoms.name, name, JS_PROP_CONFIGURABLE);
    if (legacy) {
        js_define_value(ctx, fobj, ctx->atoms.arguments, JS_NULL, 0);
        js_define_value(ctx, fobj, ctx->atoms.caller, JS_NULL, 0);
    }
    if (ordinary)
        js_define_value(ctx, fobj, ctx->atoms.prototype, proto, JS_PROP_WRITABLE);
    if (!sc)
        sc = fn->ic_shape = js_malloc(sizeof(ShapeCache));
    if (!start->dict && !o->shape->dict && o->shape->count == (legacy ? 5u : ordinary ? 3u : 2u)) {
        sc->fn_start = start;
        sc->fn_end = o->shape;
    }
    return fobj;
}

/* ------------------------------------------------------------ closure calls */

/* The arguments object: ordinary data properties, so it prints and
 * describes itself as node's does.  In a sloppy function with simple
 * parameters, u.opaque (ArgsMap) says which indexes are mapped: references
 * to those parameters read and write arguments[i] (eval_expr.c: SLOT_MAPPED). */
static JSValue make_arguments(Frame *f)
{
    JSContext *ctx = f->ctx;
    Scope *s = f->fscope;
    JSValue a = js_new_object_class(ctx, ctx->object_proto, JS_CLASS_ARGUMENTS);
    if (js_is_exception(a))
        return a;
    ArgsMap *map = NULL;
    if (s->params && s->nparams && s->params[0]->mapped) {
        map = js_malloc(sizeof(ArgsMap) + s->nparams * sizeof(uint32_t));
        map->env = f->env;
        map->n = s->nparams;
        for (uint32_t i = 0; i < s->nparams; i++)
            map->slot[i] = (int)i < f->argc && s->params[i]->arg_index == i ? s->params[i]->slot : ARG_UNMAPPED;
    }
    js_obj(a)->u.opaque = map;
    for (int i = 0; i < f->argc; i++)
        js_define_value(ctx, a, js_atom_from_uint(ctx, (uint32_t)i), f->argv[i], JS_PROP_CWE);
    js_define_value(ctx, a, ctx->atoms.length, js_new_int(f->argc), JS_PROP_CW);
    js_define_value(ctx, a, ctx->sym.iterator, ctx->array_proto_values, JS_PROP_CW);
    /* a strict function's or a non-simple parameter list's arguments
     * object is unmapped: its callee throws */
    bool simple = true;
    for (uint32_t i = 0; i < s->nparams && simple; i++)
        simple = s->node->list.items[i]->kind == AST_IDENT;
    if (!f->strict && simple)
        js_define_value(ctx, a, ctx->atoms.callee, f->func, JS_PROP_CW);
    else
        js_define_accessor(ctx, a, ctx->atoms.callee, ctx->throw_type_error, ctx->throw_type_error, 0);
    return a;
}

static void init_env(Frame *f, Scope *s)
{
    JSEnv *e = js_malloc(sizeof(JSEnv) + s->env_size * sizeof(JSValue));
    e->parent = f->env;
    e->size = s->env_size;
    for (uint32_t i = 0; i < s->nbind; i++) {
        Binding *b = s->bindings[i];
        if (b->in_env)
            e->vars[b->slot] = (b->tdz || b->kind == B_LET || b->kind == B_CONST || b->kind == B_CLASS ||
                                b->kind == B_CLASSNAME) ? JS_EMPTY : JS_UNDEFINED;
    }
    f->env = e;
}

/* Bind parameters, arguments, the callee name, then hoisted functions. */
static int enter_function(Frame *f, Scope *s, Node *fn, int argc, JSValue *argv)
{
    if (s->env_size)
        init_env(f, s);
    for (uint32_t i = 0; i < s->ntdz; i++)
        f->locals[s->tdz_locals[i]] = JS_EMPTY;
    if (s->callee && s->callee->kind == B_CALLEE)
        eval_store_binding(f, s->callee, f->func);
    if (s->arguments && s->arguments->kind == B_ARGUMENTS) {
        JSValue a = make_arguments(f);
        if (js_is_exception(a))
            return -1;
        eval_store_binding(f, s->arguments, a);
    }
    if (s->params) {
        uint32_t n = s->nparams;
        for (uint32_t i = 0; i < n; i++) {
            Binding *b = s->params[i];
            JSValue v = (int)i < argc ? argv[i] : JS_UNDEFINED;
            if (b->in_env)
                f->env->vars[b->slot] = v;
            else
                f->locals[b->slot] = v;
        }
    } else if (s->nparams) {
        if (eval_bind_params(f, fn, argc, argv) < 0)
            return -1;
    }
    for (uint32_t i = 0; i < s->nhoisted; i++) {
        Binding *b = s->hoisted[i];
        JSValue v = eval_new_closure(f, b->func, b->name);
        if (js_is_exception(v))
            return -1;
        eval_store_binding(f, b, v);
    }
    return 0;
}

static JSValue derived_result(JSContext *ctx, Frame *f, JSValue r)
{
    if (js_is_object(r))
        return r;
    if (!js_is_undefined(r))
        return js_throw_type_error(ctx, "Derived constructors may only return object or undefined");
    if (f->this_val == JS_EMPTY && f->this_cell)
        f->this_val = *f->this_cell;
    if (f->this_val == JS_EMPTY)
        return js_throw_reference_error(ctx, "Must call super constructor in derived class before "
                                             "accessing 'this' or returning from derived constructor");
    return f->this_val;
}

/* Call a JS_CLASS_FUNCTION object.  new_target is undefined for a call; for a
 * construction this_val is the new object (JS_EMPTY for derived classes). */
JSValue eval_call_closure(JSContext *ctx, JSValue fobj, JSValue this_val, int argc, JSValue *argv,
                          JSValue new_target)
{
    JSObject *fo = js_obj(fobj);
    JSClosure *cl = fo->u.func.closure;
    Scope *s = cl->scope;
    Node *fn = cl->node;
    if (eval_stack_low(ctx))
        return js_throw_stack_overflow(ctx);
    if (__builtin_expect(ctx->interrupt, 0))   /* the REPL's Ctrl-C */
        return js_throw_error(ctx, JS_ERROR, JS_INTERRUPT_MESSAGE);
    JSValue locals[s->nlocals + 1];
    Frame f;
    f.ctx = ctx;
    f.locals = locals;
    f.func = fobj;
    f.argc = argc;
    f.argv = argv;
    f.fscope = s;
    f.bind_target = NULL;
    f.bind_src = NULL;
    f.strict = s->strict;
    f.ret = JS_UNDEFINED;
    f.label = 0;
    f.completion = JS_UNDEFINED;
    f.env = cl->env;
    f.this_cell = NULL;
    if (fn->flags & AST_F_ARROW) {
        f.this_cell = cl->this_cell;
        f.this_val = cl->this_cell ? *cl->this_cell : cl->this_val;
        f.new_target = cl->new_target;
        f.home = cl->home;
    } else {
        f.new_target = new_target;
        f.home = fo->u.func.home;
        if (s->strict || js_is_object(this_val) || this_val == JS_EMPTY) {
            f.this_val = this_val;
        } else if (js_is_nullish(this_val)) {
            f.this_val = ctx->global;
        } else {
            f.this_val = js_to_object(ctx, this_val);
            if (js_is_exception(f.this_val))
                return JS_EXCEPTION;
        }
    }
    uint32_t first = 0;
    if (s->fast_entry) {
        uint32_t np = s->nparams;
        for (; first < np; first++)
            locals[first] = (int)first < argc ? argv[first] : JS_UNDEFINED;
    }
    for (uint32_t i = first; i < s->nlocals; i++)
        locals[i] = JS_UNDEFINED;
    f.sf.prev = ctx->frame;
    f.sf.func = fobj;
    f.sf.filename = s->filename;
    f.sf.line = fn->line;
    f.sf.col = fn->col;
    f.sf.this_val = this_val;
    f.sf.new_target = new_target;
    ctx->frame = &f.sf;
    JSValue r;
    if (!s->fast_entry && enter_function(&f, s, fn, argc, argv) < 0) {
        r = JS_EXCEPTION;
    } else {
        int rc = eval_function_body(&f, fn);
        r = rc == C_THROW ? JS_EXCEPTION : rc == C_RETURN ? f.ret : JS_UNDEFINED;
    }
    if (!js_is_exception(r) && (fo->h.flags & JS_OBJ_DERIVED) && !js_is_undefined(new_target))
        r = derived_result(ctx, &f, r);
    ctx->frame = f.sf.prev;
    return r;
}

/* ------------------------------------------------------------ C and bound functions */

static JSValue call_cfunc(JSContext *ctx, JSValue fobj, JSValue this_val, int argc, JSValue *argv,
                          JSValue new_target)
{
    JSObject *o = js_obj(fobj);
    if (eval_stack_low(ctx))
        return js_throw_stack_overflow(ctx);
    int len = o->u.cfunc.length;
    if (argc < len) {
        JSValue *a = alloca((size_t)len * sizeof(JSValue));
        for (int i = 0; i < argc; i++)
            a[i] = argv[i];
        for (int i = argc; i < len; i++)
            a[i] = JS_UNDEFINED;
        argv = a;
    }
    /* which built-ins node leaves out of traces is decided when a stack is
     * captured (throw.c), not here on every call */
    JSStackFrame sf = { ctx->frame, fobj, NULL, 0, 0, this_val, new_target };
    JSValue saved_nt = ctx->new_target;
    ctx->frame = &sf;
    ctx->new_target = new_target;
    JSValue r = o->u.cfunc.fn ? o->u.cfunc.fn(ctx, this_val, argc, argv)
                              : o->u.cfunc.fn_magic(ctx, this_val, argc, argv, o->u.cfunc.magic);
    ctx->frame = sf.prev;
    ctx->new_target = saved_nt;
    return r;
}

static JSValue *bound_args(JSObject *o, int argc, JSValue *argv, int *total)
{
    int n = o->u.bound.argc + argc;
    JSValue *a = js_malloc((size_t)(n + 1) * sizeof(JSValue));
    for (int i = 0; i < o->u.bound.argc; i++)
        a[i] = o->u.bound.args[i];
    for (int i = 0; i < argc; i++)
        a[o->u.bound.argc + i] = argv[i];
    *total = n;
    return a;
}

static JSValue func_name_of(JSContext *ctx, JSValue f)
{
    JSPropertyDescriptor d;
    if (js_get_own_property(ctx, js_obj(f), ctx->atoms.name, &d) > 0 && !(d.flags & JS_PROP_ACCESSOR) &&
        js_is_string(d.value))
        return d.value;
    return ctx->atoms.empty;
}

JSValue js_call(JSContext *ctx, JSValue f, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(f))
        goto not_function;
    JSObject *o = js_obj(f);
    switch (o->h.class_id) {
    case JS_CLASS_FUNCTION:
        if (o->h.flags & JS_OBJ_CLASS_CTOR) {
            const char *name = js_to_utf8(ctx, func_name_of(ctx, f), NULL);
            if (!*name)   /* V8's wording for an anonymous class */
                return js_throw_type_error(ctx, "Class constructors cannot be invoked without 'new'");
            return js_throw_type_error(ctx, "Class constructor %s cannot be invoked without 'new'", name);
        }
        return eval_call_closure(ctx, f, this_val, argc, argv, JS_UNDEFINED);
    case JS_CLASS_CFUNCTION:
        return call_cfunc(ctx, f, this_val, argc, argv, JS_UNDEFINED);
    case JS_CLASS_BOUND_FUNCTION: {
        int n;
        JSValue *a = bound_args(o, argc, argv, &n);
        if (eval_stack_low(ctx))
            return js_throw_stack_overflow(ctx);
        return js_call(ctx, o->u.bound.target, o->u.bound.this_val, n, a);
    }
    default:
        break;
    }
not_function:
    return js_throw_type_error(ctx, "%s is not a function", js_describe(ctx, f));
}

JSValue eval_throw_bad_super(JSContext *ctx, JSValue func, JSValue parent)
{
    /* `extends null` leaves Function.prototype as the parent: V8 says null */
    const char *p = (js_is_null(parent) || parent == js_mkptr(ctx->function_proto)) ? "null"
                                                                                    : js_describe(ctx, parent);
    JSValue name = func_name_of(ctx, func);
    if (js_str(name)->len == 0)
        return js_throw_type_error(ctx, "Super constructor %s of anonymous class is not a constructor", p);
    return js_throw_type_error(ctx, "Super constructor %s of %s is not a constructor", p,
                               js_to_utf8(ctx, name, NULL));
}

static JSValue construct_closure(JSContext *ctx, JSValue f, int argc, JSValue *argv, JSValue new_target)
{
    JSObject *o = js_obj(f);
    JSClosure *cl = o->u.func.closure;
    if (o->h.flags & JS_OBJ_DERIVED) {
        if (cl->node->pad == 1) {
            /* default derived constructor: constructor(...args) { super(...args) } */
            JSValue parent = o->proto ? js_mkptr(o->proto) : JS_NULL;
            if (!js_is_constructor(parent))
                return eval_throw_bad_super(ctx, f, parent);
            /* it has a frame in node's traces too: `at new B (file:class position)` */
            JSStackFrame sf = { ctx->frame, f, cl->scope->filename, cl->node->line, cl->node->col,
                                JS_EMPTY, new_target };
            ctx->frame = &sf;
            JSValue r = js_construct(ctx, parent, argc, argv, new_target);
            if (!js_is_exception(r) && eval_init_fields(ctx, f, r) < 0)
                r = JS_EXCEPTION;
            ctx->frame = sf.prev;
            return r;
        }
        return eval_call_closure(ctx, f, JS_EMPTY, argc, argv, new_target);
    }
    JSObject *proto = js_proto_from_ctor(ctx, new_target, ctx->object_proto);
    JSValue this_val = js_new_object_proto(ctx, proto);
    if (js_is_exception(this_val))
        return this_val;
    if ((o->h.flags & JS_OBJ_CLASS_CTOR) && eval_init_fields(ctx, f, this_val) < 0)
        return JS_EXCEPTION;
    JSValue r = eval_call_closure(ctx, f, this_val, argc, argv, new_target);
    if (js_is_exception(r))
        return r;
    return js_is_object(r) ? r : this_val;
}

JSValue js_construct(JSContext *ctx, JSValue f, int argc, JSValue *argv, JSValue new_target)
{
    if (!js_is_constructor(f))
        return js_throw_type_error(ctx, "%s is not a constructor", js_describe(ctx, f));
    JSObject *o = js_obj(f);
    switch (o->h.class_id) {
    case JS_CLASS_FUNCTION:
        return construct_closure(ctx, f, argc, argv, new_target);
    case JS_CLASS_CFUNCTION:
        return call_cfunc(ctx, f, JS_UNDEFINED, argc, argv, new_target);
    case JS_CLASS_BOUND_FUNCTION: {
        int n;
        JSValue *a = bound_args(o, argc, argv, &n);
        if (new_target == f)
            new_target = o->u.bound.target;
        return js_construct(ctx, o->u.bound.target, n, a, new_target);
    }
    default:
        return js_throw_type_error(ctx, "%s is not a constructor", js_describe(ctx, f));
    }
}

JSValue js_invoke(JSContext *ctx, JSValue obj, JSValue atom, int argc, JSValue *argv)
{
    JSValue m = js_get_atom(ctx, obj, atom);
    if (js_is_exception(m))
        return m;
    if (!js_is_function(m)) {
        const char *k = js_is_symbol(atom) ? "method" : js_to_utf8(ctx, atom, NULL);
        return js_throw_type_error(ctx, "%s.%s is not a function", js_describe(ctx, obj), k);
    }
    return js_call(ctx, m, obj, argc, argv);
}
