/* regexp_compile.c - JavaScript regular expression syntax to PCRE2.
 *
 * The pattern is parsed here with JavaScript's grammar (Annex B leniency
 * without the u flag, strict with it) and re-emitted as a PCRE2 pattern in
 * which every character outside [0-9A-Za-z] is written \x{hhhh}, so that no
 * PCRE2-specific syntax or escape meaning (\a, \e, \Q, (?|, POSIX classes,
 * \b in classes...) can leak in.  Everything whose meaning differs between
 * the two engines is spelt out: \d \w \s as explicit classes (JS \s has the
 * Unicode spaces), `.` as the class of non-line-terminators, ^ and $ with m
 * as lookarounds on JS's four line terminators, `$` without m as \z, [^] and
 * [] as any/none.  Named groups are emitted as plain groups: the names stay
 * here (RxCode.names) and \k<name> becomes a numbered back-reference, so
 * any Unicode group name works.  Syntax errors carry V8's messages.
 *
 * Without u the 16-bit library runs in non-UTF mode: the subject is a
 * sequence of code units, lone surrogates included, as in JavaScript.  With
 * u the 32-bit library, when linked (RX_CODE_POINTS), runs in non-UTF mode
 * on the subject's code points, so lone surrogates are characters there
 * too; else the 16-bit library's UTF mode, where they never match.  With
 * i, PCRE2_UCP gives Unicode case folding beyond ASCII; since UCP would also
 * widen \b, \b is then written as lookarounds on the ASCII word class.
 *
 * js_regexp_early_error is the parser's entry: the same translation without
 * compiling, so a bad regex literal is a SyntaxError before anything runs.
 *
 * PCRE2's memory comes from the collector (scanned: compiled code and match
 * data hold internal pointers) with a no-op free, so compiled patterns die
 * with the last RegExp that uses them. */
#define PCRE2_CODE_UNIT_WIDTH 16
#include <gc.h>
#include <pcre2.h>

#include "builtins.h"
#include "lexer.h"
#include "regexp.h"

/* ---------------------------------------------------------------- memory */

static void *rx_alloc(PCRE2_SIZE n, void *data)
{
    (void)data;
    return GC_MALLOC(n);
}

static void rx_free(void *p, void *data)
{
    (void)p, (void)data;  /* the collector reclaims it */
}

static pcre2_general_context *general_ctx;
static pcre2_compile_context *compile_ctx;
static pcre2_match_context *match_ctx;

void *rx_general_context(void)
{
    if (!general_ctx) {
        general_ctx = pcre2_general_context_create(rx_alloc, rx_free, NULL);
        compile_ctx = pcre2_compile_context_create(general_ctx);
        match_ctx = pcre2_match_context_create(general_ctx);
        /* V8 backtracks without limit; PCRE2's default (10M) trips on
         * legitimate big inputs, so allow more before giving up. */
        pcre2_set_match_limit(match_ctx, 200000000);
    }
    return general_ctx;
}

void *rx_match_context(void)
{
    rx_general_context();
    return match_ctx;
}

/* ---------------------------------------------------------------- parser state */

typedef struct GroupName {
    const uint16_t *s;
    uint32_t len, index;
} GroupName;

typedef struct RxParser {
    JSContext *ctx;
    const uint16_t *s;
    uint32_t len, pos;
    bool u, v, i, m, dotall;
    bool utf;               /* for PCRE2's UTF mode, where surrogates cannot occur */
    bool ucp;               /* PCRE2_UCP in effect: \b must be spelt out */
    bool has_named;         /* the pattern has a (?<name>...) somewhere */
    bool has_prop;          /* ... or a \p{...} whose name PCRE2 checks */
    uint32_t ncaps;         /* total capture groups (from the prescan) */
    uint32_t capn;          /* groups opened so far */
    GroupName *names;       /* from the prescan, in group order */
    uint32_t nnames;
    uint16_t *out;
    uint32_t olen, ocap;
    uint32_t class_items;   /* members emitted into the class being built */
    int depth;
    const char *err;
} RxParser;

#define INF_COUNT UINT32_MAX
/* No string is longer (runtime/atom.h's JS_STRING_MAX_LEN is just under):
 * an atom that must repeat more often than this never matches. */
#define RX_LONGEST_SUBJECT (1u << 29)

static bool fail(RxParser *p, const char *msg)
{
    if (!p->err)
        p->err = msg;
    return false;
}

static void out_c(RxParser *p, uint16_t c)
{
    if (p->olen == p->ocap) {
        uint32_t ncap = p->ocap ? p->ocap * 2 : 64;
        uint16_t *n = js_malloc_atomic(ncap * sizeof(uint16_t));
        if (p->olen)
            memcpy(n, p->out, p->olen * sizeof(uint16_t));
        p->out = n;
        p->ocap = ncap;
    }
    p->out[p->olen++] = c;
}

static void out_s(RxParser *p, const char *s)
{
    while (*s)
        out_c(p, (uint8_t)*s++);
}

static void out_hex(RxParser *p, uint32_t cp)
{
    char buf[16];
    snprintf(buf, sizeof buf, "\\x{%x}", (unsigned)cp);
    out_s(p, buf);
}

static bool is_alnum_ascii(uint32_t c)
{
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_surrogate(uint32_t c)
{
    return c >= 0xd800 && c <= 0xdfff;
}

/* One character, literally (inside or outside a class). */
static void out_char(RxParser *p, uint32_t cp)
{
    if (is_alnum_ascii(cp))
        out_c(p, (uint16_t)cp);
    else
        out_hex(p, cp);
}

static int hexval(uint32_t c)
{
    if (c >= '0' && c <= '9')
        return (int)(c - '0');
    if (c >= 'a' && c <= 'f')
        return (int)(c - 'a' + 10);
    if (c >= 'A' && c <= 'F')
        return (int)(c - 'A' + 10);
    return -1;
}

static uint32_t peek(RxParser *p, uint32_t off)
{
    return p->pos + off < p->len ? p->s[p->pos + off] : 0x110000;  /* past the end */
}

static bool at_end(RxParser *p)
{
    return p->pos >= p->len;
}

/* The next pattern character: a code point with u (surrogate pairs join), a
 * code unit without. */
static uint32_t next_char(RxParser *p)
{
    uint32_t c = p->s[p->pos++];
    if (p->u && c >= 0xd800 && c <= 0xdbff && p->pos < p->len) {
        uint32_t d = p->s[p->pos];
        if (d >= 0xdc00 && d <= 0xdfff) {
            p->pos++;
            return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        }
    }
    return c;
}

/* ---------------------------------------------------------------- character sets */

typedef struct Range { uint32_t lo, hi; } Range;

static const Range digit_ranges[] = { { '0', '9' } };
static const Range word_ranges[] = { { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' } };
static const Range space_ranges[] = {
    { 0x09, 0x0d }, { 0x20, 0x20 }, { 0xa0, 0xa0 }, { 0x1680, 0x1680 }, { 0x2000, 0x200a },
    { 0x2028, 0x2029 }, { 0x202f, 0x202f }, { 0x205f, 0x205f }, { 0x3000, 0x3000 }, { 0xfeff, 0xfeff },
};

/* With u and i, \w also holds the two characters that fold into it
 * (long s to s, Kelvin sign to k), and \W loses them. */
static const Range word_ranges_ui[] = {
    { '0', '9' }, { 'A', 'Z' }, { '_', '_' }, { 'a', 'z' }, { 0x17f, 0x17f }, { 0x212a, 0x212a },
};

static void set_ranges(int set, bool ui, const Range **r, size_t *n)
{
    switch (set | 0x20) {
    case 'd': *r = digit_ranges; *n = JS_COUNTOF(digit_ranges); break;
    case 'w':
        *r = ui ? word_ranges_ui : word_ranges;
        *n = ui ? JS_COUNTOF(word_ranges_ui) : JS_COUNTOF(word_ranges);
        break;
    default: *r = space_ranges; *n = JS_COUNTOF(space_ranges); break;
    }
}

/* Simple case folding pairs that PCRE2 10.42's Unicode 14 tables lack
 * (CaseFolding.txt joined them later); JavaScript's u+i matching uses them. */
static const uint32_t fold_pairs[][2] = { { 0x390, 0x1fd3 }, { 0x3b0, 0x1fe3 }, { 0xfb05, 0xfb06 } };

/* The partner of cp in fold_pairs, or 0. */
static uint32_t fold_partner(uint32_t cp)
{
    for (size_t k = 0; k < JS_COUNTOF(fold_pairs); k++) {
        if (fold_pairs[k][0] == cp)
            return fold_pairs[k][1];
        if (fold_pairs[k][1] == cp)
            return fold_pairs[k][0];
    }
    return 0;
}

static void class_range_raw(RxParser *p, uint32_t lo, uint32_t hi);

/* A range inside a class; with u and i, plus the fold partners PCRE2 misses. */
static void class_range(RxParser *p, uint32_t lo, uint32_t hi)
{
    class_range_raw(p, lo, hi);
    if (!(p->u && p->i) || hi < fold_pairs[0][0] || lo > 0xfb06)
        return;
    for (size_t k = 0; k < JS_COUNTOF(fold_pairs); k++)
        for (int side = 0; side < 2; side++) {
            uint32_t a = fold_pairs[k][side], b = fold_pairs[k][!side];
            if (a >= lo && a <= hi && !(b >= lo && b <= hi))
                class_range_raw(p, b, b);
        }
}

/* A range inside a class.  With u PCRE2 (UTF mode) refuses surrogate code
 * points, which could only ever match lone surrogates: they are cut out. */
static void class_range_raw(RxParser *p, uint32_t lo, uint32_t hi)
{
    if (p->utf && lo <= 0xdfff && hi >= 0xd800) {
        if (lo < 0xd800)
            class_range_raw(p, lo, 0xd7ff);
        if (hi > 0xdfff)
            class_range_raw(p, 0xe000, hi);
        return;
    }
    out_char(p, lo);
    if (hi != lo) {
        if (hi > lo + 1)
            out_c(p, '-');
        out_char(p, hi);
    }
    p->class_items++;
}

/* \d \w \s (and the negated forms) as members of a class being built. */
static void class_set(RxParser *p, int set)
{
    const Range *r;
    size_t n;
    set_ranges(set, p->u && p->i, &r, &n);
    if (set >= 'a') {
        for (size_t k = 0; k < n; k++)
            class_range(p, r[k].lo, r[k].hi);
        return;
    }
    uint32_t from = 0, max = p->u ? 0x10ffff : 0xffff;
    for (size_t k = 0; k < n; k++) {
        if (r[k].lo > from)
            class_range(p, from, r[k].lo - 1);
        from = r[k].hi + 1;
    }
    if (from <= max)
        class_range(p, from, max);
}

/* Any character at all ([^] in JavaScript). */
static void out_any(RxParser *p)
{
    out_s(p, "(?s:.)");
}

/* \d \w \s \D \W \S as an atom. */
static void atom_set(RxParser *p, int set)
{
    /* Without u, JS case-insensitivity never maps a non-ASCII character to
     * an ASCII one, but Unicode folding joins ſ with s and K (Kelvin) with
     * k: keep the ASCII word class case-sensitive then. */
    bool restrict_case = p->i && !p->u && (set | 0x20) == 'w';
    if (restrict_case)
        out_s(p, "(?-i:");
    out_c(p, '[');
    class_set(p, set);
    out_c(p, ']');
    if (restrict_case)
        out_c(p, ')');
}

/* \b and \B: native without UCP (ASCII word characters), else spelt out. */
static void out_word_boundary(RxParser *p, bool negate)
{
    if (!p->ucp) {
        out_s(p, negate ? "\\B" : "\\b");
        return;
    }
    const char *w = p->u ? "[0-9A-Za-z_]" : "(?-i:[0-9A-Za-z_])";
    char buf[160];
    if (negate)
        snprintf(buf, sizeof buf, "(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))", w, w, w, w);
    else
        snprintf(buf, sizeof buf, "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))", w, w, w, w);
    out_s(p, buf);
}

/* Characters whose Unicode case folding differs from JavaScript's non-u
 * Canonicalize (which uses toUpperCase and never maps non-ASCII to ASCII):
 * matched case-sensitively against their JavaScript equivalence class. */
static bool out_nonu_caseless_char(RxParser *p, uint32_t cp)
{
    const char *s = NULL;
    switch (cp) {
    case 'k': case 'K': s = "(?-i:[Kk])"; break;
    case 's': case 'S': s = "(?-i:[Ss])"; break;
    case 0x17f: s = "(?-i:\\x{17f})"; break;             /* long s */
    case 0x212a: s = "(?-i:\\x{212a})"; break;           /* Kelvin sign */
    case 0x212b: s = "(?-i:\\x{212b})"; break;           /* Angstrom sign */
    case 0xc5: case 0xe5: s = "(?-i:[\\x{c5}\\x{e5}])"; break;
    case 0x2126: s = "(?-i:\\x{2126})"; break;           /* Ohm sign */
    case 0x3a9: case 0x3c9: s = "(?-i:[\\x{3a9}\\x{3c9}])"; break;
    case 0xdf: s = "(?-i:\\x{df})"; break;               /* sharp s (upper case is SS) */
    case 0x1e9e: s = "(?-i:\\x{1e9e})"; break;
    case 0x3f4: s = "(?-i:\\x{3f4})"; break;               /* capital theta symbol */
    case 0x398: case 0x3b8: case 0x3d1: s = "(?-i:[\\x{398}\\x{3b8}\\x{3d1}])"; break;
    default:
        /* Greek with ypogegrammeni/prosgegrammeni: upper case is two characters */
        if ((cp >= 0x1f80 && cp <= 0x1faf) || cp == 0x1fb3 || cp == 0x1fbc || cp == 0x1fc3 ||
            cp == 0x1fcc || cp == 0x1ff3 || cp == 0x1ffc) {
            out_s(p, "(?-i:");
            out_hex(p, cp);
            out_c(p, ')');
            return true;
        }
        return false;
    }
    out_s(p, s);
    return true;
}

/* A literal character as an atom. */
static void atom_char(RxParser *p, uint32_t cp)
{
    if (p->utf && is_surrogate(cp)) {
        out_s(p, "(?!)");  /* a lone surrogate: cannot occur in a UTF subject PCRE2 accepts */
        return;
    }
    if (p->i && !p->u && out_nonu_caseless_char(p, cp))
        return;
    uint32_t partner = p->u && p->i ? fold_partner(cp) : 0;
    if (partner) {
        out_c(p, '[');
        out_char(p, cp);
        out_char(p, partner);
        out_c(p, ']');
        return;
    }
    out_char(p, cp);
}

/* ---------------------------------------------------------------- group names */

/* Group names are IdentifierNames: the lexer's Unicode ID_Start/ID_Continue. */
static bool is_id_start(uint32_t c)
{
    return lex_is_id_start(c);
}

static bool is_id_part(uint32_t c)
{
    return lex_is_id_continue(c);
}

/* RegExpIdentifierName up to '>' (pos after '<'); \uXXXX escapes allowed.
 * The decoded name goes to *out (UTF-16), pos after '>'. */
static bool parse_group_name(RxParser *p, uint16_t **out, uint32_t *out_len)
{
    uint16_t *buf = js_malloc_atomic((p->len + 1) * sizeof(uint16_t));
    uint32_t n = 0;
    for (;;) {
        if (at_end(p))
            return fail(p, "Invalid capture group name");
        uint32_t c;
        if (p->s[p->pos] == '>') {
            p->pos++;
            break;
        }
        if (p->s[p->pos] == '\\') {
            p->pos++;
            if (peek(p, 0) != 'u')
                return fail(p, "Invalid capture group name");
            p->pos++;
            c = 0;
            if (peek(p, 0) == '{') {
                p->pos++;
                int digits = 0, h;
                while ((h = hexval(peek(p, 0))) >= 0 && c <= 0x10ffff)
                    c = c * 16 + (uint32_t)h, p->pos++, digits++;
                if (!digits || c > 0x10ffff || peek(p, 0) != '}')
                    return fail(p, "Invalid Unicode escape");
                p->pos++;
            } else {
                for (int k = 0; k < 4; k++) {
                    int h = hexval(peek(p, 0));
                    if (h < 0)
                        return fail(p, "Invalid Unicode escape");
                    c = c * 16 + (uint32_t)h;
                    p->pos++;
                }
                if (c >= 0xd800 && c <= 0xdbff && peek(p, 0) == '\\' && peek(p, 1) == 'u') {
                    uint32_t d = 0, save = p->pos;
                    p->pos += 2;
                    int k;
                    for (k = 0; k < 4 && hexval(peek(p, 0)) >= 0; k++, p->pos++)
                        d = d * 16 + (uint32_t)hexval(peek(p, 0));
                    if (k == 4 && d >= 0xdc00 && d <= 0xdfff)
                        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                    else
                        p->pos = save;
                }
            }
        } else {
            /* names are code points even without u */
            bool u = p->u;
            p->u = true;
            c = next_char(p);
            p->u = u;
        }
        if (n == 0 ? !is_id_start(c) : !is_id_part(c))
            return fail(p, "Invalid capture group name");
        if (c >= 0x10000) {
            buf[n++] = (uint16_t)(0xd800 + ((c - 0x10000) >> 10));
            buf[n++] = (uint16_t)(0xdc00 + ((c - 0x10000) & 0x3ff));
        } else {
            buf[n++] = (uint16_t)c;
        }
    }
    if (n == 0)
        return fail(p, "Invalid capture group name");
    *out = buf;
    *out_len = n;
    return true;
}

static int find_name(RxParser *p, const uint16_t *s, uint32_t len)
{
    for (uint32_t k = 0; k < p->nnames; k++)
        if (p->names[k].len == len && memcmp(p->names[k].s, s, len * sizeof(uint16_t)) == 0)
            return (int)p->names[k].index;
    return -1;
}

/* Count the capture groups and collect their names: back-references may
 * point forward, and \k means a named reference only when names exist. */
static bool prescan(RxParser *p)
{
    bool in_class = false;
    p->names = js_malloc((p->len / 4 + 1) * sizeof(GroupName));  /* scanned: holds name buffers */
    for (p->pos = 0; p->pos < p->len; p->pos++) {
        uint16_t c = p->s[p->pos];
        if (c == '\\') {
            p->pos++;
        } else if (c == '[') {
            in_class = true;
        } else if (c == ']') {
            in_class = false;
        } else if (c == '(' && !in_class) {
            if (peek(p, 1) != '?') {
                p->ncaps++;
            } else if (peek(p, 2) == '<' && peek(p, 3) != '=' && peek(p, 3) != '!') {
                p->ncaps++;
                uint32_t save = p->pos;
                p->pos += 3;
                uint16_t *name;
                uint32_t nlen;
                if (!parse_group_name(p, &name, &nlen))
                    return false;
                if (find_name(p, name, nlen) >= 0)
                    return fail(p, "Duplicate capture group name");
                p->names[p->nnames++] = (GroupName){ name, nlen, p->ncaps };
                p->has_named = true;
                p->pos = save;
            }
        }
    }
    p->pos = 0;
    return true;
}

/* ---------------------------------------------------------------- escapes */

enum { ESC_CHAR, ESC_SET, ESC_BACKREF, ESC_PROP, ESC_BOUNDARY, ESC_NOT_BOUNDARY };

typedef struct Esc {
    int kind;
    uint32_t cp;          /* ESC_CHAR; ESC_BACKREF: group number */
    int set;              /* ESC_SET: d D w W s S */
    const char *prop;     /* ESC_PROP: PCRE2 text, \p{..} or a class body */
} Esc;

/* Legacy octal escape (no u): up to three digits, at most \377. */
static uint32_t parse_octal(RxParser *p)
{
    uint32_t v = p->s[p->pos++] - '0';
    if (peek(p, 0) >= '0' && peek(p, 0) <= '7') {
        v = v * 8 + (p->s[p->pos++] - '0');
        if (v < 32 && peek(p, 0) >= '0' && peek(p, 0) <= '7')
            v = v * 8 + (p->s[p->pos++] - '0');
    }
    return v;
}

static bool parse_hex_digits(RxParser *p, int n, uint32_t *out)
{
    uint32_t v = 0;
    for (int k = 0; k < n; k++) {
        int h = hexval(peek(p, (uint32_t)k));
        if (h < 0)
            return false;
        v = v * 16 + (uint32_t)h;
    }
    p->pos += (uint32_t)n;
    *out = v;
    return true;
}

/* \u escapes, pos after the 'u'.  0: not one (no u: literal 'u'), 1: ok, -1: error. */
static int parse_unicode_escape(RxParser *p, uint32_t *cp)
{
    if (p->u && peek(p, 0) == '{') {
        uint32_t save = p->pos, v = 0;
        int digits = 0, h;
        p->pos++;
        while ((h = hexval(peek(p, 0))) >= 0) {
            v = v * 16 + (uint32_t)h;
            if (v > 0x10ffff)
                break;
            p->pos++, digits++;
        }
        if (!digits || v > 0x10ffff || peek(p, 0) != '}') {
            p->pos = save;
            return fail(p, "Invalid Unicode escape") ? 0 : -1;
        }
        p->pos++;
        *cp = v;
        return 1;
    }
    if (!parse_hex_digits(p, 4, cp))
        return p->u ? (fail(p, "Invalid Unicode escape"), -1) : 0;
    if (p->u && *cp >= 0xd800 && *cp <= 0xdbff && peek(p, 0) == '\\' && peek(p, 1) == 'u') {
        uint32_t save = p->pos, d;
        p->pos += 2;
        if (parse_hex_digits(p, 4, &d) && d >= 0xdc00 && d <= 0xdfff)
            *cp = 0x10000 + ((*cp - 0xd800) << 10) + (d - 0xdc00);
        else
            p->pos = save;
    }
    return 1;
}

static const char *const gc_names[][2] = {
    { "Other", "C" }, { "Control", "Cc" }, { "cntrl", "Cc" }, { "Format", "Cf" }, { "Unassigned", "Cn" },
    { "Private_Use", "Co" }, { "Surrogate", "Cs" }, { "Letter", "L" }, { "Cased_Letter", "L&" },
    { "Lowercase_Letter", "Ll" }, { "Modifier_Letter", "Lm" }, { "Other_Letter", "Lo" },
    { "Titlecase_Letter", "Lt" }, { "Uppercase_Letter", "Lu" }, { "Mark", "M" }, { "Combining_Mark", "M" },
    { "Spacing_Mark", "Mc" }, { "Enclosing_Mark", "Me" }, { "Nonspacing_Mark", "Mn" }, { "Number", "N" },
    { "Decimal_Number", "Nd" }, { "digit", "Nd" }, { "Letter_Number", "Nl" }, { "Other_Number", "No" },
    { "Punctuation", "P" }, { "punct", "P" }, { "Connector_Punctuation", "Pc" }, { "Dash_Punctuation", "Pd" },
    { "Close_Punctuation", "Pe" }, { "Final_Punctuation", "Pf" }, { "Initial_Punctuation", "Pi" },
    { "Other_Punctuation", "Po" }, { "Open_Punctuation", "Ps" }, { "Symbol", "S" },
    { "Currency_Symbol", "Sc" }, { "Modifier_Symbol", "Sk" }, { "Math_Symbol", "Sm" },
    { "Other_Symbol", "So" }, { "Separator", "Z" }, { "Line_Separator", "Zl" },
    { "Paragraph_Separator", "Zp" }, { "Space_Separator", "Zs" },
    { "C", "C" }, { "Cc", "Cc" }, { "Cf", "Cf" }, { "Cn", "Cn" }, { "Co", "Co" }, { "Cs", "Cs" },
    { "L", "L" }, { "LC", "L&" }, { "Ll", "Ll" }, { "Lm", "Lm" }, { "Lo", "Lo" }, { "Lt", "Lt" },
    { "Lu", "Lu" }, { "M", "M" }, { "Mc", "Mc" }, { "Me", "Me" }, { "Mn", "Mn" }, { "N", "N" },
    { "Nd", "Nd" }, { "Nl", "Nl" }, { "No", "No" }, { "P", "P" }, { "Pc", "Pc" }, { "Pd", "Pd" },
    { "Pe", "Pe" }, { "Pf", "Pf" }, { "Pi", "Pi" }, { "Po", "Po" }, { "Ps", "Ps" }, { "S", "S" },
    { "Sc", "Sc" }, { "Sk", "Sk" }, { "Sm", "Sm" }, { "So", "So" }, { "Z", "Z" }, { "Zl", "Zl" },
    { "Zp", "Zp" }, { "Zs", "Zs" },
};

static const char *const binary_props[] = {
    "ASCII_Hex_Digit", "AHex", "Alphabetic", "Alpha", "Bidi_Control", "Bidi_C",
    "Bidi_Mirrored", "Bidi_M", "Case_Ignorable", "CI", "Cased", "Changes_When_Casefolded", "CWCF",
    "Changes_When_Casemapped", "CWCM", "Changes_When_Lowercased", "CWL",
    "Changes_When_NFKC_Casefolded", "CWKCF", "Changes_When_Titlecased", "CWT",
    "Changes_When_Uppercased", "CWU", "Dash", "Default_Ignorable_Code_Point", "DI", "Deprecated",
    "Dep", "Diacritic", "Dia", "Emoji", "Emoji_Component", "EComp", "Emoji_Modifier", "EMod",
    "Emoji_Modifier_Base", "EBase", "Emoji_Presentation", "EPres", "Extended_Pictographic",
    "ExtPict", "Extender", "Ext", "Grapheme_Base", "Gr_Base", "Grapheme_Extend", "Gr_Ext",
    "Hex_Digit", "Hex", "IDS_Binary_Operator", "IDSB", "IDS_Trinary_Operator", "IDST",
    "ID_Continue", "IDC", "ID_Start", "IDS", "Ideographic", "Ideo", "Join_Control", "Join_C",
    "Logical_Order_Exception", "LOE", "Lowercase", "Lower", "Math", "Noncharacter_Code_Point",
    "NChar", "Pattern_Syntax", "Pat_Syn", "Pattern_White_Space", "Pat_WS", "Quotation_Mark",
    "QMark", "Radical", "Regional_Indicator", "RI", "Sentence_Terminal", "STerm", "Soft_Dotted",
    "SD", "Terminal_Punctuation", "Term", "Unified_Ideograph", "UIdeo", "Uppercase", "Upper",
    "Variation_Selector", "VS", "White_Space", "space", "XID_Continue", "XIDC", "XID_Start", "XIDS",
};

static const char *lookup_gc(const char *v)
{
    for (size_t k = 0; k < JS_COUNTOF(gc_names); k++)
        if (strcmp(gc_names[k][0], v) == 0)
            return gc_names[k][1];
    return NULL;
}

/* \p{...} / \P{...} (u only), pos after the p.  The PCRE2 text goes to
 * e->prop: a \p escape, or class members for the few PCRE2 lacks.  False
 * on a bad name; the caller words the message. */
static bool parse_property_body(RxParser *p, bool negate, Esc *e)
{
    if (peek(p, 0) != '{')
        return false;
    p->pos++;
    char name[64], value[64];
    size_t nn = 0, vn = 0;
    bool has_value = false;
    for (;;) {
        uint32_t c = peek(p, 0);
        if (c == '}')
            break;
        p->pos++;
        if (c == '=' && !has_value) {
            has_value = true;
            continue;
        }
        if (!is_alnum_ascii(c) && c != '_')
            return false;
        if (has_value ? vn >= 63 : nn >= 63)
            return false;
        if (has_value)
            value[vn++] = (char)c;
        else
            name[nn++] = (char)c;
    }
    p->pos++;
    name[nn] = value[vn] = 0;
    if (!nn || (has_value && !vn))
        return false;
    char buf[160];
    const char *pc = negate ? "\\P" : "\\p";
    e->kind = ESC_PROP;
    if (has_value) {
        if (!strcmp(name, "General_Category") || !strcmp(name, "gc")) {
            const char *g = lookup_gc(value);
            if (!g)
                return false;
            snprintf(buf, sizeof buf, "%s{%s}", pc, g);
        } else if (!strcmp(name, "Script") || !strcmp(name, "sc")) {
            snprintf(buf, sizeof buf, "%s{sc:%s}", pc, value);
        } else if (!strcmp(name, "Script_Extensions") || !strcmp(name, "scx")) {
            snprintf(buf, sizeof buf, "%s{scx:%s}", pc, value);
        } else {
            return false;
        }
    } else {
        const char *g = lookup_gc(name);
        if (g && p->i && (!strcmp(g, "Lu") || !strcmp(g, "Ll") || !strcmp(g, "Lt")))
            g = "L&";   /* case-insensitive: the case-closed set */
        if (g) {
            snprintf(buf, sizeof buf, "%s{%s}", pc, g);
        } else if (!strcmp(name, "Any")) {
            snprintf(buf, sizeof buf, "%s", negate ? "\\P{Any}" : "\\p{Any}");
        } else if (!strcmp(name, "ASCII")) {
            snprintf(buf, sizeof buf, "%s", negate ? "\\x{80}-\\x{10ffff}" : "\\x{0}-\\x{7f}");
            e->kind = ESC_SET;  /* spelt as class members */
            e->set = 0;
        } else if (!strcmp(name, "Assigned")) {
            snprintf(buf, sizeof buf, "%s", negate ? "\\p{Cn}" : "\\P{Cn}");
        } else {
            size_t k;
            for (k = 0; k < JS_COUNTOF(binary_props); k++)
                if (!strcmp(binary_props[k], name))
                    break;
            if (k == JS_COUNTOF(binary_props))
                return false;
            snprintf(buf, sizeof buf, "%s{%s}", pc, name);
        }
    }
    size_t bl = strlen(buf);
    char *s = js_malloc_atomic(bl + 1);
    memcpy(s, buf, bl + 1);
    e->prop = s;
    return true;
}

/* node words a bad name inside a class differently. */
static bool parse_property(RxParser *p, bool negate, bool in_class, Esc *e)
{
    if (!parse_property_body(p, negate, e))
        return fail(p, in_class ? "Invalid property name in character class" : "Invalid property name");
    p->has_prop = true;
    return true;
}

static bool is_syntax_char(uint32_t c)
{
    return c < 0x80 && c && strchr("^$\\.*+?()[]{}|/", (int)c) != NULL;
}

/* An escape, pos after the backslash. */
static bool parse_escape(RxParser *p, bool in_class, Esc *e)
{
    if (at_end(p))
        return fail(p, "\\ at end of pattern");
    uint32_t c = p->s[p->pos++];
    e->kind = ESC_CHAR;
    switch (c) {
    case 'd': case 'D': case 'w': case 'W': case 's': case 'S':
        e->kind = ESC_SET;
        e->set = (int)c;
        return true;
    case 'b':
        if (in_class)
            e->cp = 8;
        else
            e->kind = ESC_BOUNDARY;
        return true;
    case 'B':
        if (!in_class) {
            e->kind = ESC_NOT_BOUNDARY;
            return true;
        }
        if (p->u)
            return fail(p, "Invalid class escape");
        e->cp = 'B';
        return true;
    case 'f': e->cp = 0x0c; return true;
    case 'n': e->cp = 0x0a; return true;
    case 'r': e->cp = 0x0d; return true;
    case 't': e->cp = 0x09; return true;
    case 'v': e->cp = 0x0b; return true;
    case 'c': {
        uint32_t d = peek(p, 0);
        if ((d >= 'a' && d <= 'z') || (d >= 'A' && d <= 'Z') ||
            (in_class && !p->u && ((d >= '0' && d <= '9') || d == '_'))) {
            p->pos++;
            e->cp = d % 32;
            return true;
        }
        if (p->u)
            return fail(p, "Invalid Unicode escape");
        p->pos--;          /* a lone backslash; the 'c' is read next */
        e->cp = '\\';
        return true;
    }
    case '0':
        if (!(peek(p, 0) >= '0' && peek(p, 0) <= '9')) {
            e->cp = 0;
            return true;
        }
        if (p->u)
            return fail(p, in_class ? "Invalid class escape" : "Invalid decimal escape");
        p->pos--;
        e->cp = parse_octal(p);
        return true;
    case 'x':
        if (parse_hex_digits(p, 2, &e->cp))
            return true;
        if (p->u)
            return fail(p, "Invalid escape");
        e->cp = 'x';
        return true;
    case 'u': {
        int r = parse_unicode_escape(p, &e->cp);
        if (r < 0)
            return false;
        if (r == 0)
            e->cp = 'u';
        return true;
    }
    case 'k':
        if (p->u || p->has_named) {
            if (in_class)
                return p->u ? fail(p, "Invalid escape") : (e->cp = 'k', true);
            if (peek(p, 0) != '<')
                return fail(p, "Invalid named reference");
            p->pos++;
            uint16_t *name;
            uint32_t nlen;
            if (!parse_group_name(p, &name, &nlen))
                return false;
            int idx = find_name(p, name, nlen);
            if (idx < 0)
                return fail(p, "Invalid named capture referenced");
            e->kind = ESC_BACKREF;
            e->cp = (uint32_t)idx;
            return true;
        }
        e->cp = 'k';
        return true;
    case 'p': case 'P':
        if (p->u)
            return parse_property(p, c == 'P', in_class, e);
        e->cp = c;
        return true;
    case '-':
        if (p->u && !in_class)
            return fail(p, "Invalid escape");
        e->cp = '-';
        return true;
    default:
        break;
    }
    if (c >= '1' && c <= '9') {
        if (!in_class) {
            /* the whole decimal number is a back-reference when such a group exists */
            uint32_t save = p->pos - 1, n = 0;
            p->pos = save;
            while (peek(p, 0) >= '0' && peek(p, 0) <= '9') {
                if (n < 100000000)
                    n = n * 10 + (p->s[p->pos] - '0');
                p->pos++;
            }
            if (n <= p->ncaps) {
                e->kind = ESC_BACKREF;
                e->cp = n;
                return true;
            }
            if (p->u)
                return fail(p, "Invalid escape");
            p->pos = save;
        } else if (p->u) {
            return fail(p, "Invalid class escape");
        } else {
            p->pos--;
        }
        if (c >= '8') {          /* \8 \9: identity escapes */
            p->pos++;
            e->cp = c;
            return true;
        }
        e->cp = parse_octal(p);
        return true;
    }
    if (p->u) {
        if (!is_syntax_char(c))
            return fail(p, in_class ? "Invalid class escape" : "Invalid escape");
        e->cp = c;
        return true;
    }
    p->pos--;
    e->cp = next_char(p);       /* identity escape */
    return true;
}

/* ---------------------------------------------------------------- classes */

typedef struct ClassAtom {
    bool is_set;
    Esc esc;
    uint32_t cp;
} ClassAtom;

static bool parse_class_atom(RxParser *p, ClassAtom *a)
{
    a->is_set = false;
    if (p->s[p->pos] == '\\') {
        p->pos++;
        if (!parse_escape(p, true, &a->esc))
            return false;
        if (a->esc.kind == ESC_CHAR) {
            a->cp = a->esc.cp;
            return true;
        }
        a->is_set = true;   /* ESC_SET or ESC_PROP */
        return true;
    }
    if (p->v) {
        uint32_t c = p->s[p->pos];
        if (c == '[' || ((c == '&' || c == '-') && peek(p, 1) == c))
            return fail(p, "Class set operations of the v flag are not supported");
    }
    a->cp = next_char(p);
    return true;
}

static void emit_class_atom(RxParser *p, ClassAtom *a)
{
    if (!a->is_set) {
        class_range(p, a->cp, a->cp);
    } else if (a->esc.kind == ESC_SET && a->esc.set) {
        class_set(p, a->esc.set);
    } else {
        out_s(p, a->esc.prop);
        p->class_items++;
    }
}

static bool parse_class(RxParser *p)
{
    p->pos++;  /* [ */
    bool negate = false;
    if (peek(p, 0) == '^') {
        negate = true;
        p->pos++;
    }
    uint32_t mark = p->olen;
    out_s(p, negate ? "[^" : "[");
    p->class_items = 0;
    for (;;) {
        if (at_end(p))
            return fail(p, "Unterminated character class");
        if (p->s[p->pos] == ']') {
            p->pos++;
            break;
        }
        ClassAtom a, b;
        if (!parse_class_atom(p, &a))
            return false;
        if (peek(p, 0) == '-' && p->pos + 1 < p->len && p->s[p->pos + 1] != ']') {
            p->pos++;
            if (!parse_class_atom(p, &b))
                return false;
            if (a.is_set || b.is_set) {
                if (p->u)
                    return fail(p, "Invalid character class");
                emit_class_atom(p, &a);
                class_range(p, '-', '-');
                emit_class_atom(p, &b);
            } else if (a.cp > b.cp) {
                return fail(p, "Range out of order in character class");
            } else {
                class_range(p, a.cp, b.cp);
            }
        } else {
            emit_class_atom(p, &a);
        }
    }
    if (p->class_items == 0) {  /* [] never matches, [^] matches anything */
        p->olen = mark;
        if (negate)
            out_any(p);
        else
            out_s(p, "(?!)");
        return true;
    }
    out_c(p, ']');
    return true;
}

/* ---------------------------------------------------------------- quantifiers */

/* {n}, {n,}, {n,m} at pos; false (pos unchanged) when the text is not one. */
static bool parse_braces(RxParser *p, uint32_t *min, uint32_t *max)
{
    uint32_t k = 1, a = 0, b;
    if (!(peek(p, k) >= '0' && peek(p, k) <= '9'))
        return false;
    while (peek(p, k) >= '0' && peek(p, k) <= '9') {
        a = a > 100000000 ? a : a * 10 + (p->s[p->pos + k] - '0');
        k++;
    }
    b = a;
    if (peek(p, k) == ',') {
        k++;
        if (peek(p, k) >= '0' && peek(p, k) <= '9') {
            b = 0;
            while (peek(p, k) >= '0' && peek(p, k) <= '9') {
                b = b > 100000000 ? b : b * 10 + (p->s[p->pos + k] - '0');
                k++;
            }
        } else {
            b = INF_COUNT;
        }
    }
    if (peek(p, k) != '}')
        return false;
    p->pos += k + 1;
    *min = a;
    *max = b;
    return true;
}

static bool at_quantifier(RxParser *p)
{
    uint32_t c = peek(p, 0), a, b, save = p->pos;
    if (c == '*' || c == '+' || c == '?')
        return true;
    if (c == '{' && parse_braces(p, &a, &b)) {
        p->pos = save;
        return true;
    }
    return false;
}

static bool parse_quantifier(RxParser *p)
{
    if (at_end(p))
        return true;
    uint32_t c = p->s[p->pos], min, max;
    char buf[48];
    if (c == '*' || c == '+' || c == '?') {
        p->pos++;
        buf[0] = (char)c, buf[1] = 0;
    } else if (c == '{') {
        if (!parse_braces(p, &min, &max))
            return p->u ? fail(p, "Incomplete quantifier") : true;
        if (min > max)
            return fail(p, "numbers out of order in {} quantifier");
        if (min > RX_LONGEST_SUBJECT) {  /* more repeats than any string has units */
            if (peek(p, 0) == '?')
                p->pos++;
            out_s(p, "{0}(?!)");
            return true;
        }
        if (min > 65535)
            return fail(p, "Regular expression too large");
        if (max == INF_COUNT || max > 65535)   /* PCRE2's limit; beyond it, unbounded */
            snprintf(buf, sizeof buf, "{%u,}", (unsigned)min);
        else if (min == max)
            snprintf(buf, sizeof buf, "{%u}", (unsigned)min);
        else
            snprintf(buf, sizeof buf, "{%u,%u}", (unsigned)min, (unsigned)max);
    } else {
        return true;
    }
    out_s(p, buf);
    if (peek(p, 0) == '?') {
        p->pos++;
        out_c(p, '?');
    }
    return true;
}

/* ---------------------------------------------------------------- terms */

static bool parse_disjunction(RxParser *p);

/* An assertion must not be followed by a quantifier. */
static bool no_quantifier(RxParser *p, const char *msg)
{
    return at_quantifier(p) ? fail(p, msg) : true;
}

static bool parse_group(RxParser *p, bool *quantifiable)
{
    p->pos++;  /* ( */
    *quantifiable = true;
    if (peek(p, 0) != '?') {
        p->capn++;
        out_c(p, '(');
    } else {
        uint32_t c1 = peek(p, 1), c2 = peek(p, 2);
        if (c1 == ':' || c1 == '=' || c1 == '!') {
            p->pos += 2;
            out_s(p, c1 == ':' ? "(?:" : c1 == '=' ? "(?=" : "(?!");
            if (c1 != ':' && p->u)   /* Annex B lets lookaheads repeat without u */
                *quantifiable = false;
        } else if (c1 == '<' && (c2 == '=' || c2 == '!')) {
            p->pos += 3;
            out_s(p, c2 == '=' ? "(?<=" : "(?<!");
            *quantifiable = false;
        } else if (c1 == '<') {
            p->pos += 2;
            uint16_t *name;
            uint32_t nlen;
            if (!parse_group_name(p, &name, &nlen))
                return false;
            p->capn++;
            out_c(p, '(');   /* the name is kept by us, not PCRE2 */
        } else {
            return fail(p, "Invalid group");
        }
    }
    if (++p->depth > 1000)
        return fail(p, "Regular expression too large");
    if (!parse_disjunction(p))
        return false;
    p->depth--;
    if (peek(p, 0) != ')')
        return fail(p, "Unterminated group");
    p->pos++;
    out_c(p, ')');
    return true;
}

static bool parse_escape_term(RxParser *p)
{
    Esc e;
    p->pos++;  /* \ */
    if (!parse_escape(p, false, &e))
        return false;
    char buf[24];
    switch (e.kind) {
    case ESC_BOUNDARY:
    case ESC_NOT_BOUNDARY:
        out_word_boundary(p, e.kind == ESC_NOT_BOUNDARY);
        return no_quantifier(p, "Nothing to repeat");
    case ESC_SET:
        if (e.set) {
            atom_set(p, e.set);
        } else {
            out_c(p, '[');
            out_s(p, e.prop);
            out_c(p, ']');
        }
        break;
    case ESC_PROP:
        out_s(p, e.prop);
        break;
    case ESC_BACKREF:
        snprintf(buf, sizeof buf, "\\g{%u}", (unsigned)e.cp);
        out_s(p, buf);
        break;
    default:
        atom_char(p, e.cp);
        break;
    }
    return parse_quantifier(p);
}

static bool parse_term(RxParser *p)
{
    uint32_t c = p->s[p->pos];
    bool quantifiable;
    switch (c) {
    case '^':
        p->pos++;
        out_s(p, p->m ? "(?<![^\\n\\r\\x{2028}\\x{2029}])" : "^");
        return no_quantifier(p, "Nothing to repeat");
    case '$':
        p->pos++;
        out_s(p, p->m ? "(?![^\\n\\r\\x{2028}\\x{2029}])" : "\\z");
        return no_quantifier(p, "Nothing to repeat");
    case '(':
        if (!parse_group(p, &quantifiable))
            return false;
        return quantifiable ? parse_quantifier(p) : no_quantifier(p, "Invalid quantifier");
    case '.':
        p->pos++;
        out_s(p, p->dotall ? "(?s:.)" : "[^\\n\\r\\x{2028}\\x{2029}]");
        return parse_quantifier(p);
    case '[':
        return parse_class(p) && parse_quantifier(p);
    case '*':
    case '+':
    case '?':
        return fail(p, "Nothing to repeat");
    case '{':
        if (at_quantifier(p))
            return fail(p, "Nothing to repeat");
        if (p->u)
            return fail(p, "Lone quantifier brackets");
        p->pos++;
        atom_char(p, c);
        return parse_quantifier(p);
    case '}':
    case ']':
        if (p->u)
            return fail(p, "Lone quantifier brackets");
        p->pos++;
        atom_char(p, c);
        return parse_quantifier(p);
    case '\\':
        return parse_escape_term(p);
    default:
        atom_char(p, next_char(p));
        return parse_quantifier(p);
    }
}

static bool parse_alternative(RxParser *p)
{
    while (!at_end(p) && p->s[p->pos] != '|' && p->s[p->pos] != ')')
        if (!parse_term(p))
            return false;
    return true;
}

static bool parse_disjunction(RxParser *p)
{
    for (;;) {
        if (!parse_alternative(p))
            return false;
        if (peek(p, 0) != '|')
            return true;
        p->pos++;
        out_c(p, '|');
    }
}

/* ---------------------------------------------------------------- compile */

static const char *pcre2_message(int code)
{
    switch (code) {
    case PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY:
    case PCRE2_ERROR_MALFORMED_UNICODE_PROPERTY:
        return "Invalid property name";
    case PCRE2_ERROR_PATTERN_TOO_LARGE:
    case PCRE2_ERROR_QUANTIFIER_TOO_BIG:
        return "Regular expression too large";
    default:
        break;
    }
    PCRE2_UCHAR buf[256];
    int n = pcre2_get_error_message(code, buf, JS_COUNTOF(buf));
    if (n < 0)
        return "Invalid regular expression";
    char *s = js_malloc_atomic((size_t)n + 1);
    for (int k = 0; k < n; k++)
        s[k] = (char)buf[k];
    s[n] = 0;
    return s;
}

/* Parse the JavaScript pattern and build its PCRE2 text in p->out: false
 * with p->err set on an early error. */
static bool translate(RxParser *p, const uint16_t *src, uint32_t len, unsigned flags)
{
    p->s = src;
    p->len = len;
    p->u = (flags & (RX_U | RX_V)) != 0;
    p->v = (flags & RX_V) != 0;
    p->i = (flags & RX_I) != 0;
    p->m = (flags & RX_M) != 0;
    p->dotall = (flags & RX_S) != 0;
    p->ucp = p->i;
    p->utf = p->u && !RX_CODE_POINTS;
    if (!prescan(p) || !parse_disjunction(p))
        return false;
    return at_end(p) || fail(p, "Unmatched ')'");
}

#if RX_CODE_POINTS
static pcre2_general_context_32 *general_ctx32;
static pcre2_compile_context_32 *compile_ctx32;
static pcre2_match_context_32 *match_ctx32;

void *rx_general_context32(void)
{
    rx_match_context32();
    return general_ctx32;
}

void *rx_match_context32(void)
{
    if (!match_ctx32) {
        general_ctx32 = pcre2_general_context_create_32(rx_alloc, rx_free, NULL);
        compile_ctx32 = pcre2_compile_context_create_32(general_ctx32);
        match_ctx32 = pcre2_match_context_create_32(general_ctx32);
        pcre2_set_match_limit_32(match_ctx32, 200000000);   /* as for the 16-bit library */
    }
    return match_ctx32;
}

/* u and v patterns for the 32-bit library in non-UTF mode: the subject is
 * then a sequence of code points where a lone surrogate is one more
 * character (General_Category Cs), as in JavaScript, which PCRE2's UTF
 * modes cannot express.  UCP keeps \p and caseless matching Unicode's. */
static void *compile_code_points(RxParser *p, int *ec)
{
    uint32_t *pat = js_malloc_atomic((p->olen + 1) * sizeof(uint32_t));
    for (uint32_t k = 0; k < p->olen; k++)
        pat[k] = p->out[k];
    uint32_t opts = PCRE2_MATCH_UNSET_BACKREF | (p->i ? PCRE2_CASELESS | PCRE2_UCP : 0);
    PCRE2_SIZE eo;
    rx_match_context32();
    return pcre2_compile_32(pat, p->olen, opts, ec, &eo, compile_ctx32);
}
#else
static void *compile_code_points(RxParser *p, int *ec)
{
    (void)p;
    *ec = PCRE2_ERROR_INTERNAL;
    return NULL;
}
#endif

RxCode *rx_compile(JSContext *ctx, const uint16_t *src, uint32_t len, unsigned flags, const char **err)
{
    RxParser p = { 0 };
    p.ctx = ctx;
    if (!translate(&p, src, len, flags)) {
        *err = p.err;
        return NULL;
    }
    if (p.olen == 0)
        out_s(&p, "(?:)");
    uint32_t opts = PCRE2_MATCH_UNSET_BACKREF | PCRE2_NO_UTF_CHECK;  /* the emitted pattern is ASCII */
    if (p.u)
        opts |= PCRE2_UTF | PCRE2_MATCH_INVALID_UTF;
    if (p.i)
        opts |= PCRE2_CASELESS | PCRE2_UCP;
    int ec;
    PCRE2_SIZE eo;
    rx_general_context();
    void *code = p.u && RX_CODE_POINTS ? compile_code_points(&p, &ec)
                                       : pcre2_compile(p.out, p.olen, opts, &ec, &eo, compile_ctx);
    if (!code) {
        *err = pcre2_message(ec);
        return NULL;
    }
    RxCode *rc = js_malloc(sizeof *rc);
    rc->code = code;
    rc->code_points = p.u && RX_CODE_POINTS;
    rc->ncaps = p.ncaps;
    if (p.nnames) {
        rc->names = js_malloc((p.ncaps + 1) * sizeof(JSValue));
        for (uint32_t k = 0; k <= p.ncaps; k++)
            rc->names[k] = JS_UNDEFINED;
        for (uint32_t k = 0; k < p.nnames; k++)
            rc->names[p.names[k].index] =
                js_atom_from_string(ctx, js_new_string16(ctx, p.names[k].s, p.names[k].len));
    }
    return rc;
}

/* ---------------------------------------------------------------- early errors */

/* UTF-16 to UTF-8 for a message; a lone surrogate becomes U+FFFD. */
static size_t put_utf8(char *out, const uint16_t *s, uint32_t len)
{
    size_t n = 0;
    for (uint32_t k = 0; k < len; k++) {
        uint32_t c = s[k];
        if (c >= 0xd800 && c <= 0xdbff && k + 1 < len && s[k + 1] >= 0xdc00 && s[k + 1] <= 0xdfff)
            c = 0x10000 + ((c - 0xd800) << 10) + (s[++k] - 0xdc00);
        else if (is_surrogate(c))
            c = 0xfffd;
        if (c < 0x80) {
            out[n++] = (char)c;
        } else if (c < 0x800) {
            out[n++] = (char)(0xc0 | (c >> 6));
            out[n++] = (char)(0x80 | (c & 0x3f));
        } else if (c < 0x10000) {
            out[n++] = (char)(0xe0 | (c >> 12));
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3f));
            out[n++] = (char)(0x80 | (c & 0x3f));
        } else {
            out[n++] = (char)(0xf0 | (c >> 18));
            out[n++] = (char)(0x80 | ((c >> 12) & 0x3f));
            out[n++] = (char)(0x80 | ((c >> 6) & 0x3f));
            out[n++] = (char)(0x80 | (c & 0x3f));
        }
    }
    return n;
}

/* Script and Script_Extensions values are known only to PCRE2's tables:
 * an unknown one is an early error too.  Other compile errors are not. */
static const char *property_error(RxParser *p)
{
    int ec;
    PCRE2_SIZE eo;
    rx_general_context();
    void *code = RX_CODE_POINTS ? compile_code_points(p, &ec)
                                : pcre2_compile(p->out, p->olen, PCRE2_UTF | PCRE2_NO_UTF_CHECK, &ec, &eo, compile_ctx);
    if (code || (ec != PCRE2_ERROR_UNKNOWN_UNICODE_PROPERTY && ec != PCRE2_ERROR_MALFORMED_UNICODE_PROPERTY))
        return NULL;
    return "Invalid property name";
}

/* The pattern grammar and property names are checked, not PCRE2's own
 * limits: a lookbehind PCRE2 cannot run stays the RegExp constructor's
 * error at run time, not a reason to reject the whole script. */
const char *js_regexp_early_error(const uint16_t *body, uint32_t len, const uint16_t *flags, uint32_t flen)
{
    static const char names[] = "dgimsuvy";   /* RX_* bit order */
    unsigned fl = 0;
    for (uint32_t k = 0; k < flen; k++) {
        const char *f = flags[k] && flags[k] < 128 ? strchr(names, flags[k]) : NULL;
        if (f)
            fl |= 1u << (f - names);
    }
    RxParser p = { 0 };
    const char *why;
    if (translate(&p, body, len, fl)) {
        why = p.has_prop ? property_error(&p) : NULL;
        if (!why)
            return NULL;
    } else {
        why = p.err ? p.err : "Invalid regular expression";
    }
    static const char head[] = "Invalid regular expression: /";
    char *msg = js_malloc_atomic(sizeof head + 4 * ((size_t)len + flen) + strlen(why) + 4);
    size_t n = sizeof head - 1;
    memcpy(msg, head, n);
    n += put_utf8(msg + n, body, len);
    msg[n++] = '/';
    n += put_utf8(msg + n, flags, flen);
    msg[n++] = ':';
    msg[n++] = ' ';
    memcpy(msg + n, why, strlen(why) + 1);
    return msg;
}
