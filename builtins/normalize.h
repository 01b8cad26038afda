/* normalize.h - String.prototype.normalize's canonical forms (normalize.c). */
#ifndef WEAKJS_BUILTINS_NORMALIZE_H
#define WEAKJS_BUILTINS_NORMALIZE_H

#include <stdbool.h>

#include "../runtime/js.h"

/* s (flat) in NFC when nfc, else NFD; sv is s as a value, returned when
 * nothing changes. */
JSValue js_normalize(JSContext *ctx, JSString *s, JSValue sv, bool nfc);

#endif
