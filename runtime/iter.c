/* iter.c - the iteration protocol as the spec's abstract operations:
 * GetIterator, IteratorStep + IteratorValue, IteratorClose,
 * CreateIterResultObject. */
#include "atom.h"
#include "shape.h"

int js_get_iterator(JSContext *ctx, JSValue obj, JSIterator *it)
{
    JSValue m = js_is_nullish(obj) ? JS_UNDEFINED : js_get_atom(ctx, obj, ctx->sym.iterator);
    if (js_is_exception(m))
        return -1;
    if (!js_is_function(m)) {
        js_throw_type_error(ctx, "%s is not iterable (cannot read property Symbol(Symbol.iterator))",
                            js_describe_typed(ctx, obj));
        return -1;
    }
    JSValue iter = js_call(ctx, m, obj, 0, NULL);
    if (js_is_exception(iter))
        return -1;
    if (!js_is_object(iter)) {
        js_throw_type_error(ctx, "Result of the Symbol.iterator method is not an object");
        return -1;
    }
    JSValue next = js_get_atom(ctx, iter, ctx->atoms.next);
    if (js_is_exception(next))
        return -1;
    it->iter = iter;
    it->next = next;
    return 0;
}

int js_iterator_step(JSContext *ctx, JSIterator *it, JSValue *out)
{
    if (!js_is_function(it->next)) {
        js_throw_type_error(ctx, "%s is not a function", js_describe_typed(ctx, it->next));
        return -1;
    }
    JSValue r = js_call(ctx, it->next, it->iter, 0, NULL);
    if (js_is_exception(r))
        return -1;
    if (!js_is_object(r)) {
        js_throw_type_error(ctx, "Iterator result %s is not an object", js_describe(ctx, r));
        return -1;
    }
    JSValue done = js_get_atom(ctx, r, ctx->atoms.done);
    if (js_is_exception(done))
        return -1;
    if (js_to_boolean(done))
        return 0;
    JSValue v = js_get_atom(ctx, r, ctx->atoms.value);
    if (js_is_exception(v))
        return -1;
    *out = v;
    return 1;
}

/* IteratorClose for a normal completion: 0, or -1 when return() threw or
 * gave a non-object. */
int js_iterator_return(JSContext *ctx, JSIterator *it)
{
    JSValue ret = js_get_atom(ctx, it->iter, ctx->atoms.return_);
    if (js_is_exception(ret))
        return -1;
    if (js_is_nullish(ret))
        return 0;
    if (!js_is_function(ret)) {
        js_throw_type_error(ctx, "%s is not a function", js_describe_typed(ctx, ret));
        return -1;
    }
    JSValue r = js_call(ctx, ret, it->iter, 0, NULL);
    if (js_is_exception(r))
        return -1;
    if (!js_is_object(r)) {
        js_throw_type_error(ctx, "Iterator result %s is not an object", js_describe(ctx, r));
        return -1;
    }
    return 0;
}

/* After a throw the original exception wins over anything return() does;
 * after a break/return the caller should use js_iterator_return to see a
 * failure (here it is left in ctx->exception). */
void js_iterator_close(JSContext *ctx, JSIterator *it, bool throwing)
{
    if (!throwing) {
        js_iterator_return(ctx, it);
        return;
    }
    JSValue saved = ctx->exception;
    js_iterator_return(ctx, it);
    ctx->exception = saved;
}

JSValue js_create_iter_result(JSContext *ctx, JSValue v, bool done)
{
    JSValue o = js_new_object(ctx);
    js_define_value(ctx, o, ctx->atoms.value, v, JS_PROP_CWE);
    js_define_value(ctx, o, ctx->atoms.done, js_new_bool(done), JS_PROP_CWE);
    return o;
}
