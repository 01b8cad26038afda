/* collate.h - the collation behind String.prototype.localeCompare
 * (collate.c), which string.c calls with the options it has read. */
#ifndef WEAKJS_BUILTINS_COLLATE_H
#define WEAKJS_BUILTINS_COLLATE_H

#include <stdbool.h>
#include <stdint.h>

#include "../runtime/js.h"

/* Intl.Collator's options as localeCompare honours them: numeric, and
 * sensitivity and caseFirst as the levels they compare. */
typedef struct CollateOptions {
    bool numeric;      /* runs of ASCII digits compare as numbers */
    bool accents;      /* compare accents (sensitivity accent or variant) */
    bool cases;        /* compare case (sensitivity case or variant) */
    bool upper_first;  /* caseFirst "upper" */
} CollateOptions;

/* Compares s and t (flat) as node's root collation would: *order gets -1,
 * 0 or 1.  Returns -1 with an exception pending, else 0. */
int js_collate_compare(JSContext *ctx, JSString *s, JSString *t, const CollateOptions *o, int *order);

/* string.c's simple lowercase mapping of a code point, which collation
 * folds case with. */
uint32_t js_fold_lower(uint32_t c);

#endif
