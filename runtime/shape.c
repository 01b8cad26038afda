/* shape.c - hidden classes: the transition tree, the per-table key index and
 * dictionary shapes.  See shape.h for the model. */
#include "shape.h"
#include "atom.h"

#define SHAPE_LINEAR_TRANS 8
#define SHAPE_LINEAR_KEYS 8

int js_shape_slot_capacity(uint32_t count)
{
    if (count == 0)
        return 0;
    if (count <= 4)
        return 4;
    uint32_t c = 8;
    while (c < count)
        c *= 2;
    return (int)c;
}

static JSPropTable *table_new(uint32_t cap)
{
    JSPropTable *t = js_malloc(sizeof *t);
    t->cap = cap < 4 ? 4 : cap;
    t->entries = js_malloc(t->cap * sizeof *t->entries);
    return t;
}

static void index_rebuild(JSPropTable *t)
{
    uint32_t size = 16;
    while (size < t->used * 2 + 2)
        size *= 2;
    int32_t *ix = js_malloc_atomic(size * sizeof *ix);
    memset(ix, 0xff, size * sizeof *ix);
    for (uint32_t i = 0; i < t->used; i++) {
        if (t->entries[i].key == JS_EMPTY)
            continue;
        uint32_t j = js_key_hash(t->entries[i].key) & (size - 1);
        while (ix[j] >= 0)
            j = (j + 1) & (size - 1);
        ix[j] = (int32_t)i;
    }
    t->index = ix;
    t->index_mask = size - 1;
}

/* Append an entry to a table (which the caller may edit). */
static void table_append(JSPropTable *t, JSValue key, uint32_t flags)
{
    if (t->used == t->cap) {
        t->cap *= 2;
        t->entries = js_realloc(t->entries, t->cap * sizeof *t->entries);
    }
    uint32_t i = t->used++;
    t->entries[i].key = key;
    t->entries[i].flags = flags;
    if (t->index) {
        if (t->used * 2 > t->index_mask + 1) {
            index_rebuild(t);
        } else {
            uint32_t j = js_key_hash(key) & t->index_mask;
            while (t->index[j] >= 0)
                j = (j + 1) & t->index_mask;
            t->index[j] = (int32_t)i;
        }
    } else if (t->used > SHAPE_LINEAR_KEYS) {
        index_rebuild(t);
    }
}

int js_shape_lookup_slow(JSShape *sh, JSValue key)
{
    JSPropTable *t = sh->table;
    for (uint32_t j = js_key_hash(key) & t->index_mask;; j = (j + 1) & t->index_mask) {
        int32_t i = t->index[j];
        if (i < 0)
            return -1;
        if (t->entries[i].key == key)
            return (uint32_t)i < sh->count ? i : -1;
    }
}

JSShape *js_shape_new_root(void)
{
    JSShape *sh = js_malloc(sizeof *sh);
    sh->table = table_new(4);
    return sh;
}

/* ---------------------------------------------------------------- transitions */

static uint32_t trans_hash(JSValue key, uint32_t flags)
{
    return js_key_hash(key ^ flags);
}

static JSShape *trans_find(JSShape *sh, JSValue key, uint32_t flags)
{
    if (sh->ntrans <= SHAPE_LINEAR_TRANS && sh->trans_cap <= SHAPE_LINEAR_TRANS) {
        for (uint32_t i = 0; i < sh->ntrans; i++)
            if (sh->trans[i].key == key && sh->trans[i].flags == flags)
                return sh->trans[i].child;
        return NULL;
    }
    uint32_t mask = sh->trans_cap - 1;
    for (uint32_t j = trans_hash(key, flags) & mask; sh->trans[j].child; j = (j + 1) & mask)
        if (sh->trans[j].key == key && sh->trans[j].flags == flags)
            return sh->trans[j].child;
    return NULL;
}

static void trans_hash_insert(JSTransition *tab, uint32_t cap, JSTransition tr)
{
    uint32_t j = trans_hash(tr.key, tr.flags) & (cap - 1);
    while (tab[j].child)
        j = (j + 1) & (cap - 1);
    tab[j] = tr;
}

static void trans_add(JSShape *sh, JSValue key, uint32_t flags, JSShape *child)
{
    JSTransition tr = { key, flags, child };
    if (sh->trans_cap <= SHAPE_LINEAR_TRANS) {
        if (sh->ntrans < SHAPE_LINEAR_TRANS) {
            if (sh->ntrans == sh->trans_cap) {
                sh->trans_cap = sh->trans_cap ? sh->trans_cap * 2 : 2;
                sh->trans = js_realloc(sh->trans, sh->trans_cap * sizeof *sh->trans);
            }
            sh->trans[sh->ntrans++] = tr;
            return;
        }
        /* switch to a hash table */
        uint32_t cap = 32;
        JSTransition *tab = js_malloc(cap * sizeof *tab);
        for (uint32_t i = 0; i < sh->ntrans; i++)
            trans_hash_insert(tab, cap, sh->trans[i]);
        sh->trans = tab;
        sh->trans_cap = cap;
    } else if ((sh->ntrans + 1) * 2 > sh->trans_cap) {
        uint32_t cap = sh->trans_cap * 2;
        JSTransition *tab = js_malloc(cap * sizeof *tab);
        for (uint32_t i = 0; i < sh->trans_cap; i++)
            if (sh->trans[i].child)
                trans_hash_insert(tab, cap, sh->trans[i]);
        sh->trans = tab;
        sh->trans_cap = cap;
    }
    trans_hash_insert(sh->trans, sh->trans_cap, tr);
    sh->ntrans++;
}

JSShape *js_shape_add(JSShape *sh, JSValue key, uint32_t flags)
{
    JSShape *child = trans_find(sh, key, flags);
    if (child)
        return child;
    child = js_malloc(sizeof *child);
    JSPropTable *t = sh->table;
    if (t->used != sh->count) {
        /* another branch already extended the table: copy our prefix */
        JSPropTable *nt = table_new(sh->count + 4);
        memcpy(nt->entries, t->entries, sh->count * sizeof *t->entries);
        nt->used = sh->count;
        if (nt->used > SHAPE_LINEAR_KEYS)
            index_rebuild(nt);
        t = nt;
    }
    table_append(t, key, flags);
    child->table = t;
    child->count = sh->count + 1;
    child->parent = sh;
    child->has_index = sh->has_index || js_atom_is_index(key, NULL);
    child->has_special = sh->has_special || (flags & (JS_PROP_ACCESSOR | JS_PROP_WRITABLE)) != JS_PROP_WRITABLE;
    trans_add(sh, key, flags, child);
    return child;
}

/* ---------------------------------------------------------------- dictionaries */

JSShape *js_shape_to_dict(JSShape *sh)
{
    JSShape *d = js_malloc(sizeof *d);
    JSPropTable *t = table_new(sh->count + 4);
    memcpy(t->entries, sh->table->entries, sh->count * sizeof *t->entries);
    t->used = sh->count;
    if (t->used > SHAPE_LINEAR_KEYS)
        index_rebuild(t);
    d->table = t;
    d->count = sh->count;
    d->deleted = sh->dict ? sh->deleted : 0;
    d->dict = true;
    d->has_index = sh->has_index;
    d->has_special = sh->has_special;
    return d;
}

void js_shape_dict_append(JSShape *sh, JSValue key, uint32_t flags)
{
    table_append(sh->table, key, flags);
    sh->count++;
    if (!sh->has_index && js_atom_is_index(key, NULL))
        sh->has_index = true;
    if ((flags & (JS_PROP_ACCESSOR | JS_PROP_WRITABLE)) != JS_PROP_WRITABLE)
        sh->has_special = true;
}

/* Inline caches may keep (shape, slot) only for shared shapes: a dictionary
 * shape changes in place. */
int js_shape_find(JSShape *shape, JSValue key, int *flags)
{
    if (shape->dict)
        return -1;
    int i = js_shape_lookup(shape, key);
    if (i >= 0 && flags)
        *flags = (int)shape->table->entries[i].flags;
    return i;
}

/* Drop a dictionary's tombstones: a new table for the live entries and new
 * slots to match.  Returns the new slots. */
JSValue *js_shape_dict_compact(JSShape *sh, JSValue *slots)
{
    JSPropTable *old = sh->table;
    uint32_t live = sh->count - sh->deleted;
    JSPropTable *t = table_new(live + 4);
    JSValue *ns = js_malloc((size_t)js_shape_slot_capacity(live ? live : 1) * sizeof *ns);
    uint32_t k = 0;
    for (uint32_t i = 0; i < sh->count; i++) {
        if (old->entries[i].key == JS_EMPTY)
            continue;
        t->entries[k] = old->entries[i];
        ns[k++] = slots[i];
    }
    t->used = k;
    if (k > SHAPE_LINEAR_KEYS)
        index_rebuild(t);
    sh->table = t;
    sh->count = k;
    sh->deleted = 0;
    return ns;
}
