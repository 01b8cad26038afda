/* context.c - creating a realm: the atom table and common atoms, the
 * well-known symbols, Object.prototype, Function.prototype and the global
 * object, then each built-in family (builtins.h order), then what must exist
 * before anything can go wrong (the stack-overflow error).  Also symbols. */
#include <gc.h>
#include <sys/resource.h>

#include "atom.h"
#include "shape.h"
#include "builtins/builtins.h"

/* Keep this much C stack for unwinding and reporting an overflow. */
#define STACK_MARGIN (256u * 1024)
#define STACK_ASSUMED_UNLIMITED (64u * 1024 * 1024)

JSValue js_new_symbol(JSContext *ctx, JSValue description)
{
    (void)ctx;
    JSSymbol *s = js_malloc(sizeof *s);
    s->h.type = JS_CELL_SYMBOL;
    s->description = description;
    s->registered = false;
    return js_mkptr(s);
}

static JSValue Function_prototype(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    (void)ctx, (void)this_val, (void)argc, (void)argv;
    return JS_UNDEFINED;
}

/* A(name) or A(field, "text"): the text is the last argument. */
#define ATOM_TEXT(name, ...) \
    ((const char *[]){ #name, ##__VA_ARGS__ })[sizeof((const char *[]){ #name, ##__VA_ARGS__ }) / sizeof(const char *) - 1]

static void init_atoms(JSContext *ctx)
{
    js_atom_init(ctx);
#define JS_ATOM_INIT(name, ...) ctx->atoms.name = js_atom(ctx, ATOM_TEXT(name, ##__VA_ARGS__));
    JS_COMMON_ATOMS(JS_ATOM_INIT)
#undef JS_ATOM_INIT
}

static void init_symbols(JSContext *ctx)
{
#define SYM(field, text) ctx->sym.field = js_new_symbol(ctx, js_new_string(ctx, "Symbol." text));
    SYM(iterator, "iterator") SYM(async_iterator, "asyncIterator") SYM(has_instance, "hasInstance")
    SYM(to_primitive, "toPrimitive") SYM(to_string_tag, "toStringTag")
    SYM(is_concat_spreadable, "isConcatSpreadable") SYM(species, "species") SYM(match, "match")
    SYM(match_all, "matchAll") SYM(replace, "replace") SYM(search, "search") SYM(split, "split")
    SYM(unscopables, "unscopables")
#undef SYM
}

static void init_stack_limit(JSContext *ctx)
{
    struct rlimit rl;
    size_t size = 8u * 1024 * 1024;
    if (getrlimit(RLIMIT_STACK, &rl) == 0)
        size = rl.rlim_cur == RLIM_INFINITY ? STACK_ASSUMED_UNLIMITED : (size_t)rl.rlim_cur;
    if (size < 4 * STACK_MARGIN)
        size = 4 * STACK_MARGIN;
    uintptr_t here = (uintptr_t)__builtin_frame_address(0);
    ctx->stack_limit = here - (size - STACK_MARGIN);
}

JSContext *js_new_context(int argc, char **argv)
{
    GC_set_finalize_on_demand(1);
    JSContext *ctx = js_malloc(sizeof *ctx);
    ctx->argc = argc;
    ctx->argv = argv;
    ctx->exception = JS_UNDEFINED;
    ctx->new_target = JS_UNDEFINED;
    ctx->array_proto_values = JS_UNDEFINED;
    ctx->throw_type_error = JS_UNDEFINED;
    ctx->stack_overflow_error = JS_UNDEFINED;
    init_stack_limit(ctx);
    init_atoms(ctx);
    ctx->root_shape = js_shape_new_root();
    init_symbols(ctx);

    ctx->object_proto = js_alloc_object(ctx, NULL, JS_CLASS_OBJECT);
    JSValue fp = js_new_cfunction(ctx, Function_prototype, "", 0);   /* proto still NULL */
    ctx->function_proto = js_obj(fp);
    ctx->function_proto->proto = ctx->object_proto;
    ctx->global = js_new_object(ctx);

    js_init_object(ctx);
    js_init_function(ctx);
    js_init_symbol(ctx);
    js_init_iterator(ctx);
    js_init_error(ctx);
    js_init_array(ctx);
    js_init_string(ctx);
    js_init_number(ctx);
    js_init_math(ctx);
    js_init_json(ctx);
    js_init_mapset(ctx);
    js_init_console(ctx);
    js_init_global(ctx);
    js_init_weak(ctx);
    js_init_weakref(ctx);
    js_init_timers(ctx);
    js_init_reflect(ctx);
    js_init_clone(ctx);
    js_init_regexp(ctx);
    js_init_require(ctx);
    js_init_promise(ctx);

    ctx->stack_overflow_error = js_new_error(ctx, JS_RANGE_ERROR, js_new_string(ctx, "Maximum call stack size exceeded"));
    js_get_atom(ctx, ctx->stack_overflow_error, ctx->atoms.stack);   /* materialise now: throwing it must not allocate */
    return ctx;
}
