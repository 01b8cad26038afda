/* iterator.c - %IteratorPrototype%, %ArrayIteratorPrototype% and
 * %StringIteratorPrototype%.  An iterator object keeps its state in
 * u.iter: target (undefined once exhausted), index, kind.  String.prototype
 * [Symbol.iterator] (BUILTINS-B) makes a STRING_ITERATOR object on
 * ctx->string_iterator_proto with target = the string and index 0. */
#include "builtins.h"
#include "object.h"

static JSObject *ensure_proto(JSContext *ctx, JSObject **slot, JSObject *parent)
{
    if (!*slot)
        *slot = js_obj(js_new_object_proto(ctx, parent));
    return *slot;
}

JSValue js_iter_result_kind(JSContext *ctx, JSValue key, JSValue value, int kind)
{
    if (kind == JS_ITER_KEYS)
        return js_create_iter_result(ctx, key, false);
    if (kind == JS_ITER_VALUES)
        return js_create_iter_result(ctx, value, false);
    JSValue pair[2] = { key, value };
    return js_create_iter_result(ctx, js_new_array_from(ctx, 2, pair), false);
}

JSValue js_create_array_iterator(JSContext *ctx, JSValue obj, int kind)
{
    JSValue it = js_new_object_class(ctx, ctx->array_iterator_proto, JS_CLASS_ARRAY_ITERATOR);
    if (js_is_exception(it))
        return it;
    js_obj(it)->u.iter.target = obj;
    js_obj(it)->u.iter.index = 0;
    js_obj(it)->u.iter.kind = (uint8_t)kind;
    return it;
}

static JSValue Iterator_prototype_iterator(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return this_val;
}

static JSValue ArrayIterator_prototype_next(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_class_of(this_val) != JS_CLASS_ARRAY_ITERATOR)
        return js_throw_type_error(ctx, "Method Array Iterator.prototype.next called on incompatible receiver %s",
                                   js_receiver_string(ctx, this_val));
    JSObject *it = js_obj(this_val);
    JSValue target = it->u.iter.target;
    if (js_is_undefined(target))
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    uint64_t len;
    if (js_length_of(ctx, target, &len) < 0)
        return JS_EXCEPTION;
    uint32_t i = it->u.iter.index;
    if (i >= len) {
        it->u.iter.target = JS_UNDEFINED;
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    }
    it->u.iter.index = i + 1;
    JSValue v = JS_UNDEFINED;
    if (it->u.iter.kind != JS_ITER_KEYS) {
        v = js_get_elem(ctx, target, i);
        if (js_is_exception(v))
            return v;
    }
    return js_iter_result_kind(ctx, js_new_number(i), v, it->u.iter.kind);
}

static JSValue StringIterator_prototype_next(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    if (js_class_of(this_val) != JS_CLASS_STRING_ITERATOR)
        return js_throw_type_error(ctx, "Method String Iterator.prototype.next called on incompatible receiver %s",
                                   js_receiver_string(ctx, this_val));
    JSObject *it = js_obj(this_val);
    JSValue target = it->u.iter.target;
    if (!js_is_string(target))
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    JSString *s = js_string_flat(js_str(target));
    uint32_t i = it->u.iter.index;
    if (i >= s->len) {
        it->u.iter.target = JS_UNDEFINED;
        return js_create_iter_result(ctx, JS_UNDEFINED, true);
    }
    uint32_t end = i + 1;
    uint16_t c = js_string_at(s, i);
    if (c >= 0xD800 && c <= 0xDBFF && end < s->len) {
        uint16_t d = js_string_at(s, end);
        if (d >= 0xDC00 && d <= 0xDFFF)
            end++;
    }
    it->u.iter.index = end;
    return js_create_iter_result(ctx, js_substring(ctx, target, i, end), false);
}

void js_init_iterator(JSContext *ctx)
{
    static const JSFunctionEntry iter_funcs[] = { { "[Symbol.iterator]", Iterator_prototype_iterator, 0 } };
    static const JSFunctionEntry array_iter_funcs[] = { { "next", ArrayIterator_prototype_next, 0 } };
    static const JSFunctionEntry string_iter_funcs[] = { { "next", StringIterator_prototype_next, 0 } };

    JSObject *ip = ensure_proto(ctx, &ctx->iterator_proto, ctx->object_proto);
    js_define_functions(ctx, js_mkptr(ip), iter_funcs, 1);

    JSValue ap = js_mkptr(ensure_proto(ctx, &ctx->array_iterator_proto, ip));
    js_define_functions(ctx, ap, array_iter_funcs, 1);
    js_define_value(ctx, ap, ctx->sym.to_string_tag, js_new_string(ctx, "Array Iterator"), JS_PROP_CONFIGURABLE);

    JSValue sp = js_mkptr(ensure_proto(ctx, &ctx->string_iterator_proto, ip));
    js_define_functions(ctx, sp, string_iter_funcs, 1);
    js_define_value(ctx, sp, ctx->sym.to_string_tag, js_new_string(ctx, "String Iterator"), JS_PROP_CONFIGURABLE);
}
