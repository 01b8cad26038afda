/* eval_class.c - object literals, classes and template literals: the
 * expressions that build objects from a list of parts.
 *
 * Methods get a home object (u.func.home) for super.x; class constructors
 * carry their instance fields (u.func.fields), run on each new instance
 * before the constructor body (base) or right after super() (derived). */
#include <string.h>

#include "eval.h"

static JSValue member_key(Frame *f, Node *p)
{
    if (p->flags & AST_F_COMPUTED)
        return eval_to_key(f, p->a);
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

static int define_accessor_half(Frame *f, JSValue obj, JSValue key, Node *p, bool enumerable)
{
    JSContext *ctx = f->ctx;
    bool getter = p->op == PROP_GET;
    JSValue fn = make_method(f, p->b, obj, key, getter ? "get " : "set ");
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
    return js_define_accessor(ctx, obj, key, g, s, JS_PROP_CONFIGURABLE | (enumerable ? JS_PROP_ENUMERABLE : 0));
}

int eval_define_method(Frame *f, JSValue obj, JSValue key, Node *p, bool enumerable)
{
    if (p->op == PROP_GET || p->op == PROP_SET)
        return define_accessor_half(f, obj, key, p, enumerable);
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

/* ------------------------------------------------------------ classes */

int eval_init_fields(JSContext *ctx, JSValue func, JSValue obj)
{
    JSValue fv = js_obj(func)->u.func.fields;
    if (fv == JS_UNDEFINED || fv == 0)
        return 0;
    ClassFields *cf = js_get_ptr(fv);
    for (uint32_t i = 0; i < cf->n; i++) {
        JSValue v = JS_UNDEFINED;
        if (cf->items[i].init != JS_UNDEFINED) {
            v = js_call(ctx, cf->items[i].init, obj, 0, NULL);
            if (js_is_exception(v))
                return -1;
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

JSValue eval_class(Frame *f, Node *cls, JSValue name)
{
    JSContext *ctx = f->ctx;
    Scope *s = cls->info;
    JSEnv *saved = eval_enter_scope(f, s);
    JSValue result = JS_EXCEPTION;
    JSObject *proto_parent;
    JSValue ctor_parent;
    if (js_is_exception(class_heritage(f, cls, &proto_parent, &ctor_parent)))
        goto out;
    JSValue proto = js_new_object_proto(ctx, proto_parent);
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

    uint32_t n = cls->list.len, nfields = 0, nstatic = 0;
    ClassFields *cf = js_malloc(sizeof(ClassFields) + (n + 1) * sizeof(ClassField));
    Pending *statics = js_malloc((n + 1) * sizeof(Pending));
    for (uint32_t i = 0; i < n; i++) {
        Node *m = cls->list.items[i];
        bool is_static = m->flags & AST_F_STATIC;
        JSValue target = is_static ? F : proto;
        if (m->op == PROP_STATIC_BLOCK) {
            JSValue fn = make_method(f, m->c, F, ctx->atoms.empty, NULL);
            if (js_is_exception(fn))
                goto out;
            statics[nstatic++] = (Pending){ JS_EMPTY, fn };
            continue;
        }
        JSValue key = member_key(f, m);
        if (js_is_exception(key))
            goto out;
        if (m->op == PROP_FIELD) {
            JSValue fn = JS_UNDEFINED;
            if (m->c) {
                fn = make_method(f, m->c, target, key, NULL);
                if (js_is_exception(fn))
                    goto out;
            }
            if (is_static)
                statics[nstatic++] = (Pending){ key, fn };
            else
                cf->items[nfields++] = (ClassField){ key, fn };
            continue;
        }
        if (eval_define_method(f, target, key, m, false) < 0)
            goto out;
    }
    cf->n = nfields;
    fo->u.func.fields = nfields ? js_mkptr(cf) : JS_UNDEFINED;
    if (s->nbind && s->bindings[0]->kind == B_CLASSNAME)
        eval_store_binding(f, s->bindings[0], F);
    for (uint32_t i = 0; i < nstatic; i++) {
        JSValue v = JS_UNDEFINED;
        if (statics[i].fn != JS_UNDEFINED) {
            v = js_call(ctx, statics[i].fn, F, 0, NULL);
            if (js_is_exception(v))
                goto out;
        }
        if (statics[i].key != JS_EMPTY && js_define_value(ctx, F, statics[i].key, v, JS_PROP_CWE) < 0)
            goto out;
    }
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
        js_set_index(ctx, cooked, i, q->val ? q->val : JS_UNDEFINED);
        js_set_index(ctx, raw, i, js_new_string16(ctx, q->str2, q->str2_len));
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
    eval_set_pos(f, tag);
    return js_call(ctx, fn, this_val, (int)nexpr + 1, argv);
}
