/* shape.h - private to the runtime: hidden classes and the object internals
 * that object.c, cfunc.c and context.c share.
 *
 * A shape lists an object's keys in creation order, each with its attributes;
 * key i lives in slots[i].  Shared shapes form a tree from ctx->root_shape:
 * adding a key follows (or creates) the transition (key, attributes).  The
 * entries of a chain of shapes share one append-only table when they can:
 * a shape sees the first `count` entries.  Dictionary shapes belong to one
 * object, are edited in place (deletion leaves a tombstone) and are never
 * offered to inline caches. */
#ifndef WEAKJS_SHAPE_H
#define WEAKJS_SHAPE_H

#include "js.h"

typedef struct JSPropEntry {
    JSValue key;          /* atom or symbol; JS_EMPTY: deleted (dictionary only) */
    uint32_t flags;       /* JS_PROP_* */
    uint32_t pad;
} JSPropEntry;

typedef struct JSPropTable {
    JSPropEntry *entries;
    int32_t *index;       /* hash of key -> entry, -1 empty; NULL while small */
    uint32_t used, cap;   /* entries in use / allocated */
    uint32_t index_mask;
} JSPropTable;

typedef struct JSTransition {
    JSValue key;
    uint32_t flags;
    JSShape *child;
} JSTransition;

struct JSShape {
    JSPropTable *table;
    uint32_t count;        /* entries visible to this shape (tombstones included) */
    uint32_t deleted;      /* dictionary: tombstones */
    bool dict;
    bool has_index;        /* some key is an array index */
    bool has_special;      /* some property is an accessor or read-only: [[Set]] must look */
    JSShape *parent;       /* shared shapes: the shape before the last key */
    JSTransition *trans;   /* linear up to SHAPE_LINEAR_TRANS, then hashed */
    uint32_t ntrans, trans_cap;
};

/* Private object flag: an array's length is not writable. */
#define JS_OBJ_LENGTH_RO 0x8000

/* Objects with more own properties than this become dictionaries. */
#define JS_SHAPE_MAX_SHARED 64

JSShape *js_shape_new_root(void);
/* Entry index of key in shape, or -1. */
static inline int js_shape_lookup(JSShape *sh, JSValue key);
JSShape *js_shape_add(JSShape *sh, JSValue key, uint32_t flags);   /* shared child */
JSShape *js_shape_to_dict(JSShape *sh);                             /* private copy */
void js_shape_dict_append(JSShape *sh, JSValue key, uint32_t flags);
int js_shape_slot_capacity(uint32_t count);
JSValue *js_shape_dict_compact(JSShape *sh, JSValue *slots);

int js_shape_lookup_slow(JSShape *sh, JSValue key);

static inline int js_shape_lookup(JSShape *sh, JSValue key)
{
    JSPropTable *t = sh->table;
    /* a small shape scans even when its (shared) table is indexed */
    if (sh->count <= 8 || !t->index) {
        JSPropEntry *e = t->entries;
        for (uint32_t i = 0, n = sh->count; i < n; i++)
            if (e[i].key == key)
                return (int)i;
        return -1;
    }
    return js_shape_lookup_slow(sh, key);
}

static inline uint32_t js_key_hash(JSValue key)
{
    return (uint32_t)((key * 0x9E3779B97F4A7C15ull) >> 32);
}

/* object.c internals used by the other runtime files */
JSObject *js_alloc_object(JSContext *ctx, JSObject *proto, JSClassID cls);
/* "#<Object>", "[object Array]": how node names an object in messages */
const char *js_object_tag(JSContext *ctx, JSObject *o);
/* A key as node prints it in messages: name, or Symbol(desc). */
const char *js_key_to_cstr(JSContext *ctx, JSValue key);
/* Data-only lookup along the prototype chain: never runs a getter. */
JSValue js_get_data_property(JSObject *o, JSValue key);
/* throw.c: the `stack` string for a lazily captured stack (a JSAccessor
 * cell holding the frame lines in a data slot). */
JSValue js_stack_materialize(JSContext *ctx, JSObject *err, JSValue lazy);

#endif
