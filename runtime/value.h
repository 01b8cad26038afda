/* value.h - the representation of a JavaScript value: one 64-bit word.
 *
 * Invariant (the collector depends on it): a reference to a heap cell is
 * stored as the cell's raw address, so bdwgc's conservative scan of the
 * stack, of registers and of GC_MALLOC'd memory sees it.  Nothing else may
 * look like a heap address.  The encoding is pointer-favouring, as in
 * JavaScriptCore:
 *
 *   0x0000_pppp_pppp_pppp   heap cell pointer (top 16 bits zero, 8-aligned,
 *                           never one of the small constants below)
 *   0x0000_0000_0000_00xx   small constants: empty, null, false, true,
 *                           undefined, exception (bit 1 always set, except
 *                           empty which is 0)
 *   0xFFFE_0000_iiii_iiii   int32
 *   other                   double, stored as its bits + 2^49, so the top
 *                           15 bits are never all zero (NaN is canonical)
 *
 * JS_EMPTY marks an array hole and a let/const binding in its TDZ; it never
 * escapes to JavaScript.  JS_EXCEPTION is what a function returns when it
 * has thrown: the thrown value waits in ctx->exception. */
#ifndef WEAKJS_VALUE_H
#define WEAKJS_VALUE_H

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

typedef uint64_t JSValue;

#define JS_TAG_INT        0xFFFE000000000000ull
#define JS_NOT_CELL_MASK  (JS_TAG_INT | 2ull)
#define JS_DOUBLE_OFFSET  (1ull << 49)

#define JS_EMPTY     ((JSValue)0x00)
#define JS_NULL      ((JSValue)0x02)
#define JS_FALSE     ((JSValue)0x06)
#define JS_TRUE      ((JSValue)0x07)
#define JS_UNDEFINED ((JSValue)0x0a)
#define JS_EXCEPTION ((JSValue)0x0e)

static inline bool js_is_int(JSValue v) { return (v & JS_TAG_INT) == JS_TAG_INT; }
static inline bool js_is_number(JSValue v) { return (v & JS_TAG_INT) != 0; }
static inline bool js_is_double(JSValue v) { return js_is_number(v) && !js_is_int(v); }
static inline bool js_is_ptr(JSValue v) { return v != 0 && (v & JS_NOT_CELL_MASK) == 0; }
static inline bool js_is_undefined(JSValue v) { return v == JS_UNDEFINED; }
static inline bool js_is_null(JSValue v) { return v == JS_NULL; }
static inline bool js_is_nullish(JSValue v) { return v == JS_NULL || v == JS_UNDEFINED; }
static inline bool js_is_bool(JSValue v) { return (v & ~1ull) == JS_FALSE; }
static inline bool js_is_exception(JSValue v) { return v == JS_EXCEPTION; }

static inline int32_t js_get_int(JSValue v) { return (int32_t)(uint32_t)v; }
static inline JSValue js_new_int(int32_t i) { return JS_TAG_INT | (uint32_t)i; }
static inline JSValue js_new_bool(bool b) { return b ? JS_TRUE : JS_FALSE; }

static inline double js_get_double_raw(JSValue v)
{
    uint64_t bits = v - JS_DOUBLE_OFFSET;
    double d;
    memcpy(&d, &bits, sizeof d);
    return d;
}

/* The number in v, int or double. */
static inline double js_get_number(JSValue v)
{
    return js_is_int(v) ? (double)js_get_int(v) : js_get_double_raw(v);
}

/* A double stored as such, even when integral (use js_new_number to prefer int). */
static inline JSValue js_new_double(double d)
{
    uint64_t bits;
    if (d != d)
        bits = 0x7ff8000000000000ull; /* canonical NaN keeps the encoding sound */
    else
        memcpy(&bits, &d, sizeof bits);
    return bits + JS_DOUBLE_OFFSET;
}

/* A number, as int32 when it is one (not -0). */
static inline JSValue js_new_number(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0) {
        int32_t i = (int32_t)d;
        if ((double)i == d && !(i == 0 && 1 / d < 0))
            return js_new_int(i);
    }
    return js_new_double(d);
}

static inline void *js_get_ptr(JSValue v) { return (void *)(uintptr_t)v; }
static inline JSValue js_mkptr(const void *p) { return (JSValue)(uintptr_t)p; }

/* Every heap cell starts with this header. */
typedef enum {
    JS_CELL_STRING = 1,
    JS_CELL_SYMBOL,
    JS_CELL_OBJECT,
    JS_CELL_ACCESSOR,   /* getter/setter pair stored in an accessor property's slot */
} JSCellType;

typedef struct JSCell {
    uint8_t type;       /* JSCellType */
    uint8_t class_id;   /* objects: JSClassID */
    uint16_t flags;     /* per type */
} JSCell;

static inline int js_cell_type(JSValue v) { return ((JSCell *)js_get_ptr(v))->type; }
static inline bool js_is_string(JSValue v) { return js_is_ptr(v) && js_cell_type(v) == JS_CELL_STRING; }
static inline bool js_is_symbol(JSValue v) { return js_is_ptr(v) && js_cell_type(v) == JS_CELL_SYMBOL; }
static inline bool js_is_object(JSValue v) { return js_is_ptr(v) && js_cell_type(v) == JS_CELL_OBJECT; }

#endif
