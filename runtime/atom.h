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

#endif
