/* mapset.c - Map and Set, one implementation for both.
 *
 * A collection is a doubly linked list of records in insertion order plus a
 * chained hash index, all in collector memory (u.opaque -> MapData).  Keys
 * are compared with SameValueZero: numbers are normalised (-0 to +0,
 * integral doubles to int32) so that equal keys are equal words, except
 * strings, which are compared by contents.
 *
 * Iterators must survive deletions and see additions.  An iterator holds
 * the record it returned last.  A deleted record is unlinked from the list
 * but keeps its `next`, so a parked iterator walks on through deleted
 * records to live ones; the record appended last stays in the list even when
 * deleted, so appends after clear() are still reached.  Nothing is ever
 * compacted: unreachable records are simply collected. */
#include "builtins.h"
#include "mapset.h"
#include "object.h"
#include "state.h"

typedef struct MapRecord {
    JSValue key, value;
    struct MapRecord *next, *prev;   /* insertion order */
    struct MapRecord *hnext;         /* hash chain */
    uint32_t hash;
    bool deleted;
} MapRecord;

typedef struct MapData {
    MapRecord *first, *last;         /* last: appended last, possibly deleted */
    MapRecord **buckets;
    uint32_t nbuckets, count;
} MapData;

enum { IS_MAP, IS_SET };
static const char *const coll_names[2] = { "Map", "Set" };

/* ------------------------------------------------------------ the table */

static JSValue normalize_key(JSValue k)
{
    if (js_is_double(k)) {
        double d = js_get_double_raw(k);
        if (d == 0)
            return js_new_int(0);
        return js_new_number(d);
    }
    return k;
}

static uint32_t hash_word(uint64_t x)
{
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

static uint32_t hash_key(JSValue k)
{
    if (!js_is_string(k))
        return hash_word(k);
    JSString *s = js_string_flat(js_str(k));
    uint32_t h = 2166136261u;
    for (uint32_t i = 0; i < s->len; i++) {
        uint16_t c = (s->h.flags & JS_STR_WIDE) ? s->u.utf16[i] : s->u.latin1[i];
        h = (h ^ c) * 16777619u;
    }
    return h;
}

static bool keys_equal(JSValue a, JSValue b)
{
    if (a == b)
        return true;
    return js_is_string(a) && js_is_string(b) && js_string_equals(js_str(a), js_str(b));
}

static MapData *map_data_new(void)
{
    MapData *m = js_malloc(sizeof *m);
    m->nbuckets = 8;
    m->buckets = js_malloc(sizeof *m->buckets * m->nbuckets);
    return m;
}

static MapRecord *map_find(MapData *m, JSValue key, uint32_t h)
{
    for (MapRecord *r = m->buckets[h & (m->nbuckets - 1)]; r; r = r->hnext)
        if (r->hash == h && keys_equal(r->key, key))
            return r;
    return NULL;
}

static void map_rehash(MapData *m)
{
    uint32_t n = m->nbuckets * 2;
    MapRecord **b = js_malloc(sizeof *b * n);
    for (MapRecord *r = m->first; r; r = r->next) {
        if (r->deleted)
            continue;
        r->hnext = b[r->hash & (n - 1)];
        b[r->hash & (n - 1)] = r;
    }
    m->buckets = b;
    m->nbuckets = n;
}

static void map_put(MapData *m, JSValue key, JSValue value)
{
    key = normalize_key(key);
    uint32_t h = hash_key(key);
    MapRecord *r = map_find(m, key, h);
    if (r) {
        r->value = value;
        return;
    }
    r = js_malloc(sizeof *r);
    r->key = key;
    r->value = value;
    r->hash = h;
    MapRecord *tail = m->last;
    if (tail) {
        tail->next = r;
        if (tail->deleted) {   /* a deleted tail leaves the list once passed */
            r->prev = tail->prev;
            if (tail->prev)
                tail->prev->next = r;
            else
                m->first = r;
        } else {
            r->prev = tail;
        }
    } else {
        m->first = r;
    }
    m->last = r;
    r->hnext = m->buckets[h & (m->nbuckets - 1)];
    m->buckets[h & (m->nbuckets - 1)] = r;
    if (++m->count > m->nbuckets)
        map_rehash(m);
}

static MapRecord *map_get_record(MapData *m, JSValue key)
{
    key = normalize_key(key);
    return map_find(m, key, hash_key(key));
}

static bool map_remove(MapData *m, JSValue key)
{
    key = normalize_key(key);
    uint32_t h = hash_key(key);
    MapRecord **pp = &m->buckets[h & (m->nbuckets - 1)];
    for (MapRecord *r = *pp; r; pp = &r->hnext, r = r->hnext) {
        if (r->hash != h || !keys_equal(r->key, key))
            continue;
        *pp = r->hnext;
        r->deleted = true;   /* drop key and value: a deleted record must not keep them alive */
        r->key = r->value = JS_UNDEFINED;
        m->count--;
        if (r != m->last) {   /* unlink, keeping r->next for parked iterators */
            if (r->prev)
                r->prev->next = r->next;
            else
                m->first = r->next;
            r->next->prev = r->prev;
        }
        return true;
    }
    return false;
}

static void map_clear(MapData *m)
{
    for (MapRecord *r = m->first; r; r = r->next) {
        r->deleted = true;
        r->key = r->value = JS_UNDEFINED;
    }
    if (m->last) {
        m->first = m->last;
        m->last->prev = NULL;
    }
    m->count = 0;
    memset(m->buckets, 0, sizeof *m->buckets * m->nbuckets);
}

static MapRecord *live_from(MapRecord *r)
{
    while (r && r->deleted)
        r = r->next;
    return r;
}

/* ------------------------------------------------------------ public helpers */

static MapData *data_of(JSValue obj)
{
    int c = js_class_of(obj);
    return (c == JS_CLASS_MAP || c == JS_CLASS_SET) ? js_obj(obj)->u.opaque : NULL;
}

uint32_t js_mapset_size(JSValue obj)
{
    MapData *m = data_of(obj);
    return m ? m->count : 0;
}

const void *js_mapset_next(JSValue obj, const void *cursor, JSValue *key, JSValue *value)
{
    MapData *m = data_of(obj);
    if (!m)
        return NULL;
    MapRecord *r = live_from(cursor ? ((const MapRecord *)cursor)->next : m->first);
    if (r) {
        *key = r->key;
        *value = js_class_of(obj) == JS_CLASS_SET ? r->key : r->value;
    }
    return r;
}

/* ------------------------------------------------------------ receivers */

static MapData *check_receiver(JSContext *ctx, JSValue this_val, int which, const char *method)
{
    if (js_class_of(this_val) == (which == IS_MAP ? JS_CLASS_MAP : JS_CLASS_SET))
        return js_obj(this_val)->u.opaque;
    js_throw_type_error(ctx, "Method %s.prototype.%s called on incompatible receiver %s",
                        coll_names[which], method, js_receiver_string(ctx, this_val));
    return NULL;
}

#define RECEIVER(which, method) \
    MapData *m = check_receiver(ctx, this_val, which, method); \
    if (!m) return JS_EXCEPTION

/* ------------------------------------------------------------ constructors */

static JSValue collection_ctor(JSContext *ctx, JSValue iterable, int which)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return js_throw_type_error(ctx, "Constructor %s requires 'new'", coll_names[which]);
    JSObject *fallback = which == IS_MAP ? ctx->map_proto : ctx->set_proto;
    JSObject *proto = js_proto_from_ctor(ctx, nt, fallback);
    if (!proto)
        return JS_EXCEPTION;
    JSValue obj = js_new_object_class(ctx, proto, which == IS_MAP ? JS_CLASS_MAP : JS_CLASS_SET);
    if (js_is_exception(obj))
        return obj;
    MapData *m = map_data_new();
    js_obj(obj)->u.opaque = m;
    if (js_is_nullish(iterable))
        return obj;

    JSValue adder = js_get_atom(ctx, obj, which == IS_MAP ? ctx->atoms.set : ctx->atoms.add);
    if (js_is_exception(adder))
        return adder;
    if (!js_is_function(adder))
        return js_throw_type_error(ctx, "'%s' returned for property '%s' of object '#<%s>' is not a function",
                                   js_receiver_string(ctx, adder), which == IS_MAP ? "set" : "add",
                                   coll_names[which]);
    /* the original set/add: the entries go straight into the table */
    JSBuiltinState *bs = js_builtin_state(ctx);
    bool fast = adder == (which == IS_MAP ? bs->map_set : bs->set_add);
    JSIterator it;
    JSValue item;
    int r;
    if (js_get_iterator(ctx, iterable, &it) < 0)
        return JS_EXCEPTION;
    while ((r = js_iterator_step(ctx, &it, &item)) > 0) {
        JSValue args[2] = { item, JS_UNDEFINED };
        if (which == IS_MAP) {
            if (!js_is_object(item)) {
                js_throw_type_error(ctx, "Iterator value %s is not an entry object", js_receiver_string(ctx, item));
                goto fail;
            }
            args[0] = js_get_elem(ctx, item, 0);
            if (js_is_exception(args[0]))
                goto fail;
            args[1] = js_get_elem(ctx, item, 1);
            if (js_is_exception(args[1]))
                goto fail;
        }
        if (fast)
            map_put(m, args[0], which == IS_MAP ? args[1] : JS_UNDEFINED);
        else if (js_is_exception(js_call(ctx, adder, obj, which == IS_MAP ? 2 : 1, args)))
            goto fail;
    }
    return r < 0 ? JS_EXCEPTION : obj;
fail:
    js_iterator_close(ctx, &it, true);
    return JS_EXCEPTION;
}

static JSValue Map_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return collection_ctor(ctx, js_arg(argc, argv, 0), IS_MAP);
}

static JSValue Set_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return collection_ctor(ctx, js_arg(argc, argv, 0), IS_SET);
}

static JSValue species_getter(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_val;
}

/* ------------------------------------------------------------ shared methods
 * Map and Set share these as JSCFunctionMagic with IS_MAP or IS_SET as the
 * magic (see coll_methods below). */

static JSValue coll_has(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(which, "has");
    return js_new_bool(map_get_record(m, argv[0]) != NULL);
}

static JSValue coll_delete(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(which, "delete");
    return js_new_bool(map_remove(m, argv[0]));
}

static JSValue coll_clear(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(which, "clear");
    map_clear(m);
    return JS_UNDEFINED;
}

static JSValue coll_size(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    MapData *m = check_receiver(ctx, this_val, which, "size");
    if (m)
        return js_new_number(m->count);
    /* V8 names the getter: "Method get Map.prototype.size called on ..." */
    ctx->exception = JS_UNDEFINED;
    return js_throw_type_error(ctx, "Method get %s.prototype.size called on incompatible receiver %s",
                               coll_names[which], js_receiver_string(ctx, this_val));
}

static JSValue coll_for_each(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(which, "forEach");
    if (!js_is_function(argv[0]))
        return js_throw_type_error(ctx, "%s is not a function", js_describe_typed(ctx, argv[0]));
    for (MapRecord *r = live_from(m->first); r; r = live_from(r->next)) {
        JSValue args[3] = { which == IS_MAP ? r->value : r->key, r->key, this_val };
        if (js_is_exception(js_call(ctx, argv[0], js_arg(argc, argv, 1), 3, args)))
            return JS_EXCEPTION;
    }
    return JS_UNDEFINED;
}

static JSValue coll_iterator(JSContext *ctx, JSValue this_val, int which, int kind, const char *method)
{
    RECEIVER(which, method);
    (void)m;
    JSValue it = js_new_object_class(ctx, which == IS_MAP ? ctx->map_iterator_proto : ctx->set_iterator_proto,
                                     which == IS_MAP ? JS_CLASS_MAP_ITERATOR : JS_CLASS_SET_ITERATOR);
    if (js_is_exception(it))
        return it;
    js_obj(it)->u.iter.target = this_val;
    js_obj(it)->u.iter.pos = NULL;
    js_obj(it)->u.iter.kind = (uint8_t)kind;
    return it;
}

static JSValue coll_keys(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{ return coll_iterator(ctx, this_val, which, JS_ITER_KEYS, "keys"); }
static JSValue coll_values(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{ return coll_iterator(ctx, this_val, which, JS_ITER_VALUES, "values"); }
static JSValue coll_entries(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{ return coll_iterator(ctx, this_val, which, JS_ITER_ENTRIES, "entries"); }

/* ------------------------------------------------------------ Map */

static JSValue Map_prototype_get(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(IS_MAP, "get");
    MapRecord *r = map_get_record(m, argv[0]);
    return r ? r->value : JS_UNDEFINED;
}

static JSValue Map_prototype_set(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(IS_MAP, "set");
    map_put(m, argv[0], argv[1]);
    return this_val;
}

/* ------------------------------------------------------------ Set */

static JSValue Set_prototype_add(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    RECEIVER(IS_SET, "add");
    map_put(m, argv[0], JS_UNDEFINED);
    return this_val;
}

/* ------------------------------------------------------------ iterators */

/* %MapIteratorPrototype%.next and %SetIteratorPrototype%.next; magic: which. */
static JSValue iterator_next(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    int cls = which == IS_MAP ? JS_CLASS_MAP_ITERATOR : JS_CLASS_SET_ITERATOR;
    if (js_class_of(this_val) != cls)
        return js_throw_type_error(ctx, "Method %s Iterator.prototype.next called on incompatible receiver %s",
                                   coll_names[which], js_receiver_string(ctx, this_val));
    JSObject *it = js_obj(this_val);
    MapData *m = data_of(it->u.iter.target);
    if (!m)
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    MapRecord *r = live_from(it->u.iter.pos ? ((MapRecord *)it->u.iter.pos)->next : m->first);
    if (!r) {
        it->u.iter.target = JS_UNDEFINED;
        it->u.iter.pos = NULL;
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    }
    it->u.iter.pos = r;
    return js_iter_result_kind(ctx, r->key, which == IS_MAP ? r->value : r->key, it->u.iter.kind);
}


JSValue js_mapset_iterator_rest(JSContext *ctx, JSValue iter, int *kind)
{
    int cls = js_class_of(iter);
    if (cls != JS_CLASS_MAP_ITERATOR && cls != JS_CLASS_SET_ITERATOR)
        return JS_UNDEFINED;
    JSObject *it = js_obj(iter);
    JSValue arr = js_new_array(ctx, 0);
    *kind = it->u.iter.kind;
    MapData *m = data_of(it->u.iter.target);
    if (!m)
        return arr;
    MapRecord *r = live_from(it->u.iter.pos ? ((MapRecord *)it->u.iter.pos)->next : m->first);
    for (; r; r = live_from(r->next)) {
        JSValue v = cls == JS_CLASS_MAP_ITERATOR ? r->value : r->key, item = v;
        if (*kind == JS_ITER_KEYS)
            item = r->key;
        else if (*kind == JS_ITER_ENTRIES) {
            JSValue pair[2] = { r->key, v };
            item = js_new_array_from(ctx, 2, pair);
        }
        js_array_push(ctx, arr, item);
    }
    return arr;
}

/* ------------------------------------------------------------ init */

/* The prototype methods, in V8's property order; each is made with the
 * collection (IS_MAP or IS_SET) as its magic. */
typedef struct CollMethod {
    const char *name;
    JSCFunctionMagic *fn;
    int length;
} CollMethod;

static const CollMethod map_proto_funcs[] = {
    { "get", Map_prototype_get, 1 },
    { "set", Map_prototype_set, 2 },
    { "has", coll_has, 1 },
    { "delete", coll_delete, 1 },
    { "clear", coll_clear, 0 },
    { "entries", coll_entries, 0 },
    { "forEach", coll_for_each, 1 },
    { "keys", coll_keys, 0 },
};

static const CollMethod set_proto_funcs[] = {
    { "has", coll_has, 1 },
    { "add", Set_prototype_add, 1 },
    { "delete", coll_delete, 1 },
    { "clear", coll_clear, 0 },
    { "entries", coll_entries, 0 },
    { "forEach", coll_for_each, 1 },
};

static void define_methods(JSContext *ctx, JSValue obj, const CollMethod *tab, size_t n, int which)
{
    for (size_t i = 0; i < n; i++)
        js_define_value(ctx, obj, js_atom(ctx, tab[i].name),
                        js_new_cfunction_magic(ctx, tab[i].fn, tab[i].name, tab[i].length, which), JS_PROP_CW);
}

static JSObject *ensure_proto(JSContext *ctx, JSObject **slot, JSObject *parent)
{
    if (!*slot)
        *slot = js_obj(js_new_object_proto(ctx, parent));
    return *slot;
}

static void define_tag(JSContext *ctx, JSValue obj, const char *tag)
{
    js_define_value(ctx, obj, ctx->sym.to_string_tag, js_new_string(ctx, tag), JS_PROP_CONFIGURABLE);
}

static void define_getter(JSContext *ctx, JSValue obj, JSValue key, JSValue getter)
{
    js_define_accessor(ctx, obj, key, getter, JS_UNDEFINED, JS_PROP_CONFIGURABLE);
}

static void init_collection(JSContext *ctx, int which)
{
    static const CollMethod iter_funcs[] = { { "next", iterator_next, 0 } };
    bool is_map = which == IS_MAP;
    JSValue proto = js_mkptr(ensure_proto(ctx, is_map ? &ctx->map_proto : &ctx->set_proto, ctx->object_proto));
    JSValue ctor = js_define_class(ctx, coll_names[which], is_map ? Map_ctor : Set_ctor, 0, proto);
    define_getter(ctx, ctor, ctx->sym.species, js_new_cfunction(ctx, species_getter, "get [Symbol.species]", 0));
    if (is_map)
        define_methods(ctx, proto, map_proto_funcs, JS_COUNTOF(map_proto_funcs), which);
    else
        define_methods(ctx, proto, set_proto_funcs, JS_COUNTOF(set_proto_funcs), which);
    define_getter(ctx, proto, ctx->atoms.size, js_new_cfunction_magic(ctx, coll_size, "get size", 0, which));
    JSValue values = js_new_cfunction_magic(ctx, coll_values, "values", 0, which);
    js_define_value(ctx, proto, ctx->atoms.values, values, JS_PROP_CW);
    if (!is_map)
        js_define_value(ctx, proto, ctx->atoms.keys, values, JS_PROP_CW);
    JSValue iter_fn = is_map ? js_get_atom(ctx, proto, ctx->atoms.entries) : values;
    define_tag(ctx, proto, coll_names[which]);   /* before @@iterator, as in V8 */
    js_define_value(ctx, proto, ctx->sym.iterator, iter_fn, JS_PROP_CW);
    if (is_map)
        js_builtin_state(ctx)->map_set = js_get_atom(ctx, proto, ctx->atoms.set);
    else
        js_builtin_state(ctx)->set_add = js_get_atom(ctx, proto, ctx->atoms.add);

    JSObject *ip = ctx->iterator_proto ? ctx->iterator_proto : ctx->object_proto;
    JSValue iproto = js_mkptr(ensure_proto(ctx, is_map ? &ctx->map_iterator_proto : &ctx->set_iterator_proto, ip));
    define_methods(ctx, iproto, iter_funcs, 1, which);
    define_tag(ctx, iproto, is_map ? "Map Iterator" : "Set Iterator");
}

void js_init_mapset(JSContext *ctx)
{
    init_collection(ctx, IS_MAP);
    init_collection(ctx, IS_SET);
}
