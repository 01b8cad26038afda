/* object.c - objects: property storage on shapes, fast array elements, the
 * array and String exotic behaviours, and the property operations of js.h
 * ([[Get]], [[Set]], [[HasProperty]], [[Delete]], [[DefineOwnProperty]],
 * [[OwnPropertyKeys]], [[PreventExtensions]], [[SetPrototypeOf]]).
 *
 * An array with JS_OBJ_FAST_ARRAY keeps its index properties (all plain
 * writable/enumerable/configurable data) in u.array.elems, holes as JS_EMPTY;
 * elems[len..cap) are always holes.  Its `length` is u.array.len for every
 * array, fast or not.  An array that becomes too sparse, or gets an index
 * property with other attributes, moves its elements into ordinary
 * properties for good. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "atom.h"
#include "shape.h"

#define likely(x) __builtin_expect(!!(x), 1)
#define unlikely(x) __builtin_expect(!!(x), 0)

/* ---------------------------------------------------------------- creation */

/* Plain objects and closures get their first slots in the same block as
 * the object: one allocation instead of two for the common small object.
 * Such slots are never passed to js_realloc (see obj_add_slot). */
#define INLINE_SLOTS 4
/* A sloppy function's five: length, name, arguments, caller, prototype.
 * The block still rounds up to the same collector size class. */
#define INLINE_SLOTS_FUNC 5

static inline JSValue *inline_slots(JSObject *o)
{
    return (JSValue *)(o + 1);
}

static inline uint32_t inline_capacity(const JSObject *o)
{
    return o->h.class_id == JS_CLASS_FUNCTION ? INLINE_SLOTS_FUNC : INLINE_SLOTS;
}

JSObject *js_alloc_object(JSContext *ctx, JSObject *proto, JSClassID cls)
{
    JSObject *o;
    if (cls == JS_CLASS_OBJECT) {
        o = js_malloc(sizeof *o + INLINE_SLOTS * sizeof(JSValue));
        o->slots = inline_slots(o);
    } else if (cls == JS_CLASS_FUNCTION) {
        o = js_malloc(sizeof *o + INLINE_SLOTS_FUNC * sizeof(JSValue));
        o->slots = inline_slots(o);
    } else {
        o = js_malloc(sizeof *o);
    }
    o->h.type = JS_CELL_OBJECT;
    o->h.class_id = (uint8_t)cls;
    o->h.flags = JS_OBJ_EXTENSIBLE;
    o->shape = ctx->root_shape;
    o->proto = proto;
    return o;
}

JSValue js_new_object_proto(JSContext *ctx, JSObject *proto)
{
    return js_mkptr(js_alloc_object(ctx, proto, JS_CLASS_OBJECT));
}

JSValue js_new_object(JSContext *ctx)
{
    return js_mkptr(js_alloc_object(ctx, ctx->object_proto, JS_CLASS_OBJECT));
}

JSValue js_new_object_class(JSContext *ctx, JSObject *proto, JSClassID cls)
{
    JSObject *o = js_alloc_object(ctx, proto, cls);
    if (cls == JS_CLASS_ARRAY)
        o->h.flags |= JS_OBJ_FAST_ARRAY;
    return js_mkptr(o);
}

/* Arrays longer than this start out sparse (ordinary properties). */
#define FAST_ARRAY_MAX_PREALLOC (1u << 24)

JSValue js_new_array(JSContext *ctx, uint32_t len)
{
    JSObject *o = js_alloc_object(ctx, ctx->array_proto, JS_CLASS_ARRAY);
    o->u.array.len = len;
    if (len <= FAST_ARRAY_MAX_PREALLOC) {
        o->h.flags |= JS_OBJ_FAST_ARRAY;
        if (len) {
            o->u.array.elems = js_malloc((size_t)len * sizeof(JSValue));  /* zero = JS_EMPTY */
            o->u.array.cap = len;
        }
    }
    return js_mkptr(o);
}

JSValue js_new_array_from(JSContext *ctx, uint32_t len, const JSValue *items)
{
    JSValue a = js_new_array(ctx, len);
    JSObject *o = js_obj(a);
    if (o->h.flags & JS_OBJ_FAST_ARRAY) {
        if (len)
            memcpy(o->u.array.elems, items, (size_t)len * sizeof(JSValue));
        return a;
    }
    for (uint32_t i = 0; i < len; i++)
        if (items[i] != JS_EMPTY && js_define_value(ctx, a, js_atom_from_uint(ctx, i), items[i], JS_PROP_CWE) < 0)
            return JS_EXCEPTION;
    return a;
}

/* ---------------------------------------------------------------- slots */

static void obj_add_slot(JSObject *o, JSValue key, uint32_t flags, JSValue v)
{
    JSShape *sh = o->shape;
    uint32_t n = sh->count;
    if (!sh->dict) {
        if (n >= JS_SHAPE_MAX_SHARED) {
            o->shape = js_shape_to_dict(sh);
            js_shape_dict_append(o->shape, key, flags);
        } else {
            o->shape = js_shape_add(sh, key, flags);
        }
    } else {
        js_shape_dict_append(sh, key, flags);
    }
    if (o->slots == inline_slots(o)) {
        if (n + 1 > inline_capacity(o)) {
            JSValue *ns = js_malloc((size_t)js_shape_slot_capacity(n + 1) * sizeof(JSValue));
            memcpy(ns, o->slots, n * sizeof(JSValue));
            o->slots = ns;
        }
    } else if ((int)n + 1 > js_shape_slot_capacity(n)) {
        o->slots = js_realloc(o->slots, (size_t)js_shape_slot_capacity(n + 1) * sizeof(JSValue));
    }
    o->slots[n] = v;
}

static void obj_set_flags(JSObject *o, int idx, uint32_t flags)
{
    if (o->shape->table->entries[idx].flags == flags)
        return;
    if (!o->shape->dict)
        o->shape = js_shape_to_dict(o->shape);
    o->shape->table->entries[idx].flags = flags;
    if ((flags & (JS_PROP_ACCESSOR | JS_PROP_WRITABLE)) != JS_PROP_WRITABLE)
        o->shape->has_special = true;
}

static void obj_delete_slot(JSObject *o, int idx)
{
    JSShape *sh = o->shape;
    o->slots[idx] = JS_UNDEFINED;
    if (!sh->dict && (uint32_t)idx == sh->count - 1 && sh->parent) {
        o->shape = sh->parent;   /* the last key: step back along the transition */
        return;
    }
    if (!sh->dict)
        o->shape = sh = js_shape_to_dict(sh);
    sh->table->entries[idx].key = JS_EMPTY;
    sh->table->entries[idx].flags = 0;
    sh->deleted++;
    if (sh->deleted > 8 && sh->deleted * 2 > sh->count)
        o->slots = js_shape_dict_compact(sh, o->slots);
}

/* ---------------------------------------------------------------- elements */

static void fast_grow(JSObject *o, uint32_t need)
{
    uint32_t cap = o->u.array.cap, ncap = cap < 4 ? 4 : cap;
    while (ncap < need)
        ncap = ncap > 0x7fffffffu ? need : ncap * 2;
    o->u.array.elems = js_realloc(o->u.array.elems, (size_t)ncap * sizeof(JSValue));
    for (uint32_t i = cap; i < ncap; i++)
        o->u.array.elems[i] = JS_EMPTY;
    o->u.array.cap = ncap;
}

/* Past this many elements, growing a fast array also needs it to be dense. */
#define FAST_ARRAY_DENSE_CHECK (1u << 16)

/* Would elements [0, need) be at least 1/8 full?  Counted only when a large
 * array grows (its capacity doubles), so the cost is amortized; without it
 * x[2] = .., x[6] = .., x[14] = .. (each index about twice the last) would
 * double the elements up to 2^32 entries. */
static bool fast_dense_enough(const JSObject *o, uint32_t need)
{
    uint32_t n = o->u.array.len < o->u.array.cap ? o->u.array.len : o->u.array.cap, used = 1;
    for (uint32_t k = 0; k < n; k++)
        used += o->u.array.elems[k] != JS_EMPTY;
    return (uint64_t)used * 8 >= need;
}

/* May an array store index i in its elements (growing them if need be)? */
static inline bool fast_can_grow_to(JSObject *o, uint32_t i)
{
    if (i < o->u.array.cap)
        return true;
    if ((uint64_t)i > (uint64_t)o->u.array.cap * 2 + 1024)
        return false;
    return i < FAST_ARRAY_DENSE_CHECK || fast_dense_enough(o, i + 1);
}

static void array_make_slow(JSContext *ctx, JSObject *o)
{
    JSValue *el = o->u.array.elems;
    uint32_t n = o->u.array.len < o->u.array.cap ? o->u.array.len : o->u.array.cap;
    o->h.flags &= (uint16_t)~JS_OBJ_FAST_ARRAY;
    o->u.array.elems = NULL;
    o->u.array.cap = 0;
    for (uint32_t i = 0; i < n; i++)
        if (el[i] != JS_EMPTY)
            obj_add_slot(o, js_atom_from_uint(ctx, i), JS_PROP_CWE, el[i]);
}

/* Is every object on the chain from p free of index properties, so that a
 * hole or an out-of-range index reads as undefined and writes go straight
 * to the receiver? */
static inline bool chain_index_free(JSObject *p)
{
    for (; p; p = p->proto) {
        if (p->shape->has_index || p->h.class_id == JS_CLASS_STRING)
            return false;
        if ((p->h.flags & JS_OBJ_FAST_ARRAY) && p->u.array.len)
            return false;
    }
    return true;
}

/* ---------------------------------------------------------------- own lookup */

enum { P_SLOT = 1, P_ELEM, P_ARRAY_LENGTH, P_STR_CHAR, P_STR_LENGTH };
typedef struct PropRef {
    int kind;
    int idx;          /* P_SLOT */
    uint32_t index;   /* P_ELEM, P_STR_CHAR */
    uint32_t flags;
} PropRef;

/* A data slot's value.  An error's `stack` is computed on first read, as in
 * V8 (so a subclass constructor's `this.name = ...` shows in it): until then
 * its data slot holds a JSAccessor cell with the frames (see throw.c).  Such
 * objects are dictionaries, so inline caches never read the raw slot. */
static inline JSValue slot_get(JSContext *ctx, JSObject *o, int idx)
{
    JSValue v = o->slots[idx];
    if (unlikely(o->shape->dict) && js_is_ptr(v) && js_cell_type(v) == JS_CELL_ACCESSOR)
        v = o->slots[idx] = js_stack_materialize(ctx, o, v);
    return v;
}

static bool find_own_exotic(JSContext *ctx, JSObject *o, JSValue key, PropRef *r)
{
    uint32_t i;
    int cls = o->h.class_id;
    if (js_key_is_index(key, &i)) {
        if (o->h.flags & JS_OBJ_FAST_ARRAY) {
            if (i < o->u.array.len && o->u.array.elems[i] != JS_EMPTY) {
                r->kind = P_ELEM;
                r->index = i;
                r->flags = JS_PROP_CWE;
                return true;
            }
            return false;   /* a fast array has no index keys in its shape */
        }
        if (cls == JS_CLASS_STRING && js_is_string(o->u.prim) && i < js_str(o->u.prim)->len) {
            r->kind = P_STR_CHAR;
            r->index = i;
            r->flags = JS_PROP_ENUMERABLE;
            return true;
        }
    } else if (key == ctx->atoms.length) {
        if (cls == JS_CLASS_ARRAY) {
            r->kind = P_ARRAY_LENGTH;
            r->flags = (o->h.flags & JS_OBJ_LENGTH_RO) ? 0 : JS_PROP_WRITABLE;
            return true;
        }
        if (cls == JS_CLASS_STRING && js_is_string(o->u.prim)) {
            r->kind = P_STR_LENGTH;
            r->flags = 0;
            return true;
        }
    }
    int idx = js_shape_lookup(o->shape, key);
    if (idx < 0)
        return false;
    r->kind = P_SLOT;
    r->idx = idx;
    r->flags = o->shape->table->entries[idx].flags;
    return true;
}

static inline bool is_exotic(JSObject *o)
{
    return o->h.class_id == JS_CLASS_ARRAY || o->h.class_id == JS_CLASS_STRING;
}

static inline bool find_own(JSContext *ctx, JSObject *o, JSValue key, PropRef *r)
{
    if (unlikely(is_exotic(o)))
        return find_own_exotic(ctx, o, key, r);
    int idx = js_shape_lookup(o->shape, key);
    if (idx < 0)
        return false;
    r->kind = P_SLOT;
    r->idx = idx;
    r->flags = o->shape->table->entries[idx].flags;
    return true;
}

static JSValue ref_value(JSContext *ctx, JSObject *o, const PropRef *r)
{
    switch (r->kind) {
    case P_SLOT: return slot_get(ctx, o, r->idx);
    case P_ELEM: return o->u.array.elems[r->index];
    case P_ARRAY_LENGTH: return js_new_number((double)o->u.array.len);
    case P_STR_CHAR: return js_substring(ctx, o->u.prim, r->index, r->index + 1);
    default: return js_new_int((int32_t)js_str(o->u.prim)->len);
    }
}

JSValue js_get_data_property(JSObject *o, JSValue key)
{
    for (; o; o = o->proto) {
        int idx = js_shape_lookup(o->shape, key);
        if (idx >= 0) {
            JSValue v = o->slots[idx];
            if ((o->shape->table->entries[idx].flags & JS_PROP_ACCESSOR) || (js_is_ptr(v) && js_cell_type(v) == JS_CELL_ACCESSOR))
                return JS_UNDEFINED;
            return v;
        }
    }
    return JS_UNDEFINED;
}

/* ---------------------------------------------------------------- messages */

const char *js_key_to_cstr(JSContext *ctx, JSValue key)
{
    if (js_is_symbol(key)) {
        JSSymbol *s = js_get_ptr(key);
        const char *d = js_is_string(s->description) ? js_to_utf8(ctx, s->description, NULL) : "";
        size_t n = strlen(d) + 9;
        char *buf = js_malloc_atomic(n);
        snprintf(buf, n, "Symbol(%s)", d);
        return buf;
    }
    if (js_is_string(key))
        return js_to_utf8(ctx, key, NULL);
    JSValue s = js_to_string(ctx, key);
    if (js_is_exception(s))
        return "?";
    return js_to_utf8(ctx, s, NULL);
}

/* V8 names an object in these messages by NoSideEffectsToString: "#<Ctor>"
 * only while its toString is the inherited Object.prototype.toString, else
 * "[object Tag]" (js_describe, runtime/throw.c). */
const char *js_object_tag(JSContext *ctx, JSObject *o)
{
    return js_describe(ctx, js_mkptr(o));
}

static int fail(JSContext *ctx, bool strict, const char *fmt, const char *a, const char *b)
{
    if (!strict)
        return 0;
    js_throw_type_error(ctx, fmt, a, b);
    return -1;
}

static const char *value_tag(JSContext *ctx, JSValue v)
{
    return js_is_object(v) ? js_object_tag(ctx, js_obj(v)) : js_key_to_cstr(ctx, v);
}

/* A function as V8 names it in messages: its source text, from
 * Function.prototype.toString (what it prints, if a script replaced it). */
static const char *function_text(JSContext *ctx, JSValue f)
{
    JSValue saved = ctx->exception;
    JSValue ts = js_get_str(ctx, js_mkptr(ctx->function_proto), "toString");
    JSValue s = js_is_function(ts) ? js_call(ctx, ts, f, 0, NULL) : JS_EXCEPTION;
    if (!js_is_string(s)) {
        ctx->exception = saved;
        return "function";
    }
    return js_to_utf8(ctx, s, NULL);
}

/* ---------------------------------------------------------------- keys */

static JSObject *primitive_proto(JSContext *ctx, JSValue v)
{
    if (js_is_number(v))
        return ctx->number_proto;
    if (js_is_string(v))
        return ctx->string_proto;
    if (js_is_bool(v))
        return ctx->boolean_proto;
    if (js_is_symbol(v))
        return ctx->symbol_proto;
    return NULL;
}

static inline bool is_key(JSValue k)
{
    if (!js_is_ptr(k))
        return false;
    JSCell *c = js_get_ptr(k);
    return c->type == JS_CELL_SYMBOL || (c->type == JS_CELL_STRING && (c->flags & JS_STR_ATOM));
}

/* An integer-valued number key that is an array index. */
static inline bool number_index(JSValue k, uint32_t *i)
{
    if (js_is_int(k)) {
        int32_t n = js_get_int(k);
        *i = (uint32_t)n;
        return n >= 0;
    }
    if (js_is_double(k)) {
        double d = js_get_double_raw(k);
        if (d >= 0 && d <= 4294967294.0 && d == (double)(uint32_t)d) {
            *i = (uint32_t)d;
            return true;
        }
    }
    return false;
}

/* ---------------------------------------------------------------- [[Get]] */

static JSValue call_getter(JSContext *ctx, JSValue cell, JSValue receiver)
{
    JSAccessor *a = js_get_ptr(cell);
    if (!js_is_object(a->getter))
        return JS_UNDEFINED;
    return js_call(ctx, a->getter, receiver, 0, NULL);
}

static JSValue get_from(JSContext *ctx, JSObject *o, JSValue key, JSValue receiver)
{
    for (; o; o = o->proto) {
        PropRef r;
        if (!find_own(ctx, o, key, &r))
            continue;
        if (r.kind != P_SLOT)
            return ref_value(ctx, o, &r);
        if (unlikely(r.flags & JS_PROP_ACCESSOR))
            return call_getter(ctx, o->slots[r.idx], receiver);
        return slot_get(ctx, o, r.idx);
    }
    return JS_UNDEFINED;
}

static JSValue throw_nullish_get(JSContext *ctx, JSValue obj, JSValue key)
{
    return js_throw_type_error(ctx, "Cannot read properties of %s (reading '%s')",
                               js_is_null(obj) ? "null" : "undefined", js_key_to_cstr(ctx, key));
}

JSValue js_get_receiver(JSContext *ctx, JSValue obj, JSValue key, JSValue receiver)
{
    if (likely(js_is_object(obj)))
        return get_from(ctx, js_obj(obj), key, receiver);
    if (js_is_nullish(obj))
        return throw_nullish_get(ctx, obj, key);
    if (js_is_string(obj)) {
        uint32_t i;
        if (key == ctx->atoms.length)
            return js_new_int((int32_t)js_str(obj)->len);
        if (js_key_is_index(key, &i) && i < js_str(obj)->len)
            return js_substring(ctx, obj, i, i + 1);
    }
    return get_from(ctx, primitive_proto(ctx, obj), key, receiver);
}

JSValue js_get_atom(JSContext *ctx, JSValue obj, JSValue atom)
{
    if (likely(js_is_object(obj))) {
        JSObject *o = js_obj(obj);
        if (likely(!is_exotic(o))) {
            int idx = js_shape_lookup(o->shape, atom);
            if (idx >= 0 && !(o->shape->table->entries[idx].flags & JS_PROP_ACCESSOR) && !o->shape->dict)
                return o->slots[idx];
        }
        return get_from(ctx, o, atom, obj);
    }
    return js_get_receiver(ctx, obj, atom, obj);
}

JSValue js_get_str(JSContext *ctx, JSValue obj, const char *name)
{
    return js_get_atom(ctx, obj, js_atom(ctx, name));
}

JSValue js_get_index(JSContext *ctx, JSValue obj, uint32_t i)
{
    if (likely(js_is_object(obj))) {
        JSObject *o = js_obj(obj);
        if (likely(o->h.flags & JS_OBJ_FAST_ARRAY)) {
            if (i < o->u.array.len && o->u.array.elems[i] != JS_EMPTY)
                return o->u.array.elems[i];
            if (chain_index_free(o->proto))
                return JS_UNDEFINED;
        }
    } else if (js_is_string(obj) && i < js_str(obj)->len) {
        return js_substring(ctx, obj, i, i + 1);
    }
    if (i == 0xFFFFFFFFu) {
        JSValue k = js_to_property_key(ctx, js_new_number(4294967295.0));
        return js_get_receiver(ctx, obj, k, obj);
    }
    return js_get_receiver(ctx, obj, js_atom_from_uint(ctx, i), obj);
}

JSValue js_get(JSContext *ctx, JSValue obj, JSValue key)
{
    uint32_t i;
    if (number_index(key, &i))
        return js_get_index(ctx, obj, i);
    if (!is_key(key)) {
        if (js_is_nullish(obj) && !js_is_object(key) && !js_is_symbol(key)) {
            /* node names the key as written */
            JSValue ks = js_to_string(ctx, key);
            if (js_is_exception(ks))
                return ks;
            return throw_nullish_get(ctx, obj, ks);
        }
        key = js_to_property_key(ctx, key);
        if (js_is_exception(key))
            return key;
        if (js_key_is_index(key, &i))
            return js_get_index(ctx, obj, i);
    }
    return js_get_receiver(ctx, obj, key, obj);
}

/* ---------------------------------------------------------------- [[Set]] */

static int array_set_length(JSContext *ctx, JSObject *o, uint32_t newlen, bool strict);

static int to_array_length(JSContext *ctx, JSValue v, uint32_t *out)
{
    if (js_is_int(v) && js_get_int(v) >= 0) {
        *out = (uint32_t)js_get_int(v);
        return 0;
    }
    /* ToUint32(v), then ToNumber(v) again: an object's valueOf runs twice */
    double d;
    if (js_to_number(ctx, v, &d) < 0)
        return -1;
    uint32_t u = (uint32_t)js_double_to_int32(d);
    if (js_is_object(v) && js_to_number(ctx, v, &d) < 0)
        return -1;
    if ((double)u != d) {
        js_throw_range_error(ctx, "Invalid array length");
        return -1;
    }
    *out = u;
    return 0;
}

/* Write a writable own data property found by find_own. */
static int ref_write(JSContext *ctx, JSObject *o, const PropRef *r, JSValue v, bool strict)
{
    switch (r->kind) {
    case P_SLOT: o->slots[r->idx] = v; return 0;
    case P_ELEM: o->u.array.elems[r->index] = v; return 0;
    case P_ARRAY_LENGTH: {
        uint32_t n;
        if (to_array_length(ctx, v, &n) < 0)
            return -1;
        return array_set_length(ctx, o, n, strict);
    }
    default: return 0;
    }
}

/* Index i of array o, which has no own property i: add it. */
static int array_add_index(JSContext *ctx, JSObject *o, uint32_t i, JSValue v, bool strict)
{
    if (i >= o->u.array.len && (o->h.flags & JS_OBJ_LENGTH_RO))   /* V8 names the length */
        return fail(ctx, strict, "Cannot assign to read only property '%s' of object '%s'", "length", "[object Array]");
    if (o->h.flags & JS_OBJ_FAST_ARRAY) {
        if (fast_can_grow_to(o, i)) {
            if (i >= o->u.array.cap)
                fast_grow(o, i + 1);
            o->u.array.elems[i] = v;
            if (i >= o->u.array.len)
                o->u.array.len = i + 1;
            return 0;
        }
        array_make_slow(ctx, o);
    }
    obj_add_slot(o, js_atom_from_uint(ctx, i), JS_PROP_CWE, v);
    if (i >= o->u.array.len)
        o->u.array.len = i + 1;
    return 0;
}

static int add_own(JSContext *ctx, JSObject *o, JSValue key, JSValue v, bool strict)
{
    if (unlikely(!(o->h.flags & JS_OBJ_EXTENSIBLE)))
        return fail(ctx, strict, "Cannot add property %s, object is not extensible", js_key_to_cstr(ctx, key), NULL);
    uint32_t i;
    if (o->h.class_id == JS_CLASS_ARRAY && js_key_is_index(key, &i))
        return array_add_index(ctx, o, i, v, strict);
    obj_add_slot(o, key, JS_PROP_CWE, v);
    return 0;
}

static int set_from(JSContext *ctx, JSObject *start, JSValue key, JSValue v, JSValue receiver, bool strict)
{
    PropRef r;
    JSObject *p;
    JSObject *recv = js_is_object(receiver) ? js_obj(receiver) : NULL;
    for (p = start; p; p = p->proto) {
        /* a writable data property on a prototype changes nothing: only
         * setters and read-only properties there matter */
        if (p != recv && !p->shape->has_special && !is_exotic(p))
            continue;
        if (!find_own(ctx, p, key, &r))
            continue;
        if (r.flags & JS_PROP_ACCESSOR) {
            JSAccessor *a = js_get_ptr(p->slots[r.idx]);
            if (!js_is_object(a->setter))
                return fail(ctx, strict, "Cannot set property %s of %s which has only a getter",
                            js_key_to_cstr(ctx, key), value_tag(ctx, receiver));
            JSValue res = js_call(ctx, a->setter, receiver, 1, &v);
            return js_is_exception(res) ? -1 : 0;
        }
        if (!(r.flags & JS_PROP_WRITABLE)) {
            if (!strict)
                return 0;
            if (js_is_function(receiver))
                js_throw_type_error(ctx, "Cannot assign to read only property '%s' of function '%s'",
                                    js_key_to_cstr(ctx, key), function_text(ctx, receiver));
            else if (js_is_object(receiver))
                js_throw_type_error(ctx, "Cannot assign to read only property '%s' of object '%s'",
                                    js_key_to_cstr(ctx, key), js_object_tag(ctx, js_obj(receiver)));
            else
                js_throw_type_error(ctx, "Cannot assign to read only property '%s' of %s '%s'",
                                    js_key_to_cstr(ctx, key),
                                    js_to_utf8(ctx, js_typeof(ctx, receiver), NULL), js_key_to_cstr(ctx, receiver));
            return -1;
        }
        if (recv == p)
            return ref_write(ctx, p, &r, v, strict);
        break;
    }
    if (!js_is_object(receiver)) {
        if (!strict)
            return 0;
        js_throw_type_error(ctx, "Cannot create property '%s' on %s '%s'", js_key_to_cstr(ctx, key),
                            js_to_utf8(ctx, js_typeof(ctx, receiver), NULL), js_key_to_cstr(ctx, receiver));
        return -1;
    }
    JSObject *ro = js_obj(receiver);
    if (ro != start && find_own(ctx, ro, key, &r)) {
        if ((r.flags & JS_PROP_ACCESSOR) || !(r.flags & JS_PROP_WRITABLE))
            return fail(ctx, strict, "Cannot assign to read only property '%s' of object '%s'",
                        js_key_to_cstr(ctx, key), js_object_tag(ctx, ro));
        return ref_write(ctx, ro, &r, v, strict);
    }
    return add_own(ctx, ro, key, v, strict);
}

static int throw_nullish_set(JSContext *ctx, JSValue obj, JSValue key)
{
    js_throw_type_error(ctx, "Cannot set properties of %s (setting '%s')",
                        js_is_null(obj) ? "null" : "undefined", js_key_to_cstr(ctx, key));
    return -1;
}

int js_set_receiver(JSContext *ctx, JSValue obj, JSValue key, JSValue v, JSValue receiver, bool strict)
{
    if (likely(js_is_object(obj)))
        return set_from(ctx, js_obj(obj), key, v, receiver, strict);
    if (js_is_nullish(obj))
        return throw_nullish_set(ctx, obj, key);
    if (js_is_string(obj)) {
        uint32_t i;
        if (key == ctx->atoms.length || (js_key_is_index(key, &i) && i < js_str(obj)->len))
            return fail(ctx, strict, "Cannot assign to read only property '%s' of string '%s'",
                        js_key_to_cstr(ctx, key), js_to_utf8(ctx, obj, NULL));
    }
    return set_from(ctx, primitive_proto(ctx, obj), key, v, receiver, strict);
}

int js_set_atom(JSContext *ctx, JSValue obj, JSValue atom, JSValue v, bool strict)
{
    if (likely(js_is_object(obj))) {
        JSObject *o = js_obj(obj);
        if (likely(!is_exotic(o))) {
            int idx = js_shape_lookup(o->shape, atom);
            if (idx >= 0 && (o->shape->table->entries[idx].flags & (JS_PROP_WRITABLE | JS_PROP_ACCESSOR)) == JS_PROP_WRITABLE) {
                o->slots[idx] = v;
                return 0;
            }
        }
        return set_from(ctx, o, atom, v, obj, strict);
    }
    return js_set_receiver(ctx, obj, atom, v, obj, strict);
}

int js_set_str(JSContext *ctx, JSValue obj, const char *name, JSValue v)
{
    return js_set_atom(ctx, obj, js_atom(ctx, name), v, true);
}

static int set_index(JSContext *ctx, JSValue obj, uint32_t i, JSValue v, bool strict)
{
    if (likely(js_is_object(obj))) {
        JSObject *o = js_obj(obj);
        if (likely(o->h.flags & JS_OBJ_FAST_ARRAY)) {
            if (i < o->u.array.len && o->u.array.elems[i] != JS_EMPTY) {
                o->u.array.elems[i] = v;
                return 0;
            }
            if ((o->h.flags & JS_OBJ_EXTENSIBLE) && !(o->h.flags & JS_OBJ_LENGTH_RO)
                && fast_can_grow_to(o, i) && chain_index_free(o->proto)) {
                if (i >= o->u.array.cap)
                    fast_grow(o, i + 1);
                o->u.array.elems[i] = v;
                if (i >= o->u.array.len)
                    o->u.array.len = i + 1;
                return 0;
            }
        }
    }
    JSValue key = i == 0xFFFFFFFFu ? js_to_property_key(ctx, js_new_number(4294967295.0))
                                   : js_atom_from_uint(ctx, i);
    return js_set_receiver(ctx, obj, key, v, obj, strict);
}

int js_set_index(JSContext *ctx, JSValue obj, uint32_t i, JSValue v)
{
    return set_index(ctx, obj, i, v, true);
}

int js_set(JSContext *ctx, JSValue obj, JSValue key, JSValue v, bool strict)
{
    uint32_t i;
    if (number_index(key, &i))
        return set_index(ctx, obj, i, v, strict);
    if (!is_key(key)) {
        if (js_is_nullish(obj) && !js_is_object(key) && !js_is_symbol(key)) {
            JSValue ks = js_to_string(ctx, key);
            if (js_is_exception(ks))
                return -1;
            return throw_nullish_set(ctx, obj, ks);
        }
        key = js_to_property_key(ctx, key);
        if (js_is_exception(key))
            return -1;
        if (js_key_is_index(key, &i))
            return set_index(ctx, obj, i, v, strict);
    }
    return js_set_receiver(ctx, obj, key, v, obj, strict);
}

/* ---------------------------------------------------------------- array length */

static int cmp_u32_desc(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? 1 : x > y ? -1 : 0;
}

static int array_set_length(JSContext *ctx, JSObject *o, uint32_t newlen, bool strict)
{
    uint32_t len = o->u.array.len;
    if (newlen == len)
        return 0;
    if (o->h.flags & JS_OBJ_LENGTH_RO)
        return fail(ctx, strict, "Cannot assign to read only property '%s' of object '%s'", "length", "[object Array]");
    if (o->h.flags & JS_OBJ_FAST_ARRAY) {
        if (newlen < len) {
            if (newlen == 0 && o->u.array.cap > 64) {
                o->u.array.elems = NULL;
                o->u.array.cap = 0;
            } else {
                for (uint32_t i = newlen; i < len && i < o->u.array.cap; i++)
                    o->u.array.elems[i] = JS_EMPTY;
            }
        } else if (newlen > o->u.array.cap) {
            if (fast_can_grow_to(o, newlen - 1))
                fast_grow(o, newlen);
            else
                array_make_slow(ctx, o);
        }
        o->u.array.len = newlen;
        return 0;
    }
    if (newlen < len) {
        /* delete index keys >= newlen, highest first; stop at a non-configurable one */
        JSShape *sh = o->shape;
        uint32_t n = 0, *idx = js_malloc_atomic((sh->count + 1) * sizeof *idx);
        for (uint32_t k = 0; k < sh->count; k++) {
            uint32_t i;
            if (js_key_is_index(sh->table->entries[k].key, &i) && i >= newlen)
                idx[n++] = i;
        }
        qsort(idx, n, sizeof *idx, cmp_u32_desc);
        for (uint32_t k = 0; k < n; k++) {
            int slot = js_shape_lookup(o->shape, js_atom_from_uint(ctx, idx[k]));
            if (slot < 0)
                continue;
            if (!(o->shape->table->entries[slot].flags & JS_PROP_CONFIGURABLE)) {
                o->u.array.len = idx[k] + 1;
                char buf[16];
                snprintf(buf, sizeof buf, "%u", idx[k]);
                return fail(ctx, strict, "Cannot delete property '%s' of %s", buf, "[object Array]");
            }
            obj_delete_slot(o, slot);
        }
    }
    o->u.array.len = newlen;
    return 0;
}

/* ---------------------------------------------------------------- has, delete */

int js_has_property(JSContext *ctx, JSValue obj, JSValue key)
{
    if (!js_is_object(obj)) {
        js_throw_type_error(ctx, "Cannot use 'in' operator to search for '%s' in %s",
                            js_key_to_cstr(ctx, key), js_key_to_cstr(ctx, obj));
        return -1;
    }
    uint32_t i;
    JSObject *o = js_obj(obj);
    if (number_index(key, &i) && (o->h.flags & JS_OBJ_FAST_ARRAY) && i < o->u.array.len
        && o->u.array.elems[i] != JS_EMPTY)
        return 1;
    if (!is_key(key)) {
        key = js_to_property_key(ctx, key);
        if (js_is_exception(key))
            return -1;
    }
    for (; o; o = o->proto) {
        PropRef r;
        if (find_own(ctx, o, key, &r))
            return 1;
    }
    return 0;
}

int js_delete(JSContext *ctx, JSValue obj, JSValue key, bool strict)
{
    if (!is_key(key)) {
        key = js_to_property_key(ctx, key);
        if (js_is_exception(key))
            return -1;
    }
    if (!js_is_object(obj)) {
        if (js_is_nullish(obj)) {
            js_throw_type_error(ctx, "Cannot convert undefined or null to object");
            return -1;
        }
        uint32_t i;
        if (js_is_string(obj) && (key == ctx->atoms.length || (js_key_is_index(key, &i) && i < js_str(obj)->len))) {
            if (strict) {
                js_throw_type_error(ctx, "Cannot delete property '%s' of [object String]", js_key_to_cstr(ctx, key));
                return -1;
            }
            return 0;
        }
        return 1;
    }
    JSObject *o = js_obj(obj);
    PropRef r;
    if (!find_own(ctx, o, key, &r))
        return 1;
    if (!(r.flags & JS_PROP_CONFIGURABLE)) {
        if (strict) {
            js_throw_type_error(ctx, "Cannot delete property '%s' of %s", js_key_to_cstr(ctx, key),
                                o->h.class_id == JS_CLASS_ARRAY ? "[object Array]" : js_object_tag(ctx, o));
            return -1;
        }
        return 0;
    }
    if (r.kind == P_ELEM)
        o->u.array.elems[r.index] = JS_EMPTY;
    else if (r.kind == P_SLOT)
        obj_delete_slot(o, r.idx);
    return 1;
}

/* ---------------------------------------------------------------- own properties */

int js_get_own_property(JSContext *ctx, JSObject *o, JSValue key, JSPropertyDescriptor *desc)
{
    if (!is_key(key)) {
        key = js_to_property_key(ctx, key);
        if (js_is_exception(key))
            return -1;
    }
    PropRef r;
    if (!find_own(ctx, o, key, &r))
        return 0;
    if (desc) {
        desc->flags = (int)r.flags;
        desc->value = desc->getter = desc->setter = JS_UNDEFINED;
        if (r.flags & JS_PROP_ACCESSOR) {
            JSAccessor *a = js_get_ptr(o->slots[r.idx]);
            desc->getter = a->getter;
            desc->setter = a->setter;
        } else {
            desc->value = ref_value(ctx, o, &r);
            if (js_is_exception(desc->value))
                return -1;
        }
    }
    return 1;
}

static JSValue new_accessor(JSValue getter, JSValue setter)
{
    JSAccessor *a = js_malloc(sizeof *a);
    a->h.type = JS_CELL_ACCESSOR;
    a->getter = getter;
    a->setter = setter;
    return js_mkptr(a);
}

/* Define or replace own property key of o with (flags, v): v is the value, or
 * a JSAccessor when flags has JS_PROP_ACCESSOR.  No validation. */
static int define_raw(JSContext *ctx, JSObject *o, JSValue key, JSValue v, uint32_t flags)
{
    uint32_t i;
    if (o->h.class_id == JS_CLASS_ARRAY) {
        if (js_key_is_index(key, &i)) {
            if (o->h.flags & JS_OBJ_FAST_ARRAY) {
                if (flags == JS_PROP_CWE && fast_can_grow_to(o, i)) {
                    if (i >= o->u.array.cap)
                        fast_grow(o, i + 1);
                    o->u.array.elems[i] = v;
                    if (i >= o->u.array.len)
                        o->u.array.len = i + 1;
                    return 0;
                }
                array_make_slow(ctx, o);
            }
            if (i >= o->u.array.len)
                o->u.array.len = i + 1;
        } else if (key == ctx->atoms.length) {
            if (flags & JS_PROP_ACCESSOR)
                return 0;
            uint32_t n;
            if (to_array_length(ctx, v, &n) < 0)
                return -1;
            o->h.flags &= (uint16_t)~JS_OBJ_LENGTH_RO;
            if (array_set_length(ctx, o, n, true) < 0)
                return -1;
            if (!(flags & JS_PROP_WRITABLE))
                o->h.flags |= JS_OBJ_LENGTH_RO;
            return 0;
        }
    } else if (o->h.class_id == JS_CLASS_STRING && js_is_string(o->u.prim)) {
        if (key == ctx->atoms.length || (js_key_is_index(key, &i) && i < js_str(o->u.prim)->len))
            return 0;   /* fixed by the primitive */
    }
    int idx = js_shape_lookup(o->shape, key);
    if (idx >= 0) {
        obj_set_flags(o, idx, flags);
        o->slots[idx] = v;
        return 0;
    }
    obj_add_slot(o, key, flags, v);
    return 0;
}

static int normalize_key(JSContext *ctx, JSValue *key)
{
    if (is_key(*key))
        return 0;
    *key = js_to_property_key(ctx, *key);
    return js_is_exception(*key) ? -1 : 0;
}

int js_define_value(JSContext *ctx, JSValue obj, JSValue key, JSValue v, int flags)
{
    if (normalize_key(ctx, &key) < 0)
        return -1;
    return define_raw(ctx, js_obj(obj), key, v, (uint32_t)flags & JS_PROP_CWE);
}

int js_define_value_str(JSContext *ctx, JSValue obj, const char *name, JSValue v, int flags)
{
    return define_raw(ctx, js_obj(obj), js_atom(ctx, name), v, (uint32_t)flags & JS_PROP_CWE);
}

int js_define_accessor(JSContext *ctx, JSValue obj, JSValue key, JSValue getter, JSValue setter, int flags)
{
    if (normalize_key(ctx, &key) < 0)
        return -1;
    uint32_t f = ((uint32_t)flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE)) | JS_PROP_ACCESSOR;
    return define_raw(ctx, js_obj(obj), key, new_accessor(getter, setter), f);
}

static int redefine_fail(JSContext *ctx, JSValue key, bool throw_on_fail)
{
    if (!throw_on_fail)
        return 0;
    js_throw_type_error(ctx, "Cannot redefine property: %s", js_key_to_cstr(ctx, key));
    return -1;
}

/* ArraySetLength via defineProperty(arr, "length", desc).  The new value is
 * converted first (a RangeError, or its valueOf making length read-only,
 * comes before the checks); a deletion that stops at a non-configurable
 * element still applies writable: false, then fails. */
static int array_define_length(JSContext *ctx, JSObject *o, const JSPropertyDescriptor *d, int has, bool thr)
{
    JSValue key = ctx->atoms.length;
    uint32_t n = 0;
    if ((has & JS_DESC_HAS_VALUE) && to_array_length(ctx, d->value, &n) < 0)
        return -1;
    bool ro = (o->h.flags & JS_OBJ_LENGTH_RO) != 0;
    if (has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET))
        return redefine_fail(ctx, key, thr);
    if ((has & JS_DESC_HAS_CONFIGURABLE) && (d->flags & JS_PROP_CONFIGURABLE))
        return redefine_fail(ctx, key, thr);
    if ((has & JS_DESC_HAS_ENUMERABLE) && (d->flags & JS_PROP_ENUMERABLE))
        return redefine_fail(ctx, key, thr);
    if (ro && (has & JS_DESC_HAS_WRITABLE) && (d->flags & JS_PROP_WRITABLE))
        return redefine_fail(ctx, key, thr);
    if ((has & JS_DESC_HAS_VALUE) && n != o->u.array.len) {
        if (ro)
            return redefine_fail(ctx, key, thr);
        array_set_length(ctx, o, n, false);
        if (o->u.array.len != n) {
            if ((has & JS_DESC_HAS_WRITABLE) && !(d->flags & JS_PROP_WRITABLE))
                o->h.flags |= JS_OBJ_LENGTH_RO;
            return fail(ctx, thr, "Cannot delete property '%s' of %s",
                        js_key_to_cstr(ctx, js_new_number((double)o->u.array.len - 1)), "[object Array]");
        }
    }
    if ((has & JS_DESC_HAS_WRITABLE) && !(d->flags & JS_PROP_WRITABLE))
        o->h.flags |= JS_OBJ_LENGTH_RO;
    return 1;
}

static bool same_value_opt(JSValue a, JSValue b)
{
    return js_same_value(a, b);
}

/* ValidateAndApplyPropertyDescriptor.  1 applied, 0 refused, -1 thrown. */
int js_define_property(JSContext *ctx, JSValue obj, JSValue key, const JSPropertyDescriptor *d, int has, bool thr)
{
    if (!js_is_object(obj)) {
        js_throw_type_error(ctx, "Object.defineProperty called on non-object");
        return -1;
    }
    if (normalize_key(ctx, &key) < 0)
        return -1;
    JSObject *o = js_obj(obj);
    uint32_t i;
    if (o->h.class_id == JS_CLASS_ARRAY) {
        if (key == ctx->atoms.length)
            return array_define_length(ctx, o, d, has, thr);
        if (js_key_is_index(key, &i) && i >= o->u.array.len && (o->h.flags & JS_OBJ_LENGTH_RO)) {
            if (!thr)
                return 0;
            js_throw_type_error(ctx, "Cannot define property %s, object is not extensible", js_key_to_cstr(ctx, key));
            return -1;
        }
    }
    bool acc_desc = (has & (JS_DESC_HAS_GET | JS_DESC_HAS_SET)) != 0;
    bool data_desc = (has & (JS_DESC_HAS_VALUE | JS_DESC_HAS_WRITABLE)) != 0;
    PropRef r;
    if (!find_own(ctx, o, key, &r)) {
        if (!(o->h.flags & JS_OBJ_EXTENSIBLE)) {
            if (!thr)
                return 0;
            js_throw_type_error(ctx, "Cannot define property %s, object is not extensible", js_key_to_cstr(ctx, key));
            return -1;
        }
        uint32_t f = (uint32_t)d->flags & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE);
        if (!(has & JS_DESC_HAS_ENUMERABLE)) f &= ~(uint32_t)JS_PROP_ENUMERABLE;
        if (!(has & JS_DESC_HAS_CONFIGURABLE)) f &= ~(uint32_t)JS_PROP_CONFIGURABLE;
        if (acc_desc) {
            JSValue g = (has & JS_DESC_HAS_GET) ? d->getter : JS_UNDEFINED;
            JSValue s = (has & JS_DESC_HAS_SET) ? d->setter : JS_UNDEFINED;
            return define_raw(ctx, o, key, new_accessor(g, s), f | JS_PROP_ACCESSOR) < 0 ? -1 : 1;
        }
        if ((has & JS_DESC_HAS_WRITABLE) && (d->flags & JS_PROP_WRITABLE))
            f |= JS_PROP_WRITABLE;
        JSValue v = (has & JS_DESC_HAS_VALUE) ? d->value : JS_UNDEFINED;
        return define_raw(ctx, o, key, v, f) < 0 ? -1 : 1;
    }
    uint32_t cf = r.flags;
    JSValue cur = (cf & JS_PROP_ACCESSOR) ? o->slots[r.idx] : ref_value(ctx, o, &r);
    if (js_is_exception(cur))
        return -1;
    if (!(cf & JS_PROP_CONFIGURABLE)) {
        if ((has & JS_DESC_HAS_CONFIGURABLE) && (d->flags & JS_PROP_CONFIGURABLE))
            return redefine_fail(ctx, key, thr);
        if ((has & JS_DESC_HAS_ENUMERABLE) && ((d->flags ^ (int)cf) & JS_PROP_ENUMERABLE))
            return redefine_fail(ctx, key, thr);
        if (acc_desc || data_desc) {
            if (acc_desc != ((cf & JS_PROP_ACCESSOR) != 0))
                return redefine_fail(ctx, key, thr);
            if (cf & JS_PROP_ACCESSOR) {
                JSAccessor *a = js_get_ptr(cur);
                if ((has & JS_DESC_HAS_GET) && !same_value_opt(d->getter, a->getter))
                    return redefine_fail(ctx, key, thr);
                if ((has & JS_DESC_HAS_SET) && !same_value_opt(d->setter, a->setter))
                    return redefine_fail(ctx, key, thr);
            } else if (!(cf & JS_PROP_WRITABLE)) {
                if ((has & JS_DESC_HAS_WRITABLE) && (d->flags & JS_PROP_WRITABLE))
                    return redefine_fail(ctx, key, thr);
                if ((has & JS_DESC_HAS_VALUE) && !same_value_opt(d->value, cur))
                    return redefine_fail(ctx, key, thr);
            }
        }
    }
    if (r.kind == P_STR_CHAR || r.kind == P_STR_LENGTH)
        return 1;   /* only an identical redefinition gets here */
    uint32_t nf = cf;
    if (has & JS_DESC_HAS_CONFIGURABLE)
        nf = (nf & ~(uint32_t)JS_PROP_CONFIGURABLE) | ((uint32_t)d->flags & JS_PROP_CONFIGURABLE);
    if (has & JS_DESC_HAS_ENUMERABLE)
        nf = (nf & ~(uint32_t)JS_PROP_ENUMERABLE) | ((uint32_t)d->flags & JS_PROP_ENUMERABLE);
    JSValue nv;
    if (acc_desc) {
        JSValue g = JS_UNDEFINED, s = JS_UNDEFINED;
        if (cf & JS_PROP_ACCESSOR) {
            JSAccessor *a = js_get_ptr(cur);
            g = a->getter;
            s = a->setter;
        }
        if (has & JS_DESC_HAS_GET) g = d->getter;
        if (has & JS_DESC_HAS_SET) s = d->setter;
        nf = (nf & (JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE)) | JS_PROP_ACCESSOR;
        nv = new_accessor(g, s);
    } else if (data_desc || !(cf & JS_PROP_ACCESSOR)) {
        if (cf & JS_PROP_ACCESSOR) {
            nf &= JS_PROP_ENUMERABLE | JS_PROP_CONFIGURABLE;
            cur = JS_UNDEFINED;
        }
        if (has & JS_DESC_HAS_WRITABLE)
            nf = (nf & ~(uint32_t)JS_PROP_WRITABLE) | ((uint32_t)d->flags & JS_PROP_WRITABLE);
        nv = (has & JS_DESC_HAS_VALUE) ? d->value : cur;
    } else {
        nv = cur;   /* generic descriptor on an accessor: attributes only */
    }
    if (r.kind == P_ELEM && nf == JS_PROP_CWE) {
        o->u.array.elems[r.index] = nv;
        return 1;
    }
    return define_raw(ctx, o, key, nv, nf) < 0 ? -1 : 1;
}

/* ---------------------------------------------------------------- own keys */

typedef struct { uint32_t index; JSValue key; } IndexKey;

static int cmp_index_key(const void *a, const void *b)
{
    uint32_t x = ((const IndexKey *)a)->index, y = ((const IndexKey *)b)->index;
    return x < y ? -1 : x > y;
}

JSValue js_own_keys(JSContext *ctx, JSValue obj, int flags)
{
    JSObject *o = js_obj(obj);
    JSShape *sh = o->shape;
    bool enum_only = flags & JS_KEYS_ENUMERABLE_ONLY;
    uint32_t elen = 0, slen = 0;
    if (o->h.flags & JS_OBJ_FAST_ARRAY)
        elen = o->u.array.len < o->u.array.cap ? o->u.array.len : o->u.array.cap;
    if (o->h.class_id == JS_CLASS_STRING && js_is_string(o->u.prim))
        slen = js_str(o->u.prim)->len;
    size_t max = (size_t)elen + slen + sh->count + 1;
    JSValue *out = js_malloc(max * sizeof *out);
    uint32_t n = 0;
    if (flags & JS_KEYS_STRINGS) {
        for (uint32_t i = 0; i < slen; i++)
            out[n++] = js_atom_from_uint(ctx, i);
        for (uint32_t i = 0; i < elen; i++)
            if (o->u.array.elems[i] != JS_EMPTY)
                out[n++] = js_atom_from_uint(ctx, i);
        if (sh->has_index) {
            IndexKey *ik = js_malloc(sh->count * sizeof *ik);
            uint32_t m = 0;
            for (uint32_t k = 0; k < sh->count; k++) {
                JSPropEntry *e = &sh->table->entries[k];
                if (e->key == JS_EMPTY || (enum_only && !(e->flags & JS_PROP_ENUMERABLE)))
                    continue;
                if (js_key_is_index(e->key, &ik[m].index))
                    ik[m++].key = e->key;
            }
            qsort(ik, m, sizeof *ik, cmp_index_key);
            for (uint32_t k = 0; k < m; k++)
                out[n++] = ik[k].key;
        }
        if (!enum_only && (o->h.class_id == JS_CLASS_ARRAY || slen || o->h.class_id == JS_CLASS_STRING))
            out[n++] = ctx->atoms.length;
        for (uint32_t k = 0; k < sh->count; k++) {
            JSPropEntry *e = &sh->table->entries[k];
            if (!js_is_string(e->key) || (enum_only && !(e->flags & JS_PROP_ENUMERABLE)))
                continue;
            if (!sh->has_index || !js_key_is_index(e->key, NULL))
                out[n++] = e->key;
        }
    }
    if (flags & JS_KEYS_SYMBOLS) {
        for (uint32_t k = 0; k < sh->count; k++) {
            JSPropEntry *e = &sh->table->entries[k];
            if (js_is_symbol(e->key) && !(enum_only && !(e->flags & JS_PROP_ENUMERABLE)) &&
                !((JSSymbol *)js_get_ptr(e->key))->is_private)
                out[n++] = e->key;
        }
    }
    return js_new_array_from(ctx, n, out);
}

/* ---------------------------------------------------------------- misc */

int js_prevent_extensions(JSContext *ctx, JSValue obj)
{
    (void)ctx;
    if (js_is_object(obj))
        js_obj(obj)->h.flags &= (uint16_t)~JS_OBJ_EXTENSIBLE;
    return 1;
}

int js_set_prototype(JSContext *ctx, JSValue obj, JSValue proto, bool thr)
{
    if (!js_is_object(obj))
        return 1;   /* a primitive's prototype cannot change; nothing to do */
    JSObject *o = js_obj(obj);
    JSObject *p = js_is_object(proto) ? js_obj(proto) : NULL;
    if (o->proto == p)
        return 1;
    if (o == ctx->object_proto) {
        if (!thr)
            return 0;
        js_throw_type_error(ctx, "Immutable prototype object 'Object.prototype' cannot have their prototype set");
        return -1;
    }
    if (!(o->h.flags & JS_OBJ_EXTENSIBLE)) {
        if (!thr)
            return 0;
        js_throw_type_error(ctx, "%s is not extensible", js_object_tag(ctx, o));
        return -1;
    }
    for (JSObject *q = p; q; q = q->proto) {
        if (q == o) {
            if (!thr)
                return 0;
            js_throw_type_error(ctx, "Cyclic __proto__ value");
            return -1;
        }
    }
    o->proto = p;
    return 1;
}

int js_array_push(JSContext *ctx, JSValue arr, JSValue v)
{
    JSObject *o = js_obj(arr);
    if ((o->h.flags & (JS_OBJ_FAST_ARRAY | JS_OBJ_EXTENSIBLE | JS_OBJ_LENGTH_RO)) == (JS_OBJ_FAST_ARRAY | JS_OBJ_EXTENSIBLE)
        && o->u.array.len < 0xFFFFFFFFu) {
        uint32_t i = o->u.array.len;
        if (i >= o->u.array.cap)
            fast_grow(o, i + 1);
        o->u.array.elems[i] = v;
        o->u.array.len = i + 1;
        return 0;
    }
    if (o->h.class_id == JS_CLASS_ARRAY)
        return set_index(ctx, arr, o->u.array.len, v, true);
    JSValue lv = js_get_atom(ctx, arr, ctx->atoms.length);
    uint64_t len;
    if (js_is_exception(lv) || js_to_length(ctx, lv, &len) < 0)
        return -1;
    if (js_set(ctx, arr, js_new_number((double)len), v, true) < 0)
        return -1;
    return js_set_atom(ctx, arr, ctx->atoms.length, js_new_number((double)len + 1), true);
}
