/* js.h - the runtime's public interface: what the evaluator, the built-ins
 * and the CLI use.  Values are described in value.h.
 *
 * Conventions
 *  - A function returning JSValue returns JS_EXCEPTION when it has thrown;
 *    one returning int returns -1.  The thrown value is in ctx->exception.
 *    Every caller checks and propagates.
 *  - Property keys are JSValues that are interned strings (atoms) or
 *    symbols.  js_get/js_set also take any value (numbers, plain strings)
 *    and convert it, with fast paths for array indexes.
 *  - Every heap cell and every container of heap references is allocated
 *    from the collector (js_malloc); pointer-free payloads use
 *    js_malloc_atomic.  Never keep a JSValue only in malloc() memory. */
#ifndef WEAKJS_JS_H
#define WEAKJS_JS_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "value.h"

typedef struct JSContext JSContext;
typedef struct JSObject JSObject;
typedef struct JSShape JSShape;
typedef struct JSString JSString;
typedef struct JSSymbol JSSymbol;

/* ---------------------------------------------------------------- memory */

void *js_malloc(size_t n);         /* scanned, zeroed */
void *js_malloc_atomic(size_t n);  /* not scanned, not zeroed */
void *js_realloc(void *p, size_t n);

/* ---------------------------------------------------------------- strings
 * Immutable; Latin-1 (one byte a unit) or UTF-16.  `len` counts UTF-16 code
 * units.  A rope is a pending concatenation, flattened on first read of its
 * characters, so that `s += x` in a loop is linear. */
struct JSString {
    JSCell h;           /* h.flags: JS_STR_* */
    uint32_t len;
    uint32_t hash;      /* 0 until computed */
    union {
        const uint8_t *latin1;
        const uint16_t *utf16;
        struct { JSString *left, *right; } rope;
    } u;
};
enum { JS_STR_WIDE = 1, JS_STR_ATOM = 2, JS_STR_ROPE = 4 };

JSValue js_new_string(JSContext *ctx, const char *utf8);
JSValue js_new_string_len(JSContext *ctx, const char *utf8, size_t len);
JSValue js_new_string_latin1(JSContext *ctx, const uint8_t *s, uint32_t len);
JSValue js_new_string16(JSContext *ctx, const uint16_t *s, uint32_t len);
JSValue js_concat(JSContext *ctx, JSValue a, JSValue b);  /* both strings */
JSValue js_substring(JSContext *ctx, JSValue s, uint32_t start, uint32_t end);
JSString *js_string_flat(JSString *s);                 /* flattens a rope in place */
uint16_t js_string_at(JSString *s, uint32_t i);        /* s must be flat */
int js_string_compare(JSString *a, JSString *b);       /* code-unit order: <0, 0, >0 */
bool js_string_equals(JSString *a, JSString *b);
/* UTF-8 copy in collector memory (lone surrogates become U+FFFD); *len may be NULL. */
const char *js_to_utf8(JSContext *ctx, JSValue str, size_t *len);
static inline JSString *js_str(JSValue v) { return (JSString *)js_get_ptr(v); }

/* A string builder for built-ins (join, JSON, inspect).  Collector memory. */
typedef struct JSStringBuilder {
    JSContext *ctx;
    uint16_t *buf;
    uint32_t len, cap;
    bool wide;
} JSStringBuilder;
void js_sb_init(JSStringBuilder *sb, JSContext *ctx);
void js_sb_putc(JSStringBuilder *sb, uint32_t code_point);
void js_sb_puts(JSStringBuilder *sb, const char *utf8);
void js_sb_put_string(JSStringBuilder *sb, JSValue str);
JSValue js_sb_finish(JSStringBuilder *sb);

/* ---------------------------------------------------------------- atoms
 * Interned strings: equal atoms are the same pointer.  Numeric-looking keys
 * ("0", "42") are atoms too; js_atom_is_index tells array indexes apart. */
JSValue js_atom(JSContext *ctx, const char *utf8);
JSValue js_atom_from_string(JSContext *ctx, JSValue str);
JSValue js_atom_from_uint(JSContext *ctx, uint32_t i);
bool js_atom_is_index(JSValue atom, uint32_t *index);

/* The atoms every part of the runtime uses: ctx->atoms.length, ... */
#define JS_COMMON_ATOMS(A) \
    A(length) A(prototype) A(constructor) A(name) A(message) A(stack) A(cause) \
    A(toString) A(valueOf) A(value) A(writable) A(enumerable) A(configurable) \
    A(get) A(set) A(done) A(next) A(return_, "return") A(throw_, "throw") \
    A(proto, "__proto__") A(callee) A(arguments) A(caller) A(default_, "default") \
    A(index) A(input) A(join) A(size) A(add) A(then) A(errors) A(toJSON) \
    A(undefined) A(null_, "null") A(true_, "true") A(false_, "false") \
    A(empty, "") A(anonymous) A(lastIndex) A(raw) A(groups) A(object) \
    A(number) A(string) A(boolean) A(symbol) A(function) A(bigint) A(keys) A(values) A(entries)

/* ---------------------------------------------------------------- symbols */
struct JSSymbol {
    JSCell h;
    JSValue description;   /* string or undefined */
    bool registered;       /* made by Symbol.for */
    struct JSWeakEntry *weak_entries; /* as JSObject.weak_entries: a symbol can be a weak key */
    bool is_private;       /* a class's #name (runtime/eval_class.c): js_own_keys never lists it */
};
JSValue js_new_symbol(JSContext *ctx, JSValue description);

/* ---------------------------------------------------------------- objects */
typedef enum {
    JS_CLASS_OBJECT = 1,
    JS_CLASS_ARRAY,
    JS_CLASS_ARGUMENTS,
    JS_CLASS_FUNCTION,        /* closure made by the evaluator */
    JS_CLASS_CFUNCTION,       /* built-in written in C */
    JS_CLASS_BOUND_FUNCTION,
    JS_CLASS_ERROR,
    JS_CLASS_BOOLEAN,
    JS_CLASS_NUMBER,
    JS_CLASS_STRING,
    JS_CLASS_SYMBOL,
    JS_CLASS_DATE,
    JS_CLASS_REGEXP,
    JS_CLASS_MAP,
    JS_CLASS_SET,
    JS_CLASS_WEAKMAP,
    JS_CLASS_WEAKSET,
    JS_CLASS_WEAKREF,
    JS_CLASS_FINREG,
    JS_CLASS_PROMISE,
    JS_CLASS_ARRAY_ITERATOR,
    JS_CLASS_MAP_ITERATOR,
    JS_CLASS_SET_ITERATOR,
    JS_CLASS_STRING_ITERATOR,
    JS_CLASS_FOR_IN_ITERATOR,
    JS_CLASS_GENERATOR,
    JS_CLASS__COUNT
} JSClassID;

/* JSObject.h.flags */
enum {
    JS_OBJ_EXTENSIBLE  = 1 << 0,
    JS_OBJ_CALLABLE    = 1 << 1,
    JS_OBJ_CONSTRUCTOR = 1 << 2,
    JS_OBJ_FAST_ARRAY  = 1 << 3,  /* u.array holds the index properties */
    JS_OBJ_CLASS_CTOR  = 1 << 4,  /* class constructor: throws when called without new */
    JS_OBJ_DERIVED     = 1 << 5,  /* derived class constructor */
    JS_OBJ_HTML_DDA    = 0,
    /* a nameless built-in that stacks show as "at <anonymous>", where
     * throw.c hides the other nameless ones (the promise jobs): V8 shows
     * Promise.prototype.finally's two steps.  (shape.h takes 1 << 15.) */
    JS_OBJ_SHOWN_IN_STACK = 1 << 14,
};

/* Property attributes, in the shape and in descriptors. */
enum {
    JS_PROP_WRITABLE     = 1 << 0,
    JS_PROP_ENUMERABLE   = 1 << 1,
    JS_PROP_CONFIGURABLE = 1 << 2,
    JS_PROP_ACCESSOR     = 1 << 3,  /* the slot holds a JSAccessor */
    JS_PROP_CWE = JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE | JS_PROP_ENUMERABLE,
    JS_PROP_CW  = JS_PROP_CONFIGURABLE | JS_PROP_WRITABLE,  /* built-in methods */
};

typedef struct JSAccessor {
    JSCell h;                 /* JS_CELL_ACCESSOR */
    JSValue getter, setter;   /* function or undefined */
} JSAccessor;

typedef JSValue JSCFunction(JSContext *ctx, JSValue this_val, int argc, JSValue *argv);
typedef JSValue JSCFunctionMagic(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic);

struct JSClosure;   /* evaluator's: function node + captured environment */

/* An object: a shape (hidden class) that maps keys to slot indexes and
 * attributes, the slots, the prototype, and class data.  Objects whose
 * shapes are equal have the same keys at the same slots: the evaluator's
 * inline caches rely on it.  A dictionary-mode object owns an unshared
 * shape, which caches refuse. */
struct JSObject {
    JSCell h;                 /* h.class_id: JSClassID; h.flags: JS_OBJ_* */
    JSShape *shape;
    JSValue *slots;
    JSObject *proto;          /* NULL for a null prototype */
    struct JSWeakEntry *weak_entries; /* values of the weak collections keyed by this object (builtins/weak.c) */
    union {
        struct { JSValue *elems; uint32_t len, cap; } array;  /* FAST_ARRAY; JS_EMPTY is a hole */
        struct { struct JSClosure *closure; JSValue home; JSValue fields; } func;
        struct { JSCFunction *fn; JSCFunctionMagic *fn_magic; int16_t length; int16_t magic; JSValue data; } cfunc;
        struct { JSValue target, this_val; JSValue *args; int argc; } bound;
        JSValue prim;         /* Boolean, Number, String, Symbol wrappers; Date's time value */
        struct { JSValue target; uint32_t index; uint8_t kind; void *pos; } iter;
        void *opaque;         /* Map, Set, WeakMap, WeakSet, Promise data, owned by builtins */
    } u;
};

static inline JSObject *js_obj(JSValue v) { return (JSObject *)js_get_ptr(v); }
static inline int js_class_of(JSValue v) { return js_is_object(v) ? js_obj(v)->h.class_id : 0; }
static inline bool js_is_function(JSValue v) { return js_is_object(v) && (js_obj(v)->h.flags & JS_OBJ_CALLABLE); }
static inline bool js_is_constructor(JSValue v) { return js_is_object(v) && (js_obj(v)->h.flags & JS_OBJ_CONSTRUCTOR); }
static inline bool js_is_array(JSValue v) { return js_class_of(v) == JS_CLASS_ARRAY; }

/* A new ordinary object with the given prototype (NULL: none). */
JSValue js_new_object_proto(JSContext *ctx, JSObject *proto);
JSValue js_new_object(JSContext *ctx);                  /* proto: Object.prototype */
JSValue js_new_object_class(JSContext *ctx, JSObject *proto, JSClassID cls);
JSValue js_new_array(JSContext *ctx, uint32_t len);     /* holes up to len */
JSValue js_new_array_from(JSContext *ctx, uint32_t len, const JSValue *items);
int js_array_push(JSContext *ctx, JSValue arr, JSValue v);

/* [[Get]], [[Set]] (strict: throw on failure), [[HasProperty]], [[Delete]]. */
JSValue js_get(JSContext *ctx, JSValue obj, JSValue key);
JSValue js_get_atom(JSContext *ctx, JSValue obj, JSValue atom);
JSValue js_get_str(JSContext *ctx, JSValue obj, const char *name);
JSValue js_get_index(JSContext *ctx, JSValue obj, uint32_t i);
/* Get with an explicit receiver for getters (super.x, Reflect.get). */
JSValue js_get_receiver(JSContext *ctx, JSValue obj, JSValue atom, JSValue receiver);
int js_set(JSContext *ctx, JSValue obj, JSValue key, JSValue v, bool strict);
int js_set_atom(JSContext *ctx, JSValue obj, JSValue atom, JSValue v, bool strict);
int js_set_str(JSContext *ctx, JSValue obj, const char *name, JSValue v);
int js_set_index(JSContext *ctx, JSValue obj, uint32_t i, JSValue v);
int js_set_receiver(JSContext *ctx, JSValue obj, JSValue atom, JSValue v, JSValue receiver, bool strict);
int js_has_property(JSContext *ctx, JSValue obj, JSValue key);   /* 1, 0 or -1 */
int js_delete(JSContext *ctx, JSValue obj, JSValue key, bool strict); /* 1 deleted, 0 refused, -1 */

/* Own properties. */
typedef struct JSPropertyDescriptor {
    int flags;                /* JS_PROP_* (ACCESSOR: getter/setter valid, else value) */
    JSValue value, getter, setter;
} JSPropertyDescriptor;
/* 1 found (desc filled when non-NULL), 0 not found, -1 exception. */
int js_get_own_property(JSContext *ctx, JSObject *obj, JSValue key, JSPropertyDescriptor *desc);
/* Define or replace an own data property, no checks: for building objects. */
int js_define_value(JSContext *ctx, JSValue obj, JSValue key, JSValue v, int flags);
int js_define_value_str(JSContext *ctx, JSValue obj, const char *name, JSValue v, int flags);
int js_define_accessor(JSContext *ctx, JSValue obj, JSValue key, JSValue getter, JSValue setter, int flags);
/* [[DefineOwnProperty]] with the spec's validation (Object.defineProperty).
 * `has` says which descriptor fields are present (JS_DESC_HAS_*). */
enum { JS_DESC_HAS_VALUE = 1, JS_DESC_HAS_WRITABLE = 2, JS_DESC_HAS_GET = 4, JS_DESC_HAS_SET = 8,
       JS_DESC_HAS_ENUMERABLE = 16, JS_DESC_HAS_CONFIGURABLE = 32 };
int js_define_property(JSContext *ctx, JSValue obj, JSValue key, const JSPropertyDescriptor *desc, int has, bool throw_on_fail);
/* [[OwnPropertyKeys]]: integer indexes ascending, then strings, then symbols,
 * in creation order.  flags: JS_KEYS_*. Returns an array of keys. */
enum { JS_KEYS_STRINGS = 1, JS_KEYS_SYMBOLS = 2, JS_KEYS_ENUMERABLE_ONLY = 4 };
JSValue js_own_keys(JSContext *ctx, JSValue obj, int flags);
int js_prevent_extensions(JSContext *ctx, JSValue obj);
int js_set_prototype(JSContext *ctx, JSValue obj, JSValue proto, bool throw_on_fail);

/* Inline-cache support: own slot of a key, or -1. */
int js_shape_find(JSShape *shape, JSValue key, int *flags);

/* ---------------------------------------------------------------- functions */
/* argv of a C function holds at least max(argc, length) values, padded with
 * undefined.  In a constructor call js_new_target(ctx) is the new.target,
 * otherwise undefined. */
JSValue js_new_cfunction(JSContext *ctx, JSCFunction *fn, const char *name, int length);
JSValue js_new_cfunction_magic(JSContext *ctx, JSCFunctionMagic *fn, const char *name, int length, int magic);
JSValue js_new_target(JSContext *ctx);

typedef struct JSFunctionEntry {
    const char *name;        /* "[Symbol.iterator]" names a well-known symbol */
    JSCFunction *fn;
    int length;
} JSFunctionEntry;
/* Define each as a writable, configurable, non-enumerable method of obj. */
void js_define_functions(JSContext *ctx, JSValue obj, const JSFunctionEntry *tab, size_t n);
#define JS_COUNTOF(a) (sizeof(a) / sizeof((a)[0]))
/* A constructor `name` with `proto` as its prototype property (and
 * proto.constructor), installed on the global object. */
JSValue js_define_class(JSContext *ctx, const char *name, JSCFunction *ctor, int length, JSValue proto);

JSValue js_call(JSContext *ctx, JSValue f, JSValue this_val, int argc, JSValue *argv);
JSValue js_construct(JSContext *ctx, JSValue f, int argc, JSValue *argv, JSValue new_target);
/* Invoke method `atom` of obj. */
JSValue js_invoke(JSContext *ctx, JSValue obj, JSValue atom, int argc, JSValue *argv);
/* GetPrototypeFromConstructor: new_target.prototype if an object, else fallback. */
JSObject *js_proto_from_ctor(JSContext *ctx, JSValue new_target, JSObject *fallback);

/* ---------------------------------------------------------------- conversions */
bool js_to_boolean(JSValue v);
int js_to_number(JSContext *ctx, JSValue v, double *out);
JSValue js_to_numeric(JSContext *ctx, JSValue v);          /* a number value */
int js_to_int32(JSContext *ctx, JSValue v, int32_t *out);
int js_to_uint32(JSContext *ctx, JSValue v, uint32_t *out);
int js_to_integer_or_infinity(JSContext *ctx, JSValue v, double *out);
int js_to_length(JSContext *ctx, JSValue v, uint64_t *out);
int js_to_index(JSContext *ctx, JSValue v, uint64_t *out);
JSValue js_to_string(JSContext *ctx, JSValue v);
JSValue js_to_property_key(JSContext *ctx, JSValue v);     /* atom or symbol */
JSValue js_to_object(JSContext *ctx, JSValue v);
enum { JS_HINT_DEFAULT, JS_HINT_NUMBER, JS_HINT_STRING };
JSValue js_to_primitive(JSContext *ctx, JSValue v, int hint);
double js_string_to_number(JSString *s);                    /* StringToNumber */
/* StrWhiteSpaceChar (WhiteSpace or LineTerminator): what trim and StringToNumber skip. */
bool js_is_space(uint32_t c);
/* Shortest round-trip form, as Number.prototype.toString(): buf >= 32 bytes. */
const char *js_number_to_cstr(double d, char *buf);
JSValue js_number_to_string(JSContext *ctx, double d);
int32_t js_double_to_int32(double d);

/* ---------------------------------------------------------------- comparison */
bool js_strict_equals(JSValue a, JSValue b);
int js_loose_equals(JSContext *ctx, JSValue a, JSValue b);  /* 1, 0 or -1 */
bool js_same_value(JSValue a, JSValue b);
bool js_same_value_zero(JSValue a, JSValue b);
/* typeof as an atom */
JSValue js_typeof(JSContext *ctx, JSValue v);
int js_instanceof(JSContext *ctx, JSValue v, JSValue ctor); /* 1, 0 or -1 */
/* OrdinaryHasInstance(C, O), for Function.prototype[Symbol.hasInstance]: 1, 0 or -1 */
int js_ordinary_has_instance(JSContext *ctx, JSValue ctor, JSValue v);

/* ---------------------------------------------------------------- iteration */
typedef struct JSIterator {
    JSValue iter, next;
} JSIterator;
int js_get_iterator(JSContext *ctx, JSValue obj, JSIterator *it);
/* Next value: 1 with *out set, 0 when done, -1 exception. */
int js_iterator_step(JSContext *ctx, JSIterator *it, JSValue *out);
/* IteratorClose after an abrupt completion; keeps a pending exception. */
void js_iterator_close(JSContext *ctx, JSIterator *it, bool throwing);
/* IteratorClose after a normal completion (break, return): 0, or -1 when
 * return() threw or did not give an object. */
int js_iterator_return(JSContext *ctx, JSIterator *it);
JSValue js_create_iter_result(JSContext *ctx, JSValue v, bool done);

/* ---------------------------------------------------------------- errors */
typedef enum {
    JS_ERROR, JS_EVAL_ERROR, JS_RANGE_ERROR, JS_REFERENCE_ERROR,
    JS_SYNTAX_ERROR, JS_TYPE_ERROR, JS_URI_ERROR, JS_AGGREGATE_ERROR,
    JS_ERROR__COUNT
} JSErrorKind;
JSValue js_throw(JSContext *ctx, JSValue v);
/* printf-style message (%s takes UTF-8); returns JS_EXCEPTION. */
JSValue js_throw_error(JSContext *ctx, JSErrorKind kind, const char *fmt, ...);
JSValue js_throw_type_error(JSContext *ctx, const char *fmt, ...);
JSValue js_throw_range_error(JSContext *ctx, const char *fmt, ...);
JSValue js_throw_reference_error(JSContext *ctx, const char *fmt, ...);
JSValue js_throw_syntax_error(JSContext *ctx, const char *fmt, ...);
JSValue js_throw_stack_overflow(JSContext *ctx);  /* the preallocated RangeError */
/* Object.prototype.toString's builtin tag for o's kind ("Array", "Function"...). */
const char *js_builtin_tag(JSObject *o);
/* A new error object with message and a `stack` captured from ctx->frame. */
JSValue js_new_error(JSContext *ctx, JSErrorKind kind, JSValue message);
/* Capture "Name: message\n    at f (file:line:col)..." into err.stack. */
void js_capture_stack(JSContext *ctx, JSValue err);
/* How many frames err's `stack` captured, while it is not yet text (-1
 * once read or replaced, or when Error.stackTraceLimit asked for none):
 * 0 means only node-internal frames would show. */
int js_captured_frames(JSContext *ctx, JSValue err);
/* A short description of a value for error messages ("undefined", "obj.x"...). */
const char *js_describe(JSContext *ctx, JSValue v);
/* V8's typed form for built-ins' messages: "number 5", "string \"a\"", "object",
 * "function", "undefined", "object null" ("number 5 is not a function"). */
const char *js_describe_typed(JSContext *ctx, JSValue v);

/* The C stack guard: true (and a RangeError thrown) when too deep. */
bool js_check_stack(JSContext *ctx);

/* ---------------------------------------------------------------- frames
 * The evaluator keeps a chain of frames for stack traces; C functions called
 * through js_call push one too (node prints `at WeakMap.set (<anonymous>)`). */
typedef struct JSStackFrame {
    struct JSStackFrame *prev;
    JSValue func;              /* the function running, or undefined at top level */
    const char *filename;      /* NULL for a built-in */
    uint32_t line, col;        /* where the frame is now (last call or throw) */
    /* The call as made, for naming the frame when a stack is materialised
     * (`at Foo.bar`, `at new Foo`): the receiver before any sloppy-mode
     * coercion and new.target (undefined for a plain call). */
    JSValue this_val;
    JSValue new_target;
} JSStackFrame;

/* ---------------------------------------------------------------- context */
struct JSContext {
    JSValue exception;          /* pending exception when JS_EXCEPTION was returned */
    JSStackFrame *frame;        /* innermost frame */
    JSValue new_target;         /* for C constructors (js_new_target) */
    uintptr_t stack_limit;      /* lowest safe C stack address */
    JSValue stack_overflow_error;

    JSValue global;             /* the global object */
    JSObject *object_proto, *function_proto, *array_proto, *string_proto,
             *number_proto, *boolean_proto, *symbol_proto, *iterator_proto,
             *array_iterator_proto, *map_proto, *set_proto, *map_iterator_proto,
             *set_iterator_proto, *string_iterator_proto, *weakmap_proto,
             *weakset_proto, *weakref_proto, *finreg_proto, *promise_proto,
             *generator_proto, *regexp_proto, *date_proto, *timeout_proto, *immediate_proto;
    JSObject *error_proto[JS_ERROR__COUNT];
    JSValue error_ctor[JS_ERROR__COUNT];
    JSValue array_proto_values;  /* Array.prototype[Symbol.iterator] for fast paths */
    JSValue throw_type_error;    /* %ThrowTypeError% */

    struct {
#define JS_ATOM_FIELD(name, ...) JSValue name;
        JS_COMMON_ATOMS(JS_ATOM_FIELD)
#undef JS_ATOM_FIELD
    } atoms;
    struct {
        JSValue iterator, async_iterator, has_instance, to_primitive, to_string_tag,
                is_concat_spreadable, species, match, match_all, replace, search,
                split, unscopables;
    } sym;

    void *atom_table;            /* runtime/atom.c */
    JSShape *root_shape;         /* runtime/object.c: empty shape, per prototype maps hang off it */
    void *eval_state;            /* runtime/eval.c: script environment, global bindings */
    void *builtin_state;         /* builtins/: Symbol.for registry, inspect state */
    void *job_state;             /* runtime/jobs.c: microtasks and timers */
    void *weak_state;            /* builtins/weakref.c: finalization registries */
    void *promise_state;         /* builtins/promise.c: intrinsics, unhandled rejections */
    int argc;                    /* process.argv */
    char **argv;
    /* Set by the REPL's SIGINT handler while code runs; the evaluator checks
     * it at loop back-edges and calls and throws JS_INTERRUPT_MESSAGE.  It
     * stays set until the REPL clears it, so a catch cannot swallow it. */
    volatile int interrupt;
};
#define JS_INTERRUPT_MESSAGE "Script execution was interrupted by `SIGINT`"

JSContext *js_new_context(int argc, char **argv);

/* ---------------------------------------------------------------- running scripts
 * Parse, resolve and run a script; returns its completion value or
 * JS_EXCEPTION (a SyntaxError for bad source). */
JSValue js_eval_script(JSContext *ctx, const char *filename, const char *src, size_t len);
/* Whether a source so named runs inside node's CommonJS wrapper (a file)
 * rather than as a plain script ("[eval]", "[stdin]", "REPL", "REPL7"). */
bool js_runs_wrapped(const char *filename);
/* Print an uncaught exception as node does (source line, caret, stack) to f. */
void js_report_exception(JSContext *ctx, JSValue exc, FILE *f);
/* The exception about to be reported was not thrown where the last throw
 * statement ran (a rejection reported later): the report places it where
 * its stack says it was made, as node does. */
void js_forget_throw_site(JSContext *ctx);
/* The exception just thrown is about a text that is no script (JSON.parse's):
 * the report shows that text as `name`, line and col (0: past its end). */
void js_set_throw_text(JSContext *ctx, const char *name, const char *text, size_t len, uint32_t line,
                       uint32_t col);
/* ---------------------------------------------------------------- jobs and the event loop
 * Microtasks run in FIFO order once the current script or task is done;
 * timers run in order of due time (then of creation), each followed by the
 * microtasks it queued, as node does. */
void js_enqueue_job(JSContext *ctx, JSValue fn, int argc, const JSValue *argv);
/* A task (a finalization cleanup): runs after the due timers, before the immediates. */
void js_enqueue_task(JSContext *ctx, JSValue fn, int argc, const JSValue *argv);
/* process.nextTick: runs before the microtasks of the same checkpoint. */
void js_enqueue_tick(JSContext *ctx, JSValue fn, int argc, const JSValue *argv);
/* WeakRef's KeepDuringJob: obj stays alive until the current task ends. */
void js_keep_during_job(JSContext *ctx, JSValue obj);
/* Pins (pins.c): an object that becomes weakly held is held strongly too
 * until a gc() finds it unreachable, so ordinary collections never change
 * what a script sees.  js_collect loosens the pins around its collections. */
void js_pin_weak(void *cell);
void js_pins_loosen(void);
void js_pins_tighten(void);
/* Hooks called, in the order added, after every task and its microtasks
 * (unhandled rejections, finalization registries); a hook returning -1
 * ends the loop with ctx->exception as an uncaught error. */
typedef int JSTaskHook(JSContext *ctx);
void js_add_task_hook(JSContext *ctx, JSTaskHook *hook);
/* Zero the dead stack below the caller, so no stale word keeps an object alive. */
void js_scrub_stack(void);
/* Run queued microtasks; -1 with ctx->exception on an uncaught error. */
int js_run_microtasks(JSContext *ctx);
/* Run until no microtask or timer is pending; -1 on an uncaught error. */
int js_run_event_loop(JSContext *ctx);
/* Without waiting: the microtasks, then one turn of the loop (tasks, the
 * timers due now, immediates).  *next_ms: 0 when more is ready now, the
 * wait until the earliest timer, or -1 when nothing is pending.  -1 on an
 * uncaught error; calling again carries on with what is left.  For a host
 * that waits on its own input meanwhile (the REPL). */
int js_run_due(JSContext *ctx, double *next_ms);
/* Timers: a new timer id calling this_val.fn(args) after delay ms (repeat:
 * every delay ms); an immediate runs in the loop's next check phase. */
double js_add_timer(JSContext *ctx, JSValue fn, JSValue this_val, double delay, bool repeat, int argc,
                    const JSValue *argv);
double js_add_immediate(JSContext *ctx, JSValue fn, JSValue this_val, int argc, const JSValue *argv);
void js_clear_timer(JSContext *ctx, double id);
/* A timer that is not ref'd does not keep the loop alive (node's unref);
 * has_ref is -1 for an unknown id; refresh restarts its delay from now. */
bool js_timer_set_ref(JSContext *ctx, double id, bool ref);
int js_timer_has_ref(JSContext *ctx, double id);
void js_timer_refresh(JSContext *ctx, double id);
/* The exit status process.exitCode stands for, 0 when unset (builtins/process.c). */
int js_process_exit_status(JSContext *ctx);

/* Print values as console.log does (util.inspect rules). */
JSValue js_inspect(JSContext *ctx, JSValue v, JSValue options);

#endif
