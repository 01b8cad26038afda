/* normalize.h - String.prototype.normalize's four forms (normalize.c) and
 * the generated compatibility table they use (normalize_compat.c). */
#ifndef WEAKJS_BUILTINS_NORMALIZE_H
#define WEAKJS_BUILTINS_NORMALIZE_H

#include <stddef.h>
#include <stdint.h>

#include "../runtime/js.h"

typedef enum JSNormForm {
    JS_NFC,
    JS_NFD,
    JS_NFKC,
    JS_NFKD,
} JSNormForm;

/* s (flat) in the given form; sv is s as a value, returned when nothing
 * changes. */
JSValue js_normalize(JSContext *ctx, JSString *s, JSValue sv, JSNormForm form);

/* Compatibility decompositions, sorted by cp: the full NFKD of cp is
 * js_nfk_data[off .. off + len). Only code points whose NFKD differs from
 * their NFD are listed. */
typedef struct NfkEntry {
    uint32_t cp;
    uint16_t off, len;
} NfkEntry;

/* The full canonical decomposition of c (itself when it has none) into
 * out; returns its length.  Unicode keeps these at most 4 long. */
#define JS_MAX_DECOMPOSITION 4
uint32_t js_canonical_decomposition(uint32_t c, uint32_t out[JS_MAX_DECOMPOSITION]);

/* The canonical combining class of c. */
uint32_t js_combining_class(uint32_t c);

/* The full NFKD of c when it differs from its NFD (*len code points), else
 * NULL. */
const uint32_t *js_compat_decomposition(uint32_t c, uint32_t *len);

extern const NfkEntry js_nfk_table[];
extern const size_t js_nfk_count;
extern const uint32_t js_nfk_data[];

#endif
