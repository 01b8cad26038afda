/* lexer.re - the re2c scanner: UTF-8 source text to LexTokens.
 *
 * One small re2c block per lexical context: the main token block
 * (lex_next), string literals, template literal pieces, regular expression
 * literals and block comments.  re2c validates UTF-8 as it matches: every
 * class below holds Unicode scalar values only, so an overlong, truncated or
 * surrogate-encoding sequence matches nothing but the `*` rule and becomes an
 * error at its own byte.  The end of input is found with the generic API
 * (YYPEEK yields 0 at `lim`, and re2c:eof = 0 checks the bound whenever it
 * sees a 0), so the source needs no terminator and an embedded NUL byte is an
 * ordinary character: an error between tokens, text inside a string.
 *
 * Values are cooked here (numbers to doubles, strings to UTF-16 in collector
 * memory); the parser decides what a token means.  Identifier tables and the
 * token name tables live in lex_util.c.
 *
 * Template literals whose cooked value is undefined (a bad escape) come back
 * with str == NULL and, as a side note for the parser, lx->err_msg /
 * err_line / err_col describe that escape, because an untagged template must
 * report exactly that error. */
#include "lexer.h"

#include <gc.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MSG_INVALID "Invalid or unexpected token"
#define MSG_EOF "Unexpected end of input"
#define MSG_HEX "Invalid hexadecimal escape sequence"
#define MSG_UNICODE "Invalid Unicode escape sequence"
#define MSG_CODEPOINT "Undefined Unicode code-point"
#define MSG_REGEX "Invalid regular expression: missing /"
#define MSG_FLAGS "Invalid regular expression flags"
#define MSG_TPL_OCTAL "Octal escape sequences are not allowed in template strings."
#define MSG_TPL_89 "\\8 and \\9 are not allowed in template strings."
#define MSG_SEP_END "Numeric separators are not allowed at the end of numeric literals"
#define MSG_SEP_TWO "Only one underscore is allowed as numeric separator"
#define MSG_SEP_ZERO "Numeric separator can not be used after leading 0."

/*!re2c
    re2c:api = custom;
    re2c:api:style = free-form;
    re2c:define:YYCTYPE = "unsigned char";
    re2c:define:YYPEEK = "(cur < lim ? *cur : 0)";
    re2c:define:YYSKIP = "++cur;";
    re2c:define:YYBACKUP = "mar = cur;";
    re2c:define:YYRESTORE = "cur = mar;";
    re2c:define:YYLESSTHAN = "(lim - cur) < @@{len}";
    re2c:yyfill:enable = 0;
    re2c:eof = 0;

    any      = [\x00-\uD7FF\uE000-\U0010FFFF];
    ltchar   = [\n\r\u2028\u2029];
    lt       = "\r\n" | ltchar;
    notlt    = any \ ltchar;
    ws       = [\t\v\f \xA0\uFEFF\u1680\u2000-\u200A\u202F\u205F\u3000];
    nonascii = [\x80-\uD7FF\uE000-\U0010FFFF];
    hex      = [0-9a-fA-F];
    idstart  = [a-zA-Z$_];
    idpart   = [a-zA-Z0-9$_];
    expo     = [eE] [+-]? [0-9_]*;
*/

/* ---------------------------------------------------------------- buffers */

/* A growing UTF-16 buffer: starts on the C stack, moves to collector memory
 * (pointer-free) when it outgrows that.  Never copy the struct. */
typedef struct U16Buf {
    uint16_t *p;
    uint32_t len, cap;
    uint16_t small[128];
} U16Buf;

static const uint16_t empty_u16[1];

static void buf_init(U16Buf *b)
{
    b->p = b->small;
    b->len = 0;
    b->cap = sizeof b->small / sizeof b->small[0];
}

static void buf_grow(U16Buf *b, uint32_t need)
{
    uint32_t cap = b->cap * 2;
    while (cap < b->len + need)
        cap *= 2;
    uint16_t *np = GC_MALLOC_ATOMIC((size_t)cap * sizeof *np);
    if (!np)
        abort(); /* out of memory while scanning: nothing sensible to return */
    memcpy(np, b->p, (size_t)b->len * sizeof *np);
    b->p = np;
    b->cap = cap;
}

static inline void buf_put(U16Buf *b, uint32_t unit)
{
    if (b->len == b->cap)
        buf_grow(b, 1);
    b->p[b->len++] = (uint16_t)unit;
}

/* one code point, as a surrogate pair above U+FFFF */
static void buf_put_cp(U16Buf *b, uint32_t cp)
{
    if (cp < 0x10000) {
        buf_put(b, cp);
    } else {
        cp -= 0x10000;
        buf_put(b, 0xD800 + (cp >> 10));
        buf_put(b, 0xDC00 + (cp & 0x3FF));
    }
}

/* Decode one UTF-8 sequence at p (< lim).  Returns the code point and its
 * length in *n, or -1 for an invalid sequence (overlong, surrogate,
 * truncated, above U+10FFFF, stray continuation byte). */
static int32_t utf8_decode(const unsigned char *p, const unsigned char *lim, int *n)
{
    uint32_t c = p[0], cp, min;
    int len;
    if (c < 0x80) {
        *n = 1;
        return (int32_t)c;
    }
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        return -1;
    }
    if (lim - p < len)
        return -1;
    for (int i = 1; i < len; i++) {
        if ((p[i] & 0xC0) != 0x80)
            return -1;
        cp = (cp << 6) | (p[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return -1;
    *n = len;
    return (int32_t)cp;
}

/* Append text that re2c has already matched as valid UTF-8. */
static void buf_put_utf8(U16Buf *b, const unsigned char *p, const unsigned char *e)
{
    while (p < e) {
        if (*p < 0x80) {
            buf_put(b, *p++);
        } else {
            int n = 1;
            int32_t cp = utf8_decode(p, e, &n);
            buf_put_cp(b, cp < 0 ? 0xFFFD : (uint32_t)cp);
            p += n;
        }
    }
}

/* The finished value: exact-size collector memory, never NULL. */
static const uint16_t *buf_finish(U16Buf *b, uint32_t *len)
{
    *len = b->len;
    if (b->len == 0)
        return empty_u16;
    if (b->p != b->small)
        return b->p;
    uint16_t *np = GC_MALLOC_ATOMIC((size_t)b->len * sizeof *np);
    if (!np)
        abort();
    memcpy(np, b->p, (size_t)b->len * sizeof *np);
    return np;
}

/* ------------------------------------------------------ positions, errors */

/* Column (1-based, in UTF-16 units as V8 counts them: a 4-byte UTF-8
 * sequence, outside the BMP, takes two) of p, which lies on the current line.
 * Counting starts from the cached point when p is at or after it, so a long
 * single-line program is scanned once, not once per token. */
static uint32_t col_of(Lexer *lx, const unsigned char *p)
{
    const unsigned char *q = lx->line_start;
    uint32_t col = 1;
    if (p < q)
        return 1;
    if (lx->col_pos >= q && lx->col_pos <= p) {
        q = lx->col_pos;
        col = lx->col_at;
    }
    for (; q < p; q++)
        col += ((*q & 0xC0) != 0x80) + (*q >= 0xF0);
    lx->col_pos = p;
    lx->col_at = col;
    return col;
}

/* A line terminator ends just before `next`. */
static void line_advance(Lexer *lx, const unsigned char *next)
{
    lx->line++;
    lx->line_start = next;
}

static int fail_pos(Lexer *lx, LexToken *tok, const char *msg, uint32_t line, uint32_t col)
{
    lx->err_msg = msg;
    lx->err_line = line;
    lx->err_col = col;
    tok->type = LEX_ERROR;
    return LEX_ERROR;
}

/* An error at p, which lies on the current line. */
static int fail_at(Lexer *lx, LexToken *tok, const char *msg, const unsigned char *p)
{
    return fail_pos(lx, tok, msg, lx->line, col_of(lx, p));
}

/* Open a token at start: position and the newline-before flag. */
static void tok_begin(Lexer *lx, LexToken *tok, const unsigned char *start)
{
    tok->start = (uint32_t)(start - lx->src);
    tok->line = lx->line;
    tok->col = col_of(lx, start);
    tok->nl_before = lx->nl_pending;
}

/* Close the token that ends at lx->cur. */
static int tok_end(Lexer *lx, LexToken *tok, int type)
{
    tok->end = (uint32_t)(lx->cur - lx->src);
    tok->type = type;
    lx->nl_pending = false;
    return type;
}

static bool is_hex(unsigned c)
{
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
}

static int hexval(unsigned c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    return (int)(c - 'A' + 10);
}

/* Value of the hex digits in [p, e), saturated above U+10FFFF. */
static uint32_t hex_run(const unsigned char *p, const unsigned char *e)
{
    uint32_t v = 0;
    for (; p < e; p++) {
        v = v * 16 + (uint32_t)hexval(*p);
        if (v > 0x10FFFF)
            v = 0x110000;
    }
    return v;
}

/* ------------------------------------------------------------ identifiers */

/* Keyword tokens carry their name too: contextual keywords fall back to
 * identifiers in the grammar, which then needs the text. */
static uint16_t kw_text[LEX__COUNT][12];
static uint8_t kw_len[LEX__COUNT];

static void kw_init(void)
{
    if (kw_len[LEX_AWAIT])
        return;
    for (int t = LEX_AWAIT; t <= LEX_PUBLIC; t++) {
        const char *s = lex_token_text(t);
        size_t n = strlen(s);
        for (size_t i = 0; i < n && i < 12; i++)
            kw_text[t][i] = (uint16_t)s[i];
        kw_len[t] = (uint8_t)n;
    }
}

static bool ascii_id_start(unsigned c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '$' || c == '_';
}

static bool ascii_id_part(unsigned c)
{
    return ascii_id_start(c) || (c >= '0' && c <= '9');
}

/* Does the identifier ending at p go on with an escape or a non-ASCII
 * ID_Continue character?  (NBSP or U+2028 after `return` do not.) */
static bool ident_goes_on(const Lexer *lx, const unsigned char *p)
{
    int n = 1;
    int32_t c;
    if (p >= lx->lim || *p < 0x80)
        return p < lx->lim && *p == '\\';
    c = utf8_decode(p, lx->lim, &n);
    return c >= 0 && lex_is_id_continue((uint32_t)c);
}

/* \uXXXX or \u{X...} inside an identifier; p points at the backslash.
 * Returns NULL and the code point, or an error message. */
static const char *ident_escape(const unsigned char *p, const unsigned char *lim, uint32_t *cp,
                                const unsigned char **endp)
{
    if (lim - p < 2 || p[1] != 'u')
        return MSG_INVALID;
    p += 2;
    if (p < lim && *p == '{') {
        const unsigned char *d = ++p;
        while (p < lim && is_hex(*p))
            p++;
        if (p == d || p >= lim || *p != '}')
            return MSG_UNICODE;
        *cp = hex_run(d, p);
        *endp = p + 1;
        return *cp > 0x10FFFF ? MSG_CODEPOINT : NULL;
    }
    for (int i = 0; i < 4; i++)
        if (p + i >= lim || !is_hex(p[i]))
            return MSG_UNICODE;
    *cp = hex_run(p, p + 4);
    *endp = p + 4;
    return NULL;
}

/* The general identifier scanner: escapes and non-ASCII characters.  The
 * name begins at p (after '#' for a private name); the token at start. */
static int scan_ident(Lexer *lx, LexToken *tok, const unsigned char *start, const unsigned char *p,
                      int type)
{
    U16Buf b;
    bool first = true;
    buf_init(&b);
    tok_begin(lx, tok, start);
    while (p < lx->lim) {
        uint32_t cp;
        const unsigned char *next;
        if (*p == '\\') {
            const char *msg = ident_escape(p, lx->lim, &cp, &next);
            if (msg)
                return fail_at(lx, tok, msg, p);
            if (!(first ? lex_is_id_start(cp) : lex_is_id_continue(cp)))
                return fail_at(lx, tok, MSG_INVALID, p);
            tok->escaped = true;
        } else {
            int n = 1;
            int32_t c = utf8_decode(p, lx->lim, &n);
            if (c < 0 || !(first ? lex_is_id_start((uint32_t)c) : lex_is_id_continue((uint32_t)c))) {
                if (first)
                    return fail_at(lx, tok, MSG_INVALID, p);
                break; /* the next token starts here (a bad byte is reported then) */
            }
            cp = (uint32_t)c;
            next = p + n;
        }
        buf_put_cp(&b, cp);
        first = false;
        p = next;
    }
    if (first)
        return fail_at(lx, tok, MSG_INVALID, p);
    lx->cur = p;
    tok->str = buf_finish(&b, &tok->str_len);
    return tok_end(lx, tok, type);
}

/* A plain ASCII identifier or keyword ended at lx->cur. */
static int ascii_word(Lexer *lx, LexToken *tok, const unsigned char *start, int type)
{
    if (ident_goes_on(lx, lx->cur))
        return scan_ident(lx, tok, start, start, LEX_IDENT);
    tok_begin(lx, tok, start);
    if (type != LEX_IDENT) {
        tok->str = kw_text[type];
        tok->str_len = kw_len[type];
    } else {
        uint32_t n = (uint32_t)(lx->cur - start);
        uint16_t *s = GC_MALLOC_ATOMIC((size_t)n * sizeof *s);
        if (!s)
            abort();
        for (uint32_t i = 0; i < n; i++)
            s[i] = start[i];
        tok->str = s;
        tok->str_len = n;
    }
    return tok_end(lx, tok, type);
}

/* ---------------------------------------------------------------- numbers */

/* Check one run of digits with separators [p, e): `_` only between digits.
 * The run must not be empty.  Errors name node's messages and positions. */
static int check_digits(Lexer *lx, LexToken *tok, const unsigned char *start, const unsigned char *p,
                        const unsigned char *e)
{
    if (p == e || *p == '_')
        return fail_at(lx, tok, MSG_INVALID, start);
    for (const unsigned char *q = p + 1; q < e; q++) {
        if (*q != '_')
            continue;
        if (q[-1] == '_')
            return fail_at(lx, tok, MSG_SEP_TWO, q);
        if (q + 1 == e) /* node points just past the separator */
            return fail_at(lx, tok, MSG_SEP_END, q + 1);
    }
    return 0;
}

/* After a numeric literal: no IdentifierStart, digit or escape may follow. */
static int check_number_end(Lexer *lx, LexToken *tok, const unsigned char *start)
{
    const unsigned char *p = lx->cur;
    if (p < lx->lim) {
        int n = 1;
        int32_t c = utf8_decode(p, lx->lim, &n);
        if ((*p >= '0' && *p <= '9') || *p == '\\' || (c >= 0 && lex_is_id_start((uint32_t)c)))
            return fail_at(lx, tok, MSG_INVALID, start);
    }
    return tok_end(lx, tok, LEX_NUMBER);
}

/* Correctly rounded value of digits in a power-of-two radix (separators
 * skipped): keep the first 61+ significant bits and a sticky bit for the
 * rest, then round half to even to 53 bits. */
static double radix_value(const unsigned char *p, const unsigned char *e, int bits)
{
    uint64_t m = 0;
    int exp = 0;
    bool sticky = false;
    for (; p < e; p++) {
        if (*p == '_')
            continue;
        uint64_t d = (uint64_t)hexval(*p);
        if ((m >> (64 - bits)) == 0) {
            m = (m << bits) | d;
        } else {
            exp += bits;
            sticky |= d != 0;
        }
    }
    if (m == 0)
        return 0.0;
    int n = 64 - __builtin_clzll(m);
    if (n > 53) {
        int sh = n - 53;
        uint64_t rem = m & ((UINT64_C(1) << sh) - 1), half = UINT64_C(1) << (sh - 1);
        m >>= sh;
        exp += sh;
        if (rem > half || (rem == half && (sticky || (m & 1))))
            m++;
    }
    return ldexp((double)m, exp);
}

/* Decimal value with strtod, which glibc rounds correctly.  The digits are
 * rewritten as "<all digits>e<exponent>" without a '.', so the locale's
 * decimal point never matters. */
static double decimal_value(const unsigned char *p, const unsigned char *e)
{
    char small[128], *buf = small;
    size_t need = (size_t)(e - p) + 32;
    long long exp = 0, frac = 0;
    bool in_frac = false;
    size_t n = 0;
    if (need > sizeof small && !(buf = malloc(need)))
        abort();
    for (; p < e && *p != 'e' && *p != 'E'; p++) {
        if (*p == '.')
            in_frac = true;
        else if (*p != '_') {
            buf[n++] = (char)*p;
            frac += in_frac;
        }
    }
    if (p < e) { /* exponent, clamped far beyond any finite double */
        int sign = 1;
        if (*++p == '+' || *p == '-')
            sign = *p++ == '-' ? -1 : 1;
        for (; p < e; p++)
            if (*p != '_' && exp < 1000000000)
                exp = exp * 10 + (*p - '0');
        exp *= sign;
    }
    if (n == 0)
        buf[n++] = '0';
    snprintf(buf + n, 24, "e%lld", exp - frac);
    double v = strtod(buf, NULL);
    if (buf != small)
        free(buf);
    return v;
}

/* 0x / 0o / 0b literal in [start, lx->cur). */
static int radix_number(Lexer *lx, LexToken *tok, const unsigned char *start, int bits)
{
    const unsigned char *d = start + 2;
    unsigned max = bits == 1 ? '1' : bits == 3 ? '7' : 0;
    tok_begin(lx, tok, start);
    if (check_digits(lx, tok, start, d, lx->cur))
        return LEX_ERROR;
    if (max)
        for (const unsigned char *q = d; q < lx->cur; q++)
            if (*q != '_' && *q > max) {
                lx->cur = q; /* 0b12: the number is 0b1, then a digit follows */
                break;
            }
    if (lx->cur == d)
        return fail_at(lx, tok, MSG_INVALID, start);
    tok->num = radix_value(d, lx->cur, bits);
    return check_number_end(lx, tok, start);
}

/* The integer part [start, e) of a literal with a leading zero: legacy
 * octal (017) or a decimal with a leading zero (08, 09.5), both marked
 * legacy_octal for the strict-mode check.  Returns LEX_NUMBER when the
 * token is finished (octal), LEX_ERROR, or 0 to go on as a decimal. */
static int leading_zero_int(Lexer *lx, LexToken *tok, const unsigned char *start, const unsigned char *e)
{
    const unsigned char *p;
    bool octal = true;
    if (start[1] == '_')
        return fail_at(lx, tok, MSG_SEP_ZERO, start + 1);
    for (p = start + 1; p < e; p++) {
        if (*p == '_')
            return fail_at(lx, tok, MSG_INVALID, octal ? start : p);
        octal &= *p <= '7';
    }
    tok->legacy_octal = true;
    if (!octal)
        return 0;
    double v = 0;
    for (p = start + 1; p < e; p++)
        v = v * 8 + (*p - '0');
    lx->cur = e; /* 07.5 is 07 then .5 */
    tok->num = v;
    return check_number_end(lx, tok, start);
}

/* A decimal literal in [start, lx->cur), as the permissive rule matched it:
 * int part, optional fraction, optional exponent. */
static int decimal_number(Lexer *lx, LexToken *tok, const unsigned char *start)
{
    const unsigned char *p = start, *e = lx->cur, *q;
    tok_begin(lx, tok, start);
    for (q = p; q < e && *q != '.' && *q != 'e' && *q != 'E'; q++)
        ;
    if (p[0] == '0' && q - p > 1) {
        int r = leading_zero_int(lx, tok, start, q);
        if (r)
            return r;
    } else if (q > p && check_digits(lx, tok, start, p, q)) {
        return LEX_ERROR;
    }
    if (q < e && *q == '.') {
        p = ++q;
        while (q < e && *q != 'e' && *q != 'E')
            q++;
        /* "1." has no fraction digits; ".5" must have some */
        if ((q > p || start[0] == '.') && check_digits(lx, tok, start, p, q))
            return LEX_ERROR;
    }
    if (q < e) {
        p = ++q;
        if (p < e && (*p == '+' || *p == '-'))
            p++;
        if (check_digits(lx, tok, start, p, e))
            return LEX_ERROR;
    }
    tok->num = decimal_value(start, e);
    return check_number_end(lx, tok, start);
}

/* ---------------------------------------------------------------- strings */

/* U+2028 or U+2029, encoded E2 80 A8 / E2 80 A9 at s. */
static uint32_t ls_ps(const unsigned char *s)
{
    return s[2] == 0xA8 ? 0x2028 : 0x2029;
}

/* Cooked value of a legacy octal escape \[0-7]{1,3} in [s, e). */
static uint32_t octal_escape(const unsigned char *s, const unsigned char *e)
{
    uint32_t v = 0;
    for (s++; s < e; s++)
        v = v * 8 + (uint32_t)(*s - '0');
    return v;
}

static uint32_t simple_escape(unsigned c)
{
    switch (c) {
    case 'b': return '\b';
    case 'f': return '\f';
    case 'n': return '\n';
    case 'r': return '\r';
    case 't': return '\t';
    default:  return '\v';
    }
}

/* '...' or "..." starting at start. */
static int scan_string(Lexer *lx, LexToken *tok, const unsigned char *start)
{
    const unsigned char *cur = start + 1, *lim = lx->lim, *mar = cur, *s;
    const unsigned char q = *start;
    U16Buf b;
    buf_init(&b);
    tok_begin(lx, tok, start);
    for (;;) {
        s = cur;
        /*!re2c
        $                        { return fail_pos(lx, tok, MSG_INVALID, tok->line, tok->col); }
        [\r\n]                   { return fail_pos(lx, tok, MSG_INVALID, tok->line, tok->col); }
        ['"]                     { if (*s == q) break; buf_put(&b, *s); continue; }
        (any \ ['"\\\r\n\u2028\u2029])+ { buf_put_utf8(&b, s, cur); continue; }
        [\u2028\u2029]           { buf_put(&b, ls_ps(s)); line_advance(lx, cur); continue; }
        "\\" lt                  { line_advance(lx, cur); continue; }
        "\\" ([0-3][0-7][0-7] | [0-7][0-7]?) {
                                   if (cur - s > 2 || s[1] != '0' || (cur < lim && (*cur == '8' || *cur == '9')))
                                       tok->legacy_octal = true;
                                   buf_put(&b, octal_escape(s, cur));
                                   continue; }
        "\\" [89]                { tok->legacy_octal = true; buf_put(&b, s[1]); continue; }
        "\\x" hex hex            { buf_put(&b, (uint32_t)(hexval(s[2]) * 16 + hexval(s[3]))); continue; }
        "\\x"                    { return fail_at(lx, tok, MSG_HEX, s); }
        "\\u" hex{4}             { buf_put(&b, hex_run(s + 2, cur)); continue; }
        "\\u{" hex+ "}"          { uint32_t cp = hex_run(s + 3, cur - 1);
                                   if (cp > 0x10FFFF) return fail_at(lx, tok, MSG_CODEPOINT, s);
                                   buf_put_cp(&b, cp); continue; }
        "\\u{" hex*              { return fail_at(lx, tok, MSG_UNICODE, cur); }
        "\\u"                    { return fail_at(lx, tok, MSG_UNICODE, s); }
        "\\" [bfnrtv]            { buf_put(&b, simple_escape(s[1])); continue; }
        "\\" notlt               { buf_put_utf8(&b, s + 1, cur); continue; }
        "\\"                     { continue; }
        *                        { return fail_at(lx, tok, MSG_INVALID, s); }
        */
    }
    lx->cur = cur;
    tok->str = buf_finish(&b, &tok->str_len);
    return tok_end(lx, tok, LEX_STRING);
}

/* -------------------------------------------------------------- templates */

/* The first bad escape of a template piece: its cooked value is undefined,
 * and an untagged template reports this error (see the file comment). */
static void tpl_bad(Lexer *lx, bool *bad, const char *msg, const unsigned char *p)
{
    if (*bad)
        return;
    *bad = true;
    lx->err_msg = msg;
    lx->err_line = lx->line;
    lx->err_col = col_of(lx, p);
}

/* A `${` opened: a new level with no `{` open inside it yet. */
static void tpl_push(Lexer *lx)
{
    if (lx->tpl_depth == lx->tpl_cap) {
        uint32_t cap = lx->tpl_cap ? lx->tpl_cap * 2 : 8;
        uint32_t *nb = GC_MALLOC_ATOMIC((size_t)cap * sizeof *nb);
        if (!nb)
            abort();
        if (lx->tpl_depth)
            memcpy(nb, lx->tpl_braces, (size_t)lx->tpl_depth * sizeof *nb);
        lx->tpl_braces = nb;
        lx->tpl_cap = cap;
    }
    lx->tpl_braces[lx->tpl_depth++] = 0;
}

/* The raw value of a template piece: source text with CRLF and CR as LF. */
static const uint16_t *raw_text(const unsigned char *p, const unsigned char *e, uint32_t *len)
{
    U16Buf b;
    buf_init(&b);
    while (p < e) {
        const unsigned char *q = p;
        while (q < e && *q != '\r')
            q++;
        buf_put_utf8(&b, p, q);
        if (q < e) {
            buf_put(&b, '\n');
            if (++q < e && *q == '\n')
                q++;
        }
        p = q;
    }
    return buf_finish(&b, len);
}

/* One template piece from start (the opening ` or the } that closes a
 * substitution) to the closing ` or the next ${. */
static int scan_template(Lexer *lx, LexToken *tok, const unsigned char *start, bool first)
{
    const unsigned char *cur = start + 1, *lim = lx->lim, *mar = cur, *s;
    bool bad = false;
    int type;
    U16Buf b;
    buf_init(&b);
    tok_begin(lx, tok, start);
    for (;;) {
        s = cur;
        /*!re2c
        $                        { lx->incomplete = true; return fail_at(lx, tok, MSG_EOF, cur); }
        "`"                      { type = first ? LEX_TEMPLATE_FULL : LEX_TEMPLATE_TAIL; break; }
        "${"                     { type = first ? LEX_TEMPLATE_HEAD : LEX_TEMPLATE_MIDDLE; tpl_push(lx); break; }
        "$"                      { buf_put(&b, '$'); continue; }
        (any \ [`$\\\r\n\u2028\u2029])+ { buf_put_utf8(&b, s, cur); continue; }
        "\r\n" | [\r\n]          { buf_put(&b, '\n'); line_advance(lx, cur); continue; }
        [\u2028\u2029]           { buf_put(&b, ls_ps(s)); line_advance(lx, cur); continue; }
        "\\" lt                  { line_advance(lx, cur); continue; }
        "\\0" [0-9] | "\\" [1-7] { tpl_bad(lx, &bad, MSG_TPL_OCTAL, s + 1); continue; }
        "\\" [89]                { tpl_bad(lx, &bad, MSG_TPL_89, s); continue; }
        "\\0"                    { buf_put(&b, 0); continue; }
        "\\x" hex hex            { buf_put(&b, (uint32_t)(hexval(s[2]) * 16 + hexval(s[3]))); continue; }
        "\\x"                    { tpl_bad(lx, &bad, MSG_HEX, s); continue; }
        "\\u" hex{4}             { buf_put(&b, hex_run(s + 2, cur)); continue; }
        "\\u{" hex+ "}"          { uint32_t cp = hex_run(s + 3, cur - 1);
                                   if (cp > 0x10FFFF) tpl_bad(lx, &bad, MSG_CODEPOINT, s);
                                   else buf_put_cp(&b, cp);
                                   continue; }
        "\\u{" hex*              { tpl_bad(lx, &bad, MSG_UNICODE, cur); continue; }
        "\\u"                    { tpl_bad(lx, &bad, MSG_UNICODE, s); continue; }
        "\\" [bfnrtv]            { buf_put(&b, simple_escape(s[1])); continue; }
        "\\" notlt               { buf_put_utf8(&b, s + 1, cur); continue; }
        "\\"                     { continue; }
        *                        { return fail_at(lx, tok, MSG_INVALID, s); }
        */
    }
    lx->cur = cur;
    tok->raw = raw_text(start + 1, s, &tok->raw_len);
    if (!bad)
        tok->str = buf_finish(&b, &tok->str_len);
    return tok_end(lx, tok, type);
}

/* ---------------------------------------------------------------- regexps */

/* Flags: each of dgimsuyv at most once, not u with v (node's early error). */
static bool flags_ok(const unsigned char *p, const unsigned char *e)
{
    static const char names[] = "dgimsuyv";
    unsigned seen = 0;
    for (; p < e; p++) {
        const char *f = *p ? strchr(names, *p) : NULL;
        if (!f || (seen & (1u << (f - names))))
            return false;
        seen |= 1u << (f - names);
    }
    return (seen & 0xA0) != 0xA0; /* u and v */
}

/* /body/flags from start; body in str, flags in raw. */
static int scan_regex(Lexer *lx, LexToken *tok, const unsigned char *start)
{
    const unsigned char *cur = start + 1, *lim = lx->lim, *mar = cur, *s, *p;
    bool in_class = false;
    U16Buf b;
    tok_begin(lx, tok, start);
    for (;;) {
        s = cur;
        /*!re2c
        $                        { return fail_at(lx, tok, MSG_REGEX, start); }
        ltchar | "\\" ltchar     { return fail_at(lx, tok, MSG_REGEX, start); }
        "\\" notlt | "\\"        { continue; }
        "["                      { in_class = true; continue; }
        "]"                      { in_class = false; continue; }
        "/"                      { if (in_class) continue; break; }
        (any \ [\\/[\]\n\r\u2028\u2029])+ { continue; }
        *                        { return fail_at(lx, tok, MSG_INVALID, s); }
        */
    }
    buf_init(&b);
    buf_put_utf8(&b, start + 1, s);
    tok->str = buf_finish(&b, &tok->str_len);
    for (p = cur; p < lim; p++) {
        int n = 1;
        int32_t c;
        if (ascii_id_part(*p))
            continue;
        if (*p == '\\')
            return fail_at(lx, tok, MSG_FLAGS, start);
        if (*p < 0x80 || (c = utf8_decode(p, lim, &n)) < 0 || !lex_is_id_continue((uint32_t)c))
            break;
        return fail_at(lx, tok, MSG_FLAGS, start);
    }
    if (!flags_ok(cur, p))
        return fail_at(lx, tok, MSG_FLAGS, start);
    buf_init(&b);
    buf_put_utf8(&b, cur, p);
    tok->raw = buf_finish(&b, &tok->raw_len);
    lx->cur = p;
    return tok_end(lx, tok, LEX_REGEX);
}

/* --------------------------------------------------------------- comments */

/* A block comment from start; one with a line terminator in it counts as a
 * newline for ASI.  Returns 0, or LEX_ERROR. */
static int skip_comment(Lexer *lx, LexToken *tok, const unsigned char *start)
{
    const unsigned char *cur = start + 2, *lim = lx->lim, *mar = cur, *s;
    uint32_t line = lx->line, col = col_of(lx, start);
    for (;;) {
        s = cur;
        /*!re2c
        $                        { lx->incomplete = true; return fail_pos(lx, tok, MSG_INVALID, line, col); }
        "*" "/"                  { lx->cur = cur; return 0; }
        lt                       { line_advance(lx, cur); lx->nl_pending = true; continue; }
        (any \ [*\n\r\u2028\u2029])+ | "*" { continue; }
        *                        { return fail_at(lx, tok, MSG_INVALID, s); }
        */
    }
}

/* ------------------------------------------------------------ main tokens */

void lex_init(Lexer *lx, const char *filename, const char *src, size_t len)
{
    memset(lx, 0, sizeof *lx);
    lx->filename = filename;
    lx->src = lx->cur = lx->line_start = lx->col_pos = (const unsigned char *)src;
    lx->lim = lx->src + len;
    lx->line = 1;
    lx->col_at = 1;
    kw_init();
}

#define PUNCT(k) do { lx->cur = cur; tok_begin(lx, tok, start); return tok_end(lx, tok, LEX_##k); } while (0)
#define KW(k) do { lx->cur = cur; return ascii_word(lx, tok, start, LEX_##k); } while (0)

int lex_next(Lexer *lx, LexToken *tok, bool regex_allowed)
{
    const unsigned char *cur = lx->cur, *lim = lx->lim, *mar = cur, *start;
    memset(tok, 0, sizeof *tok);
    for (;;) {
        start = cur;
        /*!re2c
        $                   { lx->cur = cur; tok_begin(lx, tok, start); return tok_end(lx, tok, LEX_EOF); }
        *                   { return fail_at(lx, tok, MSG_INVALID, start); }

        ws+                 { continue; }
        lt                  { line_advance(lx, cur); lx->nl_pending = true; continue; }
        "//" notlt*         { continue; }
        "/*"                { if (skip_comment(lx, tok, start)) return LEX_ERROR; cur = lx->cur; continue; }
        "#!" notlt*         { if (start == lx->src) continue; return fail_at(lx, tok, MSG_INVALID, start); }

        "await"             { KW(AWAIT); }
        "break"             { KW(BREAK); }
        "case"              { KW(CASE); }
        "catch"             { KW(CATCH); }
        "class"             { KW(CLASS); }
        "const"             { KW(CONST); }
        "continue"          { KW(CONTINUE); }
        "debugger"          { KW(DEBUGGER); }
        "default"           { KW(DEFAULT); }
        "delete"            { KW(DELETE); }
        "do"                { KW(DO); }
        "else"              { KW(ELSE); }
        "enum"              { KW(ENUM); }
        "export"            { KW(EXPORT); }
        "extends"           { KW(EXTENDS); }
        "false"             { KW(FALSE); }
        "finally"           { KW(FINALLY); }
        "for"               { KW(FOR); }
        "function"          { KW(FUNCTION); }
        "if"                { KW(IF); }
        "import"            { KW(IMPORT); }
        "in"                { KW(IN); }
        "instanceof"        { KW(INSTANCEOF); }
        "new"               { KW(NEW); }
        "null"              { KW(NULL); }
        "return"            { KW(RETURN); }
        "super"             { KW(SUPER); }
        "switch"            { KW(SWITCH); }
        "this"              { KW(THIS); }
        "throw"             { KW(THROW); }
        "true"              { KW(TRUE); }
        "try"               { KW(TRY); }
        "typeof"            { KW(TYPEOF); }
        "var"               { KW(VAR); }
        "void"              { KW(VOID); }
        "while"             { KW(WHILE); }
        "with"              { KW(WITH); }
        "yield"             { KW(YIELD); }
        "let"               { KW(LET); }
        "static"            { KW(STATIC); }
        "get"               { KW(GET); }
        "set"               { KW(SET); }
        "of"                { KW(OF); }
        "async"             { KW(ASYNC); }
        "from"              { KW(FROM); }
        "as"                { KW(AS); }
        "target"            { KW(TARGET); }
        "implements"        { KW(IMPLEMENTS); }
        "interface"         { KW(INTERFACE); }
        "package"           { KW(PACKAGE); }
        "private"           { KW(PRIVATE); }
        "protected"         { KW(PROTECTED); }
        "public"            { KW(PUBLIC); }
        idstart idpart*     { KW(IDENT); }
        "\\" | nonascii     { return scan_ident(lx, tok, start, start, LEX_IDENT); }
        "#"                 { if (cur < lim && (*cur == '\\' || *cur >= 0x80 || ascii_id_start(*cur)))
                                  return scan_ident(lx, tok, start, cur, LEX_PRIVATE_NAME);
                              return fail_at(lx, tok, MSG_INVALID, start); }

        "0" [xX] [0-9a-fA-F_]* { lx->cur = cur; return radix_number(lx, tok, start, 4); }
        "0" [oO] [0-9_]*    { lx->cur = cur; return radix_number(lx, tok, start, 3); }
        "0" [bB] [0-9_]*    { lx->cur = cur; return radix_number(lx, tok, start, 1); }
        [0-9] [0-9_]* ("." [0-9_]*)? expo? | "." [0-9] [0-9_]* expo?
                            { lx->cur = cur; return decimal_number(lx, tok, start); }

        ["']                { return scan_string(lx, tok, start); }
        "`"                 { return scan_template(lx, tok, start, true); }
        "{"                 { if (lx->tpl_depth) lx->tpl_braces[lx->tpl_depth - 1]++;
                              PUNCT(LBRACE); }
        "}"                 { if (lx->tpl_depth && lx->tpl_braces[lx->tpl_depth - 1] == 0) {
                                  lx->tpl_depth--;
                                  return scan_template(lx, tok, start, false);
                              }
                              if (lx->tpl_depth) lx->tpl_braces[lx->tpl_depth - 1]--;
                              PUNCT(RBRACE); }
        "/"                 { if (regex_allowed) return scan_regex(lx, tok, start); PUNCT(SLASH); }
        "/="                { if (regex_allowed) return scan_regex(lx, tok, start); PUNCT(SLASH_ASSIGN); }
        "?."                { if (cur < lim && *cur >= '0' && *cur <= '9') { cur--; PUNCT(QUESTION); }
                              PUNCT(OPTCHAIN); }

        "("                 { PUNCT(LPAREN); }
        ")"                 { PUNCT(RPAREN); }
        "["                 { PUNCT(LBRACKET); }
        "]"                 { PUNCT(RBRACKET); }
        "."                 { PUNCT(DOT); }
        "..."               { PUNCT(ELLIPSIS); }
        ";"                 { PUNCT(SEMI); }
        ","                 { PUNCT(COMMA); }
        "<"                 { PUNCT(LT); }
        ">"                 { PUNCT(GT); }
        "<="                { PUNCT(LE); }
        ">="                { PUNCT(GE); }
        "=="                { PUNCT(EQ); }
        "!="                { PUNCT(NE); }
        "==="               { PUNCT(SEQ); }
        "!=="               { PUNCT(SNE); }
        "+"                 { PUNCT(PLUS); }
        "-"                 { PUNCT(MINUS); }
        "*"                 { PUNCT(STAR); }
        "%"                 { PUNCT(PERCENT); }
        "**"                { PUNCT(STARSTAR); }
        "++"                { PUNCT(INC); }
        "--"                { PUNCT(DEC); }
        "<<"                { PUNCT(SHL); }
        ">>"                { PUNCT(SAR); }
        ">>>"               { PUNCT(SHR); }
        "&"                 { PUNCT(BITAND); }
        "|"                 { PUNCT(BITOR); }
        "^"                 { PUNCT(BITXOR); }
        "!"                 { PUNCT(NOT); }
        "~"                 { PUNCT(TILDE); }
        "&&"                { PUNCT(AND); }
        "||"                { PUNCT(OR); }
        "??"                { PUNCT(NULLISH); }
        "?"                 { PUNCT(QUESTION); }
        ":"                 { PUNCT(COLON); }
        "="                 { PUNCT(ASSIGN); }
        "+="                { PUNCT(PLUS_ASSIGN); }
        "-="                { PUNCT(MINUS_ASSIGN); }
        "*="                { PUNCT(STAR_ASSIGN); }
        "%="                { PUNCT(PERCENT_ASSIGN); }
        "**="               { PUNCT(STARSTAR_ASSIGN); }
        "<<="               { PUNCT(SHL_ASSIGN); }
        ">>="               { PUNCT(SAR_ASSIGN); }
        ">>>="              { PUNCT(SHR_ASSIGN); }
        "&="                { PUNCT(BITAND_ASSIGN); }
        "|="                { PUNCT(BITOR_ASSIGN); }
        "^="                { PUNCT(BITXOR_ASSIGN); }
        "&&="               { PUNCT(AND_ASSIGN); }
        "||="               { PUNCT(OR_ASSIGN); }
        "??="               { PUNCT(NULLISH_ASSIGN); }
        "=>"                { PUNCT(ARROW); }
        */
    }
}
