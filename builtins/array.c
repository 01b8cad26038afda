/* array.c - the Array constructor and Array.prototype.
 *
 * Every method is generic over array-likes as the spec says (Get/Set/
 * HasProperty/DeleteProperty by index); reads and writes of existing
 * elements of a fast array (JS_OBJ_FAST_ARRAY: u.array.elems, JS_EMPTY for
 * a hole) skip the property machinery.  A fast array is assumed to hold
 * only plain writable/enumerable/configurable elements; anything else is
 * the runtime's slow mode. */
#include <math.h>

#include "array_sort.h"
#include "builtins.h"
#include "object.h"
#include "state.h"
#include "../runtime/shape.h"

#define MAX_SAFE 9007199254740991.0
#define TRY(x) do { if ((x) < 0) return JS_EXCEPTION; } while (0)
#define TRYV(v) do { if (js_is_exception(v)) return JS_EXCEPTION; } while (0)

/* ------------------------------------------------------------ element access */

static bool fast_writable(JSValue o)
{
    return js_is_object(o) && (js_obj(o)->h.flags & (JS_OBJ_FAST_ARRAY | JS_OBJ_EXTENSIBLE)) ==
                                  (JS_OBJ_FAST_ARRAY | JS_OBJ_EXTENSIBLE);
}

/* Has no object on o's prototype chain an index property (so that a
 * [[Set]] past the end of a fast array just appends)? */
static bool protos_index_free(JSValue o)
{
    for (JSObject *p = js_obj(o)->proto; p; p = p->proto)
        if (p->shape->has_index || p->h.class_id == JS_CLASS_STRING ||
            ((p->h.flags & JS_OBJ_FAST_ARRAY) && p->u.array.len))
            return false;
    return true;
}

/* HasProperty(o, i): 1, 0 or -1. */
static int has_elem(JSContext *ctx, JSValue o, uint64_t i)
{
    JSObject *p = js_obj(o);
    if ((p->h.flags & JS_OBJ_FAST_ARRAY) && i < p->u.array.len && p->u.array.elems[i] != JS_EMPTY)
        return 1;
    JSValue key = js_index_key(ctx, i);
    if (js_is_exception(key))
        return -1;
    return js_has_property(ctx, o, key);
}

/* HasProperty(o, i) and then Get(o, i), as the loops that skip holes do:
 * 1 with *v set, 0 for a hole, -1 on exception. */
static int get_present(JSContext *ctx, JSValue o, uint64_t i, JSValue *v)
{
    int has = has_elem(ctx, o, i);
    if (has <= 0)
        return has;
    *v = js_get_elem(ctx, o, i);
    return js_is_exception(*v) ? -1 : 1;
}

/* Set(o, i, v, true).  Only an existing element is written in place: a
 * hole may be shadowed by a setter or read-only index on the prototypes. */
static int set_elem(JSContext *ctx, JSValue o, uint64_t i, JSValue v)
{
    if (fast_writable(o) && i < js_obj(o)->u.array.len && js_obj(o)->u.array.elems[i] != JS_EMPTY) {
        js_obj(o)->u.array.elems[i] = v;
        return 0;
    }
    JSValue key = js_index_key(ctx, i);
    if (js_is_exception(key))
        return -1;
    return js_set(ctx, o, key, v, true);
}

/* DeletePropertyOrThrow(o, i) */
static int delete_elem(JSContext *ctx, JSValue o, uint64_t i)
{
    JSValue key = js_index_key(ctx, i);
    if (js_is_exception(key))
        return -1;
    return js_delete(ctx, o, key, true) < 0 ? -1 : 0;
}

static int set_length(JSContext *ctx, JSValue o, double len)
{
    return js_set_atom(ctx, o, ctx->atoms.length, js_new_number(len), true);
}

/* ToObject(this) with V8's message for the methods that name themselves. */
static JSValue this_object(JSContext *ctx, JSValue this_val, const char *method)
{
    if (method && js_is_nullish(this_val))
        return js_throw_type_error(ctx, "Array.prototype.%s called on null or undefined", method);
    return js_to_object(ctx, this_val);
}

/* ToObject(this) and LengthOfArrayLike in one step. */
static JSValue this_and_len(JSContext *ctx, JSValue this_val, const char *method, uint64_t *len)
{
    JSValue o = this_object(ctx, this_val, method);
    if (js_is_exception(o) || js_length_of(ctx, o, len) < 0)
        return JS_EXCEPTION;
    return o;
}

/* A relative index argument clamped to [0, len]; dflt when undefined. */
static int relative_index(JSContext *ctx, JSValue v, uint64_t len, uint64_t dflt, uint64_t *out)
{
    double d;
    if (js_is_undefined(v)) {
        *out = dflt;
        return 0;
    }
    if (js_to_integer_or_infinity(ctx, v, &d) < 0)
        return -1;
    if (d < 0)
        d = d + (double)len < 0 ? 0 : d + (double)len;
    else if (d > (double)len)
        d = (double)len;
    *out = (uint64_t)d;
    return 0;
}

/* ArrayCreate(n) */
static JSValue array_create(JSContext *ctx, double n)
{
    if (n > 4294967295.0)
        return js_throw_range_error(ctx, "Invalid array length");
    return js_new_array(ctx, (uint32_t)n);   /* the runtime picks fast or sparse storage */
}

/* ArraySpeciesCreate(o, n) */
static JSValue species_create(JSContext *ctx, JSValue o, double n)
{
    if (!js_is_array(o))
        return array_create(ctx, n);
    JSValue c = js_get_atom(ctx, o, ctx->atoms.constructor);
    TRYV(c);
    if (js_is_object(c)) {
        c = js_get(ctx, c, ctx->sym.species);
        TRYV(c);
        if (js_is_null(c))
            c = JS_UNDEFINED;
    }
    if (js_is_undefined(c) || c == js_builtin_state(ctx)->array_ctor)
        return array_create(ctx, n);
    if (!js_is_constructor(c))
        return js_throw_type_error(ctx, "object.constructor[Symbol.species] is not a constructor");
    JSValue arg = js_new_number(n);
    return js_construct(ctx, c, 1, &arg, c);
}

static JSValue call3(JSContext *ctx, JSValue f, JSValue this_arg, JSValue a, JSValue b, JSValue c)
{
    JSValue args[3] = { a, b, c };
    return js_call(ctx, f, this_arg, 3, args);
}

/* ------------------------------------------------------------ constructor and statics */

static JSValue Array_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue nt = js_new_target(ctx), a;
    if (argc == 1 && js_is_number(argv[0])) {
        double d = js_get_number(argv[0]);
        if (d < 0 || d > 4294967295.0 || d != trunc(d))
            return js_throw_range_error(ctx, "Invalid array length");
        a = array_create(ctx, d);
    } else {
        a = js_new_array_from(ctx, (uint32_t)argc, argv);
    }
    TRYV(a);
    if (!js_is_undefined(nt) && nt != js_builtin_state(ctx)->array_ctor) {
        JSObject *proto = js_proto_from_ctor(ctx, nt, ctx->array_proto);
        if (!proto || js_set_prototype(ctx, a, js_mkptr(proto), true) < 0)
            return JS_EXCEPTION;
    }
    return a;
}

static JSValue Array_isArray(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(js_is_array(argv[0]));
}

/* The result object of Array.from/of: new C(len?) or a plain array. */
static JSValue construct_this(JSContext *ctx, JSValue c, bool with_len, double len)
{
    if (js_is_constructor(c) && c != js_builtin_state(ctx)->array_ctor) {
        JSValue arg = js_new_number(len);
        return js_construct(ctx, c, with_len ? 1 : 0, &arg, c);
    }
    return array_create(ctx, with_len ? len : 0);
}

static JSValue Array_of(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue a = construct_this(ctx, this_val, true, argc);
    TRYV(a);
    for (int i = 0; i < argc; i++)
        TRY(js_create_data_index(ctx, a, (uint64_t)i, argv[i]));
    TRY(set_length(ctx, a, argc));
    return a;
}

static JSValue from_iterable(JSContext *ctx, JSValue c, JSValue items, JSValue fn, JSValue this_arg)
{
    JSIterator it;
    JSValue a = construct_this(ctx, c, false, 0), v;
    TRYV(a);
    TRY(js_get_iterator(ctx, items, &it));
    uint64_t k = 0;
    int r;
    while ((r = js_iterator_step(ctx, &it, &v)) > 0) {
        if (!js_is_undefined(fn)) {
            JSValue args[2] = { v, js_new_number((double)k) };
            v = js_call(ctx, fn, this_arg, 2, args);
        }
        if (js_is_exception(v) || js_create_data_index(ctx, a, k, v) < 0) {
            js_iterator_close(ctx, &it, true);
            return JS_EXCEPTION;
        }
        k++;
    }
    TRY(r);
    TRY(set_length(ctx, a, (double)k));
    return a;
}

static JSValue Array_from(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue items = argv[0], fn = js_arg(argc, argv, 1), this_arg = js_arg(argc, argv, 2);
    if (!js_is_undefined(fn) && !js_is_function(fn))
        return js_throw_not_function(ctx, fn);
    if (js_is_nullish(items))
        return js_throw_type_error(ctx, "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                                   js_is_null(items) ? "object null" : "undefined");
    JSValue method = js_get(ctx, items, ctx->sym.iterator);
    TRYV(method);
    if (!js_is_nullish(method) && !js_is_function(method))
        return js_throw_type_error(ctx, "%%Array%%.from requires that the property of the first argument, "
                                        "items[Symbol.iterator], when exists, be a function");
    if (!js_is_nullish(method))
        return from_iterable(ctx, this_val, items, fn, this_arg);
    uint64_t len;
    JSValue src = this_and_len(ctx, items, NULL, &len);
    TRYV(src);
    JSValue a = construct_this(ctx, this_val, true, (double)len);
    TRYV(a);
    for (uint64_t k = 0; k < len; k++) {
        JSValue v = js_get_elem(ctx, src, k);
        TRYV(v);
        if (!js_is_undefined(fn)) {
            JSValue args[2] = { v, js_new_number((double)k) };
            v = js_call(ctx, fn, this_arg, 2, args);
            TRYV(v);
        }
        TRY(js_create_data_index(ctx, a, k, v));
    }
    TRY(set_length(ctx, a, (double)len));
    return a;
}

static JSValue species_getter(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_val;
}

/* ------------------------------------------------------------ iteration with callbacks */

enum { A_EVERY, A_SOME, A_FOREACH, A_MAP, A_FILTER };
static const char *const every_names[] = { "every", "some", "forEach", "map", "filter" };

static JSValue every_family(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int mode)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, every_names[mode], &len), fn = argv[0], res = JS_UNDEFINED;
    TRYV(o);
    if (!js_is_function(fn))
        return js_throw_not_function(ctx, fn);
    if (mode == A_MAP || mode == A_FILTER) {
        res = species_create(ctx, o, mode == A_MAP ? (double)len : 0);
        TRYV(res);
    }
    uint64_t to = 0;
    for (uint64_t k = 0; k < len; k++) {
        JSValue v;
        int has = get_present(ctx, o, k, &v);
        TRY(has);
        if (!has)
            continue;
        JSValue r = call3(ctx, fn, js_arg(argc, argv, 1), v, js_new_number((double)k), o);
        TRYV(r);
        switch (mode) {
        case A_EVERY: if (!js_to_boolean(r)) return JS_FALSE; break;
        case A_SOME: if (js_to_boolean(r)) return JS_TRUE; break;
        case A_MAP: TRY(js_create_data_index(ctx, res, k, r)); break;
        case A_FILTER: if (js_to_boolean(r)) TRY(js_create_data_index(ctx, res, to++, v)); break;
        }
    }
    switch (mode) {
    case A_EVERY: return JS_TRUE;
    case A_SOME: return JS_FALSE;
    case A_FOREACH: return JS_UNDEFINED;
    default: return res;
    }
}

static JSValue Array_prototype_every(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return every_family(ctx, this_val, argc, argv, A_EVERY); }
static JSValue Array_prototype_some(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return every_family(ctx, this_val, argc, argv, A_SOME); }
static JSValue Array_prototype_forEach(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return every_family(ctx, this_val, argc, argv, A_FOREACH); }
static JSValue Array_prototype_map(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return every_family(ctx, this_val, argc, argv, A_MAP); }
static JSValue Array_prototype_filter(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return every_family(ctx, this_val, argc, argv, A_FILTER); }

enum { F_FIND, F_FIND_INDEX, F_FIND_LAST, F_FIND_LAST_INDEX };
static const char *const find_names[] = { "find", "findIndex", "findLast", "findLastIndex" };

static JSValue find_family(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int mode)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, find_names[mode], &len), fn = argv[0];
    TRYV(o);
    if (!js_is_function(fn))
        return js_throw_not_function(ctx, fn);
    bool last = mode >= F_FIND_LAST, want_index = mode == F_FIND_INDEX || mode == F_FIND_LAST_INDEX;
    for (uint64_t n = 0; n < len; n++) {
        uint64_t k = last ? len - 1 - n : n;
        JSValue v = js_get_elem(ctx, o, k);
        TRYV(v);
        JSValue r = call3(ctx, fn, js_arg(argc, argv, 1), v, js_new_number((double)k), o);
        TRYV(r);
        if (js_to_boolean(r))
            return want_index ? js_new_number((double)k) : v;
    }
    return want_index ? js_new_int(-1) : JS_UNDEFINED;
}

static JSValue Array_prototype_find(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return find_family(ctx, this_val, argc, argv, F_FIND); }
static JSValue Array_prototype_findIndex(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return find_family(ctx, this_val, argc, argv, F_FIND_INDEX); }
static JSValue Array_prototype_findLast(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return find_family(ctx, this_val, argc, argv, F_FIND_LAST); }
static JSValue Array_prototype_findLastIndex(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return find_family(ctx, this_val, argc, argv, F_FIND_LAST_INDEX); }

static JSValue reduce(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, bool right)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, right ? "reduceRight" : "reduce", &len), fn = argv[0], acc;
    TRYV(o);
    if (!js_is_function(fn))
        return js_throw_not_function(ctx, fn);
    uint64_t n = 0;
    if (argc >= 2) {
        acc = argv[1];
    } else {
        for (;; n++) {
            if (n >= len)
                return js_throw_type_error(ctx, "Reduce of empty array with no initial value");
            int has = has_elem(ctx, o, right ? len - 1 - n : n);
            TRY(has);
            if (has)
                break;
        }
        acc = js_get_elem(ctx, o, right ? len - 1 - n : n);
        TRYV(acc);
        n++;
    }
    for (; n < len; n++) {
        uint64_t k = right ? len - 1 - n : n;
        JSValue v;
        int has = get_present(ctx, o, k, &v);
        TRY(has);
        if (!has)
            continue;
        JSValue args[4] = { acc, v, js_new_number((double)k), o };
        acc = js_call(ctx, fn, JS_UNDEFINED, 4, args);
        TRYV(acc);
    }
    return acc;
}

static JSValue Array_prototype_reduce(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return reduce(ctx, this_val, argc, argv, false); }
static JSValue Array_prototype_reduceRight(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return reduce(ctx, this_val, argc, argv, true); }

/* ------------------------------------------------------------ searching */

/* indexOf's test: 1 when element k is present (holes are skipped) and
 * strictly equals x, 0 when not, -1 on a throw. */
static int present_and_equal(JSContext *ctx, JSValue o, uint64_t k, JSValue x)
{
    JSValue v;
    int has = get_present(ctx, o, k, &v);
    return has <= 0 ? has : js_strict_equals(v, x);
}

static JSValue Array_prototype_indexOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, k;
    JSValue o = this_and_len(ctx, this_val, "indexOf", &len);
    TRYV(o);
    if (len == 0)
        return js_new_int(-1);
    TRY(relative_index(ctx, js_arg(argc, argv, 1), len, 0, &k));
    for (; k < len; k++) {
        int found = present_and_equal(ctx, o, k, argv[0]);
        TRY(found);
        if (found)
            return js_new_number((double)k);
    }
    return js_new_int(-1);
}

static JSValue Array_prototype_lastIndexOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (len == 0)
        return js_new_int(-1);
    double n = (double)len - 1;
    if (argc > 1) {
        TRY(js_to_integer_or_infinity(ctx, argv[1], &n));
        n = n >= 0 ? fmin(n, (double)len - 1) : (double)len + n;
    }
    for (double kd = n; kd >= 0; kd--) {
        int found = present_and_equal(ctx, o, (uint64_t)kd, argv[0]);
        TRY(found);
        if (found)
            return js_new_number(kd);
    }
    return js_new_int(-1);
}

static JSValue Array_prototype_includes(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, k;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (len == 0)
        return JS_FALSE;
    TRY(relative_index(ctx, js_arg(argc, argv, 1), len, 0, &k));
    for (; k < len; k++) {
        JSValue v = js_get_elem(ctx, o, k);
        TRYV(v);
        if (js_same_value_zero(v, argv[0]))
            return JS_TRUE;
    }
    return JS_FALSE;
}

static JSValue Array_prototype_at(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    double d;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(js_to_integer_or_infinity(ctx, argv[0], &d));
    if (d < 0)
        d += (double)len;
    if (d < 0 || d >= (double)len)
        return JS_UNDEFINED;
    return js_get_elem(ctx, o, (uint64_t)d);
}

/* ------------------------------------------------------------ join and friends */

/* An array already being joined (the per-context join stack) joins as ""
 * when it is met again, so that a cycle prints as V8 prints it. */
static JSValue join(JSContext *ctx, JSValue o, uint64_t len, JSValue sep, bool locale)
{
    JSBuiltinState *bs = js_builtin_state(ctx);
    for (int i = 0; i < bs->join_depth; i++)
        if (bs->join_stack[i] == o)
            return ctx->atoms.empty;
    if (js_check_stack(ctx))
        return JS_EXCEPTION;
    bool pushed = bs->join_depth < (int)JS_COUNTOF(bs->join_stack);
    if (pushed)
        bs->join_stack[bs->join_depth++] = o;
    JSStringBuilder sb;
    js_sb_init(&sb, ctx);
    JSValue result = JS_UNDEFINED;
    for (uint64_t k = 0; k < len; k++) {
        if (k > 0)
            js_sb_put_string(&sb, sep);
        JSValue v = js_get_elem(ctx, o, k);
        if (js_is_exception(v))
            goto fail;
        if (js_is_nullish(v))
            continue;
        if (locale)
            v = js_invoke(ctx, v, js_atom(ctx, "toLocaleString"), 0, NULL);
        if (!js_is_exception(v))
            v = js_to_string(ctx, v);
        if (js_is_exception(v))
            goto fail;
        js_sb_put_string(&sb, v);
    }
    result = js_sb_finish(&sb);
    goto done;
fail:
    result = JS_EXCEPTION;
done:
    if (pushed)
        bs->join_stack[--bs->join_depth] = JS_UNDEFINED;
    return result;
}

static JSValue Array_prototype_join(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len), sep = argv[0];
    TRYV(o);
    if (js_is_undefined(sep))
        sep = js_new_string(ctx, ",");
    else
        TRYV(sep = js_to_string(ctx, sep));
    return join(ctx, o, len, sep, false);
}

static JSValue Array_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = this_object(ctx, this_val, NULL);
    TRYV(o);
    JSValue fn = js_get_atom(ctx, o, ctx->atoms.join);
    TRYV(fn);
    if (!js_is_function(fn)) {   /* %Object.prototype.toString% */
        fn = js_get_atom(ctx, js_mkptr(ctx->object_proto), ctx->atoms.toString);
        TRYV(fn);
    }
    return js_call(ctx, fn, o, 0, NULL);
}

static JSValue Array_prototype_toLocaleString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    return join(ctx, o, len, js_new_string(ctx, ","), true);
}

/* ------------------------------------------------------------ stack and queue */

static JSValue Array_prototype_push(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if ((double)len + argc > MAX_SAFE)
        return js_throw_type_error(ctx, "Pushing %d elements on an array-like of length %.0f is disallowed, "
                                        "as the total surpasses 2**53-1", argc, (double)len);
    if (js_is_array(o) && argc > 0 && (js_obj(o)->h.flags & JS_OBJ_EXTENSIBLE)) {   /* V8 names the length */
        JSPropertyDescriptor d;
        if (js_get_own_property(ctx, js_obj(o), ctx->atoms.length, &d) > 0 && !(d.flags & JS_PROP_WRITABLE))
            return js_throw_type_error(ctx, "Cannot assign to read only property 'length' of object '[object Array]'");
    }
    if (js_is_array(o) && fast_writable(o) && protos_index_free(o)) {
        for (int i = 0; i < argc; i++)
            TRY(js_array_push(ctx, o, argv[i]));
        return js_new_number((double)js_obj(o)->u.array.len);
    }
    for (int i = 0; i < argc; i++)
        TRY(set_elem(ctx, o, len + (uint64_t)i, argv[i]));
    TRY(set_length(ctx, o, (double)len + argc));
    return js_new_number((double)len + argc);
}

static JSValue Array_prototype_pop(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (len == 0) {
        TRY(set_length(ctx, o, 0));
        return JS_UNDEFINED;
    }
    JSValue v = js_get_elem(ctx, o, len - 1);
    TRYV(v);
    TRY(delete_elem(ctx, o, len - 1));
    TRY(set_length(ctx, o, (double)(len - 1)));
    return v;
}

/* Moves len-from elements from index `from` to `to` (overlap-safe), as
 * the spec's loops in shift/unshift/splice/copyWithin do, holes included. */
static int move_elems(JSContext *ctx, JSValue o, uint64_t from, uint64_t to, uint64_t count)
{
    bool backwards = from < to;
    for (uint64_t n = 0; n < count; n++) {
        uint64_t i = backwards ? count - 1 - n : n;
        JSValue v;
        int has = get_present(ctx, o, from + i, &v);
        if (has < 0 || (has ? set_elem(ctx, o, to + i, v) : delete_elem(ctx, o, to + i)) < 0)
            return -1;
    }
    return 0;
}

/* Deletes indexes [from, to) from the top down. */
static int delete_range(JSContext *ctx, JSValue o, uint64_t from, uint64_t to)
{
    for (uint64_t k = to; k > from; k--)
        if (delete_elem(ctx, o, k - 1) < 0)
            return -1;
    return 0;
}

/* True when p's prototype is the untouched Array.prototype: the shift fast
 * path then needs no HasProperty on the chain.  (Indexed properties on
 * Object.prototype are not looked for.) */
static bool no_proto_elements(JSContext *ctx, JSObject *p)
{
    JSObject *ap = ctx->array_proto;
    return p->proto == ap && (ap->h.flags & JS_OBJ_FAST_ARRAY) && ap->u.array.len == 0;
}

static JSValue Array_prototype_shift(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (len == 0) {
        TRY(set_length(ctx, o, 0));
        return JS_UNDEFINED;
    }
    JSValue first = js_get_elem(ctx, o, 0);
    TRYV(first);
    JSObject *p = js_obj(o);
    if (js_is_array(o) && fast_writable(o) && len == p->u.array.len && no_proto_elements(ctx, p)) {
        /* with no indexed properties on the prototypes, a hole moves as a hole */
        memmove(p->u.array.elems, p->u.array.elems + 1, (len - 1) * sizeof(JSValue));
        p->u.array.elems[len - 1] = JS_EMPTY;
        TRY(set_length(ctx, o, (double)(len - 1)));
        return first;
    }
    TRY(move_elems(ctx, o, 1, 0, len - 1));
    TRY(delete_elem(ctx, o, len - 1));
    TRY(set_length(ctx, o, (double)(len - 1)));
    return first;
}

static JSValue Array_prototype_unshift(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (argc > 0) {
        if ((double)len + argc > MAX_SAFE)
            return js_throw_type_error(ctx, "Invalid array length");
        TRY(move_elems(ctx, o, 0, (uint64_t)argc, len));
        for (int i = 0; i < argc; i++)
            TRY(set_elem(ctx, o, (uint64_t)i, argv[i]));
    }
    TRY(set_length(ctx, o, (double)len + argc));
    return js_new_number((double)len + argc);
}

/* ------------------------------------------------------------ copying */

static JSValue Array_prototype_slice(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, k, end;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(relative_index(ctx, argv[0], len, 0, &k));
    TRY(relative_index(ctx, argv[1], len, len, &end));
    uint64_t count = end > k ? end - k : 0;
    JSValue a = species_create(ctx, o, (double)count);
    TRYV(a);
    uint64_t n = 0;
    for (; k < end; k++, n++) {
        JSValue v;
        int has = get_present(ctx, o, k, &v);
        TRY(has);
        if (!has)
            continue;
        TRY(js_create_data_index(ctx, a, n, v));
    }
    TRY(set_length(ctx, a, (double)n));
    return a;
}

/* splice's and toSpliced's (start, deleteCount) arguments: the start
 * clamped to [0, len], the count to [0, len - start]; with no count
 * everything from start goes, with no arguments nothing. */
static int splice_range(JSContext *ctx, int argc, JSValue *argv, uint64_t len, uint64_t *start, uint64_t *count)
{
    if (relative_index(ctx, argv[0], len, 0, start) < 0)
        return -1;
    *count = 0;
    if (argc == 1) {
        *count = len - *start;
    } else if (argc > 1) {
        double d;
        if (js_to_integer_or_infinity(ctx, argv[1], &d) < 0)
            return -1;
        *count = (uint64_t)(d < 0 ? 0 : fmin(d, (double)(len - *start)));
    }
    return 0;
}

static JSValue Array_prototype_splice(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, start, del;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(splice_range(ctx, argc, argv, len, &start, &del));
    uint64_t items = argc > 2 ? (uint64_t)argc - 2 : 0;
    if ((double)(len + items - del) > MAX_SAFE)
        return js_throw_type_error(ctx, "Invalid array length");
    JSValue a = species_create(ctx, o, (double)del);
    TRYV(a);
    for (uint64_t k = 0; k < del; k++) {
        JSValue v;
        int has = get_present(ctx, o, start + k, &v);
        TRY(has);
        if (!has)
            continue;
        TRY(js_create_data_index(ctx, a, k, v));
    }
    TRY(set_length(ctx, a, (double)del));
    if (items < del) {
        TRY(move_elems(ctx, o, start + del, start + items, len - start - del));
        TRY(delete_range(ctx, o, len - del + items, len));
    } else if (items > del) {
        TRY(move_elems(ctx, o, start + del, start + items, len - start - del));
    }
    for (uint64_t i = 0; i < items; i++)
        TRY(set_elem(ctx, o, start + i, argv[2 + i]));
    TRY(set_length(ctx, o, (double)(len - del + items)));
    return a;
}

static int is_concat_spreadable(JSContext *ctx, JSValue v)
{
    if (!js_is_object(v))
        return 0;
    JSValue s = js_get(ctx, v, ctx->sym.is_concat_spreadable);
    if (js_is_exception(s))
        return -1;
    if (!js_is_undefined(s))
        return js_to_boolean(s);
    return js_is_array(v);
}

static JSValue Array_prototype_concat(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue o = this_object(ctx, this_val, "concat");
    TRYV(o);
    JSValue a = species_create(ctx, o, 0);
    TRYV(a);
    uint64_t n = 0;
    for (int i = -1; i < argc; i++) {
        JSValue e = i < 0 ? o : argv[i];
        int spread = is_concat_spreadable(ctx, e);
        TRY(spread);
        if (!spread) {
            if (n >= MAX_SAFE)
                return js_throw_type_error(ctx, "Invalid array length");
            TRY(js_create_data_index(ctx, a, n++, e));
            continue;
        }
        uint64_t len;
        TRY(js_length_of(ctx, e, &len));
        if ((double)(n + len) > MAX_SAFE)
            return js_throw_type_error(ctx, "Invalid array length");
        for (uint64_t k = 0; k < len; k++, n++) {
            JSValue v;
            int has = get_present(ctx, e, k, &v);
            TRY(has);
            if (!has)
                continue;
            TRY(js_create_data_index(ctx, a, n, v));
        }
    }
    TRY(set_length(ctx, a, (double)n));
    return a;
}

/* FlattenIntoArray; returns the next target index or -1. */
static int64_t flatten(JSContext *ctx, JSValue target, JSValue src, uint64_t len, int64_t start, double depth,
                       JSValue fn, JSValue this_arg)
{
    if (js_check_stack(ctx))
        return -1;
    for (uint64_t k = 0; k < len; k++) {
        JSValue v;
        int has = get_present(ctx, src, k, &v);
        if (has < 0)
            return -1;
        if (!has)
            continue;
        if (!js_is_undefined(fn)) {
            v = call3(ctx, fn, this_arg, v, js_new_number((double)k), src);
            if (js_is_exception(v))
                return -1;
        }
        if (depth > 0 && js_is_array(v)) {
            uint64_t vlen;
            if (js_length_of(ctx, v, &vlen) < 0)
                return -1;
            start = flatten(ctx, target, v, vlen, start, depth - 1, JS_UNDEFINED, JS_UNDEFINED);
            if (start < 0)
                return -1;
        } else {
            if (js_create_data_index(ctx, target, (uint64_t)start, v) < 0)
                return -1;
            start++;
        }
    }
    return start;
}

static JSValue Array_prototype_flat(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    double depth = 1;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (!js_is_undefined(js_arg(argc, argv, 0))) {
        TRY(js_to_integer_or_infinity(ctx, argv[0], &depth));
        if (depth < 0)
            depth = 0;
    }
    JSValue a = species_create(ctx, o, 0);
    TRYV(a);
    return flatten(ctx, a, o, len, 0, depth, JS_UNDEFINED, JS_UNDEFINED) < 0 ? JS_EXCEPTION : a;
}

static JSValue Array_prototype_flatMap(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (!js_is_function(argv[0]))
        return js_throw_type_error(ctx, "flatMap mapper function is not callable");
    JSValue a = species_create(ctx, o, 0);
    TRYV(a);
    return flatten(ctx, a, o, len, 0, 1, argv[0], js_arg(argc, argv, 1)) < 0 ? JS_EXCEPTION : a;
}

/* ------------------------------------------------------------ in-place changes */

static JSValue Array_prototype_fill(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, k, end;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(relative_index(ctx, js_arg(argc, argv, 1), len, 0, &k));
    TRY(relative_index(ctx, js_arg(argc, argv, 2), len, len, &end));
    for (; k < end; k++)
        TRY(set_elem(ctx, o, k, argv[0]));
    return o;
}

static JSValue Array_prototype_copyWithin(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, to, from, end;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(relative_index(ctx, argv[0], len, 0, &to));
    TRY(relative_index(ctx, argv[1], len, 0, &from));
    TRY(relative_index(ctx, js_arg(argc, argv, 2), len, len, &end));
    uint64_t count = end > from ? end - from : 0;
    if (count > len - to)
        count = len - to;
    TRY(move_elems(ctx, o, from, to, count));
    return o;
}

static JSValue Array_prototype_reverse(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    for (uint64_t lo = 0; len > 0 && lo < len / 2; lo++) {
        uint64_t hi = len - 1 - lo;
        JSValue lv = JS_UNDEFINED, hv = JS_UNDEFINED;
        int hl = get_present(ctx, o, lo, &lv), hh;
        TRY(hl);
        TRY(hh = get_present(ctx, o, hi, &hv));
        TRY(hh ? set_elem(ctx, o, lo, hv) : delete_elem(ctx, o, lo));
        TRY(hl ? set_elem(ctx, o, hi, lv) : delete_elem(ctx, o, hi));
    }
    return o;
}

/* ------------------------------------------------------------ sorting */

/* SortIndexedProperties: the sorted values (holes skipped when skip_holes),
 * undefineds last; *count gets the number of values, *nundef of those
 * undefined.  NULL on exception. */
static JSValue *sort_values(JSContext *ctx, JSValue o, uint64_t len, JSValue cmp, bool skip_holes,
                            uint64_t *count)
{
    if (len > 0xffffffffull) {
        js_throw_range_error(ctx, "Invalid array length");
        return NULL;
    }
    JSValue *v = js_malloc(sizeof *v * (len ? len : 1));
    uint64_t n = 0, nundef = 0;
    for (uint64_t k = 0; k < len; k++) {
        if (skip_holes) {
            int has = has_elem(ctx, o, k);
            if (has < 0)
                return NULL;
            if (!has)
                continue;
        }
        JSValue x = js_get_elem(ctx, o, k);
        if (js_is_exception(x))
            return NULL;
        if (js_is_undefined(x))
            nundef++;
        else
            v[n++] = x;
    }
    SortState s = { ctx, cmp, false };
    JSValue *tmp = js_malloc(sizeof *tmp * (n / 2 + 1));
    js_tim_sort(&s, v, tmp, n);
    if (s.failed)
        return NULL;
    for (uint64_t i = 0; i < nundef; i++)
        v[n++] = JS_UNDEFINED;
    *count = n;
    return v;
}

static JSValue check_comparator(JSContext *ctx, JSValue cmp)
{
    if (!js_is_undefined(cmp) && !js_is_function(cmp))
        return js_throw_type_error(ctx, "The comparison function must be either a function or undefined");
    return JS_UNDEFINED;
}

static JSValue Array_prototype_sort(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, n;
    TRYV(check_comparator(ctx, argv[0]));
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    JSValue *v = sort_values(ctx, o, len, argv[0], true, &n);
    if (!v)
        return JS_EXCEPTION;
    for (uint64_t i = 0; i < n; i++)
        TRY(set_elem(ctx, o, i, v[i]));
    TRY(delete_range(ctx, o, n, len));
    return o;
}

static JSValue Array_prototype_toSorted(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, n;
    TRYV(check_comparator(ctx, argv[0]));
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    if (len > 0xffffffffull)
        return js_throw_range_error(ctx, "Invalid array length");
    JSValue *v = sort_values(ctx, o, len, argv[0], false, &n);
    if (!v)
        return JS_EXCEPTION;
    return js_new_array_from(ctx, (uint32_t)n, v);
}

/* ------------------------------------------------------------ change-by-copy */

/* a[to..] = Get(o, from) .. Get(o, end - 1): the change-by-copy methods
 * read holes as undefined. */
static int copy_elems(JSContext *ctx, JSValue a, uint64_t to, JSValue o, uint64_t from, uint64_t end)
{
    for (uint64_t k = from; k < end; k++) {
        JSValue v = js_get_elem(ctx, o, k);
        if (js_is_exception(v) || set_elem(ctx, a, to++, v) < 0)
            return -1;
    }
    return 0;
}

static JSValue Array_prototype_toReversed(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    JSValue a = array_create(ctx, (double)len);
    TRYV(a);
    for (uint64_t k = 0; k < len; k++) {
        JSValue v = js_get_elem(ctx, o, len - 1 - k);
        TRYV(v);
        TRY(set_elem(ctx, a, k, v));
    }
    return a;
}

static JSValue Array_prototype_with(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len;
    double rel;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(js_to_integer_or_infinity(ctx, argv[0], &rel));
    double idx = rel >= 0 ? rel : (double)len + rel;
    if (idx >= (double)len || idx < 0)
        return js_throw_range_error(ctx, "Invalid index : %s", js_receiver_string(ctx, js_new_number(rel)));
    JSValue a = array_create(ctx, (double)len);
    TRYV(a);
    for (uint64_t k = 0; k < len; k++) {
        JSValue v = k == (uint64_t)idx ? argv[1] : js_get_elem(ctx, o, k);
        TRYV(v);
        TRY(set_elem(ctx, a, k, v));
    }
    return a;
}

static JSValue Array_prototype_toSpliced(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t len, start, skip;
    JSValue o = this_and_len(ctx, this_val, NULL, &len);
    TRYV(o);
    TRY(splice_range(ctx, argc, argv, len, &start, &skip));
    uint64_t items = argc > 2 ? (uint64_t)argc - 2 : 0;
    double newlen = (double)len + items - skip;
    if (newlen > MAX_SAFE)
        return js_throw_type_error(ctx, "Invalid array length");
    JSValue a = array_create(ctx, newlen);
    TRYV(a);
    TRY(copy_elems(ctx, a, 0, o, 0, start));
    for (uint64_t i = 0; i < items; i++)
        TRY(set_elem(ctx, a, start + i, argv[2 + i]));
    TRY(copy_elems(ctx, a, start + items, o, start + skip, len));
    return a;
}

/* ------------------------------------------------------------ iterators */

static JSValue array_iter(JSContext *ctx, JSValue this_val, int kind)
{
    JSValue o = this_object(ctx, this_val, NULL);
    TRYV(o);
    return js_create_array_iterator(ctx, o, kind);
}

static JSValue Array_prototype_keys(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return array_iter(ctx, this_val, JS_ITER_KEYS); }
static JSValue Array_prototype_values(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return array_iter(ctx, this_val, JS_ITER_VALUES); }
static JSValue Array_prototype_entries(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{ return array_iter(ctx, this_val, JS_ITER_ENTRIES); }

/* ------------------------------------------------------------ init */

static const JSFunctionEntry array_statics[] = {
    { "isArray", Array_isArray, 1 },
    { "from", Array_from, 1 },
    { "of", Array_of, 0 },
};

static const JSFunctionEntry array_proto_funcs[] = {
    { "at", Array_prototype_at, 1 },
    { "concat", Array_prototype_concat, 1 },
    { "copyWithin", Array_prototype_copyWithin, 2 },
    { "fill", Array_prototype_fill, 1 },
    { "find", Array_prototype_find, 1 },
    { "findIndex", Array_prototype_findIndex, 1 },
    { "findLast", Array_prototype_findLast, 1 },
    { "findLastIndex", Array_prototype_findLastIndex, 1 },
    { "lastIndexOf", Array_prototype_lastIndexOf, 1 },
    { "pop", Array_prototype_pop, 0 },
    { "push", Array_prototype_push, 1 },
    { "reverse", Array_prototype_reverse, 0 },
    { "shift", Array_prototype_shift, 0 },
    { "unshift", Array_prototype_unshift, 1 },
    { "slice", Array_prototype_slice, 2 },
    { "sort", Array_prototype_sort, 1 },
    { "splice", Array_prototype_splice, 2 },
    { "includes", Array_prototype_includes, 1 },
    { "indexOf", Array_prototype_indexOf, 1 },
    { "join", Array_prototype_join, 1 },
    { "keys", Array_prototype_keys, 0 },
    { "entries", Array_prototype_entries, 0 },
    { "values", Array_prototype_values, 0 },
    { "forEach", Array_prototype_forEach, 1 },
    { "filter", Array_prototype_filter, 1 },
    { "flat", Array_prototype_flat, 0 },
    { "flatMap", Array_prototype_flatMap, 1 },
    { "map", Array_prototype_map, 1 },
    { "every", Array_prototype_every, 1 },
    { "some", Array_prototype_some, 1 },
    { "reduce", Array_prototype_reduce, 1 },
    { "reduceRight", Array_prototype_reduceRight, 1 },
    { "toLocaleString", Array_prototype_toLocaleString, 0 },
    { "toString", Array_prototype_toString, 0 },
    { "toReversed", Array_prototype_toReversed, 0 },
    { "toSorted", Array_prototype_toSorted, 1 },
    { "toSpliced", Array_prototype_toSpliced, 2 },
    { "with", Array_prototype_with, 2 },
};

static void define_unscopables(JSContext *ctx, JSValue proto)
{
    static const char *const names[] = {
        "at", "copyWithin", "entries", "fill", "find", "findIndex", "findLast", "findLastIndex", "flat",
        "flatMap", "includes", "keys", "values", "toReversed", "toSorted", "toSpliced",
    };
    JSValue u = js_new_object_proto(ctx, NULL);
    for (size_t i = 0; i < JS_COUNTOF(names); i++)
        js_define_value_str(ctx, u, names[i], JS_TRUE, JS_PROP_CWE);
    js_define_value(ctx, proto, ctx->sym.unscopables, u, JS_PROP_CONFIGURABLE);
}

void js_init_array(JSContext *ctx)
{
    if (!ctx->array_proto) {
        JSValue ap = js_new_array(ctx, 0);
        js_set_prototype(ctx, ap, js_mkptr(ctx->object_proto), false);
        ctx->array_proto = js_obj(ap);
    }
    JSValue proto = js_mkptr(ctx->array_proto);
    JSValue ctor = js_define_class(ctx, "Array", Array_ctor, 1, proto);
    js_builtin_state(ctx)->array_ctor = ctor;
    js_define_functions(ctx, ctor, array_statics, JS_COUNTOF(array_statics));
    js_define_accessor(ctx, ctor, ctx->sym.species, js_new_cfunction(ctx, species_getter, "get [Symbol.species]", 0),
                       JS_UNDEFINED, JS_PROP_CONFIGURABLE);
    js_define_functions(ctx, proto, array_proto_funcs, JS_COUNTOF(array_proto_funcs));
    ctx->array_proto_values = js_get_atom(ctx, proto, ctx->atoms.values);
    js_define_value(ctx, proto, ctx->sym.iterator, ctx->array_proto_values, JS_PROP_CW);
    define_unscopables(ctx, proto);
}
