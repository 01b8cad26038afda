/* lexer.h - the re2c lexer's interface.
 *
 * The lexer turns UTF-8 source into tokens with 1-based line:column.  It is
 * pull-driven by the parser driver (parser/parse.c), which alone knows whether
 * a `/` starts a regular expression or divides, and says so on each call.
 * Template literals keep their own brace stack inside the lexer, so `}` that
 * closes a `${...}` substitution comes back as TEMPLATE_MIDDLE/TEMPLATE_TAIL.
 *
 * The lexer never prints.  On bad input it returns LEX_ERROR and records a
 * message in node's wording with the position of the offending character;
 * when the input merely ends too early (inside a template or a block comment)
 * it also sets `incomplete`, so the REPL can ask for more lines.
 *
 * Cooked string values are UTF-16 code units in collector memory
 * (GC_MALLOC_ATOMIC): they hold no pointers. */
#ifndef WEAKJS_LEXER_H
#define WEAKJS_LEXER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

enum {
    LEX_EOF = 0,
#define T(name, text) LEX_##name,
#include "tokens.def"
#undef T
    LEX__COUNT,
    LEX_ERROR = -1
};

/* Source text of a token kind ("+=", "while"), "" for IDENT, literals. */
const char *lex_token_text(int type);
/* Name of a token kind ("PLUS_ASSIGN"), for --dump-tokens. */
const char *lex_token_name(int type);

typedef struct LexToken {
    int type;             /* LEX_* */
    uint32_t line, col;   /* 1-based; col counts UTF-16 units from line start */
    uint32_t start, end;  /* byte offsets of the token in the source */
    bool nl_before;       /* a line terminator precedes it (ASI, restricted productions) */
    bool escaped;         /* IDENT/keyword spelled with \u escapes: never a keyword */
    bool legacy_octal;    /* 017 or "\017": a SyntaxError in strict mode */
    uint32_t prev_end;    /* (set by the parser driver) byte end of the token before it */
    double num;           /* NUMBER */
    /* IDENT, PRIVATE_NAME (without '#'), STRING, TEMPLATE_*: cooked value.
     * TEMPLATE_*: str == NULL when the cooked value is undefined (a bad
     * escape, allowed only in tagged templates; the lexer then leaves that
     * escape's message and position in err_msg/err_line/err_col for an
     * untagged template to report).  REGEX: the body. */
    const uint16_t *str;
    uint32_t str_len;
    /* TEMPLATE_*: raw text (CRLF normalised to LF).  REGEX: the flags. */
    const uint16_t *raw;
    uint32_t raw_len;
} LexToken;

typedef struct Lexer {
    const char *filename;
    const unsigned char *src, *cur, *lim;
    const unsigned char *line_start;   /* first byte of the current line */
    uint32_t line;
    /* template literal nesting: for each open `${`, the count of `{` seen
     * inside it that are still open */
    uint32_t *tpl_braces;
    uint32_t tpl_depth, tpl_cap;
    bool nl_pending;                   /* saw a line terminator since last token */
    /* error report */
    const char *err_msg;               /* node's wording, e.g. "Invalid or unexpected token" */
    uint32_t err_line, err_col;
    bool incomplete;                   /* the error is "input ended too early" */
    /* (added by the lexer) column cache: col_pos is a point on the current
     * line whose column is col_at, so columns on a long line are counted
     * incrementally instead of from line_start for every token */
    const unsigned char *col_pos;
    uint32_t col_at;
} Lexer;

void lex_init(Lexer *lx, const char *filename, const char *src, size_t len);
/* Scan the next token into *tok.  regex_allowed: a `/` or `/=` here starts a
 * regular expression literal.  Returns tok->type, LEX_EOF at end of input,
 * or LEX_ERROR. */
int lex_next(Lexer *lx, LexToken *tok, bool regex_allowed);

/* (added by the lexer) Unicode ID_Start / ID_Continue as the spec's
 * IdentifierStartChar / IdentifierPartChar use them: $ and _ start, ZWNJ and
 * ZWJ continue. */
bool lex_is_id_start(uint32_t cp);
bool lex_is_id_continue(uint32_t cp);
/* (added by the lexer) The keyword kind (LEX_IF, LEX_LET, ...) spelled by a
 * cooked name, or LEX_IDENT.  Escaped names come back as LEX_IDENT with
 * `escaped` set; this tells the parser which keyword one spells, e.g. to
 * reject `var \u0069f` ("Keyword must not contain escaped characters"). */
int lex_keyword_kind(const uint16_t *s, uint32_t len);

#endif
