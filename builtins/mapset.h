/* mapset.h - read access to Map and Set contents for the printer
 * (console.c / util.inspect) and for later collection work.  Entries come
 * in insertion order; deleted ones are skipped. */
#ifndef WEAKJS_BUILTINS_MAPSET_H
#define WEAKJS_BUILTINS_MAPSET_H

#include "../runtime/js.h"

/* Number of live entries of a Map or Set object (0 for anything else). */
uint32_t js_mapset_size(JSValue obj);
/* Walk the live entries: start with cursor NULL; each call returns the next
 * cursor and fills *key and *value (a Set's value is its key), or returns
 * NULL at the end.  Stays valid if the collection changes between calls. */
const void *js_mapset_next(JSValue obj, const void *cursor, JSValue *key, JSValue *value);
/* What a Map/Set iterator would still yield, without advancing it: an array
 * of keys, of values, or of [key, value] pairs; *kind gets JS_ITER_KEYS (0),
 * JS_ITER_VALUES (1) or JS_ITER_ENTRIES (2).  Not an iterator: undefined. */
JSValue js_mapset_iterator_rest(JSContext *ctx, JSValue iter, int *kind);

#endif
