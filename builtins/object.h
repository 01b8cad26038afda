/* object.h - helpers shared by the BUILTINS-A files (object.c owns them):
 * node-style descriptions of values for error messages, array-like access,
 * and the property-descriptor conversions that Object and Reflect-like code
 * needs. */
#ifndef WEAKJS_BUILTINS_OBJECT_H
#define WEAKJS_BUILTINS_OBJECT_H

#include "../runtime/js.h"

/* How V8 names a value in "called on incompatible receiver X" and "X is not
 * a function": primitives as strings, objects as #<Ctor> or [object Array]. */
const char *js_receiver_string(JSContext *ctx, JSValue v);
/* TypeError "X is not a function"; returns JS_EXCEPTION. */
JSValue js_throw_not_function(JSContext *ctx, JSValue v);
/* (GetIterator and V8's typed wording `number 5` are the runtime's:
 * js_get_iterator, js_describe_typed.) */
/* LengthOfArrayLike. */
int js_length_of(JSContext *ctx, JSValue obj, uint64_t *len);
/* Property key for an integer index that may exceed 2^32-2. */
JSValue js_index_key(JSContext *ctx, uint64_t i);
/* Element i of an array-like: fast arrays without a hole read directly. */
JSValue js_get_elem(JSContext *ctx, JSValue obj, uint64_t i);
/* CreateListFromArrayLike (for apply-style calls): *out in collector memory,
 * *n elements; -1 with an exception set. */
int js_list_from_array_like(JSContext *ctx, JSValue arr, JSValue **out, int *n);
/* CreateDataPropertyOrThrow(obj, i, v). */
int js_create_data_index(JSContext *ctx, JSValue obj, uint64_t i, JSValue v);
/* Object.assign's step for one source object: from's own enumerable string
 * keys (and symbols if asked) set on to, strictly; -1 on exception. */
int js_assign_own(JSContext *ctx, JSValue to, JSValue from, bool symbols);
/* FromPropertyDescriptor / ToPropertyDescriptor. */
JSValue js_from_descriptor(JSContext *ctx, const JSPropertyDescriptor *d);
int js_to_descriptor(JSContext *ctx, JSValue obj, JSPropertyDescriptor *d, int *has);



/* symbol.c: make ctx->sym's well-known symbols if the runtime has not. */
void js_init_well_known_symbols(JSContext *ctx);

/* iterator.c: an Array Iterator over obj; kind: JS_ITER_KEYS/VALUES/ENTRIES. */
enum { JS_ITER_KEYS, JS_ITER_VALUES, JS_ITER_ENTRIES };
JSValue js_create_array_iterator(JSContext *ctx, JSValue obj, int kind);
/* The iterator result for kind: key, value or [key, value]. */
JSValue js_iter_result_kind(JSContext *ctx, JSValue key, JSValue value, int kind);

/* argv[i], or undefined past argc: argv is only padded up to the declared length. */
static inline JSValue js_arg(int argc, JSValue *argv, int i)
{
    return i < argc ? argv[i] : JS_UNDEFINED;
}
#endif
