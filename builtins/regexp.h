/* regexp.h - RegExp objects for the evaluator (regex literals) and for the
 * String methods that take patterns, plus the translator's private API
 * shared by regexp.c and regexp_compile.c. */
#ifndef WEAKJS_REGEXP_H
#define WEAKJS_REGEXP_H

#include "../runtime/js.h"

/* A new RegExp from a pattern and flags (strings, or undefined for ""):
 * what a regex literal /pattern/flags evaluates to, and the spec's
 * RegExpCreate.  Throws SyntaxError for a bad pattern or bad flags. */
JSValue js_new_regexp(JSContext *ctx, JSValue pattern, JSValue flags);

/* The early error of a regular expression literal /body/flags (flags
 * already checked by the lexer), for the parser: NULL when the pattern is
 * valid, else node's whole message ("Invalid regular expression: /(/:
 * Unterminated group") in collector memory.  Needs no JSContext. */
const char *js_regexp_early_error(const uint16_t *body, uint32_t len, const uint16_t *flags, uint32_t flen);

/* ---------------------------------------------------------------- private */

enum {
    RX_D = 1 << 0, RX_G = 1 << 1, RX_I = 1 << 2, RX_M = 1 << 3,
    RX_S = 1 << 4, RX_U = 1 << 5, RX_V = 1 << 6, RX_Y = 1 << 7,
};

/* With the 32-bit library linked (CMake defines WEAKJS_PCRE2_32), u and v
 * patterns run on code points, so lone surrogates in the subject are
 * characters as in JavaScript; otherwise on UTF-16, where they never match. */
#ifdef WEAKJS_PCRE2_32
#define RX_CODE_POINTS 1
#else
#define RX_CODE_POINTS 0
#endif

/* The result of translating and compiling one pattern.  Immutable once
 * made, so RegExp objects with the same source and flags share it. */
typedef struct RxCode {
    void *code;           /* pcre2_code_16, or pcre2_code_32 when code_points */
    bool code_points;     /* matches a code point copy of the subject */
    uint32_t ncaps;       /* capture groups, not counting group 0 */
    JSValue *names;       /* ncaps + 1 entries (string or undefined), or NULL */
} RxCode;

/* Translate a JavaScript pattern to PCRE2 and compile it.  NULL on a syntax
 * error, with *err set to V8's message ("Unterminated group"). */
RxCode *rx_compile(JSContext *ctx, const uint16_t *src, uint32_t len, unsigned flags, const char **err);
/* PCRE2's memory goes through the collector (see regexp_compile.c). */
void *rx_general_context(void);
void *rx_match_context(void);
void *rx_general_context32(void);   /* these two only with RX_CODE_POINTS */
void *rx_match_context32(void);

#endif
