/* eval_class.c - object literals, classes and template literals: the
 * expressions that build objects from a list of parts.
 *
 * Methods get a home object (u.func.home) for super.x; class constructors
 * carry their instance fields (u.func.fields), run on each new instance
 * before the constructor body (base) or right after super() (derived). */
#include <string.h>

#include "eval.h"
#include "shape.h"

static JSValue binding_value(Frame *f, Binding *b)
{
    return b->in_env ? f->env->vars[b->slot] : f->locals[b->slot];
}

/* A member's key: an atom, a symbol, or for #x the class's private symbol. */
static JSValue member_key(Frame *f, Node *p)
{
    if (p->flags & AST_F_COMPUTED)
        return eval_to_key(f, p->a);
    if (p->a->kind == AST_PRIVATE_NAME)
        return binding_value(f, p->a->info);
    return p->a->val;
}

static JSValue make_method(Frame *f, Node *fn, JSValue home, JSValue key, const char *prefix)
{
    JSValue m = eval_new_closure(f, fn, prefix ? JS_UNDEFINED : key);
    if (js_is_exception(m))
        return m;
    js_obj(m)->u.func.home = home;
    if (prefix)
        eval_set_function_name(f->ctx, m, key, prefix);
    return m;
}

/* Add a getter or setter to obj's accessor for key (named after `name`). */
static int define_accessor_half(Frame *f, JSValue obj, JSValue key, JSValue name, Node *p, int flags)
{
    JSContext *ctx = f->ctx;
    bool getter = p->op == PROP_GET;
    JSValue fn = make_method(f, p->b, obj, name, getter ? "get " : "set ");
    if (js_is_exception(fn))
        return -1;
    JSValue g = JS_UNDEFINED, s = JS_UNDEFINED;
    JSPropertyDescriptor d;
    if (js_get_own_property(ctx, js_obj(obj), key, &d) > 0 && (d.flags & JS_PROP_ACCESSOR)) {
        g = d.getter;
        s = d.setter;
    }
    if (getter)
        g = fn;
    else
        s = fn;
    return js_define_accessor(ctx, obj, key, g, s, flags);
}

int eval_define_method(Frame *f, JSValue obj, JSValue key, Node *p, bool enumerable)
{
    if (p->op == PROP_GET || p->op == PROP_SET)
        return define_accessor_half(f, obj, key, key, p, JS_PROP_CONFIGURABLE | (enumerable ? JS_PROP_ENUMERABLE : 0));
    JSValue m = make_method(f, p->b, obj, key, NULL);
    if (js_is_exception(m))
        return -1;
    return js_define_value(f->ctx, obj, key, m, enumerable ? JS_PROP_CWE : JS_PROP_CW);
}

static int copy_data_properties(JSContext *ctx, JSValue to, JSValue from)
{
    if (js_is_nullish(from))
        return 0;
    JSValue src = js_to_object(ctx, from);
    if (js_is_exception(src))
        return -1;
    JSValue keys = js_own_keys(ctx, src, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS | JS_KEYS_ENUMERABLE_ONLY);
    if (js_is_exception(keys))
        return -1;
    JSValue lenv = js_get_atom(ctx, keys, ctx->atoms.length);
    uint32_t len = js_is_int(lenv) ? (uint32_t)js_get_int(lenv) : 0;
    for (uint32_t i = 0; i < len; i++) {
        JSValue k = js_get_index(ctx, keys, i);
        JSValue v = js_get(ctx, src, k);
        if (js_is_exception(v))
            return -1;
        js_define_value(ctx, to, k, v, JS_PROP_CWE);
    }
    return 0;
}

JSValue eval_object(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    if (eval_stack_low(ctx))
        return js_throw_stack_overflow(ctx);
    JSValue obj = js_new_object(ctx);
    if (js_is_exception(obj))
        return obj;
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *p = n->list.items[i];
        if (p->kind == AST_SPREAD) {
            JSValue v = eval_expr(f, p->a);
            if (js_is_exception(v) || copy_data_properties(ctx, obj, v) < 0)
                return JS_EXCEPTION;
            continue;
        }
        JSValue key = member_key(f, p);
        if (js_is_exception(key))
            return key;
        if (p->op != PROP_INIT) {
            if (eval_define_method(f, obj, key, p, true) < 0)
                return JS_EXCEPTION;
            continue;
        }
        JSValue v;
        if (!p->b) {
            v = eval_ident_get(f, p->a);
        } else if (key == ctx->atoms.proto && !(p->flags & (AST_F_COMPUTED | AST_F_SHORTHAND))) {
            v = eval_expr(f, p->b);
            if (js_is_exception(v))
                return v;
            if ((js_is_object(v) || js_is_null(v)) && js_set_prototype(ctx, obj, v, false) < 0)
                return JS_EXCEPTION;
            continue;
        } else if (p->flags & AST_F_SHORTHAND) {
            v = eval_expr(f, p->b);
        } else {
            v = eval_named(f, p->b, key);
        }
        if (js_is_exception(v))
            return v;
        if (js_define_value(ctx, obj, key, v, JS_PROP_CWE) < 0)
            return JS_EXCEPTION;
    }
    return obj;
}

/* ------------------------------------------------------------ private members
 *
 * A class evaluation makes one symbol per private name, flagged is_private
 * so that js_own_keys never lists it (nor anything built on it: inspect,
 * JSON, Object.assign, spread, getOwnPropertySymbols).  Instances hold their
 * private elements as own properties under those symbols: fields writable,
 * methods read-only, accessors as accessors.  Only this file reads them, by
 * own lookup, so the prototype chain and extensibility never matter. */

static int private_find(JSObject *o, JSValue key, int *flags)
{
    int i = js_shape_lookup(o->shape, key);
    if (i >= 0)
        *flags = (int)o->shape->table->entries[i].flags;
    return i;
}

static const char *private_name(JSContext *ctx, Node *n)
{
    return js_to_utf8(ctx, ((Binding *)n->info)->name, NULL);
}

static const char *class_name(JSContext *ctx, Node *cls)
{
    return cls->val ? js_to_utf8(ctx, cls->val, NULL) : "anonymous";
}

/* obj has no element for n's private name: node's TypeErrors. */
static JSValue private_miss(Frame *f, Node *n, JSValue obj, bool write)
{
    JSContext *ctx = f->ctx;
    Binding *b = n->info;
    const char *name = private_name(ctx, n);
    bool field = b->decl->op == PROP_FIELD;
    eval_set_pos(f, n);
    if (js_is_nullish(obj)) {
        const char *what = js_is_null(obj) ? "null" : "undefined";
        if (!field)   /* V8 reads the class's brand first */
            return js_throw_type_error(ctx, "Cannot read properties of %s (reading '%s')", what,
                                       class_name(ctx, b->cls));
        if (write)
            return js_throw_type_error(ctx, "Cannot set properties of %s (setting '%s')", what, name);
        return js_throw_type_error(ctx, "Cannot read properties of %s (reading '%s')", what, name);
    }
    if (field)
        return js_throw_type_error(ctx, "Cannot %s private member %s %s an object whose class did not declare it",
                                   write ? "write" : "read", name, write ? "to" : "from");
    if (b->decl->flags & AST_F_STATIC)
        return js_throw_type_error(ctx, "Receiver must be class %s", class_name(ctx, b->cls));
    return js_throw_type_error(ctx, "Receiver must be an instance of class %s", class_name(ctx, b->cls));
}

/* A field's slot is cached on the node as (shape, index); the index must
 * still hold this evaluation's symbol (a class evaluated twice makes two). */
static inline int private_cached(Node *n, JSObject *o, JSValue key)
{
    JSShape *sh = o->shape;
    if (sh == n->ic_shape && n->ic_index < sh->count && sh->table->entries[n->ic_index].key == key)
        return (int)n->ic_index;
    return -1;
}

JSValue eval_private_get(Frame *f, Node *n, JSValue obj)
{
    JSValue key = eval_ident_get(f, n);
    if (js_is_exception(key))
        return key;
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        int fl, i = private_cached(n, o, key);
        if (i >= 0)
            return o->slots[i];
        i = private_find(o, key, &fl);
        if (i >= 0) {
            JSValue v = o->slots[i];
            if (!(fl & JS_PROP_ACCESSOR)) {
                if (fl == JS_PROP_WRITABLE) {
                    n->ic_shape = o->shape;
                    n->ic_index = (uint32_t)i;
                }
                return v;
            }
            JSAccessor *a = js_get_ptr(v);
            if (js_is_undefined(a->getter)) {
                eval_set_pos(f, n);
                return js_throw_type_error(f->ctx, "'%s' was defined without a getter", private_name(f->ctx, n));
            }
            eval_set_pos(f, n);
            return js_call(f->ctx, a->getter, obj, 0, NULL);
        }
    }
    return private_miss(f, n, obj, false);
}

int eval_private_set(Frame *f, Node *n, JSValue obj, JSValue v)
{
    JSValue key = eval_ident_get(f, n);
    if (js_is_exception(key))
        return -1;
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        int fl, i = private_cached(n, o, key);
        if (i >= 0) {
            o->slots[i] = v;
            return 0;
        }
        i = private_find(o, key, &fl);
        if (i >= 0) {
            if (fl & JS_PROP_ACCESSOR) {
                JSAccessor *a = js_get_ptr(o->slots[i]);
                if (js_is_undefined(a->setter)) {
                    eval_set_pos(f, n);
                    js_throw_type_error(f->ctx, "'%s' was defined without a setter", private_name(f->ctx, n));
                    return -1;
                }
                return js_is_exception(js_call(f->ctx, a->setter, obj, 1, &v)) ? -1 : 0;
            }
            if (!(fl & JS_PROP_WRITABLE)) {
                eval_set_pos(f, n);
                js_throw_type_error(f->ctx, "Private method '%s' is not writable", private_name(f->ctx, n));
                return -1;
            }
            o->slots[i] = v;
            n->ic_shape = o->shape;
            n->ic_index = (uint32_t)i;
            return 0;
        }
    }
    private_miss(f, n, obj, true);
    return -1;
}

/* #x in obj */
JSValue eval_private_in(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    JSValue obj = eval_expr(f, n->b);
    if (js_is_exception(obj))
        return obj;
    if (!js_is_object(obj)) {
        JSValue s = js_to_string(ctx, obj);
        if (js_is_exception(s))
            return s;
        eval_set_pos(f, n);
        return js_throw_type_error(ctx, "Cannot use 'in' operator to search for '%s' in %s",
                                   private_name(ctx, n->a), js_to_utf8(ctx, s, NULL));
    }
    JSValue key = eval_ident_get(f, n->a);
    if (js_is_exception(key))
        return key;
    int fl;
    return js_new_bool(private_find(js_obj(obj), key, &fl) >= 0);
}

/* Install element i of cf, a private one, on a new instance (v: a field's value). */
static int init_private(JSContext *ctx, ClassFields *cf, uint32_t i, JSValue obj, JSValue v)
{
    ClassField *c = &cf->items[i];
    int fl;
    bool present = private_find(js_obj(obj), c->key, &fl) >= 0;
    if (c->kind == CF_PRIVATE_FIELD) {
        if (present) {
            js_throw_type_error(ctx, "Cannot initialize %s twice on the same object",
                                js_to_utf8(ctx, ((JSSymbol *)js_get_ptr(c->key))->description, NULL));
            return -1;
        }
        return js_define_value(ctx, obj, c->key, v, JS_PROP_WRITABLE);
    }
    if (present) {   /* a method already there: the instance has this class's brand */
        js_throw_type_error(ctx, "Cannot initialize private methods of class %s twice on the same object",
                            js_to_utf8(ctx, cf->class_name, NULL));
        return -1;
    }
    if (c->kind == CF_PRIVATE_METHOD)
        return js_define_value(ctx, obj, c->key, c->init, 0);
    return js_define_accessor(ctx, obj, c->key, c->init, c->setter, 0);
}

/* ------------------------------------------------------------ classes */

static bool is_private_key(JSValue key)
{
    return js_is_symbol(key) && ((JSSymbol *)js_get_ptr(key))->is_private;
}

int eval_init_fields(JSContext *ctx, JSValue func, JSValue obj)
{
    JSValue fv = js_obj(func)->u.func.fields;
    if (fv == JS_UNDEFINED || fv == 0)
        return 0;
    ClassFields *cf = js_get_ptr(fv);
    for (uint32_t i = 0; i < cf->n; i++) {
        JSValue v = JS_UNDEFINED;
        int kind = cf->items[i].kind;
        if ((kind == CF_FIELD || kind == CF_PRIVATE_FIELD) && cf->items[i].init != JS_UNDEFINED) {
            v = js_call(ctx, cf->items[i].init, obj, 0, NULL);
            if (js_is_exception(v))
                return -1;
        }
        if (kind != CF_FIELD) {
            if (init_private(ctx, cf, i, obj, v) < 0)
                return -1;
            continue;
        }
        JSPropertyDescriptor d = { JS_PROP_CWE, v, JS_UNDEFINED, JS_UNDEFINED };
        if (js_define_property(ctx, obj, cf->items[i].key, &d,
                               JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                               JS_DESC_HAS_CONFIGURABLE, true) < 0)
            return -1;
    }
    return 0;
}

static JSValue class_heritage(Frame *f, Node *cls, JSObject **proto_parent, JSValue *ctor_parent)
{
    JSContext *ctx = f->ctx;
    *proto_parent = ctx->object_proto;
    *ctor_parent = js_mkptr(ctx->function_proto);
    if (!cls->a)
        return JS_UNDEFINED;
    JSValue sup = eval_expr(f, cls->a);
    if (js_is_exception(sup))
        return sup;
    if (js_is_null(sup)) {
        *proto_parent = NULL;
        return JS_UNDEFINED;
    }
    if (!js_is_constructor(sup)) {
        eval_set_pos(f, cls->a);
        return js_throw_type_error(ctx, "Class extends value %s is not a constructor or null",
                                   js_describe(ctx, sup));
    }
    JSValue pp = js_get_atom(ctx, sup, ctx->atoms.prototype);
    if (js_is_exception(pp))
        return pp;
    if (!js_is_object(pp) && !js_is_null(pp))
        return js_throw_type_error(ctx, "Class extends value does not have valid prototype property %s",
                                   js_describe(ctx, pp));
    *proto_parent = js_is_null(pp) ? NULL : js_obj(pp);
    *ctor_parent = sup;
    return JS_UNDEFINED;
}

typedef struct Pending {
    JSValue key;      /* JS_EMPTY: static block */
    JSValue fn;       /* initialiser closure or undefined */
} Pending;

/* What evaluating the member list collects for later. */
typedef struct ClassBuild {
    JSValue F, proto;
    ClassField *methods, *fields;   /* per instance: private methods/accessors, fields */
    uint32_t nmethods, nfields;
    Pending *statics;               /* static fields and blocks, run once F is complete */
    uint32_t nstatic;
} ClassBuild;

/* Fresh private names for this evaluation of the class. */
static void make_private_names(Frame *f, Scope *s)
{
    for (uint32_t i = 0; i < s->nbind; i++) {
        Binding *b = s->bindings[i];
        if (b->kind != B_PRIVATE)
            continue;
        JSValue sym = js_new_symbol(f->ctx, b->name);
        ((JSSymbol *)js_get_ptr(sym))->is_private = true;
        eval_store_binding(f, b, sym);
    }
}

/* A private method or accessor half: static ones go on F now, the others
 * on every instance (ClassBuild.methods, getter and setter paired). */
static int private_method(Frame *f, ClassBuild *cb, Node *m, JSValue key, JSValue name)
{
    if (m->flags & AST_F_STATIC) {
        if (m->op != PROP_METHOD)
            return define_accessor_half(f, cb->F, key, name, m, 0);
        JSValue fn = make_method(f, m->b, cb->F, name, NULL);
        return js_is_exception(fn) ? -1 : js_define_value(f->ctx, cb->F, key, fn, 0);
    }
    const char *prefix = m->op == PROP_GET ? "get " : m->op == PROP_SET ? "set " : NULL;
    JSValue fn = make_method(f, m->b, cb->proto, name, prefix);
    if (js_is_exception(fn))
        return -1;
    if (m->op == PROP_METHOD) {
        cb->methods[cb->nmethods++] = (ClassField){ key, fn, JS_UNDEFINED, CF_PRIVATE_METHOD };
        return 0;
    }
    ClassField *c = NULL;
    for (uint32_t i = 0; i < cb->nmethods && !c; i++)
        if (cb->methods[i].key == key)
            c = &cb->methods[i];
    if (!c) {
        c = &cb->methods[cb->nmethods++];
        *c = (ClassField){ key, JS_UNDEFINED, JS_UNDEFINED, CF_PRIVATE_ACCESSOR };
    }
    if (m->op == PROP_GET)
        c->init = fn;
    else
        c->setter = fn;
    return 0;
}

static int class_member(Frame *f, ClassBuild *cb, Node *m)
{
    JSContext *ctx = f->ctx;
    bool is_static = m->flags & AST_F_STATIC;
    JSValue target = is_static ? cb->F : cb->proto;
    if (m->op == PROP_STATIC_BLOCK) {
        JSValue fn = make_method(f, m->c, cb->F, ctx->atoms.empty, NULL);
        if (js_is_exception(fn))
            return -1;
        cb->statics[cb->nstatic++] = (Pending){ JS_EMPTY, fn };
        return 0;
    }
    JSValue key = member_key(f, m);
    if (js_is_exception(key))
        return -1;
    if (is_static && key == ctx->atoms.prototype) {
        /* only a computed key gets here (the parser rejects the others):
         * F.prototype is not configurable, so defining it would fail */
        eval_set_pos(f, m);
        js_throw_type_error(ctx, "Classes may not have a static property named 'prototype'");
        return -1;
    }
    bool priv = !(m->flags & AST_F_COMPUTED) && m->a->kind == AST_PRIVATE_NAME;
    JSValue name = priv ? m->a->val : key;   /* functions are named "#x" */
    if (m->op == PROP_FIELD) {
        JSValue fn = JS_UNDEFINED;
        if (m->c) {
            fn = make_method(f, m->c, target, name, NULL);
            if (js_is_exception(fn))
                return -1;
        }
        if (is_static)
            cb->statics[cb->nstatic++] = (Pending){ key, fn };
        else
            cb->fields[cb->nfields++] = (ClassField){ key, fn, JS_UNDEFINED, priv ? CF_PRIVATE_FIELD : CF_FIELD };
        return 0;
    }
    if (priv)
        return private_method(f, cb, m, key, name);
    return eval_define_method(f, target, key, m, false);
}

static ClassFields *class_fields(JSContext *ctx, ClassBuild *cb, Node *cls)
{
    uint32_t n = cb->nmethods + cb->nfields;
    ClassFields *cf = js_malloc(sizeof(ClassFields) + (n + 1) * sizeof(ClassField));
    cf->n = n;
    cf->class_name = cls->val ? cls->val : ctx->atoms.anonymous;
    memcpy(cf->items, cb->methods, cb->nmethods * sizeof(ClassField));
    memcpy(cf->items + cb->nmethods, cb->fields, cb->nfields * sizeof(ClassField));
    return cf;
}

static int run_statics(JSContext *ctx, ClassBuild *cb)
{
    for (uint32_t i = 0; i < cb->nstatic; i++) {
        Pending *p = &cb->statics[i];
        JSValue v = JS_UNDEFINED;
        if (p->fn != JS_UNDEFINED) {
            v = js_call(ctx, p->fn, cb->F, 0, NULL);
            if (js_is_exception(v))
                return -1;
        }
        if (p->key != JS_EMPTY &&
            js_define_value(ctx, cb->F, p->key, v, is_private_key(p->key) ? JS_PROP_WRITABLE : JS_PROP_CWE) < 0)
            return -1;
    }
    return 0;
}

JSValue eval_class(Frame *f, Node *cls, JSValue name)
{
    JSContext *ctx = f->ctx;
    Scope *s = cls->info;
    JSEnv *saved = eval_enter_scope(f, s);
    make_private_names(f, s);
    JSValue result = JS_EXCEPTION;
    JSObject *proto_parent;
    JSValue ctor_parent;
    if (js_is_exception(class_heritage(f, cls, &proto_parent, &ctor_parent)))
        goto out;
    JSValue proto = js_new_object_proto(ctx, proto_parent);
    if (!name && !cls->val)
        name = eval_field_fn_name(f, cls);
    if (!name)
        name = cls->val ? cls->val : ctx->atoms.empty;
    JSValue F = eval_new_closure(f, cls->b, name);
    if (js_is_exception(proto) || js_is_exception(F))
        goto out;
    JSObject *fo = js_obj(F);
    fo->h.flags |= JS_OBJ_CONSTRUCTOR | JS_OBJ_CLASS_CTOR | (cls->a ? JS_OBJ_DERIVED : 0);
    fo->u.func.home = proto;
    if (js_set_prototype(ctx, F, ctor_parent, true) < 0)
        goto out;
    js_define_value(ctx, F, ctx->atoms.prototype, proto, 0);
    js_define_value(ctx, proto, ctx->atoms.constructor, F, JS_PROP_CW);

    uint32_t n = cls->list.len;
    ClassBuild cb = { F, proto, js_malloc((n + 1) * sizeof(ClassField)), js_malloc((n + 1) * sizeof(ClassField)),
                      0, 0, js_malloc((n + 1) * sizeof(Pending)), 0 };
    for (uint32_t i = 0; i < n; i++)
        if (class_member(f, &cb, cls->list.items[i]) < 0)
            goto out;
    fo->u.func.fields = cb.nmethods + cb.nfields ? js_mkptr(class_fields(ctx, &cb, cls)) : JS_UNDEFINED;
    if (s->nbind && s->bindings[0]->kind == B_CLASSNAME)
        eval_store_binding(f, s->bindings[0], F);
    if (run_statics(ctx, &cb) < 0)
        goto out;
    result = F;
out:
    f->env = saved;
    return result;
}

/* ------------------------------------------------------------ templates */

JSValue eval_template(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    JSValue acc = n->list.items[0]->val ? n->list.items[0]->val : ctx->atoms.empty;
    for (uint32_t i = 1; i + 1 < n->list.len; i += 2) {
        JSValue v = eval_expr(f, n->list.items[i]);
        if (js_is_exception(v))
            return v;
        if (!js_is_string(v)) {
            v = js_to_string(ctx, v);
            if (js_is_exception(v))
                return v;
        }
        acc = js_concat(ctx, acc, v);
        JSValue q = n->list.items[i + 1]->val;
        if (q && js_str(q)->len)
            acc = js_concat(ctx, acc, q);
    }
    return acc;
}

static JSValue freeze(JSContext *ctx, JSValue arr)
{
    JSValue obj_ctor = js_get_str(ctx, ctx->global, "Object");
    if (js_is_object(obj_ctor))
        js_invoke(ctx, obj_ctor, js_atom(ctx, "freeze"), 1, &arr);
    return arr;
}

/* The strings array of a tagged template: made once per site, frozen. */
static JSValue template_strings(Frame *f, Node *tag_node, Node *tpl)
{
    JSContext *ctx = f->ctx;
    if (tag_node->ic_shape)
        return *(JSValue *)tag_node->ic_shape;
    uint32_t nq = (tpl->list.len + 1) / 2;
    JSValue cooked = js_new_array(ctx, 0), raw = js_new_array(ctx, 0);
    for (uint32_t i = 0; i < nq; i++) {
        Node *q = tpl->list.items[i * 2];
        js_array_push(ctx, cooked, q->val ? q->val : JS_UNDEFINED);
        js_array_push(ctx, raw, js_new_string16(ctx, q->str2, q->str2_len));
    }
    freeze(ctx, raw);
    js_define_value(ctx, cooked, ctx->atoms.raw, raw, 0);
    freeze(ctx, cooked);
    JSValue *cell = js_malloc(sizeof(JSValue));
    *cell = cooked;
    tag_node->ic_shape = cell;
    return cooked;
}

JSValue eval_tagged_template(Frame *f, Node *n)
{
    JSContext *ctx = f->ctx;
    Node *tag = n->a, *tpl = n->b;
    JSValue this_val = JS_UNDEFINED, fn;
    if ((tag->kind == AST_MEMBER || tag->kind == AST_INDEX) && tag->a->kind != AST_SUPER) {
        this_val = eval_expr(f, tag->a);
        if (js_is_exception(this_val))
            return this_val;
        JSValue key = tag->kind == AST_MEMBER ? tag->val : eval_to_key(f, tag->b);
        if (js_is_exception(key))
            return key;
        fn = js_get(ctx, this_val, key);
    } else if (tag->kind == AST_PRIVATE_MEMBER) {
        this_val = eval_expr(f, tag->a);
        if (js_is_exception(this_val))
            return this_val;
        fn = eval_private_get(f, tag, this_val);
    } else {
        fn = eval_expr(f, tag);
    }
    if (js_is_exception(fn))
        return fn;
    uint32_t nexpr = tpl->list.len / 2;
    JSValue *argv = js_malloc((nexpr + 1) * sizeof(JSValue));
    argv[0] = template_strings(f, n, tpl);
    for (uint32_t i = 0; i < nexpr; i++) {
        JSValue v = eval_expr(f, tpl->list.items[i * 2 + 1]);
        if (js_is_exception(v))
            return v;
        argv[i + 1] = v;
    }
    if (!js_is_function(fn)) {
        eval_set_pos(f, tag);
        return js_throw_type_error(ctx, "%s is not a function", eval_node_text(f, tag));
    }
    eval_set_pos(f, tpl);   /* V8: a tagged call is at its template */
    return js_call(ctx, fn, this_val, (int)nexpr + 1, argv);
}
