/* parse.c - the parser driver: pulls tokens from the lexer and feeds them to
 * the lemon parser, deciding on the way what the grammar alone cannot.
 *
 * The driver includes lemon's output so that it can read the parse tables:
 * accepts() answers "would the parser take token T now?" by running lemon's
 * reduce chain on a virtual copy of the state stack without running actions.
 * With it the driver:
 *   - tells the lexer whether `/` starts a regular expression (it does where
 *     a `/` operator would not be accepted);
 *   - picks LBRACE (block/body) or OBJ_LBRACE (object literal) for `{`,
 *     FUNCTION/CLASS (declaration) or FUNCTION_E/CLASS_E (expression), and
 *     FORIN_IN for an `in` that a for head would take;
 *   - inserts semicolons (ASI) before a token that is not accepted when it
 *     follows a newline, is `}` or the end of input, and after
 *     `do ... while (x)`; and applies the restricted productions
 *     (return/break/continue/throw, postfix ++/--, `=>`);
 *   - reports a syntax error in node's wording at the first token that no
 *     insertion makes acceptable, so lemon's own error path never runs.
 * The lemon stack lives on the collector (it holds node pointers) and is
 * capped: nesting too deep is "Maximum call stack size exceeded". */
#include "ast_build.h"

#include <gc.h>
#include <stdlib.h>
#include <string.h>

/* lemon's template allocates its growable stack with malloc/realloc/free;
 * the stack holds Node pointers, so it must be collector memory. */
#define malloc(n) GC_MALLOC(n)
#define realloc(p, n) GC_REALLOC(p, n)
#define free(p) ((void)(p))
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-prototypes"
#pragma GCC diagnostic ignored "-Wunused-function"
#pragma GCC diagnostic ignored "-Wunused-variable"
#pragma GCC diagnostic ignored "-Wunused-parameter"
#pragma GCC diagnostic ignored "-Wshadow"
#pragma GCC diagnostic ignored "-Wstrict-prototypes"
#include "grammar.c"
#pragma GCC diagnostic pop
#undef malloc
#undef realloc
#undef free

/* Deepest lemon stack allowed: 1,000 levels of any nesting fit with room to
 * spare; 100,000 do not. */
#define STACK_MAX 40000

static const int lex_to_tk[LEX__COUNT] = {
    [LEX_EOF] = 0,
#define T(name, text) [LEX_##name] = TK_##name,
#include "tokens.def"
#undef T
};

typedef struct Driver {
    ParseState ps;
    Lexer lx;
    yyParser *parser;
    LexToken peeked;
    bool have_peek;
    int prev;            /* LEX_* type of the last real token fed */
    int prev_tk;         /* TK_* it was fed as */
    int prev2;           /* LEX_* type of the token before that */
    LexToken prev_tok;
    int restricted;      /* return/break/continue/throw that began a statement, else 0 */
    uint8_t *parens;     /* for each open '(': 1 when it opened call arguments, 2 for `async(` */
    size_t nparens, parens_cap;
    bool async_rparen;   /* the last token closed an `async(`: a `=>` now is an async arrow */
    /* for each open `${`: line, col of its expression's first token (0, 0
     * until one comes), where "Missing } in template expression" points */
    uint32_t *tpl_starts;
    size_t ntpl, tpl_cap;
} Driver;

/* ----------------------------------------------------- table queries */

/* lemon's yy_find_shift_action without the %fallback step */
static YYACTIONTYPE find_shift_exact(YYCODETYPE tk, YYACTIONTYPE stateno)
{
    if (stateno > YY_MAX_SHIFT)
        return stateno;
    int i = yy_shift_ofst[stateno] + tk;
    if (yy_lookahead[i] != tk)
        return yy_default[stateno];
    return yy_action[i];
}

/* Would the parser shift token `tk` (after whatever reductions it causes)?
 * exact: the token itself, not the IDENT it may fall back to. */
static bool accepts_as(Driver *d, int tk, bool exact)
{
    yyParser *p = d->parser;
    YYACTIONTYPE over[64];
    int nover = 0;
    long base = p->yytos - p->yystack;
    YYACTIONTYPE top = p->yytos->stateno;
    for (;;) {
        YYACTIONTYPE act = exact ? find_shift_exact((YYCODETYPE)tk, top) : yy_find_shift_action((YYCODETYPE)tk, top);
        if (act >= YY_MIN_REDUCE) {
            unsigned rule = act - YY_MIN_REDUCE;
            int n = -yyRuleInfoNRhs[rule];
            if (n <= nover) {
                nover -= n;
            } else {
                base -= n - nover;
                nover = 0;
            }
            if (base < 0)
                return false;
            YYACTIONTYPE below = nover ? over[nover - 1] : p->yystack[base].stateno;
            top = yy_find_reduce_action(below, (YYCODETYPE)yyRuleInfoLhs[rule]);
            if (nover == (int)(sizeof over / sizeof over[0]))
                return false;
            over[nover++] = top;
        } else if (act <= YY_MAX_SHIFTREDUCE) {
            return true;
        } else {
            return act == YY_ACCEPT_ACTION;
        }
    }
}

static bool accepts(Driver *d, int tk)
{
    return accepts_as(d, tk, false);
}

/* ------------------------------------------------------------- errors */

static char *utf16_to_utf8(const uint16_t *s, uint32_t len)
{
    char *out = GC_MALLOC_ATOMIC(len * 3 + 1);
    size_t o = 0;
    for (uint32_t i = 0; i < len; i++) {
        uint32_t c = s[i];
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < len && s[i + 1] >= 0xDC00 && s[i + 1] < 0xE000) {
            c = 0x10000 + ((c - 0xD800) << 10) + (s[i + 1] - 0xDC00);
            i++;
        }
        if (c < 0x80) {
            out[o++] = (char)c;
        } else if (c < 0x800) {
            out[o++] = (char)(0xC0 | (c >> 6));
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else if (c < 0x10000) {
            out[o++] = (char)(0xE0 | (c >> 12));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[o++] = (char)(0xF0 | (c >> 18));
            out[o++] = (char)(0x80 | ((c >> 12) & 0x3F));
            out[o++] = (char)(0x80 | ((c >> 6) & 0x3F));
            out[o++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[o] = 0;
    return out;
}

static const char *fmt_msg(const char *a, const char *b, const char *c)
{
    size_t n = strlen(a) + strlen(b) + strlen(c) + 1;
    char *m = GC_MALLOC_ATOMIC(n);
    snprintf(m, n, "%s%s%s", a, b, c);
    return m;
}

static bool is_contextual(int type)
{
    return type >= LEX_LET && type <= LEX_PUBLIC;
}

static bool is_reserved(int type)
{
    return type >= LEX_AWAIT && type <= LEX_YIELD && type != LEX_AWAIT && type != LEX_YIELD;
}

static void fail_at(Driver *d, const LexToken *t, const char *msg)
{
    ast_error(&d->ps, t->line, t->col, msg);
}

static const char *unexpected_msg(const LexToken *t)
{
    int type = t->type;
    if (type == LEX_IDENT || type == LEX_AWAIT || type == LEX_YIELD || is_contextual(type)) {
        const char *name = (type == LEX_IDENT || t->escaped) && t->str ? utf16_to_utf8(t->str, t->str_len)
                                                                       : lex_token_text(type);
        return fmt_msg("Unexpected identifier '", name, "'");
    }
    switch (type) {
    case LEX_NUMBER: return "Unexpected number";
    case LEX_STRING: return "Unexpected string";
    case LEX_TEMPLATE_FULL: case LEX_TEMPLATE_HEAD:
    case LEX_TEMPLATE_MIDDLE: case LEX_TEMPLATE_TAIL: return "Unexpected template string";
    case LEX_REGEX: return "Unexpected regular expression";
    case LEX_ENUM: return "Unexpected reserved word";
    case LEX_PRIVATE_NAME:
        return fmt_msg("Unexpected identifier '#", t->str ? utf16_to_utf8(t->str, t->str_len) : "", "'");
    default: return fmt_msg("Unexpected token '", lex_token_text(type), "'");
    }
}

static const LexToken *peek(Driver *d);

static bool is_name_token(int type)
{
    return type == LEX_IDENT || type == LEX_STRING || type == LEX_NUMBER || type == LEX_LBRACKET ||
           type == LEX_PRIVATE_NAME || (type >= LEX_AWAIT && type <= LEX_PUBLIC);
}

/* Async arrows and methods, generator methods: a later issue; say so
 * rather than pointing at the token after `async` or `*`. */
static bool unsupported_function(Driver *d, const LexToken *t)
{
    bool member_start = d->prev == LEX_LBRACE || d->prev == LEX_COMMA || d->prev == LEX_SEMI ||
                        d->prev == LEX_RBRACE || d->prev == LEX_STATIC;
    if (t->type == LEX_ARROW && d->prev == LEX_RPAREN && d->async_rparen) {
        fail_at(d, t, "Async functions are not supported");
        return true;
    }
    if (d->prev == LEX_ASYNC && d->prev2 != LEX_DOT && d->prev2 != LEX_OPTCHAIN && !t->nl_before &&
        (t->type == LEX_STAR || is_name_token(t->type))) {
        fail_at(d, &d->prev_tok, "Async functions are not supported");
        return true;
    }
    if (t->type == LEX_STAR && member_start && is_name_token(peek(d)->type)) {
        fail_at(d, t, "Generator functions are not supported");
        return true;
    }
    return false;
}

/* A `${` expression that could end here, followed by something else:
 * V8 underlines the expression up to that token. */
static bool missing_template_brace(Driver *d, const LexToken *t)
{
    if (!d->ntpl || t->type == LEX_EOF || !d->tpl_starts[2 * d->ntpl - 2] ||
        !(accepts(d, TK_TEMPLATE_MIDDLE) || accepts(d, TK_TEMPLATE_TAIL)))
        return false;
    ast_error_range(&d->ps, d->tpl_starts[2 * d->ntpl - 2], d->tpl_starts[2 * d->ntpl - 1], t->line, t->col,
                    "Missing } in template expression");
    return true;
}

static void report_unexpected(Driver *d, const LexToken *t)
{
    if (missing_template_brace(d, t))
        return;
    if (t->type == LEX_TEMPLATE_MIDDLE || t->type == LEX_TEMPLATE_TAIL) {   /* its `}`, as in `${(x}` */
        ast_error_range(&d->ps, t->line, t->col, t->line, t->col + 1, "Unexpected token '}'");
        return;
    }
    bool in_call = d->nparens && d->parens[d->nparens - 1];
    if (in_call && t->type != LEX_RPAREN && t->type != LEX_COMMA && accepts(d, TK_RPAREN) && accepts(d, TK_COMMA)) {
        fail_at(d, t, "missing ) after argument list");
        d->ps.err->incomplete = t->type == LEX_EOF;
        return;
    }
    if (t->type == LEX_OPTCHAIN) {
        fail_at(d, t, "Invalid optional chain from new expression");
        return;
    }
    if (t->type == LEX_PRIVATE_NAME && d->prev == LEX_DOT && d->prev2 == LEX_SUPER) {
        fail_at(d, t, "Unexpected private field");
        return;
    }
    /* a lone #x (only `#x in o` may follow) or #x as an object literal's key */
    if (d->prev == LEX_PRIVATE_NAME && d->prev2 != LEX_DOT && d->prev2 != LEX_OPTCHAIN &&
        (accepts(d, TK_IN) || accepts(d, TK_COLON))) {
        fail_at(d, &d->prev_tok, unexpected_msg(&d->prev_tok));
        return;
    }
    if (unsupported_function(d, t))
        return;
    if (d->prev == LEX_OPTCHAIN && (t->type == LEX_TEMPLATE_FULL || t->type == LEX_TEMPLATE_HEAD)) {
        fail_at(d, t, "Invalid tagged template on optional chain");
        return;
    }
    /* only right after a try block: where a property name may come (after
     * `.`, `{`, `,`) the keywords catch and finally are accepted too */
    if (accepts(d, TK_CATCH) && accepts(d, TK_FINALLY) && d->prev == LEX_RBRACE) {
        fail_at(d, t, "Missing catch or finally after try");
        d->ps.err->incomplete = t->type == LEX_EOF;
        return;
    }
    if (d->prev == LEX_RPAREN && d->prev2 == LEX_LPAREN && accepts(d, TK_ARROW)) {
        fail_at(d, &d->prev_tok, "Unexpected token ')'");
        return;
    }
    if (t->type == LEX_EOF) {
        fail_at(d, t, "Unexpected end of input");
        d->ps.err->incomplete = true;
        return;
    }
    if (d->prev_tk == TK_FUNCTION && t->type == LEX_LPAREN) {
        fail_at(d, t, "Function statements require a function name");
        return;
    }
    fail_at(d, t, unexpected_msg(t));
}

/* -------------------------------------------------------------- tokens */

static int lex_token(Driver *d, LexToken *t, bool regex_ok)
{
    if (d->have_peek) {
        *t = d->peeked;
        d->have_peek = false;
        return t->type;
    }
    memset(t, 0, sizeof *t);
    return lex_next(&d->lx, t, regex_ok);
}

/* The token after the current one; only asked where a `/` would divide. */
static const LexToken *peek(Driver *d)
{
    if (!d->have_peek) {
        memset(&d->peeked, 0, sizeof d->peeked);
        lex_next(&d->lx, &d->peeked, false);
        d->have_peek = true;
    }
    return &d->peeked;
}

static bool starts_binding(int type)
{
    return type == LEX_IDENT || type == LEX_LBRACKET || type == LEX_LBRACE || type == LEX_YIELD ||
           type == LEX_AWAIT || is_contextual(type);
}

/* Map a lexer token to the grammar token it is here. */
static int classify(Driver *d, LexToken *t)
{
    int type = t->type;
    if (t->escaped && type == LEX_IDENT) {
        /* A reserved word spelled with escapes is a name only where any
         * keyword may be one (a property name, which accepts the keyword but
         * no expression start such as '!'). */
        int kw = lex_keyword_kind(t->str, t->str_len);
        if (kw > 0 && is_reserved(kw) && (!accepts(d, lex_to_tk[kw]) || accepts(d, TK_NOT))) {
            fail_at(d, t, "Keyword must not contain escaped characters");
            return -1;
        }
        return TK_IDENT;
    }
    if (t->escaped && type != LEX_PRIVATE_NAME) {   /* #\u{6F} is just #o */
        if (is_reserved(type)) {
            fail_at(d, t, "Keyword must not contain escaped characters");
            return -1;
        }
        return TK_IDENT;
    }
    switch (type) {
    case LEX_LET: {
        if (!accepts(d, TK_LET))
            return TK_IDENT;
        const LexToken *n = peek(d);
        if (n->type == LEX_ERROR || !starts_binding(n->type))
            return TK_IDENT;
        if (!accepts_as(d, TK_LET, true) && !(t->nl_before && accepts(d, TK_ASI_SEMI)) &&
            accepts(d, TK_SEMI) && accepts(d, TK_DEBUGGER) && (n->type == LEX_LBRACKET || !n->nl_before)) {
            fail_at(d, t, "Lexical declaration cannot appear in a single-statement context");
            return -1;
        }
        return TK_LET;
    }
    case LEX_ASYNC:
        if (accepts(d, TK_IDENT)) {
            const LexToken *n = peek(d);
            if (n->type == LEX_FUNCTION && !n->nl_before) {
                fail_at(d, t, "Async functions are not supported");
                return -1;
            }
        }
        return TK_ASYNC;
    case LEX_FUNCTION:
        return accepts(d, TK_FUNCTION) ? TK_FUNCTION : TK_FUNCTION_E;
    case LEX_CLASS:
        if (accepts(d, TK_CLASS))
            return TK_CLASS;
        if (accepts(d, TK_DEBUGGER)) {   /* a statement starts here, but no declaration */
            fail_at(d, t, "Unexpected token 'class'");
            return -1;
        }
        return TK_CLASS_E;
    case LEX_LBRACE:
        return accepts(d, TK_LBRACE) ? TK_LBRACE : TK_OBJ_LBRACE;
    case LEX_IN:
        return accepts(d, TK_FORIN_IN) ? TK_FORIN_IN : TK_IN;
    case LEX_ARROW:
        if (t->nl_before) {
            fail_at(d, t, "Unexpected token '=>'");
            return -1;
        }
        return TK_ARROW;
    case LEX_STAR:
        if (d->prev == LEX_FUNCTION && (d->prev_tk == TK_FUNCTION || d->prev_tk == TK_FUNCTION_E)) {
            fail_at(d, t, "Generator functions are not supported");
            return -1;
        }
        return TK_STAR;
    default:
        return lex_to_tk[type];
    }
}

/* ------------------------------------------------------------- feeding */

static void push_paren(Driver *d, bool call)
{
    if (d->nparens == d->parens_cap) {
        size_t cap = d->parens_cap ? d->parens_cap * 2 : 64;
        uint8_t *v = GC_MALLOC_ATOMIC(cap);
        if (d->nparens)
            memcpy(v, d->parens, d->nparens);
        d->parens = v;
        d->parens_cap = cap;
    }
    d->parens[d->nparens++] = call;
}

/* Keep tpl_starts in step with the `${` ... `}` pairs fed. */
static void track_template(Driver *d, const LexToken *t)
{
    if (t->type == LEX_TEMPLATE_MIDDLE || t->type == LEX_TEMPLATE_TAIL) {
        if (d->ntpl)
            d->ntpl--;
    } else if (d->ntpl && !d->tpl_starts[2 * d->ntpl - 2]) {
        d->tpl_starts[2 * d->ntpl - 2] = t->line;
        d->tpl_starts[2 * d->ntpl - 1] = t->col;
    }
    if (t->type == LEX_TEMPLATE_HEAD || t->type == LEX_TEMPLATE_MIDDLE) {
        if (d->ntpl == d->tpl_cap) {
            size_t cap = d->tpl_cap ? d->tpl_cap * 2 : 16;
            uint32_t *v = GC_MALLOC_ATOMIC(2 * cap * sizeof *v);
            if (d->ntpl)
                memcpy(v, d->tpl_starts, 2 * d->ntpl * sizeof *v);
            d->tpl_starts = v;
            d->tpl_cap = cap;
        }
        d->tpl_starts[2 * d->ntpl] = d->tpl_starts[2 * d->ntpl + 1] = 0;
        d->ntpl++;
    }
}

static void feed(Driver *d, int tk, LexToken *t)
{
    Parse(d->parser, tk, t, &d->ps);
}

static void feed_virtual(Driver *d, int tk, const LexToken *at)
{
    LexToken *v = GC_MALLOC(sizeof *v);
    *v = *at;
    v->type = LEX_SEMI;
    feed(d, tk, v);
}

/* Feed one real token, inserting semicolons first where ASI says so.
 * Returns false when parsing must stop. */
static bool feed_token(Driver *d, LexToken *t, bool after_expr)
{
    int tk;
    t->prev_end = d->ps.last_end;
    /* only a token that could continue the statement (a label, a value)
     * gets a semicolon before it: `continue\n;` stays one statement */
    if (d->restricted && t->nl_before && !(t->type == LEX_SEMI && d->restricted != LEX_THROW)) {
        if (d->restricted == LEX_THROW) {
            fail_at(d, t, "Illegal newline after throw");
            return false;
        }
        if (accepts(d, TK_ASI_SEMI))
            feed_virtual(d, TK_ASI_SEMI, t);
    }
    d->restricted = 0;
    if ((tk = classify(d, t)) < 0)
        return false;
    if ((tk == TK_INC || tk == TK_DEC) && t->nl_before && accepts(d, TK_ASI_SEMI))
        feed_virtual(d, TK_ASI_SEMI, t);
    if (!accepts(d, tk)) {
        /* what takes `?.` but no template is an optional chain: no ASI there */
        if ((tk == TK_TEMPLATE_FULL || tk == TK_TEMPLATE_HEAD) && accepts(d, TK_OPTCHAIN)) {
            fail_at(d, t, "Invalid tagged template on optional chain");
            return false;
        }
        if (accepts(d, TK_DW_ASI))
            feed_virtual(d, TK_DW_ASI, t);
        else if ((t->nl_before || tk == TK_RBRACE || tk == 0) && accepts(d, TK_ASI_SEMI))
            feed_virtual(d, TK_ASI_SEMI, t);
        if (d->ps.failed || (tk = classify(d, t)) < 0)
            return false;
        if (!accepts(d, tk)) {
            report_unexpected(d, t);
            return false;
        }
    }
    if ((t->type == LEX_RETURN || t->type == LEX_BREAK || t->type == LEX_CONTINUE || t->type == LEX_THROW) &&
        accepts(d, TK_SEMI))
        d->restricted = t->type;
    bool async_rparen = false;
    if (tk == TK_LPAREN) {
        push_paren(d, after_expr || d->prev == LEX_SUPER);
        if (d->prev == LEX_ASYNC && !t->nl_before && d->prev2 != LEX_DOT && d->prev2 != LEX_OPTCHAIN)
            d->parens[d->nparens - 1] = 2;
    } else if (tk == TK_RPAREN && d->nparens) {
        async_rparen = d->parens[--d->nparens] == 2;
    }
    d->async_rparen = async_rparen;
    feed(d, tk, t);
    if (d->ps.failed)
        return false;
    track_template(d, t);
    d->ps.last_end = t->end;
    d->prev2 = d->prev;
    d->prev = t->type;
    d->prev_tk = tk;
    d->prev_tok = *t;
    if (d->parser->yytos - d->parser->yystack > STACK_MAX) {
        fail_at(d, t, "Maximum call stack size exceeded");
        return false;
    }
    return true;
}

/* ---------------------------------------------------------------- API */

Node *parse_program(const char *filename, const char *src, size_t len, ParseError *err)
{
    memset(err, 0, sizeof *err);
    Driver *d = GC_MALLOC(sizeof *d);
    d->ps.err = err;
    d->ps.filename = filename;
    d->ps.src = src;
    lex_init(&d->lx, filename, src, len);
    d->parser = ParseAlloc(GC_malloc);
    if (!d->parser) {
        err->msg = "out of memory";
        err->filename = filename;
        return NULL;
    }
    for (;;) {
        bool after_expr = accepts(d, TK_SLASH);
        LexToken *t = GC_MALLOC(sizeof *t);
        int type = lex_token(d, t, !after_expr);
        if (type == LEX_ERROR) {
            ast_error(&d->ps, d->lx.err_line, d->lx.err_col,
                      d->lx.err_msg ? d->lx.err_msg : "Invalid or unexpected token");
            err->incomplete = d->lx.incomplete;
            break;
        }
        if (!feed_token(d, t, after_expr))
            break;
        if (type == LEX_EOF)
            break;
    }
    if (!d->ps.failed && !d->ps.program)
        ast_error(&d->ps, d->lx.line, 1, "Unexpected end of input");
    if (!d->ps.failed)
        ast_finish(&d->ps, d->ps.program);
    if (d->ps.failed) {
        if (err->line == 0) {
            err->line = d->lx.line;
            err->col = 1;
        }
        return NULL;
    }
    return d->ps.program;
}
