/* weak.c - WeakMap and WeakSet on bdwgc's disappearing links.
 *
 * bdwgc 8.2 has no ephemerons, and a table that holds its values strongly
 * and its keys weakly never frees a key whose value points back at it.  So
 * the storage is transposed: a value hangs off its KEY, not off the map.
 *
 *   key object ──weak_entries──► WeakEntry { coll: weak link to the map,
 *                                            value: strong }
 *   WeakColl (the map's data) ──► chunks of weak links to its keys
 *
 * Why this gives ephemeron semantics:
 *  - A value is reachable only through its key's entry list, so it lives no
 *    longer than the key; a value that refers to its own key (wm.set(k, {k}))
 *    forms a cycle the collector frees as a whole, and a chain k1 → v1 → k2
 *    → v2 ... dies in one collection once k1 is unreachable.
 *  - The map holds its keys only through disappearing links (hidden
 *    pointers in pointer-free chunks), so it keeps no key alive.
 *  - An entry names its map through a disappearing link too, so it does not
 *    keep the map alive.  When the map dies that link reads 0 and a
 *    finalizer on the map removes the dead entries from the keys that still
 *    live, releasing their values (gc() runs finalizers and collects again).
 *  - get/has compare hidden pointers, so looking up never makes a strong
 *    reference to a map that is otherwise dead.
 * The map's key links exist only so that its finalizer (and inspect with
 * showHidden) can find its live keys. */
#include <gc.h>

#include "builtins.h"
#include "weak.h"

typedef struct JSWeakEntry {
    struct JSWeakEntry *next;
    GC_hidden_pointer coll;  /* disappearing link to the WeakMap/WeakSet object */
    uint32_t slot;           /* where the collection keeps its link to the key */
    JSValue value;           /* JS_TRUE in a WeakSet */
} JSWeakEntry;

/* Links to keys live in pointer-free chunks that never move, so growing the
 * collection moves no link.  A slot whose key died reads 0. */
#define CHUNK_BITS 8
#define CHUNK_SIZE (1u << CHUNK_BITS)

typedef struct WeakColl {
    GC_hidden_pointer **chunks;  /* scanned array of atomic chunks */
    uint32_t nchunks;
    uint32_t count;              /* slots in use, including ones whose key died */
    JSValue *parked;             /* during gc()'s second look: values by slot */
} WeakColl;

/* Every WeakMap, for gc()'s second look (one runtime per process). */
static JSWeakList all_maps;

/* The entry list a key carries: objects and unregistered symbols have one. */
static JSWeakEntry **entries_of(JSCell *key)
{
    if (key->type == JS_CELL_OBJECT)
        return &((JSObject *)key)->weak_entries;
    return &((JSSymbol *)key)->weak_entries;
}

static GC_hidden_pointer *slot_at(WeakColl *wc, uint32_t i)
{
    return &wc->chunks[i >> CHUNK_BITS][i & (CHUNK_SIZE - 1)];
}

static JSCell *slot_key(WeakColl *wc, uint32_t i)
{
    GC_hidden_pointer h = *slot_at(wc, i);
    return h ? (JSCell *)GC_REVEAL_POINTER(h) : NULL;
}

static JSWeakEntry *find_entry(JSCell *key, JSObject *coll)
{
    GC_hidden_pointer want = GC_HIDE_POINTER(coll);
    for (JSWeakEntry *e = *entries_of(key); e; e = e->next)
        if (e->coll == want)
            return e;
    return NULL;
}

/* Move the link of slot `from` into slot `to`, telling its key's entry. */
static void move_slot(WeakColl *wc, JSObject *coll, uint32_t from, uint32_t to)
{
    GC_hidden_pointer *src = slot_at(wc, from), *dst = slot_at(wc, to);
    JSCell *key = slot_key(wc, from);
    if (!key) {
        *dst = 0;
        return;
    }
    *dst = *src;
    *src = 0;
    GC_move_disappearing_link((void **)src, (void **)dst);
    JSWeakEntry *e = find_entry(key, coll);
    if (e)
        e->slot = to;
}

/* Drop the slots whose keys died, keeping the rest packed at the front. */
static void compact(WeakColl *wc, JSObject *coll)
{
    uint32_t live = 0;
    for (uint32_t i = 0; i < wc->count; i++) {
        if (!*slot_at(wc, i))
            continue;
        if (i != live)
            move_slot(wc, coll, i, live);
        live++;
    }
    wc->count = live;
}

static uint32_t add_slot(WeakColl *wc, JSObject *coll, JSCell *key)
{
    if (wc->count == wc->nchunks * CHUNK_SIZE) {
        compact(wc, coll);
        if (wc->count > wc->nchunks * CHUNK_SIZE / 2 || wc->nchunks == 0) {
            wc->chunks = js_realloc(wc->chunks, sizeof *wc->chunks * (wc->nchunks + 1));
            wc->chunks[wc->nchunks] = GC_MALLOC_ATOMIC(sizeof(GC_hidden_pointer) * CHUNK_SIZE);
            memset(wc->chunks[wc->nchunks], 0, sizeof(GC_hidden_pointer) * CHUNK_SIZE);
            wc->nchunks++;
        }
    }
    uint32_t i = wc->count++;
    GC_hidden_pointer *s = slot_at(wc, i);
    *s = GC_HIDE_POINTER(key);
    GC_general_register_disappearing_link((void **)s, key);
    js_pin_weak(key);
    return i;
}

static void remove_slot(WeakColl *wc, JSObject *coll, uint32_t i)
{
    GC_hidden_pointer *s = slot_at(wc, i);
    if (*s)
        GC_unregister_disappearing_link((void **)s);
    *s = 0;
    uint32_t last = --wc->count;
    if (i != last)
        move_slot(wc, coll, last, i);
}

/* Finalizer of a dead collection: its entries' links to it are already 0;
 * unhook them from the keys that still live so their values can go. */
static void coll_finalizer(void *obj, void *data)
{
    (void)data;
    WeakColl *wc = ((JSObject *)obj)->u.opaque;
    for (uint32_t i = 0; i < wc->count; i++) {
        JSCell *key = slot_key(wc, i);
        if (!key)
            continue;
        JSWeakEntry **pp = entries_of(key);
        while (*pp) {
            if ((*pp)->coll == 0)
                *pp = (*pp)->next;
            else
                pp = &(*pp)->next;
        }
    }
}

/* ---------------------------------------------------------------- lists of weak links */

static void weak_list_compact(JSWeakList *l)
{
    uint32_t live = 0;
    for (uint32_t i = 0; i < l->n; i++) {
        if (!l->links[i])
            continue;
        if (i != live) {
            l->links[live] = l->links[i];
            l->links[i] = 0;
            GC_move_disappearing_link((void **)&l->links[i], (void **)&l->links[live]);
        }
        live++;
    }
    l->n = live;
}

static void weak_list_grow(JSWeakList *l)
{
    uint32_t cap = l->cap ? l->cap * 2 : 8;
    GC_hidden_pointer *links = js_malloc_atomic(sizeof *links * cap);
    memset(links, 0, sizeof *links * cap);
    for (uint32_t i = 0; i < l->n; i++) {
        links[i] = l->links[i];
        if (links[i])
            GC_move_disappearing_link((void **)&l->links[i], (void **)&links[i]);
    }
    l->links = links;
    l->cap = cap;
}

void js_weak_list_add(JSWeakList *l, void *obj)
{
    if (l->n == l->cap)
        weak_list_compact(l);
    if (l->n == l->cap)
        weak_list_grow(l);
    GC_hidden_pointer *slot = &l->links[l->n++];
    *slot = GC_HIDE_POINTER(obj);
    GC_general_register_disappearing_link((void **)slot, obj);
}

/* ---------------------------------------------------------------- the shared core */

static WeakColl *this_coll(JSContext *ctx, JSValue this_val, int cls, const char *method)
{
    if (js_class_of(this_val) != cls) {
        js_throw_type_error(ctx, "Method %s called on incompatible receiver %s", method,
                            js_describe(ctx, this_val));
        return NULL;
    }
    return js_obj(this_val)->u.opaque;
}

/* CanBeHeldWeakly: objects, and symbols that Symbol.for did not register. */
bool js_can_be_held_weakly(JSValue v)
{
    return js_is_object(v) || (js_is_symbol(v) && !((JSSymbol *)js_get_ptr(v))->registered);
}

static void coll_set(WeakColl *wc, JSObject *coll, JSCell *key, JSValue value)
{
    JSWeakEntry *e = find_entry(key, coll);
    if (e) {
        e->value = value;
        return;
    }
    e = js_malloc(sizeof *e);
    e->value = value;
    e->slot = add_slot(wc, coll, key);
    e->coll = GC_HIDE_POINTER(coll);
    GC_general_register_disappearing_link((void **)&e->coll, coll);
    e->next = *entries_of(key);
    *entries_of(key) = e;
}

static bool coll_delete(WeakColl *wc, JSObject *coll, JSCell *key)
{
    GC_hidden_pointer want = GC_HIDE_POINTER(coll);
    for (JSWeakEntry **pp = entries_of(key); *pp; pp = &(*pp)->next) {
        JSWeakEntry *e = *pp;
        if (e->coll != want)
            continue;
        *pp = e->next;
        GC_unregister_disappearing_link((void **)&e->coll);
        remove_slot(wc, coll, e->slot);
        return true;
    }
    return false;
}

static JSValue new_coll(JSContext *ctx, JSObject *proto, int cls, const char *name, const char *adder,
                        JSValue iterable)
{
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return js_throw_type_error(ctx, "Constructor %s requires 'new'", name);
    JSObject *p = js_proto_from_ctor(ctx, nt, proto);
    if (!p)
        return JS_EXCEPTION;
    JSValue obj = js_new_object_class(ctx, p, cls);
    if (obj == JS_EXCEPTION)
        return obj;
    js_obj(obj)->u.opaque = js_malloc(sizeof(WeakColl));
    GC_register_finalizer_no_order(js_obj(obj), coll_finalizer, NULL, NULL, NULL);
    if (cls == JS_CLASS_WEAKMAP)
        js_weak_list_add(&all_maps, js_obj(obj));
    if (js_is_nullish(iterable))
        return obj;
    JSValue add = js_get_str(ctx, obj, adder);
    if (add == JS_EXCEPTION)
        return add;
    if (!js_is_function(add))
        return js_throw_type_error(ctx, "'%s' returned for property '%s' of object '#<%s>' is not a function",
                                   js_describe(ctx, add), adder, name);
    JSIterator it;
    if (js_get_iterator(ctx, iterable, &it) < 0)
        return JS_EXCEPTION;
    for (;;) {
        JSValue item, args[2];
        int r = js_iterator_step(ctx, &it, &item);
        if (r < 0)
            return JS_EXCEPTION;
        if (r == 0)
            return obj;
        int argc = 1;
        args[0] = item;
        if (cls == JS_CLASS_WEAKMAP) {
            if (!js_is_object(item)) {
                js_throw_type_error(ctx, "Iterator value %s is not an entry object", js_describe(ctx, item));
                js_iterator_close(ctx, &it, true);
                return JS_EXCEPTION;
            }
            if ((args[0] = js_get_index(ctx, item, 0)) == JS_EXCEPTION ||
                (args[1] = js_get_index(ctx, item, 1)) == JS_EXCEPTION) {
                js_iterator_close(ctx, &it, true);
                return JS_EXCEPTION;
            }
            argc = 2;
        }
        if (js_call(ctx, add, obj, argc, args) == JS_EXCEPTION) {
            js_iterator_close(ctx, &it, true);
            return JS_EXCEPTION;
        }
    }
}

/* The methods WeakMap and WeakSet share, for the receiver class cls; method
 * is the name V8 puts in the incompatible-receiver message. */
static JSValue weak_has(JSContext *ctx, JSValue this_val, JSValue key, int cls, const char *method)
{
    if (!this_coll(ctx, this_val, cls, method))
        return JS_EXCEPTION;
    return js_new_bool(js_can_be_held_weakly(key) && find_entry(js_get_ptr(key), js_obj(this_val)));
}

static JSValue weak_delete(JSContext *ctx, JSValue this_val, JSValue key, int cls, const char *method)
{
    WeakColl *wc = this_coll(ctx, this_val, cls, method);
    if (!wc)
        return JS_EXCEPTION;
    return js_new_bool(js_can_be_held_weakly(key) && coll_delete(wc, js_obj(this_val), js_get_ptr(key)));
}

/* WeakMap set and WeakSet add (a set holds `true` as every key's value);
 * bad_key is V8's message for a key that cannot be held weakly. */
static JSValue weak_put(JSContext *ctx, JSValue this_val, JSValue key, JSValue value, int cls, const char *method,
                        const char *bad_key)
{
    WeakColl *wc = this_coll(ctx, this_val, cls, method);
    if (!wc)
        return JS_EXCEPTION;
    if (!js_can_be_held_weakly(key))
        return js_throw_type_error(ctx, "%s", bad_key);
    coll_set(wc, js_obj(this_val), js_get_ptr(key), value);
    return this_val;
}

/* ---------------------------------------------------------------- WeakMap */

static JSValue WeakMap_constructor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return new_coll(ctx, ctx->weakmap_proto, JS_CLASS_WEAKMAP, "WeakMap", "set", argc ? argv[0] : JS_UNDEFINED);
}

static JSValue WeakMap_prototype_get(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (!this_coll(ctx, this_val, JS_CLASS_WEAKMAP, "WeakMap.prototype.get"))
        return JS_EXCEPTION;
    if (!js_can_be_held_weakly(argv[0]))
        return JS_UNDEFINED;
    JSWeakEntry *e = find_entry(js_get_ptr(argv[0]), js_obj(this_val));
    return e ? e->value : JS_UNDEFINED;
}

static JSValue WeakMap_prototype_set(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return weak_put(ctx, this_val, argv[0], argv[1], JS_CLASS_WEAKMAP, "WeakMap.prototype.set",
                    "Invalid value used as weak map key");
}

static JSValue WeakMap_prototype_has(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return weak_has(ctx, this_val, argv[0], JS_CLASS_WEAKMAP, "WeakMap.prototype.has"); }
static JSValue WeakMap_prototype_delete(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return weak_delete(ctx, this_val, argv[0], JS_CLASS_WEAKMAP, "WeakMap.prototype.delete"); }

/* ---------------------------------------------------------------- WeakSet */

static JSValue WeakSet_constructor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return new_coll(ctx, ctx->weakset_proto, JS_CLASS_WEAKSET, "WeakSet", "add", argc ? argv[0] : JS_UNDEFINED);
}

static JSValue WeakSet_prototype_add(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return weak_put(ctx, this_val, argv[0], JS_TRUE, JS_CLASS_WEAKSET, "WeakSet.prototype.add",
                    "Invalid value used in weak set");
}

static JSValue WeakSet_prototype_has(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return weak_has(ctx, this_val, argv[0], JS_CLASS_WEAKSET, "WeakSet.prototype.has"); }
static JSValue WeakSet_prototype_delete(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return weak_delete(ctx, this_val, argv[0], JS_CLASS_WEAKSET, "WeakSet.prototype.delete"); }

/* ---------------------------------------------------------------- inspection */

uint32_t js_weak_entries(JSContext *ctx, JSValue coll, JSValue *keys, JSValue *values, uint32_t max)
{
    int cls = js_class_of(coll);
    if (cls != JS_CLASS_WEAKMAP && cls != JS_CLASS_WEAKSET)
        return 0;
    WeakColl *wc = js_obj(coll)->u.opaque;
    uint32_t n = 0;
    for (uint32_t i = 0; i < wc->count && n < max; i++) {
        JSCell *key = slot_key(wc, i);
        JSWeakEntry *e = key ? find_entry(key, js_obj(coll)) : NULL;
        if (!e)
            continue;
        if (keys)
            keys[n] = js_mkptr(key);
        if (values)
            values[n] = e->value;
        n++;
    }
    return n;
}

static const JSFunctionEntry weakmap_methods[] = {
    {"delete", WeakMap_prototype_delete, 1},
    {"get", WeakMap_prototype_get, 1},
    {"set", WeakMap_prototype_set, 2},
    {"has", WeakMap_prototype_has, 1},
};

static const JSFunctionEntry weakset_methods[] = {
    {"delete", WeakSet_prototype_delete, 1},
    {"has", WeakSet_prototype_has, 1},
    {"add", WeakSet_prototype_add, 1},
};

static void init_one(JSContext *ctx, JSObject **protop, const char *name, JSCFunction *ctor,
                     const JSFunctionEntry *methods, size_t n)
{
    JSValue proto = js_new_object(ctx);
    *protop = js_obj(proto);
    /* V8's key order: constructor (its slot reserved here, filled by
     * js_define_class), the methods, then Symbol.toStringTag */
    js_define_value(ctx, proto, ctx->atoms.constructor, JS_UNDEFINED, JS_PROP_CW);
    js_define_functions(ctx, proto, methods, n);
    js_define_value(ctx, proto, ctx->sym.to_string_tag, js_new_string(ctx, name), JS_PROP_CONFIGURABLE);
    js_define_class(ctx, name, ctor, 0, proto);
}

void js_init_weak(JSContext *ctx)
{
    init_one(ctx, &ctx->weakmap_proto, "WeakMap", WeakMap_constructor, weakmap_methods,
             JS_COUNTOF(weakmap_methods));
    init_one(ctx, &ctx->weakset_proto, "WeakSet", WeakSet_constructor, weakset_methods,
             JS_COUNTOF(weakset_methods));
}

/* Collect with the caller-saved registers cleared.  bdwgc takes the
 * register file with getcontext(), whose saved FPU/SSE area lies on the
 * stack it scans: a vector register that last carried an object pointer
 * (a struct copy, memcpy of slots) kept a dead object alive through a
 * gc() in the same statement (tests/reachability/holder_property).  Those
 * registers are dead at this call by the ABI, so zeroing them is free. */
static __attribute__((noinline)) void collect_clean(void)
{
#if defined(__x86_64__)
    __asm__ volatile("pxor %%xmm0, %%xmm0\n\tpxor %%xmm1, %%xmm1\n\tpxor %%xmm2, %%xmm2\n\t"
                     "pxor %%xmm3, %%xmm3\n\tpxor %%xmm4, %%xmm4\n\tpxor %%xmm5, %%xmm5\n\t"
                     "pxor %%xmm6, %%xmm6\n\tpxor %%xmm7, %%xmm7\n\tpxor %%xmm8, %%xmm8\n\t"
                     "pxor %%xmm9, %%xmm9\n\tpxor %%xmm10, %%xmm10\n\tpxor %%xmm11, %%xmm11\n\t"
                     "pxor %%xmm12, %%xmm12\n\tpxor %%xmm13, %%xmm13\n\tpxor %%xmm14, %%xmm14\n\t"
                     "pxor %%xmm15, %%xmm15\n\t"
                     "xorl %%eax, %%eax\n\txorl %%ecx, %%ecx\n\txorl %%edx, %%edx\n\t"
                     "xorl %%esi, %%esi\n\txorl %%edi, %%edi\n\txorl %%r8d, %%r8d\n\t"
                     "xorl %%r9d, %%r9d\n\txorl %%r10d, %%r10d\n\txorl %%r11d, %%r11d"
                     ::: "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8", "xmm9",
                         "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15", "rax", "rcx", "rdx", "rsi",
                         "rdi", "r8", "r9", "r10", "r11", "memory");
#elif defined(__aarch64__)
    __asm__ volatile("movi v0.16b, #0\n\tmovi v1.16b, #0\n\tmovi v2.16b, #0\n\tmovi v3.16b, #0\n\t"
                     "movi v4.16b, #0\n\tmovi v5.16b, #0\n\tmovi v6.16b, #0\n\tmovi v7.16b, #0\n\t"
                     "movi v16.16b, #0\n\tmovi v17.16b, #0\n\tmovi v18.16b, #0\n\tmovi v19.16b, #0\n\t"
                     "movi v20.16b, #0\n\tmovi v21.16b, #0\n\tmovi v22.16b, #0\n\tmovi v23.16b, #0\n\t"
                     "movi v24.16b, #0\n\tmovi v25.16b, #0\n\tmovi v26.16b, #0\n\tmovi v27.16b, #0\n\t"
                     "movi v28.16b, #0\n\tmovi v29.16b, #0\n\tmovi v30.16b, #0\n\tmovi v31.16b, #0"
                     ::: "v0", "v1", "v2", "v3", "v4", "v5", "v6", "v7", "v16", "v17", "v18", "v19", "v20",
                         "v21", "v22", "v23", "v24", "v25", "v26", "v27", "v28", "v29", "v30", "v31", "memory");
#endif
    GC_gcollect();
}

/* ---------------------------------------------------------------- gc()'s second look
 * Hanging values on keys makes a value live while its key lives, whatever
 * became of its map, so a value that refers to its own map (wm.set(k,
 * {owner: wm}), wm.set(k, wm)) would keep that map alive as long as k.
 * gc() therefore looks a second time with every map's heap values parked
 * on the map itself instead.  Each arrangement is a superset of the true
 * ephemeron graph (a value there is reachable through its key alone, or
 * through its map alone), so whatever either collection frees was dead:
 * the first frees keys held only by their own values, the second maps held
 * only by their own values. */

static uint32_t park_values(WeakColl *wc, JSObject *coll)
{
    uint32_t parked = 0;
    wc->parked = js_malloc(sizeof(JSValue) * (wc->count ? wc->count : 1));
    for (uint32_t i = 0; i < wc->count; i++) {
        JSCell *key = slot_key(wc, i);
        JSWeakEntry *e = key ? find_entry(key, coll) : NULL;
        if (e && js_is_ptr(e->value)) {
            wc->parked[i] = e->value;
            e->value = JS_EMPTY;
            parked++;
        }
    }
    return parked;
}

static void unpark_values(WeakColl *wc, JSObject *coll)
{
    for (uint32_t i = 0; i < wc->count; i++) {
        JSCell *key = slot_key(wc, i);
        JSWeakEntry *e = key ? find_entry(key, coll) : NULL;
        if (e && e->value == JS_EMPTY)
            e->value = wc->parked[i];
    }
    wc->parked = NULL;
}

/* Out of line, so that the values it moved are gone with its frame. */
static __attribute__((noinline)) uint32_t park_all(void)
{
    uint32_t parked = 0;
    for (uint32_t i = 0; i < all_maps.n; i++)
        if (all_maps.links[i]) {
            JSObject *m = GC_REVEAL_POINTER(all_maps.links[i]);
            parked += park_values(m->u.opaque, m);
        }
    return parked;
}

/* The maps still alive take their values back; a dead map keeps its
 * parked values until its finalizer has unhooked its entries. */
static __attribute__((noinline)) void unpark_all(void)
{
    for (uint32_t i = 0; i < all_maps.n; i++)
        if (all_maps.links[i]) {
            JSObject *m = GC_REVEAL_POINTER(all_maps.links[i]);
            unpark_values(m->u.opaque, m);
        }
}

/* Collect, then run the weak collections' finalizers and collect again
 * while there were any, a bounded number of times. */
static void collect_and_finalize(void)
{
    collect_clean();
    for (int i = 0; i < 8 && GC_should_invoke_finalizers(); i++) {
        GC_invoke_finalizers();
        collect_clean();
    }
}

/* A full collection for gc(): collecting once frees dead keys and their
 * values, and finds dead maps; their finalizers (above) then release the
 * values those maps still hung on live keys, which the next collection
 * frees.  Then the second look, above.  Only here are the pins on weakly
 * held objects loosened (runtime/pins.c). */
void js_collect(JSContext *ctx)
{
    (void)ctx;
    js_pins_loosen();
    js_scrub_stack(); /* loosening left pinned pointers in dead frames */
    collect_and_finalize();
    if (park_all()) {
        js_scrub_stack();
        collect_clean();
        unpark_all();
        js_scrub_stack();
        collect_and_finalize();
    }
    js_pins_tighten();
}
