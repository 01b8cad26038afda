/* ast.c - node builders for the grammar's actions, the cover-grammar
 * conversion of literals into patterns, and the --dump-ast printer.
 *
 * Positions (Node.line/col, 1-based) are those of the node's first token,
 * except:
 *   CALL    the '(' of its arguments (as ast.h says);
 *   MEMBER  the property name after '.'; inside an optional chain the '.' or
 *           '?.' before it (where V8 reports and points its caret);
 *   INDEX   its '[';
 *   PROPERTY the key's first token ('get'/'set' for accessors).
 * src_start/src_end (byte offsets) are set on FUNC and CLASS nodes, and also
 * on IDENT nodes (the identifier's own bytes), which arrows and methods use to
 * find where their source text begins.
 *
 * Early errors found here go to ast_error; the builder still returns a node
 * and the driver stops after the current token.  Nothing here recurses over
 * an unbounded depth: pattern conversion follows literal nesting, which the
 * driver bounds, and the walks over the whole tree use explicit stacks. */
#include "ast_build.h"
#include "../builtins/regexp.h"   /* a regex literal's early errors */

#include <gc.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* ------------------------------------------------------------ basics */

static void *ast_alloc(size_t n)
{
    return GC_MALLOC(n);
}

void ast_list_push(NodeList *l, Node *n)
{
    if (l->len == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 4;
        Node **items = GC_MALLOC(cap * sizeof(Node *));
        if (l->len)
            memcpy(items, l->items, l->len * sizeof(Node *));
        l->items = items;
        l->cap = cap;
    }
    l->items[l->len++] = n;
}

static const char *const kind_names[AST__COUNT] = {
#define X(k) #k,
    AST_KINDS(X)
#undef X
};

const char *ast_kind_name(int kind)
{
    if (kind < 0 || kind >= AST__COUNT)
        return "?";
    return kind_names[kind];
}

void ast_error(ParseState *ps, uint32_t line, uint32_t col, const char *msg)
{
    if (ps->failed)
        return;
    ps->failed = true;
    ps->err->msg = msg;
    ps->err->filename = ps->filename;
    ps->err->line = line;
    ps->err->col = col;
    ps->err->incomplete = false;
}

void ast_error_range(ParseState *ps, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col,
                     const char *msg)
{
    if (ps->failed)
        return;
    ast_error(ps, line, col, msg);
    ps->err->end_line = end_line;
    ps->err->end_col = end_col;
}

void ast_error_at(ParseState *ps, const Node *n, const char *msg)
{
    ast_error(ps, n ? n->line : 0, n ? n->col : 0, msg);
}

Node *ast_new(int kind, uint32_t line, uint32_t col)
{
    Node *n = ast_alloc(sizeof(Node));
    n->kind = (uint8_t)kind;
    n->line = line;
    n->col = col;
    return n;
}

static Node *at_tok(int kind, const LexToken *t)
{
    return t ? ast_new(kind, t->line, t->col) : ast_new(kind, 0, 0);
}

static Node *at_node(int kind, const Node *p)
{
    return p ? ast_new(kind, p->line, p->col) : ast_new(kind, 0, 0);
}

/* n takes the string (name, value or label) that from carries; from may be NULL. */
static void copy_str(Node *n, const Node *from)
{
    if (from) {
        n->str = from->str;
        n->str_len = from->str_len;
    }
}

/* A node at token t carrying t's string. */
static Node *at_tok_str(int kind, const LexToken *t)
{
    Node *n = at_tok(kind, t);
    n->str = t->str;
    n->str_len = t->str_len;
    return n;
}

/* A node at p carrying p's string. */
static Node *at_node_str(int kind, const Node *p)
{
    Node *n = at_node(kind, p);
    copy_str(n, p);
    return n;
}

/* A node placed where the expression p starts: CALL, MEMBER and INDEX are
 * positioned at their '(' / name / '[', so follow their objects down. */
static Node *at_start(int kind, const Node *p)
{
    while (p && (p->kind == AST_CALL || p->kind == AST_MEMBER || p->kind == AST_INDEX ||
                 p->kind == AST_PRIVATE_MEMBER) && p->a)
        p = p->a;
    return at_node(kind, p);
}

Node *ast_leaf(int kind, const LexToken *t)
{
    return at_tok(kind, t);
}

/* Lists under construction live in a SEQ node used as a holder. */
Node *ast_list_new(const LexToken *t)
{
    return at_tok(AST_SEQ, t);
}

Node *ast_list_add(Node *holder, Node *item)
{
    if (item)
        ast_list_push(&holder->list, item);
    return holder;
}

static void take_list(Node *n, Node *holder)
{
    if (holder)
        n->list = holder->list;
}

static const uint16_t *ascii16(const char *s, uint32_t *len)
{
    size_t n = strlen(s);
    uint16_t *u = GC_MALLOC_ATOMIC((n + 1) * sizeof(uint16_t));
    for (size_t i = 0; i < n; i++)
        u[i] = (unsigned char)s[i];
    *len = (uint32_t)n;
    return u;
}

static bool str_is(const Node *n, const char *s)
{
    size_t len = strlen(s);
    if (!n || !n->str || n->str_len != len)
        return false;
    for (size_t i = 0; i < len; i++)
        if (n->str[i] != (unsigned char)s[i])
            return false;
    return true;
}

static void defer(DeferredList *l, Node *owner, const Node *at, const char *msg)
{
    if (l->len == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 4;
        Deferred *v = GC_MALLOC(cap * sizeof(Deferred));
        if (l->len)
            memcpy(v, l->v, l->len * sizeof(Deferred));
        l->v = v;
        l->cap = cap;
    }
    l->v[l->len++] = (Deferred){ owner, at, msg };
}

/* 1-based line and column (in UTF-16 units, as the lexer's) of byte offset `off`: error
 * paths only, where no token is at hand. */
static void pos_at(const ParseState *ps, uint32_t off, uint32_t *line, uint32_t *col)
{
    const unsigned char *s = (const unsigned char *)ps->src;
    uint32_t l = 1, c = 1;
    for (uint32_t i = 0; i < off; i++) {
        unsigned char ch = s[i];
        bool ls_ps = ch == 0xE2 && i + 2 < off && s[i + 1] == 0x80 && (s[i + 2] == 0xA8 || s[i + 2] == 0xA9);
        if (ch == '\n' || (ch == '\r' && s[i + 1] != '\n') || ls_ps) {
            l++;
            c = 1;
            i += ls_ps ? 2 : 0;
        } else if ((ch & 0xC0) != 0x80) {
            c += 1 + (ch >= 0xF0);
        }
    }
    *line = l;
    *col = c;
}

/* A reserved word (not yield/await) that a name spells: only an escaped
 * spelling gets this far, which is an error where it is a reference. */
static bool spells_reserved(const Node *id)
{
    int kw = lex_keyword_kind(id->str, id->str_len);
    return kw >= LEX_AWAIT && kw <= LEX_YIELD && kw != LEX_AWAIT && kw != LEX_YIELD;
}

static bool is_eval_or_arguments(const Node *id)
{
    return str_is(id, "eval") || str_is(id, "arguments");
}

static bool strict_reserved(const Node *id);

/* ---------------------------------------------------- names, literals */

/* "Unexpected identifier '#x'": what node says of a private name out of place */
static const char *private_unexpected(const Node *name)
{
    char *m = GC_MALLOC_ATOMIC(name->str_len * 3 + 32);
    size_t k = (size_t)sprintf(m, "Unexpected identifier '#");
    for (uint32_t i = 0; i < name->str_len; i++) {
        uint32_t c = name->str[i];
        if (c < 0x80) {
            m[k++] = (char)c;
        } else if (c < 0x800) {
            m[k++] = (char)(0xc0 | (c >> 6));
            m[k++] = (char)(0x80 | (c & 0x3f));
        } else {   /* a surrogate pair comes out as two 3-byte forms: names are BMP in practice */
            m[k++] = (char)(0xe0 | (c >> 12));
            m[k++] = (char)(0x80 | ((c >> 6) & 0x3f));
            m[k++] = (char)(0x80 | (c & 0x3f));
        }
    }
    strcpy(m + k, "'");
    return m;
}

Node *ast_ident(ParseState *ps, const LexToken *t)
{
    (void)ps;
    Node *n = at_tok(AST_IDENT, t);
    if ((t->type == LEX_IDENT || t->escaped) && t->str) {
        n->str = t->str;
        n->str_len = t->str_len;
    } else {
        n->str = ascii16(lex_token_text(t->type), &n->str_len);
    }
    n->src_start = t->start;
    n->src_end = t->end;
    return n;
}

static void remember_octal(ParseState *ps, Node *n, const char *msg)
{
    if (ps->noctals == ps->octal_cap) {
        uint32_t cap = ps->octal_cap ? ps->octal_cap * 2 : 4;
        Node **v = GC_MALLOC(cap * sizeof(Node *));
        const char **m = GC_MALLOC(cap * sizeof(char *));
        if (ps->noctals) {
            memcpy(v, ps->octals, ps->noctals * sizeof(Node *));
            memcpy(m, ps->octal_msgs, ps->noctals * sizeof(char *));
        }
        ps->octals = v;
        ps->octal_msgs = m;
        ps->octal_cap = cap;
    }
    ps->octals[ps->noctals] = n;
    ps->octal_msgs[ps->noctals++] = msg;
}

Node *ast_number_lit(ParseState *ps, const LexToken *t)
{
    Node *n = ast_number(t);
    if (t->legacy_octal) {
        const char *s = ps->src + t->start;
        bool decimal = false;
        for (uint32_t i = t->start; i < t->end; i++)
            if (ps->src[i] == '8' || ps->src[i] == '9' || ps->src[i] == '.')
                decimal = true;
        (void)s;
        remember_octal(ps, n, decimal ? "Decimals with leading zeros are not allowed in strict mode."
                                      : "Octal literals are not allowed in strict mode.");
    }
    return n;
}

Node *ast_number(const LexToken *t)
{
    Node *n = at_tok(AST_NUMBER, t);
    n->num = t->num;
    return n;
}

static void remember_use_strict(ParseState *ps, Node *n)
{
    if (ps->nuse_strict == ps->use_strict_cap) {
        uint32_t cap = ps->use_strict_cap ? ps->use_strict_cap * 2 : 4;
        Node **v = GC_MALLOC(cap * sizeof(Node *));
        if (ps->nuse_strict)
            memcpy(v, ps->use_strict, ps->nuse_strict * sizeof(Node *));
        ps->use_strict = v;
        ps->use_strict_cap = cap;
    }
    ps->use_strict[ps->nuse_strict++] = n;
}

Node *ast_string(ParseState *ps, const LexToken *t)
{
    Node *n = at_tok_str(AST_STRING, t);
    /* a directive counts only when spelled exactly, without escapes */
    if (t->end - t->start == 12 && memcmp(ps->src + t->start + 1, "use strict", 10) == 0)
        remember_use_strict(ps, n);
    if (t->legacy_octal)
        remember_octal(ps, n, "Octal escape sequences are not allowed in strict mode.");
    return n;
}

Node *ast_regex(ParseState *ps, const LexToken *t)
{
    Node *n = at_tok_str(AST_REGEX, t);
    /* an invalid pattern stops the script before it runs, as in V8 */
    const char *err = js_regexp_early_error(t->str, t->str_len, t->raw, t->raw_len);
    if (err)
        ast_error(ps, t->line, t->col, err);
    n->str2 = t->raw;
    n->str2_len = t->raw_len;
    return n;
}

static Node *quasi(const LexToken *t)
{
    Node *q = at_tok(AST_STRING, t);
    q->str = t->str;
    q->str_len = t->str ? t->str_len : 0;
    q->str2 = t->raw;
    q->str2_len = t->raw_len;
    return q;
}

Node *ast_template_start(const LexToken *t, Node *e)
{
    Node *n = at_tok(AST_TEMPLATE, t);
    ast_list_push(&n->list, quasi(t));
    if (e)
        ast_list_push(&n->list, e);
    return n;
}

Node *ast_template_add(Node *tpl, const LexToken *t, Node *e)
{
    ast_list_push(&tpl->list, quasi(t));
    if (e)
        ast_list_push(&tpl->list, e);
    return tpl;
}

/* An untagged template must have a cooked value for every quasi. */
static const char *bad_escape_msg(const Node *q)
{
    for (uint32_t i = 0; i + 1 < q->str2_len; i++) {
        if (q->str2[i] != '\\')
            continue;
        uint16_t c = q->str2[i + 1];
        if (c == 'x')
            return "Invalid hexadecimal escape sequence";
        if (c == 'u')
            return "Invalid Unicode escape sequence";
        if (c == '8' || c == '9')
            return "\\8 and \\9 are not allowed in template strings.";
        if (c >= '0' && c <= '7')
            return "Octal escape sequences are not allowed in template strings.";
        i++;
    }
    return "Invalid escape sequence in template";
}

Node *ast_template_checked(ParseState *ps, Node *tpl)
{
    for (uint32_t i = 0; i < tpl->list.len; i += 2) {
        Node *q = tpl->list.items[i];
        if (!q->str)
            ast_error_at(ps, q, bad_escape_msg(q));
    }
    return tpl;
}

Node *ast_tagged(Node *tag, Node *tpl)
{
    Node *n = at_start(AST_TAGGED_TEMPLATE, tag);
    n->a = tag;
    n->b = tpl;
    return n;
}

Node *ast_parens(Node *e, const LexToken *lparen)
{
    e->flags |= AST_F_PARENS;
    e->paren_start = lparen->start + 1;   /* an outer pair overwrites an inner one */
    return e;
}

/* ------------------------------------------------- arrays and objects */

Node *ast_array(const LexToken *t, Node *elems, int holes)
{
    Node *n = at_tok(AST_ARRAY, t);
    take_list(n, elems);
    for (int i = 0; i < holes; i++)
        ast_list_push(&n->list, at_tok(AST_HOLE, t));
    return n;
}

Node *ast_array_elems(Node *elems, int holes, Node *item)
{
    if (!elems)
        elems = ast_list_new(NULL);
    for (int i = 0; i < holes; i++)
        ast_list_push(&elems->list, at_node(AST_HOLE, item));
    ast_list_push(&elems->list, item);
    return elems;
}

/* SPREAD.op is LEX_COMMA when a comma followed the spread at the end of its
 * list: as a rest element it is then not last (`[...a,] = x`) although
 * nothing follows it.  (op means nothing else on SPREAD; flags has no free bit.) */

/* an element or property list that ended with a comma and `holes` holes */
Node *ast_trailing_comma(Node *elems, int holes)
{
    if (holes == 0 && elems->list.len > 0) {
        Node *last = elems->list.items[elems->list.len - 1];
        if (last->kind == AST_SPREAD)
            last->op = LEX_COMMA;
    }
    return elems;
}

Node *ast_spread(const LexToken *t, Node *e)
{
    Node *n = at_tok(AST_SPREAD, t);
    n->a = e;
    return n;
}

static bool is_proto_init(const Node *p)
{
    return p->kind == AST_PROPERTY && p->op == PROP_INIT && !(p->flags & (AST_F_COMPUTED | AST_F_SHORTHAND)) &&
           (p->a->kind == AST_IDENT || p->a->kind == AST_STRING) && str_is(p->a, "__proto__");
}

Node *ast_object(ParseState *ps, const LexToken *t, Node *props)
{
    Node *n = at_tok(AST_OBJECT, t);
    take_list(n, props);
    bool proto = false;
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *p = n->list.items[i];
        if (is_proto_init(p)) {
            if (proto)   /* an error unless this literal becomes a pattern */
                defer(&ps->dup_protos, n, p->a, "Duplicate __proto__ fields are not allowed in object literals");
            proto = true;
        }
        if (p->kind == AST_PROPERTY && p->a && p->a->kind == AST_PRIVATE_NAME && !(p->flags & AST_F_COMPUTED)) {
            ast_error_at(ps, p->a, private_unexpected(p->a));
            break;
        }
    }
    return n;
}

static Node *copy_ident(const Node *id)
{
    Node *k = at_node_str(AST_IDENT, id);
    k->src_start = id->src_start;
    k->src_end = id->src_end;
    return k;
}

/* prop_key gives a PROPERTY shell holding the key; the rules that follow
 * fill in op and value.  A bare IDENT key means a shorthand property. */
Node *ast_prop_key(Node *key, const LexToken *start)
{
    Node *p = at_node(AST_PROPERTY, key);
    p->a = key;
    p->src_start = start ? start->start : key->src_start;
    return p;
}

Node *ast_computed_key(Node *e, const LexToken *lbracket)
{
    Node *p = at_tok(AST_PROPERTY, lbracket);
    p->a = e;
    p->flags |= AST_F_COMPUTED;
    p->src_start = lbracket->start;
    return p;
}

Node *ast_prop(int op, Node *key, Node *value, unsigned flags)
{
    Node *p;
    if (key->kind == AST_PROPERTY) {
        p = key;
    } else {  /* shorthand: the key is a copy so the value IDENT is the only reference */
        p = at_node(AST_PROPERTY, key);
        p->a = copy_ident(key);
    }
    p->op = (uint8_t)op;
    p->b = value;
    p->flags |= (uint16_t)flags;
    p->src_start = 0;
    return p;
}

Node *ast_shorthand(ParseState *ps, Node *id)
{
    if (spells_reserved(id))
        ast_error_at(ps, id, "Keyword must not contain escaped characters");
    return ast_prop(PROP_INIT, id, id, AST_F_SHORTHAND);
}

Node *ast_prop_cover(ParseState *ps, Node *id, Node *value)
{
    if (spells_reserved(id))
        ast_error_at(ps, id, "Keyword must not contain escaped characters");
    Node *pat = at_node(AST_ASSIGN_PATTERN, id);
    pat->a = id;
    pat->b = value;
    Node *p = ast_prop(PROP_INIT, id, pat, AST_F_SHORTHAND | AST_F_COVER_INIT);
    if (ps->ncover == ps->cover_cap) {
        uint32_t cap = ps->cover_cap ? ps->cover_cap * 2 : 4;
        Node **v = GC_MALLOC(cap * sizeof(Node *));
        if (ps->ncover)
            memcpy(v, ps->cover_inits, ps->ncover * sizeof(Node *));
        ps->cover_inits = v;
        ps->cover_cap = cap;
    }
    ps->cover_inits[ps->ncover++] = p;
    return p;
}

static const char *const prop_names[] = {"init", "get", "set", "method", "field", "static-block"};

/* The name a method's FUNC gets from a plain key (computed keys and numbers
 * are named by the evaluator). */
static void name_from_key(Node *fn, const Node *prop)
{
    const Node *k = prop->a;
    if (!(prop->flags & AST_F_COMPUTED) && (k->kind == AST_IDENT || k->kind == AST_STRING))
        copy_str(fn, k);
}

/* V8 underlines an accessor's whole parameter list, parentheses included. */
static void params_error(ParseState *ps, const LexToken *lparen, const LexToken *rparen, const char *msg)
{
    ast_error_range(ps, lparen->line, lparen->col, rparen->line, rparen->col + 1, msg);
}

Node *ast_method(ParseState *ps, int op, const LexToken *first, Node *key, const LexToken *lparen,
                 const LexToken *rparen, Node *params, Node *body)
{
    uint32_t start = first ? first->start : key->src_start;
    Node *fn = ast_func(ps, NULL, NULL, params, body);
    fn->src_start = start;
    fn->line = first ? first->line : key->line;
    fn->col = first ? first->col : key->col;
    fn->flags |= AST_F_METHOD;
    if (op == PROP_GET) {
        fn->flags |= AST_F_GETTER;
        if (fn->list.len != 0)
            params_error(ps, lparen, rparen, "Getter must not have any formal parameters.");
    } else if (op == PROP_SET) {
        fn->flags |= AST_F_SETTER;
        if (fn->list.len != 1)
            params_error(ps, lparen, rparen, "Setter must have exactly one formal parameter.");
        else if (fn->list.items[0]->kind == AST_REST)
            params_error(ps, lparen, rparen, "Setter function argument must not be a rest parameter");
    }
    Node *p = ast_prop(op, key, fn, 0);
    name_from_key(fn, p);
    if (first) {
        p->line = first->line;
        p->col = first->col;
    }
    return p;
}

Node *ast_static(Node *member)
{
    member->flags |= AST_F_STATIC;
    return member;
}

Node *ast_field(Node *key, Node *init)
{
    return ast_prop(PROP_FIELD, key, init, 0);
}

Node *ast_static_block(ParseState *ps, const LexToken *t, const LexToken *lbrace, Node *stmts)
{
    Node *p = at_tok(AST_PROPERTY, t);
    p->op = PROP_STATIC_BLOCK;
    p->flags = AST_F_STATIC;
    p->b = ast_body(ps, lbrace, stmts);
    return p;
}

/* ----------------------------------------------------------- operators */

/* Where an expression's source text begins, its parentheses included: the
 * start of the range V8 underlines for an error about the whole of it.
 * Error paths only (pos_at scans from the start of the source). */
static void expr_start(const ParseState *ps, const Node *e, uint32_t *line, uint32_t *col)
{
    for (;;) {
        if (e->paren_start) {
            pos_at(ps, e->paren_start - 1, line, col);
            return;
        }
        bool left_operand = e->kind == AST_BINARY || e->kind == AST_LOGICAL || e->kind == AST_ASSIGN ||
                            e->kind == AST_COND || e->kind == AST_CALL || e->kind == AST_MEMBER ||
                            e->kind == AST_INDEX || e->kind == AST_PRIVATE_MEMBER ||
                            (e->kind == AST_UPDATE && !(e->flags & AST_F_PREFIX));
        if (!left_operand || !e->a)
            break;
        e = e->a;
    }
    *line = e->line;
    *col = e->col;
}

/* An error about the whole expression e, which ends at byte offset end. */
static void expr_error(ParseState *ps, const Node *e, uint32_t end, const char *msg)
{
    uint32_t line, col, end_line, end_col;
    expr_start(ps, e, &line, &col);
    pos_at(ps, end, &end_line, &end_col);
    ast_error_range(ps, line, col, end_line, end_col, msg);
}

static bool is_simple_target(const Node *e)
{
    return e->kind == AST_IDENT || e->kind == AST_MEMBER || e->kind == AST_INDEX || e->kind == AST_PRIVATE_MEMBER;
}

/* `#x in o` is a RelationalExpression: it cannot be the operand of a unary
 * operator or of a binary one that binds at least as tightly as `in`. */
static void check_private_in_operand(ParseState *ps, const Node *e)
{
    if (e->kind == AST_PRIVATE_IN && !(e->flags & AST_F_PARENS))
        ast_error_at(ps, e->a, private_unexpected(e->a));
}

/* An arrow function is an AssignmentExpression: never an operand of a
 * unary or binary operator unless parenthesised. */
static void check_arrow_operand(ParseState *ps, const LexToken *op, const Node *e)
{
    if (e->kind == AST_FUNC && (e->flags & AST_F_ARROW) && !(e->flags & AST_F_PARENS))
        ast_error(ps, op->line, op->col, "Malformed arrow function parameter list");
}

static bool binds_like_in(int op)
{
    switch (op) {
    case LEX_LT: case LEX_GT: case LEX_LE: case LEX_GE: case LEX_IN: case LEX_INSTANCEOF:
    case LEX_SHL: case LEX_SAR: case LEX_SHR: case LEX_PLUS: case LEX_MINUS:
    case LEX_STAR: case LEX_SLASH: case LEX_PERCENT: case LEX_STARSTAR:
        return true;
    default:
        return false;
    }
}

/* As V8 does, a call as the target of =, op=, ++/-- or a for-in/of head is
 * not an early error: the evaluator calls it, then throws a ReferenceError
 * with the same message node gives ("Invalid left-hand side in assignment"). */
static bool is_target(const Node *e)
{
    return is_simple_target(e) || (e->kind == AST_CALL && !(e->flags & AST_F_OPTIONAL));
}

Node *ast_unary(ParseState *ps, const LexToken *op, Node *a)
{
    Node *n = at_tok(AST_UNARY, op);
    n->op = (uint8_t)op->type;
    n->a = a;
    check_private_in_operand(ps, a);
    if (op->type == LEX_TYPEOF && a->kind == AST_IDENT)
        ast_set_report_pos(a, op->line, op->col);   /* `typeof x` in its TDZ */
    check_arrow_operand(ps, op, a);
    const Node *t = a->kind == AST_OPT_CHAIN ? a->a : a;
    if (op->type == LEX_DELETE && t->kind == AST_PRIVATE_MEMBER) {
        if (a->flags & AST_F_PARENS) {   /* node points at the last `)` */
            uint32_t line, col;
            pos_at(ps, ps->last_end - 1, &line, &col);
            ast_error(ps, line, col, "Private fields can not be deleted");
        } else {
            ast_error_at(ps, t, "Private fields can not be deleted");
        }
    }
    return n;
}

Node *ast_update(ParseState *ps, const LexToken *op, Node *a, bool prefix)
{
    Node *n = prefix ? at_tok(AST_UPDATE, op) : at_start(AST_UPDATE, a);
    n->op = (uint8_t)op->type;
    n->a = a;
    if (prefix)
        n->flags |= AST_F_PREFIX;
    else
        ast_set_report_pos(n, op->line, op->col);
    if (!prefix && a->kind == AST_UPDATE && !(a->flags & (AST_F_PREFIX | AST_F_PARENS)))
        ast_error(ps, op->line, op->col, op->type == LEX_INC ? "Unexpected token '++'" : "Unexpected token '--'");
    else if (!is_target(a))
        ast_error_at(ps, a, prefix ? "Invalid left-hand side expression in prefix operation"
                                   : "Invalid left-hand side expression in postfix operation");
    return n;
}

static bool is_and_or(const Node *n)
{
    return n->kind == AST_LOGICAL && (n->op == LEX_AND || n->op == LEX_OR) && !(n->flags & AST_F_PARENS);
}

Node *ast_binary(ParseState *ps, const LexToken *op, Node *a, Node *b)
{
    int t = op->type;
    bool logical = t == LEX_AND || t == LEX_OR || t == LEX_NULLISH;
    Node *n = at_start(logical ? AST_LOGICAL : AST_BINARY, a);
    n->op = (uint8_t)t;
    n->a = a;
    n->b = b;
    if (!logical)
        ast_set_report_pos(n, op->line, op->col);   /* where V8 reports the operation */
    if (binds_like_in(t))
        check_private_in_operand(ps, b);
    check_arrow_operand(ps, op, b);
    if (t == LEX_STARSTAR && a->kind == AST_UNARY && !(a->flags & AST_F_PARENS))   /* `-a **` */
        ast_error_range(ps, a->line, a->col, op->line, op->col + 2,
                        "Unary operator used immediately before exponentiation "
                        "expression. Parenthesis must be used to disambiguate operator precedence");
    if (t == LEX_NULLISH) {
        /* ?? does not mix with && or || without parentheses */
        if (is_and_or(a)) {
            ast_error(ps, op->line, op->col, "Unexpected token '?\?'");
        } else if (is_and_or(b)) {
            bool known = ps->last_logical == b;
            ast_error(ps, known ? ps->last_logical_line : b->line, known ? ps->last_logical_col : b->col,
                      b->op == LEX_AND ? "Unexpected token '&&'" : "Unexpected token '||'");
        }
    } else if (t == LEX_AND || t == LEX_OR) {
        ps->last_logical = n;
        ps->last_logical_line = op->line;
        ps->last_logical_col = op->col;
    }
    return n;
}

Node *ast_assign(ParseState *ps, const LexToken *op, Node *a, Node *b)
{
    Node *n = at_start(AST_ASSIGN, a);
    n->op = (uint8_t)op->type;
    n->b = b;
    ast_set_report_pos(n, op->line, op->col);   /* a store's errors and setter frames */
    if (op->type == LEX_ASSIGN && (a->kind == AST_ARRAY || a->kind == AST_OBJECT) && !(a->flags & AST_F_PARENS))
        n->a = ast_to_target(ps, a, "Invalid left-hand side in assignment");
    else if (is_target(a) && !(a->kind == AST_CALL && (op->type == LEX_AND_ASSIGN || op->type == LEX_OR_ASSIGN || op->type == LEX_NULLISH_ASSIGN)))
        n->a = a;
    else {
        n->a = a;
        expr_error(ps, a, op->prev_end, "Invalid left-hand side in assignment");
    }
    return n;
}

Node *ast_cond(Node *a, Node *b, Node *c)
{
    Node *n = at_start(AST_COND, a);
    n->a = a;
    n->b = b;
    n->c = c;
    return n;
}

Node *ast_seq(Node *a, Node *b)
{
    if (a->kind == AST_SEQ && !(a->flags & AST_F_PARENS)) {
        ast_list_push(&a->list, b);
        return a;
    }
    Node *n = at_start(AST_SEQ, a);
    ast_list_push(&n->list, a);
    ast_list_push(&n->list, b);
    return n;
}

/* ------------------------------------------------ member access, calls */

Node *ast_member(ParseState *ps, Node *obj, Node *name, bool optional)
{
    (void)ps;
    Node *n = at_node_str(AST_MEMBER, name);
    n->a = obj;
    if (optional)
        n->flags |= AST_F_OPTIONAL;
    return n;
}

Node *ast_private_name(const LexToken *t)
{
    Node *n = at_tok_str(AST_PRIVATE_NAME, t);
    n->src_start = t->start;
    n->src_end = t->end;
    return n;
}

Node *ast_private_member(Node *obj, const LexToken *name, bool optional)
{
    Node *n = at_tok_str(AST_PRIVATE_MEMBER, name);
    n->a = obj;
    if (optional)
        n->flags |= AST_F_OPTIONAL;
    return n;
}

Node *ast_private_in(ParseState *ps, const LexToken *name, const LexToken *in, Node *obj)
{
    Node *n = at_tok(AST_PRIVATE_IN, name);
    n->a = ast_private_name(name);
    n->b = obj;
    check_private_in_operand(ps, obj);
    check_arrow_operand(ps, in, obj);
    return n;
}

Node *ast_index(Node *obj, const LexToken *lbracket, Node *key, bool optional)
{
    Node *n = at_tok(AST_INDEX, lbracket);
    n->a = obj;
    n->b = key;
    if (optional)
        n->flags |= AST_F_OPTIONAL;
    return n;
}

Node *ast_args(const LexToken *lparen, Node *list)
{
    Node *h = at_tok(AST_SEQ, lparen);
    take_list(h, list);
    return h;
}

Node *ast_call(Node *callee, Node *args, bool optional)
{
    Node *n = at_node(AST_CALL, args);
    n->a = callee;
    take_list(n, args);
    if (optional)
        n->flags |= AST_F_OPTIONAL;
    return n;
}

Node *ast_new_call(const LexToken *t, Node *callee, Node *args)
{
    Node *n = at_tok(AST_NEW, t);
    n->a = callee;
    take_list(n, args);
    return n;
}

Node *ast_super(const LexToken *t)
{
    return at_tok(AST_SUPER, t);
}

Node *ast_new_target(const LexToken *t)
{
    return at_tok(AST_NEW_TARGET, t);
}

/* a?.b.c(): one OPT_CHAIN whose `a` is the outermost link; each link's `a`
 * is the link before it, the first link's `a` the base expression. */
Node *ast_chain_start(Node *base, Node *link)
{
    Node *n = at_start(AST_OPT_CHAIN, base);
    link->a = base;
    n->a = link;
    return n;
}

/* V8 puts a property read inside an optional chain at its '.' or '?.',
 * not at the name (a call through it still reports at the name). */
Node *ast_link_at(Node *link, const LexToken *t)
{
    if (link->kind == AST_MEMBER) {
        link->line = t->line;
        link->col = t->col;
    }
    return link;
}

Node *ast_chain_extend(Node *chain, Node *link)
{
    link->a = chain->a;
    chain->a = link;
    return chain;
}

/* --------------------------------------------------- cover conversion */

#define PATTERN_DEPTH_MAX 20000

static Node *to_pattern(ParseState *ps, Node *e, bool binding, int depth);

/* an element of an array pattern or the value of an object pattern's property */
static Node *to_element(ParseState *ps, Node *e, bool binding, int depth)
{
    if (e->kind == AST_ASSIGN && e->op == LEX_ASSIGN && !(e->flags & AST_F_PARENS)) {
        e->kind = AST_ASSIGN_PATTERN;
        e->op = 0;
        e->a = to_pattern(ps, e->a, binding, depth + 1);
        return e;
    }
    if (e->kind == AST_ASSIGN_PATTERN) {  /* {a = 1} shorthand */
        e->a = to_pattern(ps, e->a, binding, depth + 1);
        return e;
    }
    return to_pattern(ps, e, binding, depth + 1);
}

static const char *bad_target_msg(bool binding)
{
    return binding ? "Invalid destructuring assignment target" : "Invalid destructuring assignment target";
}

static void array_to_pattern(ParseState *ps, Node *e, bool binding, int depth)
{
    e->kind = AST_ARRAY_PATTERN;
    for (uint32_t i = 0; i < e->list.len; i++) {
        Node *it = e->list.items[i];
        if (it->kind == AST_HOLE)
            continue;
        if (it->kind == AST_SPREAD) {
            if (i + 1 != e->list.len || it->op == LEX_COMMA) {
                ast_error_at(ps, it, "Rest element must be last element");
                return;
            }
            it->kind = AST_REST;
            if (it->a->kind == AST_ASSIGN)
                ast_error_at(ps, it->a, "Invalid destructuring assignment target");
            it->a = to_pattern(ps, it->a, binding, depth + 1);
            continue;
        }
        e->list.items[i] = to_element(ps, it, binding, depth);
    }
}

static void object_to_pattern(ParseState *ps, Node *e, bool binding, int depth)
{
    e->kind = AST_OBJECT_PATTERN;
    for (uint32_t i = 0; i < e->list.len; i++) {
        Node *p = e->list.items[i];
        if (p->kind == AST_SPREAD) {
            if (i + 1 != e->list.len || p->op == LEX_COMMA) {
                ast_error_at(ps, p, "Rest element must be last element");
                return;
            }
            p->kind = AST_REST;
            if (binding && (p->a->kind == AST_MEMBER || p->a->kind == AST_INDEX || p->a->kind == AST_PRIVATE_MEMBER))
                ast_error_at(ps, p->a, "Illegal property in declaration context");
            else if (p->a->kind != AST_IDENT && (binding || !is_simple_target(p->a)))
                ast_error_at(ps, p->a, "`...` must be followed by an assignable reference in assignment contexts");
            continue;
        }
        if (p->op != PROP_INIT) {
            ast_error_at(ps, p, "Invalid destructuring assignment target");
            return;
        }
        p->flags &= (uint16_t)~AST_F_COVER_INIT;
        p->b = to_element(ps, p->b, binding, depth);
    }
}

static Node *to_pattern(ParseState *ps, Node *e, bool binding, int depth)
{
    if (ps->failed)
        return e;
    if (depth > PATTERN_DEPTH_MAX) {
        ast_error_at(ps, e, "Maximum call stack size exceeded");
        return e;
    }
    switch (e->kind) {
    case AST_IDENT:
        if (binding && (e->flags & AST_F_PARENS))
            ast_error_at(ps, e, "Invalid destructuring assignment target");
        return e;
    case AST_MEMBER:
    case AST_INDEX:
    case AST_PRIVATE_MEMBER:
        if (binding)
            ast_error_at(ps, e, "Illegal property in declaration context");
        return e;
    case AST_ARRAY_PATTERN:
    case AST_OBJECT_PATTERN:
        return e;
    case AST_ARRAY:
    case AST_OBJECT:
        if (e->flags & AST_F_PARENS)
            break;
        if (e->kind == AST_ARRAY)
            array_to_pattern(ps, e, binding, depth);
        else
            object_to_pattern(ps, e, binding, depth);
        return e;
    default:
        break;
    }
    ast_error_at(ps, e, bad_target_msg(binding));
    return e;
}

Node *ast_to_target(ParseState *ps, Node *e, const char *msg)
{
    if (is_target(e))
        return e;
    if ((e->kind == AST_ARRAY || e->kind == AST_OBJECT) && !(e->flags & AST_F_PARENS))
        return to_pattern(ps, e, false, 0);
    ast_error_at(ps, e, msg);
    return e;
}

Node *ast_binding(ParseState *ps, Node *target)
{
    return to_pattern(ps, target, true, 0);
}

/* --------------------------------------------------- functions, classes */

Node *ast_params(Node *list, Node *rest)
{
    Node *h = list ? list : ast_list_new(NULL);
    if (rest)
        ast_list_push(&h->list, rest);
    return h;
}

Node *ast_param_default(ParseState *ps, Node *target, Node *dflt)
{
    (void)ps;
    Node *n = at_node(AST_ASSIGN_PATTERN, target);
    n->a = target;
    n->b = dflt;
    return n;
}

Node *ast_rest(const LexToken *t, Node *target)
{
    Node *n = at_tok(AST_REST, t);
    n->a = target;
    return n;
}

/* `if (x) function f(){}` (sloppy only): a block holding the declaration,
 * marked by op LEX_FUNCTION so that strict code can reject it later */
Node *ast_if_func(Node *decl)
{
    Node *n = at_node(AST_BLOCK, decl);
    ast_list_push(&n->list, decl);
    n->op = LEX_FUNCTION;
    return n;
}

/* `l: function f(){}` (Annex B.3.2, sloppy only): the declaration stays as
 * it is; op LEX_COLON marks it for the strict-mode check */
Node *ast_labeled_func(ParseState *ps, Node *decl)
{
    (void)ps;
    decl->op = LEX_COLON;
    return decl;
}

/* a rest parameter followed by a comma: the grammar accepts it so that the
 * error has node's wording rather than "Unexpected token ','" */
Node *ast_rest_comma(ParseState *ps, const LexToken *t, Node *target)
{
    Node *n = ast_rest(t, target);
    ast_error_at(ps, n, "Rest parameter must be last formal parameter");
    return n;
}

Node *ast_body(ParseState *ps, const LexToken *lbrace, Node *stmts)
{
    (void)ps;
    Node *n = at_tok(AST_BLOCK, lbrace);
    take_list(n, stmts);
    return n;
}

static bool is_use_strict(ParseState *ps, const Node *s)
{
    for (uint32_t i = 0; i < ps->nuse_strict; i++)
        if (ps->use_strict[i] == s)
            return true;
    return false;
}

/* Does the directive prologue of these statements hold "use strict"? */
static bool has_use_strict(ParseState *ps, const NodeList *l)
{
    for (uint32_t i = 0; i < l->len; i++) {
        const Node *s = l->items[i];
        if (s->kind != AST_EXPR_STMT || s->a->kind != AST_STRING || (s->a->flags & AST_F_PARENS))
            return false;
        if (is_use_strict(ps, s->a))
            return true;
    }
    return false;
}

static void finish_params(ParseState *ps, Node *fn)
{
    bool simple = true;
    for (uint32_t i = 0; i < fn->list.len; i++)
        if (fn->list.items[i]->kind != AST_IDENT)
            simple = false;
    if (simple)
        fn->flags |= AST_F_SIMPLE_PARAMS;
    if (fn->a && fn->a->kind == AST_BLOCK && !(fn->flags & AST_F_EXPR_BODY) && has_use_strict(ps, &fn->a->list)) {
        fn->flags |= AST_F_STRICT;
        if (!simple)
            ast_error_at(ps, fn, "Illegal 'use strict' directive in function with non-simple parameter list");
    }
}

Node *ast_func(ParseState *ps, const LexToken *first, Node *name, Node *params, Node *body)
{
    Node *fn = at_tok(AST_FUNC, first);
    copy_str(fn, name);
    take_list(fn, params);
    fn->a = body;
    fn->src_start = first ? first->start : 0;
    fn->src_end = ps->last_end;
    finish_params(ps, fn);
    /* the name is checked by the function's own strictness, known at the end */
    if (name && is_eval_or_arguments(name))
        defer(&ps->strict_errs, fn, name, "Unexpected eval or arguments in strict mode");
    else if (name && strict_reserved(name))
        defer(&ps->strict_errs, fn, name, "Unexpected strict mode reserved word");
    return fn;
}

/* Arrow parameters from the cover `( expr )`: a comma list of targets with
 * optional defaults. */
static Node *cover_param(ParseState *ps, Node *e)
{
    if (e->kind == AST_IDENT && !(e->flags & AST_F_PARENS))
        return e;
    if (e->kind == AST_ASSIGN && e->op == LEX_ASSIGN && !(e->flags & AST_F_PARENS)) {
        Node *n = at_node(AST_ASSIGN_PATTERN, e);
        n->a = to_pattern(ps, e->a, true, 1);
        n->b = e->b;
        return n;
    }
    if ((e->kind == AST_ARRAY || e->kind == AST_OBJECT) && !(e->flags & AST_F_PARENS))
        return to_pattern(ps, e, true, 1);
    if (e->kind == AST_ARRAY_PATTERN || e->kind == AST_OBJECT_PATTERN)
        return to_pattern(ps, e, true, 1);
    ast_error_at(ps, e, "Invalid destructuring assignment target");
    return e;
}

Node *ast_arrow_head(ParseState *ps, const LexToken *first, Node *cover, Node *rest, bool trailing_comma)
{
    (void)trailing_comma;
    Node *fn = at_tok(AST_FUNC, first);
    fn->flags |= AST_F_ARROW;
    fn->src_start = first->start;
    if (cover) {
        if (cover->kind == AST_SEQ && !(cover->flags & AST_F_PARENS)) {
            for (uint32_t i = 0; i < cover->list.len; i++)
                ast_list_push(&fn->list, cover_param(ps, cover->list.items[i]));
        } else {
            ast_list_push(&fn->list, cover_param(ps, cover));
        }
    }
    if (rest)
        ast_list_push(&fn->list, rest);
    return fn;
}

Node *ast_arrow_ident(ParseState *ps, Node *id)
{
    (void)ps;
    Node *fn = at_node(AST_FUNC, id);
    fn->flags |= AST_F_ARROW;
    fn->src_start = id->src_start;
    ast_list_push(&fn->list, id);
    return fn;
}

Node *ast_arrow(ParseState *ps, Node *head, Node *body, bool expr_body)
{
    head->a = body;
    if (expr_body)
        head->flags |= AST_F_EXPR_BODY;
    head->src_end = ps->last_end;
    finish_params(ps, head);
    return head;
}

static bool is_ctor_key(const Node *p)
{
    return !(p->flags & (AST_F_COMPUTED | AST_F_STATIC)) && p->a &&
           (p->a->kind == AST_IDENT || p->a->kind == AST_STRING) && str_is(p->a, "constructor");
}

static bool key_is(const Node *p, const char *name)
{
    return !(p->flags & AST_F_COMPUTED) && p->a && (p->a->kind == AST_IDENT || p->a->kind == AST_STRING) &&
           str_is(p->a, name);
}

static bool same_name(const Node *a, const Node *b)
{
    return a->str_len == b->str_len && memcmp(a->str, b->str, a->str_len * sizeof(uint16_t)) == 0;
}

/* Each private name is declared once, except a getter and a setter pair
 * that are both static or both not. */
static void check_private_member(ParseState *ps, NodeList *done, Node *p)
{
    Node *k = p->a;
    if (str_is(k, "constructor")) {
        ast_error_at(ps, k, "Class constructor may not be a private method");
        return;
    }
    for (uint32_t i = 0; i < done->len; i++) {
        Node *q = done->items[i];
        if (!q->a || q->a->kind != AST_PRIVATE_NAME || !same_name(q->a, k))   /* static blocks have no key */
            continue;
        bool pair = ((p->op == PROP_GET && q->op == PROP_SET) || (p->op == PROP_SET && q->op == PROP_GET)) &&
                    (p->flags & AST_F_STATIC) == (q->flags & AST_F_STATIC);
        for (uint32_t j = 0; pair && j < i; j++)
            pair = !(done->items[j]->a && done->items[j]->a->kind == AST_PRIVATE_NAME &&
                     same_name(done->items[j]->a, k));
        if (!pair) {
            char *m = GC_MALLOC_ATOMIC(k->str_len * 3 + 48);
            const char *u = private_unexpected(k) + strlen("Unexpected identifier '");
            sprintf(m, "Identifier '%s has already been declared", u);
            ast_error_at(ps, k, m);
            return;
        }
    }
}

Node *ast_class(ParseState *ps, const LexToken *t, Node *name, Node *heritage, Node *members)
{
    Node *c = at_tok(AST_CLASS, t);
    copy_str(c, name);
    if (name && is_eval_or_arguments(name))   /* class code is strict, its name included */
        ast_error_at(ps, name, "Unexpected eval or arguments in strict mode");
    else if (name && strict_reserved(name))
        ast_error_at(ps, name, "Unexpected strict mode reserved word");
    c->a = heritage;
    c->src_start = t->start;
    c->src_end = ps->last_end;
    for (uint32_t i = 0; members && i < members->list.len; i++) {
        Node *p = members->list.items[i];
        if (p->op == PROP_FIELD && key_is(p, "constructor")) {
            ast_error_at(ps, p, "Classes may not have a field named 'constructor'");
        } else if ((p->flags & AST_F_STATIC) && key_is(p, "prototype") && p->op != PROP_STATIC_BLOCK) {
            ast_error_at(ps, p, "Classes may not have a static property named 'prototype'");
        } else if (is_ctor_key(p) && (p->op == PROP_GET || p->op == PROP_SET)) {
            ast_error_at(ps, p, "Class constructor may not be an accessor");
        } else if (is_ctor_key(p) && p->op == PROP_METHOD) {
            if (c->b)
                ast_error_at(ps, p, "A class may only have one constructor");
            c->b = p->b;
            c->b->flags |= AST_F_CTOR | (heritage ? AST_F_DERIVED : 0);
            copy_str(c->b, c);
            continue;
        }
        if (p->op != PROP_STATIC_BLOCK && p->a->kind == AST_PRIVATE_NAME && !(p->flags & AST_F_COMPUTED))
            check_private_member(ps, &c->list, p);
        ast_list_push(&c->list, p);
    }
    return c;
}

/* ---------------------------------------------------------- statements */

Node *ast_program(ParseState *ps, Node *stmts)
{
    Node *n = ast_new(AST_PROGRAM, 1, 1);
    take_list(n, stmts);
    if (has_use_strict(ps, &n->list))
        n->flags |= AST_F_STRICT;
    return n;
}

Node *ast_stmt1(int kind, const LexToken *t, Node *a)
{
    Node *n = at_tok(kind, t);
    if (kind == AST_BLOCK)
        take_list(n, a);
    else
        n->a = a;
    return n;
}

/* V8 gives the first bytecode of a return, throw, if, switch or expression
 * statement the statement's position, so a name read that comes first and
 * fails reports there (`return x + 1`: at `return`; `return 1 + x`: at x).
 * Follows the operands evaluated first down to such a name. */
Node *ast_first_read_at(Node *stmt)
{
    Node *e = stmt->a;
    while (e) {
        switch (e->kind) {
        case AST_IDENT:
            if (e->num == 0)
                ast_set_report_pos(e, stmt->line, stmt->col);
            return stmt;
        case AST_ASSIGN:
            e = e->op == LEX_ASSIGN && e->a->kind != AST_MEMBER && e->a->kind != AST_INDEX &&
                e->a->kind != AST_PRIVATE_MEMBER ? e->b : e->a;
            break;
        case AST_TEMPLATE:
            e = e->list.len > 1 && e->list.items[0]->str_len == 0 ? e->list.items[1] : NULL;
            break;
        case AST_SEQ:
            e = e->list.len ? e->list.items[0] : NULL;
            break;
        case AST_ARRAY:   /* [...x]: x is read before the array is made */
            e = e->list.len && e->list.items[0] && e->list.items[0]->kind == AST_SPREAD ? e->list.items[0]->a : NULL;
            break;
        case AST_UNARY:
            e = e->op == LEX_DELETE ? NULL : e->a;
            break;
        case AST_BINARY: case AST_LOGICAL: case AST_COND: case AST_MEMBER: case AST_INDEX:
        case AST_PRIVATE_MEMBER: case AST_CALL: case AST_NEW: case AST_TAGGED_TEMPLATE:
        case AST_UPDATE: case AST_OPT_CHAIN:
            e = e->a;
            break;
        default:
            return stmt;
        }
    }
    return stmt;
}

Node *ast_expr_stmt(Node *e)
{
    Node *n = at_start(AST_EXPR_STMT, e);
    n->a = e;
    return n;
}

Node *ast_var(ParseState *ps, const LexToken *kw, Node *decls, bool in_for_init)
{
    (void)in_for_init;
    Node *n = at_tok(AST_VAR, kw);
    n->op = (uint8_t)kw->type;
    take_list(n, decls);
    for (uint32_t i = 0; i < n->list.len; i++) {
        Node *d = n->list.items[i];
        if (kw->type != LEX_VAR && d->a->kind == AST_IDENT && str_is(d->a, "let"))
            ast_error_at(ps, d->a, "let is disallowed as a lexically bound name");
        if (d->b)
            continue;
        if (d->a->kind != AST_IDENT)
            ast_error_at(ps, d->a, "Missing initializer in destructuring declaration");
        else if (kw->type == LEX_CONST)
            ast_error_at(ps, d->a, "Missing initializer in const declaration");
    }
    return n;
}

Node *ast_declarator(ParseState *ps, Node *target, Node *init)
{
    (void)ps;
    Node *n = at_start(AST_DECLARATOR, target);
    n->a = target;
    n->b = init;
    return n;
}

Node *ast_for_bind(ParseState *ps, const LexToken *kw, Node *target)
{
    Node *n = at_tok(AST_VAR, kw);
    n->op = (uint8_t)kw->type;
    if (kw->type != LEX_VAR && target->kind == AST_IDENT && str_is(target, "let"))
        ast_error_at(ps, target, "let is disallowed as a lexically bound name");
    ast_list_push(&n->list, ast_declarator(ps, target, NULL));
    return n;
}

/* `l: function f(){}` as the body of an if or a loop is an error in any
 * mode (IsLabelledFunction); op LEX_WHILE gives it the loop body's message */
static void reject_labelled_func(Node *body)
{
    while (body && body->kind == AST_LABELED)
        body = body->a;
    if (body && body->kind == AST_FUNC_DECL && body->op == LEX_COLON)
        body->op = LEX_WHILE;
}

Node *ast_if(const LexToken *t, Node *test, Node *cons, Node *alt)
{
    reject_labelled_func(cons);
    reject_labelled_func(alt);
    Node *n = at_tok(AST_IF, t);
    n->a = test;
    n->b = cons;
    n->c = alt;
    return n;
}

Node *ast_loop(ParseState *ps, int kind, const LexToken *t, Node *a, Node *b, Node *c, Node *body)
{
    reject_labelled_func(body);
    /* `for (#x in o;;)`: the for head's initialiser has no `in` */
    if (kind == AST_FOR && a && a->kind == AST_PRIVATE_IN && !(a->flags & AST_F_PARENS))
        ast_error_at(ps, a->a, private_unexpected(a->a));
    Node *n = at_tok(kind, t);
    n->a = a;
    n->b = b;
    n->c = c;
    n->d = body;
    return n;
}

Node *ast_for_in_of(ParseState *ps, int kind, const LexToken *t, Node *head, Node *obj, Node *body)
{
    reject_labelled_func(body);
    /* `for (async of` would be the start of an async arrow; `\u0061sync`
     * and `(async)` are fine */
    if (kind == AST_FOR_OF && head->kind == AST_IDENT && !(head->flags & AST_F_PARENS) &&
        head->src_end - head->src_start == 5 && memcmp(ps->src + head->src_start, "async", 5) == 0)
        ast_error_at(ps, head, "The left-hand side of a for-of loop may not be 'async'.");
    Node *n = at_tok(kind, t);
    if (head->kind == AST_VAR)
        n->a = head;
    else
        n->a = ast_to_target(ps, head, "Invalid left-hand side in for-loop");
    n->b = obj;
    n->d = body;
    return n;
}

Node *ast_jump(int kind, const LexToken *t, Node *label)
{
    Node *n = at_tok(kind, t);
    copy_str(n, label);
    if (label)   /* an undefined label is reported at the label */
        ast_set_report_pos(n, label->line, label->col);
    return n;
}

Node *ast_try(const LexToken *t, Node *block, Node *param, Node *handler, Node *finalizer)
{
    Node *n = at_tok(AST_TRY, t);
    n->a = block;
    n->b = param;
    n->c = handler;
    n->d = finalizer;
    return n;
}

Node *ast_switch(ParseState *ps, const LexToken *t, Node *disc, Node *cases)
{
    Node *n = at_tok(AST_SWITCH, t);
    n->a = disc;
    take_list(n, cases);
    bool dflt = false;
    for (uint32_t i = 0; i < n->list.len; i++) {
        if (n->list.items[i]->a)
            continue;
        if (dflt) {
            ast_error_at(ps, n->list.items[i], "More than one default clause in switch statement");
            break;
        }
        dflt = true;
    }
    return n;
}

Node *ast_case(const LexToken *t, Node *test, Node *stmts)
{
    Node *n = at_tok(AST_CASE, t);
    n->a = test;
    take_list(n, stmts);
    return n;
}

Node *ast_labeled(Node *label, Node *stmt)
{
    Node *n = at_node_str(AST_LABELED, label);
    n->a = stmt;
    return n;
}

/* ------------------------------------------------------ whole-tree pass */

typedef struct WalkItem {
    Node *n;
    bool strict;
} WalkItem;

typedef struct WalkStack {
    WalkItem *v;
    size_t len, cap;
} WalkStack;

static void walk_push(WalkStack *s, Node *n, bool strict)
{
    if (!n)
        return;
    if (s->len == s->cap) {
        size_t cap = s->cap ? s->cap * 2 : 256;
        WalkItem *v = GC_MALLOC(cap * sizeof(WalkItem));
        if (s->len)
            memcpy(v, s->v, s->len * sizeof(WalkItem));
        s->v = v;
        s->cap = cap;
    }
    s->v[s->len].n = n;
    s->v[s->len].strict = strict;
    s->len++;
}

static bool strict_reserved(const Node *id)
{
    static const char *const words[] = {"implements", "interface", "let", "package", "private",
                                        "protected", "public", "static", "yield"};
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (str_is(id, words[i]))
            return true;
    return false;
}

/* Early errors that depend on strictness, known only once a directive
 * prologue has been read. */
static void check_strict(ParseState *ps, const Node *n)
{
    if ((n->kind == AST_IDENT || n->kind == AST_LABELED) && strict_reserved(n)) {
        ast_error_at(ps, n, "Unexpected strict mode reserved word");
    } else if (n->kind == AST_FUNC && n->str) {
        for (uint32_t i = 0; i < ps->strict_errs.len; i++)
            if (ps->strict_errs.v[i].owner == n)
                ast_error_at(ps, ps->strict_errs.v[i].at, ps->strict_errs.v[i].msg);
    } else if (n->kind == AST_NUMBER || n->kind == AST_STRING) {
        for (uint32_t i = 0; i < ps->noctals; i++)
            if (ps->octals[i] == n)
                ast_error_at(ps, n, ps->octal_msgs[i]);
    } else if (n->kind == AST_EMPTY && n->op == LEX_WITH) {
        ast_error_at(ps, n, "Strict mode code may not include a with statement");
    } else if ((n->kind == AST_BLOCK && n->op == LEX_FUNCTION) || (n->kind == AST_FUNC_DECL && (n->op == LEX_COLON || n->op == LEX_WHILE))) {
        ast_error_at(ps, n, "In strict mode code, functions can only be declared at top level or inside a block.");
    }
}

/* Strictness flows down into nested functions; class bodies are strict. */
static void propagate_strict(ParseState *ps, Node *program)
{
    WalkStack st = {0};
    walk_push(&st, program, (program->flags & AST_F_STRICT) != 0);
    while (st.len) {
        WalkItem it = st.v[--st.len];
        Node *n = it.n;
        bool strict = it.strict;
        if (n->kind == AST_FUNC) {
            if (strict)
                n->flags |= AST_F_STRICT;
            strict = (n->flags & AST_F_STRICT) != 0;
        } else if (n->kind == AST_CLASS) {
            strict = true;
        }
        if (strict)
            check_strict(ps, n);
        else if (n->kind == AST_EMPTY && n->op == LEX_WITH)
            ast_error_at(ps, n, "with statements are not supported");
        else if (n->kind == AST_FUNC_DECL && n->op == LEX_WHILE)
            ast_error_at(ps, n, "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
        if (n->kind == AST_PROPERTY && !(n->flags & AST_F_COMPUTED) && n->a && n->a->kind == AST_IDENT) {
            walk_push(&st, n->b, strict);  /* a plain key is a name, not a reference */
            continue;
        }
        walk_push(&st, n->a, strict);
        walk_push(&st, n->b, strict);
        walk_push(&st, n->c, strict);
        walk_push(&st, n->d, strict);
        for (uint32_t i = 0; i < n->list.len; i++)
            walk_push(&st, n->list.items[i], strict);
    }
}

void ast_finish(ParseState *ps, Node *program)
{
    for (uint32_t i = 0; i < ps->ncover; i++) {
        Node *p = ps->cover_inits[i];
        if (p->flags & AST_F_COVER_INIT) {
            const Node *at = p->b && p->b->b ? p->b->a : p;
            ast_error_at(ps, at, "Invalid shorthand property initializer");
            return;
        }
    }
    for (uint32_t i = 0; i < ps->dup_protos.len; i++) {
        if (ps->dup_protos.v[i].owner->kind == AST_OBJECT) {   /* not made a pattern */
            ast_error_at(ps, ps->dup_protos.v[i].at, ps->dup_protos.v[i].msg);
            return;
        }
    }
    propagate_strict(ps, program);
}

/* ------------------------------------------------------------- printer */

static void dump_str(FILE *out, const uint16_t *s, uint32_t len)
{
    fputc('"', out);
    for (uint32_t i = 0; i < len; i++) {
        uint16_t c = s[i];
        if (c == '"' || c == '\\')
            fprintf(out, "\\%c", (char)c);
        else if (c == '\n')
            fputs("\\n", out);
        else if (c == '\t')
            fputs("\\t", out);
        else if (c < 0x20 || c >= 0x7f)
            fprintf(out, "\\u%04x", c);
        else
            fputc(c, out);
    }
    fputc('"', out);
}

static void dump_num(FILE *out, double d)
{
    char buf[40];
    if (isnan(d)) {
        fputs("NaN", out);
        return;
    }
    if (isinf(d)) {
        fputs(d > 0 ? "Infinity" : "-Infinity", out);
        return;
    }
    if (d == floor(d) && fabs(d) < 1e21) {
        fprintf(out, "%.0f", d);
        return;
    }
    for (int prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*g", prec, d);
        if (strtod(buf, NULL) == d)
            break;
    }
    fputs(buf, out);
}

static const char *const flag_names[] = {
    "strict", "arrow", "expr-body", "method", "getter", "setter", "ctor", "derived",
    "static", "computed", "shorthand", "optional", "prefix", "parens", "simple-params", "cover-init",
};

static void dump_head(FILE *out, const Node *n)
{
    fprintf(out, "(%s@%u:%u", ast_kind_name(n->kind), n->line, n->col);
    switch (n->kind) {
    case AST_UNARY: case AST_UPDATE: case AST_BINARY: case AST_LOGICAL:
    case AST_ASSIGN: case AST_VAR:
        fprintf(out, " %s", lex_token_text(n->op));
        break;
    case AST_PROPERTY:
        fprintf(out, " %s", n->op < 6 ? prop_names[n->op] : "?");
        break;
    default:
        break;
    }
    if (n->flags) {
        const char *sep = " [";
        for (int i = 0; i < 16; i++)
            if (n->flags & (1u << i)) {
                fprintf(out, "%s%s", sep, flag_names[i]);
                sep = ",";
            }
        fputc(']', out);
    }
    if (n->kind == AST_NUMBER) {
        fputc(' ', out);
        dump_num(out, n->num);
    }
    if (n->str || (n->kind == AST_STRING && n->str2 == NULL)) {
        fputc(' ', out);
        dump_str(out, n->str, n->str_len);
    } else if (n->kind == AST_STRING) {
        fputs(" undefined", out);
    }
    if (n->str2) {
        fputs(n->kind == AST_REGEX ? " flags=" : " raw=", out);
        dump_str(out, n->str2, n->str2_len);
    }
    if (n->kind == AST_FUNC || n->kind == AST_CLASS)
        fprintf(out, " src=%u..%u", n->src_start, n->src_end);
}

/* Children in print order: a..d up to the last one present (absent ones
 * before it print as `nil`), then the list. */
static uint32_t child_count(const Node *n, int *nfields)
{
    int f = n->d ? 4 : n->c ? 3 : n->b ? 2 : n->a ? 1 : 0;
    *nfields = f;
    return (uint32_t)f + n->list.len;
}

static const Node *child_at(const Node *n, uint32_t i, int nfields)
{
    if ((int)i < nfields) {
        const Node *f[4] = {n->a, n->b, n->c, n->d};
        return f[i];
    }
    return n->list.items[i - (uint32_t)nfields];
}

/* Indentation stops growing here, so a 100,000-term chain prints in linear
 * size; goldens never nest this deep. */
#define DUMP_INDENT_MAX 100

typedef struct DumpFrame {
    const Node *n;
    uint32_t next, count;
    int nfields;
} DumpFrame;

void ast_dump(FILE *out, const Node *root)
{
    if (!root) {
        fputs("nil\n", out);
        return;
    }
    size_t cap = 64, len = 0;
    DumpFrame *st = GC_MALLOC(cap * sizeof(DumpFrame));
    dump_head(out, root);
    st[len].n = root;
    st[len].next = 0;
    st[len].count = child_count(root, &st[len].nfields);
    len++;
    while (len) {
        DumpFrame *f = &st[len - 1];
        if (f->next == f->count) {
            fputc(')', out);
            len--;
            continue;
        }
        const Node *c = child_at(f->n, f->next++, f->nfields);
        fputc('\n', out);
        for (size_t i = 0; i < len && i < DUMP_INDENT_MAX; i++)
            fputs("  ", out);
        if (!c) {
            fputs("nil", out);
            continue;
        }
        dump_head(out, c);
        if (len == cap) {
            DumpFrame *v = GC_MALLOC(cap * 2 * sizeof(DumpFrame));
            memcpy(v, st, cap * sizeof(DumpFrame));
            st = v;
            cap *= 2;
        }
        st[len].n = c;
        st[len].next = 0;
        st[len].count = child_count(c, &st[len].nfields);
        len++;
    }
    fputc('\n', out);
}
