/* object.c - the Object constructor, its static functions and
 * Object.prototype, plus the small helpers (object.h) the other BUILTINS-A
 * files share.  Everything goes through js.h: property storage, shapes and
 * [[DefineOwnProperty]] validation belong to the runtime. */
#include <math.h>

#include "builtins.h"
#include "object.h"
#include "state.h"

/* ------------------------------------------------------------ shared helpers */

static const char *ctor_name_of(JSContext *ctx, JSObject *o)
{
    JSPropertyDescriptor d;
    for (JSObject *p = o; p; p = p->proto) {
        int r = js_get_own_property(ctx, p, ctx->atoms.constructor, &d);
        if (r < 0) {
            ctx->exception = JS_UNDEFINED;
            return NULL;
        }
        if (r == 0)
            continue;
        if ((d.flags & JS_PROP_ACCESSOR) || !js_is_function(d.value))
            return NULL;
        if (js_get_own_property(ctx, js_obj(d.value), ctx->atoms.name, &d) <= 0 ||
            (d.flags & JS_PROP_ACCESSOR) || !js_is_string(d.value) || js_str(d.value)->len == 0)
            return NULL;
        return js_to_utf8(ctx, d.value, NULL);
    }
    return NULL;
}

const char *js_receiver_string(JSContext *ctx, JSValue v)
{
    if (js_is_symbol(v)) {
        JSSymbol *s = (JSSymbol *)js_get_ptr(v);
        JSStringBuilder sb;
        js_sb_init(&sb, ctx);
        js_sb_puts(&sb, "Symbol(");
        if (js_is_string(s->description))
            js_sb_put_string(&sb, s->description);
        js_sb_putc(&sb, ')');
        return js_to_utf8(ctx, js_sb_finish(&sb), NULL);
    }
    if (!js_is_object(v)) {
        JSValue s = js_to_string(ctx, v);
        if (js_is_exception(s)) {
            ctx->exception = JS_UNDEFINED;
            return "?";
        }
        return js_to_utf8(ctx, s, NULL);
    }
    if (js_is_array(v))
        return "[object Array]";
    if (js_is_function(v)) {
        JSValue name = js_get_atom(ctx, v, ctx->atoms.name);
        const char *n = js_is_string(name) ? js_to_utf8(ctx, name, NULL) : "";
        size_t len = strlen(n) + 40;
        char *buf = js_malloc_atomic(len);
        snprintf(buf, len, "function %s() { [native code] }", n);
        return buf;
    }
    const char *name = ctor_name_of(ctx, js_obj(v));
    if (!name)
        return "[object Object]";
    size_t len = strlen(name) + 4;
    char *buf = js_malloc_atomic(len);
    snprintf(buf, len, "#<%s>", name);
    return buf;
}

JSValue js_throw_not_function(JSContext *ctx, JSValue v)
{
    return js_throw_type_error(ctx, "%s is not a function", js_receiver_string(ctx, v));
}

int js_length_of(JSContext *ctx, JSValue obj, uint64_t *len)
{
    if (js_is_array(obj)) {   /* u.array.len is every array's length */
        *len = js_obj(obj)->u.array.len;
        return 0;
    }
    JSValue l = js_get_atom(ctx, obj, ctx->atoms.length);
    if (js_is_exception(l))
        return -1;
    return js_to_length(ctx, l, len);
}

JSValue js_index_key(JSContext *ctx, uint64_t i)
{
    if (i < 0xffffffffull)
        return js_atom_from_uint(ctx, (uint32_t)i);
    return js_to_property_key(ctx, js_new_number((double)i));
}

JSValue js_get_elem(JSContext *ctx, JSValue obj, uint64_t i)
{
    if (js_is_object(obj)) {
        JSObject *o = js_obj(obj);
        if ((o->h.flags & JS_OBJ_FAST_ARRAY) && i < o->u.array.len && o->u.array.elems[i] != JS_EMPTY)
            return o->u.array.elems[i];
    }
    if (i < 0xffffffffull)
        return js_get_index(ctx, obj, (uint32_t)i);
    JSValue key = js_index_key(ctx, i);
    if (js_is_exception(key))
        return key;
    return js_get(ctx, obj, key);
}

int js_list_from_array_like(JSContext *ctx, JSValue arr, JSValue **out, int *n)
{
    uint64_t len;
    if (!js_is_object(arr)) {
        js_throw_type_error(ctx, "CreateListFromArrayLike called on non-object");
        return -1;
    }
    if (js_length_of(ctx, arr, &len) < 0)
        return -1;
    if (len > 10000000) {
        js_throw_range_error(ctx, "Maximum call stack size exceeded");
        return -1;
    }
    JSValue *list = js_malloc(sizeof *list * (len ? len : 1));
    for (uint64_t i = 0; i < len; i++) {
        list[i] = js_get_elem(ctx, arr, i);
        if (js_is_exception(list[i]))
            return -1;
    }
    *out = list;
    *n = (int)len;
    return 0;
}

int js_create_data_index(JSContext *ctx, JSValue obj, uint64_t i, JSValue v)
{
    JSObject *o = js_is_object(obj) ? js_obj(obj) : NULL;
    if (o && js_is_array(obj) && (o->h.flags & (JS_OBJ_FAST_ARRAY | JS_OBJ_EXTENSIBLE)) ==
                                     (JS_OBJ_FAST_ARRAY | JS_OBJ_EXTENSIBLE)) {
        /* fast elements are plain data: defining one is storing it */
        if (i < o->u.array.len) {
            o->u.array.elems[i] = v;
            return 0;
        }
        if (i == o->u.array.len)
            return js_array_push(ctx, obj, v);
    }
    JSValue key = js_index_key(ctx, i);
    if (js_is_exception(key))
        return -1;
    JSPropertyDescriptor d = { JS_PROP_CWE, v, JS_UNDEFINED, JS_UNDEFINED };
    return js_define_property(ctx, obj, key, &d,
                              JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE | JS_DESC_HAS_ENUMERABLE |
                                  JS_DESC_HAS_CONFIGURABLE, true) < 0 ? -1 : 0;
}

JSValue js_from_descriptor(JSContext *ctx, const JSPropertyDescriptor *d)
{
    JSValue o = js_new_object(ctx);
    if (d->flags & JS_PROP_ACCESSOR) {
        js_define_value(ctx, o, ctx->atoms.get, d->getter, JS_PROP_CWE);
        js_define_value(ctx, o, ctx->atoms.set, d->setter, JS_PROP_CWE);
    } else {
        js_define_value(ctx, o, ctx->atoms.value, d->value, JS_PROP_CWE);
        js_define_value(ctx, o, ctx->atoms.writable, js_new_bool(d->flags & JS_PROP_WRITABLE), JS_PROP_CWE);
    }
    js_define_value(ctx, o, ctx->atoms.enumerable, js_new_bool(d->flags & JS_PROP_ENUMERABLE), JS_PROP_CWE);
    js_define_value(ctx, o, ctx->atoms.configurable, js_new_bool(d->flags & JS_PROP_CONFIGURABLE), JS_PROP_CWE);
    return o;
}

/* Reads one optional field of a descriptor object: 1 present, 0 absent. */
static int desc_field(JSContext *ctx, JSValue obj, JSValue atom, JSValue *out)
{
    int r = js_has_property(ctx, obj, atom);
    if (r <= 0)
        return r;
    *out = js_get_atom(ctx, obj, atom);
    return js_is_exception(*out) ? -1 : 1;
}

int js_to_descriptor(JSContext *ctx, JSValue obj, JSPropertyDescriptor *d, int *has)
{
    static const struct { int has, flag; } bools[] = {
        { JS_DESC_HAS_ENUMERABLE, JS_PROP_ENUMERABLE },
        { JS_DESC_HAS_CONFIGURABLE, JS_PROP_CONFIGURABLE },
        { JS_DESC_HAS_WRITABLE, JS_PROP_WRITABLE },
    };
    JSValue atoms[3] = { ctx->atoms.enumerable, ctx->atoms.configurable, ctx->atoms.writable };
    JSValue v;
    int r;

    if (!js_is_object(obj)) {
        js_throw_type_error(ctx, "Property description must be an object: %s", js_receiver_string(ctx, obj));
        return -1;
    }
    d->flags = 0;
    d->value = d->getter = d->setter = JS_UNDEFINED;
    *has = 0;
    for (int i = 0; i < 3; i++) {
        if ((r = desc_field(ctx, obj, atoms[i], &v)) < 0)
            return -1;
        if (r) {
            *has |= bools[i].has;
            if (js_to_boolean(v))
                d->flags |= bools[i].flag;
        }
    }
    if ((r = desc_field(ctx, obj, ctx->atoms.value, &d->value)) < 0)
        return -1;
    if (r)
        *has |= JS_DESC_HAS_VALUE;
    if ((r = desc_field(ctx, obj, ctx->atoms.get, &d->getter)) < 0)
        return -1;
    if (r) {
        if (!js_is_function(d->getter) && !js_is_undefined(d->getter)) {
            js_throw_type_error(ctx, "Getter must be a function: %s", js_receiver_string(ctx, d->getter));
            return -1;
        }
        *has |= JS_DESC_HAS_GET;
    }
    if ((r = desc_field(ctx, obj, ctx->atoms.set, &d->setter)) < 0)
        return -1;
    if (r) {
        if (!js_is_function(d->setter) && !js_is_undefined(d->setter)) {
            js_throw_type_error(ctx, "Setter must be a function: %s", js_receiver_string(ctx, d->setter));
            return -1;
        }
        *has |= JS_DESC_HAS_SET;
    }
    if ((*has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) && (*has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE))) {
        js_throw_type_error(ctx, "Invalid property descriptor. Cannot both specify accessors "
                                 "and a value or writable attribute, %s", js_receiver_string(ctx, obj));
        return -1;
    }
    if (*has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET))
        d->flags |= JS_PROP_ACCESSOR;
    return 0;
}

/* ------------------------------------------------------------ small helpers */

static uint32_t keys_len(JSValue keys)
{
    return js_obj(keys)->u.array.len;
}

/* The keys array from js_own_keys is a fresh fast array. */
static JSValue keys_at(JSValue keys, uint32_t i)
{
    return js_obj(keys)->u.array.elems[i];
}

static JSValue own_keys(JSContext *ctx, JSValue obj, int flags)
{
    JSValue keys = js_own_keys(ctx, obj, flags);
    if (!js_is_exception(keys) && !(js_obj(keys)->h.flags & JS_OBJ_FAST_ARRAY))
        return js_throw_type_error(ctx, "internal error: own keys not a fast array");
    return keys;
}

static JSValue check_proto_arg(JSContext *ctx, JSValue proto)
{
    if (!js_is_object(proto) && !js_is_null(proto))
        return js_throw_type_error(ctx, "Object prototype may only be an Object or null: %s",
                                   js_receiver_string(ctx, proto));
    return JS_UNDEFINED;
}

/* ------------------------------------------------------------ Object */

static JSValue Object_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx);
    if (!js_is_undefined(nt) && nt != js_builtin_state(ctx)->object_ctor)
        return js_new_object_proto(ctx, js_proto_from_ctor(ctx, nt, ctx->object_proto));
    if (js_is_nullish(argv[0]))
        return js_new_object(ctx);
    return js_to_object(ctx, argv[0]);
}

/* Get(o, k) for a key of o's own-keys list if k is still an own enumerable
 * property (a getter met earlier may have deleted it or made it hidden):
 * 1 with *v set, 0 to skip k, -1 on exception. */
static int get_enumerable_own(JSContext *ctx, JSValue o, JSValue k, JSValue *v)
{
    JSPropertyDescriptor d;
    int r = js_get_own_property(ctx, js_obj(o), k, &d);
    if (r <= 0 || !(d.flags & JS_PROP_ENUMERABLE))
        return r < 0 ? -1 : 0;
    *v = js_get(ctx, o, k);
    return js_is_exception(*v) ? -1 : 1;
}

static int define_properties(JSContext *ctx, JSValue obj, JSValue props)
{
    JSValue p = js_to_object(ctx, props);
    if (js_is_exception(p))
        return -1;
    JSValue keys = own_keys(ctx, p, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
    if (js_is_exception(keys))
        return -1;
    uint32_t n = keys_len(keys);
    JSPropertyDescriptor *descs = js_malloc(sizeof *descs * (n ? n : 1));
    int *has = js_malloc_atomic(sizeof *has * (n ? n : 1));
    JSValue *names = js_malloc(sizeof *names * (n ? n : 1));
    uint32_t m = 0;
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = keys_at(keys, i), dobj;
        int r = get_enumerable_own(ctx, p, k, &dobj);
        if (r < 0 || (r && js_to_descriptor(ctx, dobj, &descs[m], &has[m]) < 0))
            return -1;
        if (!r)
            continue;
        names[m++] = k;
    }
    for (uint32_t i = 0; i < m; i++)
        if (js_define_property(ctx, obj, names[i], &descs[i], has[i], true) < 0)
            return -1;
    return 0;
}

static JSValue Object_create(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_exception(check_proto_arg(ctx, argv[0])))
        return JS_EXCEPTION;
    JSValue o = js_new_object_proto(ctx, js_is_null(argv[0]) ? NULL : js_obj(argv[0]));
    if (!js_is_undefined(argv[1]) && define_properties(ctx, o, argv[1]) < 0)
        return JS_EXCEPTION;
    return o;
}

static JSValue Object_defineProperty(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSPropertyDescriptor d;
    int has;
    if (!js_is_object(argv[0]))
        return js_throw_type_error(ctx, "Object.defineProperty called on non-object");
    JSValue key = js_to_property_key(ctx, argv[1]);
    if (js_is_exception(key) || js_to_descriptor(ctx, argv[2], &d, &has) < 0)
        return JS_EXCEPTION;
    if (js_define_property(ctx, argv[0], key, &d, has, true) < 0)
        return JS_EXCEPTION;
    return argv[0];
}

static JSValue Object_defineProperties(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(argv[0]))
        return js_throw_type_error(ctx, "Object.defineProperties called on non-object");
    return define_properties(ctx, argv[0], argv[1]) < 0 ? JS_EXCEPTION : argv[0];
}

enum { KV_KEYS, KV_VALUES, KV_ENTRIES };

/* Object.keys / values / entries: EnumerableOwnProperties. */
static JSValue enumerable_own(JSContext *ctx, JSValue arg, int kind)
{
    JSValue o = js_to_object(ctx, arg);
    if (js_is_exception(o))
        return o;
    JSValue keys = own_keys(ctx, o, JS_KEYS_STRINGS | JS_KEYS_ENUMERABLE_ONLY);
    if (js_is_exception(keys) || kind == KV_KEYS)
        return keys;
    JSValue res = js_new_array(ctx, 0);
    uint32_t n = keys_len(keys);
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = keys_at(keys, i), v;
        int r = get_enumerable_own(ctx, o, k, &v);
        if (r < 0)
            return JS_EXCEPTION;
        if (!r)
            continue;
        if (kind == KV_ENTRIES) {
            JSValue pair[2] = { k, v };
            v = js_new_array_from(ctx, 2, pair);
        }
        if (js_array_push(ctx, res, v) < 0)
            return JS_EXCEPTION;
    }
    return res;
}

static JSValue Object_keys(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return enumerable_own(ctx, argv[0], KV_KEYS);
}

static JSValue Object_values(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return enumerable_own(ctx, argv[0], KV_VALUES);
}

static JSValue Object_entries(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return enumerable_own(ctx, argv[0], KV_ENTRIES);
}

static JSValue Object_assign(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue to = js_to_object(ctx, argv[0]);
    if (js_is_exception(to))
        return to;
    for (int a = 1; a < argc; a++) {
        if (js_is_nullish(argv[a]))
            continue;
        JSValue from = js_to_object(ctx, argv[a]);
        if (js_is_exception(from) || js_assign_own(ctx, to, from, true) < 0)
            return JS_EXCEPTION;
    }
    return to;
}

int js_assign_own(JSContext *ctx, JSValue to, JSValue from, bool symbols)
{
    JSValue keys = own_keys(ctx, from, JS_KEYS_STRINGS | (symbols ? JS_KEYS_SYMBOLS : 0));
    if (js_is_exception(keys))
        return -1;
    uint32_t n = keys_len(keys);
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = keys_at(keys, i), v;
        int r = get_enumerable_own(ctx, from, k, &v);
        if (r < 0 || (r && js_set(ctx, to, k, v, true) < 0))
            return -1;
    }
    return 0;
}

/* SetIntegrityLevel: sealed (frozen == false) or frozen. */
static int set_integrity(JSContext *ctx, JSValue obj, bool frozen)
{
    if (js_prevent_extensions(ctx, obj) < 0)
        return -1;
    JSValue keys = own_keys(ctx, obj, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
    if (js_is_exception(keys))
        return -1;
    uint32_t n = keys_len(keys);
    for (uint32_t i = 0; i < n; i++) {
        JSValue k = keys_at(keys, i);
        JSPropertyDescriptor d = { 0, JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };
        int has = JS_DESC_HAS_CONFIGURABLE;
        if (frozen) {
            JSPropertyDescriptor cur;
            int r = js_get_own_property(ctx, js_obj(obj), k, &cur);
            if (r < 0)
                return -1;
            if (r && !(cur.flags & JS_PROP_ACCESSOR))
                has |= JS_DESC_HAS_WRITABLE;
        }
        if (js_define_property(ctx, obj, k, &d, has, true) < 0)
            return -1;
    }
    return 0;
}

static int test_integrity(JSContext *ctx, JSValue obj, bool frozen)
{
    if (js_obj(obj)->h.flags & JS_OBJ_EXTENSIBLE)
        return 0;
    JSValue keys = own_keys(ctx, obj, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
    if (js_is_exception(keys))
        return -1;
    uint32_t n = keys_len(keys);
    for (uint32_t i = 0; i < n; i++) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(ctx, js_obj(obj), keys_at(keys, i), &d);
        if (r < 0)
            return -1;
        if (!r)
            continue;
        if (d.flags & JS_PROP_CONFIGURABLE)
            return 0;
        if (frozen && !(d.flags & JS_PROP_ACCESSOR) && (d.flags & JS_PROP_WRITABLE))
            return 0;
    }
    return 1;
}

static JSValue integrity(JSContext *ctx, JSValue v, bool frozen)
{
    if (!js_is_object(v))
        return v;
    return set_integrity(ctx, v, frozen) < 0 ? JS_EXCEPTION : v;
}

static JSValue is_integrity(JSContext *ctx, JSValue v, bool frozen)
{
    if (!js_is_object(v))
        return JS_TRUE;
    int r = test_integrity(ctx, v, frozen);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r);
}

static JSValue Object_freeze(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return integrity(ctx, argv[0], true);
}

static JSValue Object_seal(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return integrity(ctx, argv[0], false);
}

static JSValue Object_isFrozen(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return is_integrity(ctx, argv[0], true);
}

static JSValue Object_isSealed(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return is_integrity(ctx, argv[0], false);
}

static JSValue Object_preventExtensions(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_object(argv[0]) && js_prevent_extensions(ctx, argv[0]) < 0)
        return JS_EXCEPTION;
    return argv[0];
}

static JSValue Object_isExtensible(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(js_is_object(argv[0]) && (js_obj(argv[0])->h.flags & JS_OBJ_EXTENSIBLE));
}

static JSValue Object_getOwnPropertyNames(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, argv[0]);
    return js_is_exception(o) ? o : js_own_keys(ctx, o, JS_KEYS_STRINGS);
}

static JSValue Object_getOwnPropertySymbols(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, argv[0]);
    return js_is_exception(o) ? o : js_own_keys(ctx, o, JS_KEYS_SYMBOLS);
}

static JSValue Object_getOwnPropertyDescriptor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, argv[0]);
    if (js_is_exception(o))
        return o;
    JSValue key = js_to_property_key(ctx, argv[1]);
    if (js_is_exception(key))
        return key;
    JSPropertyDescriptor d;
    int r = js_get_own_property(ctx, js_obj(o), key, &d);
    if (r < 0)
        return JS_EXCEPTION;
    return r ? js_from_descriptor(ctx, &d) : JS_UNDEFINED;
}

static JSValue Object_getOwnPropertyDescriptors(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, argv[0]);
    if (js_is_exception(o))
        return o;
    JSValue keys = own_keys(ctx, o, JS_KEYS_STRINGS | JS_KEYS_SYMBOLS);
    if (js_is_exception(keys))
        return keys;
    JSValue res = js_new_object(ctx);
    uint32_t n = keys_len(keys);
    for (uint32_t i = 0; i < n; i++) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(ctx, js_obj(o), keys_at(keys, i), &d);
        if (r < 0)
            return JS_EXCEPTION;
        if (r)
            js_define_value(ctx, res, keys_at(keys, i), js_from_descriptor(ctx, &d), JS_PROP_CWE);
    }
    return res;
}

static JSValue Object_getPrototypeOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, argv[0]);
    if (js_is_exception(o))
        return o;
    JSObject *p = js_obj(o)->proto;
    return p ? js_mkptr(p) : JS_NULL;
}

static JSValue Object_setPrototypeOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(argv[0]))
        return js_throw_type_error(ctx, "Object.setPrototypeOf called on null or undefined");
    if (js_is_exception(check_proto_arg(ctx, argv[1])))
        return JS_EXCEPTION;
    if (js_is_object(argv[0]) && js_set_prototype(ctx, argv[0], argv[1], true) < 0)
        return JS_EXCEPTION;
    return argv[0];
}

static JSValue Object_fromEntries(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSIterator it;
    JSValue res = js_new_object(ctx), entry;
    if (js_get_iterator(ctx, argv[0], &it) < 0)
        return JS_EXCEPTION;
    int r;
    while ((r = js_iterator_step(ctx, &it, &entry)) > 0) {
        if (!js_is_object(entry)) {
            js_throw_type_error(ctx, "Iterator value %s is not an entry object", js_receiver_string(ctx, entry));
            js_iterator_close(ctx, &it, true);
            return JS_EXCEPTION;
        }
        JSValue k = js_get_elem(ctx, entry, 0), v = JS_UNDEFINED;
        if (!js_is_exception(k))
            v = js_get_elem(ctx, entry, 1);
        if (!js_is_exception(k) && !js_is_exception(v))
            k = js_to_property_key(ctx, k);
        if (js_is_exception(k) || js_is_exception(v) ||
            js_define_value(ctx, res, k, v, JS_PROP_CWE) < 0) {
            js_iterator_close(ctx, &it, true);
            return JS_EXCEPTION;
        }
    }
    return r < 0 ? JS_EXCEPTION : res;
}

static JSValue Object_is(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(js_same_value(argv[0], argv[1]));
}

static JSValue has_own(JSContext *ctx, JSValue obj, JSValue key)
{
    JSValue k = js_to_property_key(ctx, key);
    if (js_is_exception(k))
        return k;
    JSValue o = js_to_object(ctx, obj);
    if (js_is_exception(o))
        return o;
    int r = js_get_own_property(ctx, js_obj(o), k, NULL);
    return r < 0 ? JS_EXCEPTION : js_new_bool(r);
}

static JSValue Object_hasOwn(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, argv[0]);
    return js_is_exception(o) ? o : has_own(ctx, o, argv[1]);
}

/* ------------------------------------------------------------ Object.prototype */

static JSValue Object_prototype_hasOwnProperty(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return has_own(ctx, this_val, argv[0]);
}

static JSValue Object_prototype_isPrototypeOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!js_is_object(argv[0]))
        return JS_FALSE;
    JSValue o = js_to_object(ctx, this_val);
    if (js_is_exception(o))
        return o;
    for (JSObject *p = js_obj(argv[0])->proto; p; p = p->proto)
        if (p == js_obj(o))
            return JS_TRUE;
    return JS_FALSE;
}

static JSValue Object_prototype_propertyIsEnumerable(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue k = js_to_property_key(ctx, argv[0]);
    if (js_is_exception(k))
        return k;
    JSValue o = js_to_object(ctx, this_val);
    if (js_is_exception(o))
        return o;
    JSPropertyDescriptor d;
    int r = js_get_own_property(ctx, js_obj(o), k, &d);
    if (r < 0)
        return JS_EXCEPTION;
    return js_new_bool(r && (d.flags & JS_PROP_ENUMERABLE));
}

static JSValue Object_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_undefined(this_val))
        return js_new_string(ctx, "[object Undefined]");
    if (js_is_null(this_val))
        return js_new_string(ctx, "[object Null]");
    JSValue o = js_to_object(ctx, this_val);
    if (js_is_exception(o))
        return o;
    JSValue tag = js_get(ctx, o, ctx->sym.to_string_tag);
    if (js_is_exception(tag))
        return tag;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    js_sb_puts(&sb, "[object ");
    if (js_is_string(tag))
        js_sb_put_string(&sb, tag);
    else
        js_sb_puts(&sb, js_builtin_tag(js_obj(o)));
    js_sb_putc(&sb, ']');
    return js_sb_finish(&sb);
}

static JSValue Object_prototype_toLocaleString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "Object.prototype.toLocaleString called on null or undefined");
    return js_invoke(ctx, this_val, ctx->atoms.toString, 0, NULL);
}

static JSValue Object_prototype_valueOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_to_object(ctx, this_val);
}

static JSValue Object_prototype_get_proto(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = js_to_object(ctx, this_val);
    if (js_is_exception(o))
        return o;
    JSObject *p = js_obj(o)->proto;
    return p ? js_mkptr(p) : JS_NULL;
}

static JSValue Object_prototype_set_proto(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_is_nullish(this_val))
        return js_throw_type_error(ctx, "Object.prototype.__proto__ called on null or undefined");
    if ((!js_is_object(argv[0]) && !js_is_null(argv[0])) || !js_is_object(this_val))
        return JS_UNDEFINED;
    return js_set_prototype(ctx, this_val, argv[0], true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

static JSValue define_legacy_accessor(JSContext *ctx, JSValue this_val, JSValue *argv, bool setter)
{
    JSValue o = js_to_object(ctx, this_val);
    if (js_is_exception(o))
        return o;
    if (!js_is_function(argv[1]))
        return js_throw_type_error(ctx, "Object.prototype.__define%ster__: Expecting function",
                                   setter ? "Set" : "Get");
    JSValue k = js_to_property_key(ctx, argv[0]);
    if (js_is_exception(k))
        return k;
    JSPropertyDescriptor d = { JS_PROP_ACCESSOR | JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE,
                               JS_UNDEFINED, JS_UNDEFINED, JS_UNDEFINED };
    *(setter ? &d.setter : &d.getter) = argv[1];
    int has = JS_DESC_HAS_ENUMERABLE | JS_DESC_HAS_CONFIGURABLE | (setter ? JS_DESC_HAS_SET : JS_DESC_HAS_GET);
    return js_define_property(ctx, o, k, &d, has, true) < 0 ? JS_EXCEPTION : JS_UNDEFINED;
}

static JSValue lookup_legacy_accessor(JSContext *ctx, JSValue this_val, JSValue *argv, bool setter)
{
    JSValue o = js_to_object(ctx, this_val);
    if (js_is_exception(o))
        return o;
    JSValue k = js_to_property_key(ctx, argv[0]);
    if (js_is_exception(k))
        return k;
    for (JSObject *p = js_obj(o); p; p = p->proto) {
        JSPropertyDescriptor d;
        int r = js_get_own_property(ctx, p, k, &d);
        if (r < 0)
            return JS_EXCEPTION;
        if (r)
            return (d.flags & JS_PROP_ACCESSOR) ? (setter ? d.setter : d.getter) : JS_UNDEFINED;
    }
    return JS_UNDEFINED;
}

static JSValue Object_prototype___defineGetter__(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return define_legacy_accessor(ctx, this_val, argv, false);
}

static JSValue Object_prototype___defineSetter__(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return define_legacy_accessor(ctx, this_val, argv, true);
}

static JSValue Object_prototype___lookupGetter__(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return lookup_legacy_accessor(ctx, this_val, argv, false);
}

static JSValue Object_prototype___lookupSetter__(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return lookup_legacy_accessor(ctx, this_val, argv, true);
}

static const JSFunctionEntry object_statics[] = {
    { "assign", Object_assign, 2 },
    { "getOwnPropertyDescriptor", Object_getOwnPropertyDescriptor, 2 },
    { "getOwnPropertyDescriptors", Object_getOwnPropertyDescriptors, 1 },
    { "getOwnPropertyNames", Object_getOwnPropertyNames, 1 },
    { "getOwnPropertySymbols", Object_getOwnPropertySymbols, 1 },
    { "hasOwn", Object_hasOwn, 2 },
    { "is", Object_is, 2 },
    { "preventExtensions", Object_preventExtensions, 1 },
    { "seal", Object_seal, 1 },
    { "create", Object_create, 2 },
    { "defineProperties", Object_defineProperties, 2 },
    { "defineProperty", Object_defineProperty, 3 },
    { "freeze", Object_freeze, 1 },
    { "getPrototypeOf", Object_getPrototypeOf, 1 },
    { "setPrototypeOf", Object_setPrototypeOf, 2 },
    { "isExtensible", Object_isExtensible, 1 },
    { "isFrozen", Object_isFrozen, 1 },
    { "isSealed", Object_isSealed, 1 },
    { "keys", Object_keys, 1 },
    { "entries", Object_entries, 1 },
    { "fromEntries", Object_fromEntries, 1 },
    { "values", Object_values, 1 },
};

static const JSFunctionEntry object_proto_funcs[] = {
    { "__defineGetter__", Object_prototype___defineGetter__, 2 },
    { "__defineSetter__", Object_prototype___defineSetter__, 2 },
    { "hasOwnProperty", Object_prototype_hasOwnProperty, 1 },
    { "__lookupGetter__", Object_prototype___lookupGetter__, 1 },
    { "__lookupSetter__", Object_prototype___lookupSetter__, 1 },
    { "isPrototypeOf", Object_prototype_isPrototypeOf, 1 },
    { "propertyIsEnumerable", Object_prototype_propertyIsEnumerable, 1 },
    { "toString", Object_prototype_toString, 0 },
    { "valueOf", Object_prototype_valueOf, 0 },
};

void js_init_object(JSContext *ctx)
{
    js_init_well_known_symbols(ctx);   /* the tables below name some */
    JSValue proto = js_mkptr(ctx->object_proto);
    JSValue ctor = js_define_class(ctx, "Object", Object_ctor, 1, proto);
    js_builtin_state(ctx)->object_ctor = ctor;
    js_define_functions(ctx, ctor, object_statics, JS_COUNTOF(object_statics));
    js_define_functions(ctx, proto, object_proto_funcs, JS_COUNTOF(object_proto_funcs));
    js_define_accessor(ctx, proto, ctx->atoms.proto,
                       js_new_cfunction(ctx, Object_prototype_get_proto, "get __proto__", 0),
                       js_new_cfunction(ctx, Object_prototype_set_proto, "set __proto__", 1),
                       JS_PROP_CONFIGURABLE);
    static const JSFunctionEntry tail[] = { { "toLocaleString", Object_prototype_toLocaleString, 0 } };
    js_define_functions(ctx, proto, tail, 1);
}
