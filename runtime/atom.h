/* atom.h - private to the runtime: string allocation and hashing, the atom
 * table.  Not for the evaluator or built-ins, which use js.h. */
#ifndef WEAKJS_ATOM_H
#define WEAKJS_ATOM_H

#include "js.h"

/* Longest string a program may build (node's limit is about 2^29 units). */
#define JS_STRING_MAX_LEN ((1u << 29) - 24)

/* A flat string with room for len units, characters uninitialised; the
 * header and characters share one pointer-free block. */
JSString *js_string_alloc(uint32_t len, bool wide);
static inline uint8_t *js_string_latin1_buf(JSString *s) { return (uint8_t *)s->u.latin1; }
static inline uint16_t *js_string_utf16_buf(JSString *s) { return (uint16_t *)s->u.utf16; }

uint32_t js_string_hash(JSString *s);       /* flattens; never 0 */
/* Equal to the ASCII/Latin-1 C string? (s flat) */
bool js_string_equals_cstr(JSString *s, const char *c);

void js_atom_init(JSContext *ctx);

/* Private string flag, set when interning: this atom is not an array index. */
#define JS_STR_NOT_INDEX 0x100

/* js_atom_is_index without the call for the common non-index names. */
static inline bool js_key_is_index(JSValue key, uint32_t *index)
{
    if (js_is_ptr(key) && (((JSCell *)js_get_ptr(key))->flags & JS_STR_NOT_INDEX))
        return false;
    return js_atom_is_index(key, index);
}

static inline JSString *js_flat(JSString *s)
{
    return (s->h.flags & JS_STR_ROPE) ? js_string_flat(s) : s;
}

/* Decimal digits of i into buf (>= 12 bytes); returns the length. */
static inline int js_fmt_int(char *buf, int32_t i)
{
    char tmp[12];
    int n = 0, k = 0;
    uint32_t u = i < 0 ? 0u - (uint32_t)i : (uint32_t)i;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    if (i < 0)
        buf[k++] = '-';
    while (n)
        buf[k++] = tmp[--n];
    buf[k] = 0;
    return k;
}

#endif
