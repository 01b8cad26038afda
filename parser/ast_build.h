/* ast_build.h - private interface between the lemon grammar (grammar.y, which
 * parse.c includes) and the node builders in ast.c.  Not for other modules:
 * they see only ast.h.
 *
 * Builders never print.  One that finds an early error (a bad assignment
 * target, `-a ** b`, a getter with parameters) records it with ast_error and
 * returns a usable node anyway; the driver stops after the current token. */
#ifndef WEAKJS_AST_BUILD_H
#define WEAKJS_AST_BUILD_H

#include "ast.h"
#include "lexer.h"

/* An early error that applies only if `owner` turns out to be strict code
 * (a function named eval), or only if `owner` stays an object literal (a
 * duplicate __proto__, allowed in a pattern); reported at `at`. */
typedef struct Deferred {
    Node *owner;
    const Node *at;
    const char *msg;
} Deferred;

typedef struct DeferredList {
    Deferred *v;
    uint32_t len, cap;
} DeferredList;

typedef struct ParseState {
    ParseError *err;
    bool failed;
    const char *filename;
    const char *src;
    Node *program;
    uint32_t last_end;          /* byte end of the last token shifted */
    /* `{a = 1}` shorthand initialisers still waiting for a pattern to take them */
    Node **cover_inits;
    uint32_t ncover, cover_cap;
    /* STRING nodes spelled exactly 'use strict' / "use strict" */
    Node **use_strict;
    uint32_t nuse_strict, use_strict_cap;
    /* legacy octal literals (017, 08, "\01"): an error if they turn out strict */
    Node **octals;
    const char **octal_msgs;
    uint32_t noctals, octal_cap;
    /* the last && / || node built and its operator position, for `a ?? b && c` */
    Node *last_logical;
    uint32_t last_logical_line, last_logical_col;
    DeferredList strict_errs;   /* owner: a FUNC */
    DeferredList dup_protos;    /* owner: an OBJECT */
} ParseState;

/* internal flag: a PROPERTY `{a = 1}` not yet turned into a pattern */
#define AST_F_COVER_INIT (1u << 15)

void ast_error(ParseState *ps, uint32_t line, uint32_t col, const char *msg);
void ast_error_at(ParseState *ps, const Node *n, const char *msg);
/* An error V8 reports with a range: end_line:end_col is just past it. */
void ast_error_range(ParseState *ps, uint32_t line, uint32_t col, uint32_t end_line, uint32_t end_col,
                     const char *msg);

Node *ast_new(int kind, uint32_t line, uint32_t col);
Node *ast_leaf(int kind, const LexToken *t);
Node *ast_list_new(const LexToken *t);
Node *ast_list_add(Node *holder, Node *item);

/* literals and names */
Node *ast_ident(ParseState *ps, const LexToken *t);
Node *ast_number(const LexToken *t);
Node *ast_number_lit(ParseState *ps, const LexToken *t);
Node *ast_string(ParseState *ps, const LexToken *t);
Node *ast_regex(ParseState *ps, const LexToken *t);
Node *ast_template_start(const LexToken *t, Node *e);
Node *ast_template_add(Node *tpl, const LexToken *t, Node *e);
Node *ast_template_checked(ParseState *ps, Node *tpl);
Node *ast_tagged(Node *tag, Node *tpl);
Node *ast_parens(Node *e, const LexToken *lparen);

/* arrays and objects */
Node *ast_array(const LexToken *t, Node *elems, int holes);
Node *ast_array_elems(Node *elems, int holes, Node *item);
Node *ast_spread(const LexToken *t, Node *e);
Node *ast_object(ParseState *ps, const LexToken *t, Node *props);
Node *ast_prop(int op, Node *key, Node *value, unsigned flags);
Node *ast_prop_cover(ParseState *ps, Node *id, Node *value);
Node *ast_shorthand(ParseState *ps, Node *id);
Node *ast_prop_key(Node *key, const LexToken *start);
Node *ast_computed_key(Node *e, const LexToken *lbracket);
Node *ast_method(ParseState *ps, int op, const LexToken *first, Node *key, const LexToken *lparen,
                 const LexToken *rparen, Node *params, Node *body);
Node *ast_static(Node *member);

/* operators */
Node *ast_unary(ParseState *ps, const LexToken *op, Node *a);
Node *ast_update(ParseState *ps, const LexToken *op, Node *a, bool prefix);
Node *ast_binary(ParseState *ps, const LexToken *op, Node *a, Node *b);
Node *ast_assign(ParseState *ps, const LexToken *op, Node *a, Node *b);
Node *ast_cond(Node *a, Node *b, Node *c);
Node *ast_seq(Node *a, Node *b);

/* member access and calls */
Node *ast_member(ParseState *ps, Node *obj, Node *name, bool optional);
Node *ast_index(Node *obj, const LexToken *lbracket, Node *key, bool optional);
Node *ast_call(Node *callee, Node *args, bool optional);
Node *ast_args(const LexToken *lparen, Node *list);
Node *ast_new_call(const LexToken *t, Node *callee, Node *args);
Node *ast_super(const LexToken *t);
Node *ast_new_target(const LexToken *t);
Node *ast_chain_start(Node *base, Node *link);
/* private names: #x as a key, o.#x, #x in o */
Node *ast_private_name(const LexToken *t);
Node *ast_private_member(Node *obj, const LexToken *name, bool optional);
Node *ast_private_in(ParseState *ps, const LexToken *name, const LexToken *in, Node *obj);
Node *ast_chain_extend(Node *chain, Node *link);
Node *ast_link_at(Node *link, const LexToken *t);

/* functions and classes */
Node *ast_params(Node *list, Node *rest);
Node *ast_param_default(ParseState *ps, Node *target, Node *dflt);
Node *ast_rest(const LexToken *t, Node *target);
Node *ast_if_func(Node *decl);
Node *ast_labeled_func(ParseState *ps, Node *decl);
Node *ast_rest_comma(ParseState *ps, const LexToken *t, Node *target);
Node *ast_trailing_comma(Node *elems, int holes);
Node *ast_binding(ParseState *ps, Node *target);
Node *ast_body(ParseState *ps, const LexToken *lbrace, Node *stmts);
Node *ast_func(ParseState *ps, const LexToken *first, Node *name, Node *params, Node *body);
Node *ast_arrow_head(ParseState *ps, const LexToken *first, Node *cover, Node *rest, bool trailing_comma);
Node *ast_arrow_ident(ParseState *ps, Node *id);
Node *ast_arrow(ParseState *ps, Node *head, Node *body, bool expr_body);
Node *ast_class(ParseState *ps, const LexToken *t, Node *name, Node *heritage, Node *members);
Node *ast_field(Node *key, Node *init);
Node *ast_static_block(ParseState *ps, const LexToken *t, const LexToken *lbrace, Node *stmts);

/* statements */
Node *ast_program(ParseState *ps, Node *stmts);
Node *ast_stmt1(int kind, const LexToken *t, Node *a);
Node *ast_expr_stmt(Node *e);
Node *ast_first_read_at(Node *stmt);
Node *ast_var(ParseState *ps, const LexToken *kw, Node *decls, bool in_for_init);
Node *ast_declarator(ParseState *ps, Node *target, Node *init);
Node *ast_for_bind(ParseState *ps, const LexToken *kw, Node *target);
Node *ast_if(const LexToken *t, Node *test, Node *cons, Node *alt);
Node *ast_loop(ParseState *ps, int kind, const LexToken *t, Node *a, Node *b, Node *c, Node *body);
Node *ast_for_in_of(ParseState *ps, int kind, const LexToken *t, Node *head, Node *obj, Node *body);
Node *ast_jump(int kind, const LexToken *t, Node *label);
Node *ast_try(const LexToken *t, Node *block, Node *param, Node *handler, Node *finalizer);
Node *ast_switch(ParseState *ps, const LexToken *t, Node *disc, Node *cases);
Node *ast_case(const LexToken *t, Node *test, Node *stmts);
Node *ast_labeled(Node *label, Node *stmt);

/* cover grammar: turn an expression into an assignment target */
Node *ast_to_target(ParseState *ps, Node *e, const char *msg);
/* the tree is complete: strictness, leftover cover initialisers */
void ast_finish(ParseState *ps, Node *program);

#endif
