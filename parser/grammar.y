/* grammar.y - the lemon grammar of weakjs's JavaScript.
 *
 * LALR(1) with zero conflicts.  JavaScript's context-sensitive spots are
 * decided by the driver (parse.c), which asks the parser tables "would this
 * token be accepted now?" before it feeds a token:
 *   - `{` is LBRACE (block, function body) where the grammar accepts it, and
 *     the pseudo-token OBJ_LBRACE (object literal) elsewhere;
 *   - `function`/`class` become FUNCTION_E/CLASS_E where a declaration is not
 *     possible, so expression statements never start with them;
 *   - `in` becomes FORIN_IN in a for head, so the head needs no NoIn copy of
 *     the expression grammar;
 *   - ASI_SEMI is the semicolon automatic insertion supplies, DW_ASI the one
 *     after `do ... while (x)`; neither can be an empty statement;
 *   - `let` is LET only where a declaration can start and the next token
 *     starts a binding; elsewhere it falls back to IDENT.
 * Binary operators are one expression nonterminal with precedences.  Array
 * and object literals, parenthesised lists and assignment left sides are
 * parsed as expressions and turned into patterns by ast.c (cover grammar).
 * Actions are one line and call the builders of ast.c. */

%name Parse
%token_prefix TK_
%token_type {LexToken *}
%default_type {Node *}
%extra_argument {ParseState *ps}
%start_symbol program
%stack_size 0

%include {
#include "ast_build.h"
}

%syntax_error { (void)yymajor; (void)yyminor; if (!ps->failed) ast_error(ps, 0, 0, "Unexpected token"); }
%stack_overflow { ast_error(ps, 0, 0, "Maximum call stack size exceeded"); }
%parse_failure { if (!ps->failed) ast_error(ps, 0, 0, "Unexpected token"); }

/* every token of lexer/tokens.def, in its order */
%token IDENT PRIVATE_NAME NUMBER STRING REGEX TEMPLATE_FULL TEMPLATE_HEAD TEMPLATE_MIDDLE TEMPLATE_TAIL.
%token AWAIT BREAK CASE CATCH CLASS CONST CONTINUE DEBUGGER DEFAULT DELETE DO ELSE ENUM EXPORT
       EXTENDS FALSE FINALLY FOR FUNCTION IF IMPORT IN INSTANCEOF NEW NULL RETURN SUPER SWITCH
       THIS THROW TRUE TRY TYPEOF VAR VOID WHILE WITH YIELD.
%token LET STATIC GET SET OF ASYNC FROM AS TARGET IMPLEMENTS INTERFACE PACKAGE PRIVATE
       PROTECTED PUBLIC.
%token LBRACE RBRACE LPAREN RPAREN LBRACKET RBRACKET DOT ELLIPSIS SEMI COMMA LT GT LE GE EQ NE
       SEQ SNE PLUS MINUS STAR SLASH PERCENT STARSTAR INC DEC SHL SAR SHR BITAND BITOR BITXOR
       NOT TILDE AND OR NULLISH QUESTION OPTCHAIN COLON ASSIGN PLUS_ASSIGN MINUS_ASSIGN
       STAR_ASSIGN SLASH_ASSIGN PERCENT_ASSIGN STARSTAR_ASSIGN SHL_ASSIGN SAR_ASSIGN SHR_ASSIGN
       BITAND_ASSIGN BITOR_ASSIGN BITXOR_ASSIGN AND_ASSIGN OR_ASSIGN NULLISH_ASSIGN ARROW HASH AT.
/* pseudo-tokens chosen by the driver */
%token OBJ_LBRACE FUNCTION_E CLASS_E FORIN_IN ASI_SEMI DW_ASI.

%fallback IDENT LET.

/* lowest first */
%right ASSIGN PLUS_ASSIGN MINUS_ASSIGN STAR_ASSIGN SLASH_ASSIGN PERCENT_ASSIGN STARSTAR_ASSIGN
       SHL_ASSIGN SAR_ASSIGN SHR_ASSIGN BITAND_ASSIGN BITOR_ASSIGN BITXOR_ASSIGN AND_ASSIGN
       OR_ASSIGN NULLISH_ASSIGN ARROW QUESTION COLON.
%left NULLISH.
%left OR.
%left AND.
%left BITOR.
%left BITXOR.
%left BITAND.
%left EQ NE SEQ SNE.
%left LT GT LE GE IN INSTANCEOF.
%left SHL SAR SHR.
%left PLUS MINUS.
%left STAR SLASH PERCENT.
%right STARSTAR.
%right UNARY NOT TILDE TYPEOF VOID DELETE INC DEC.
%nonassoc IF_NO_ELSE.
%nonassoc ELSE.

/************************************ program and statement lists ***/
program ::= stmt_list(L).                                   { ps->program = ast_program(ps, L); }

stmt_list(A) ::= .                                          { A = ast_list_new(NULL); }
stmt_list(A) ::= stmt_list(L) stmt_item(S).                 { A = ast_list_add(L, S); }

stmt_item(A) ::= stmt(S).                                   { A = S; }
stmt_item(A) ::= func_decl(F).                             { A = F; }
stmt_item(A) ::= CLASS(T) ident(N) heritage(H) LBRACE class_body(B) RBRACE. { A = ast_stmt1(AST_CLASS_DECL, T, ast_class(ps, T, N, H, B)); }
stmt_item(A) ::= lex_kw(K) decl_list(L) semi.               { A = ast_var(ps, K, L, false); }

lex_kw(A) ::= LET(T).                                       { A = T; }
lex_kw(A) ::= CONST(T).                                     { A = T; }
%type lex_kw {LexToken *}

func_decl(A) ::= FUNCTION(T) ident(N) LPAREN params(P) RPAREN func_body(B). { A = ast_stmt1(AST_FUNC_DECL, T, ast_func(ps, T, N, P, B)); }

semi ::= SEMI.
semi ::= ASI_SEMI.

/******************************************************** statements ***/
stmt(A) ::= LBRACE(T) stmt_list(L) RBRACE.                  { A = ast_stmt1(AST_BLOCK, T, L); }
stmt(A) ::= VAR(T) decl_list(L) semi.                       { A = ast_var(ps, T, L, false); }
stmt(A) ::= SEMI(T).                                        { A = ast_leaf(AST_EMPTY, T); }
stmt(A) ::= expr(E) semi.                                   { A = ast_first_read_at(ast_expr_stmt(E)); }
stmt(A) ::= IF(T) LPAREN expr(E) RPAREN if_body(S). [IF_NO_ELSE] { A = ast_first_read_at(ast_if(T, E, S, NULL)); }
stmt(A) ::= IF(T) LPAREN expr(E) RPAREN if_body(S) ELSE if_body(F). { A = ast_first_read_at(ast_if(T, E, S, F)); }
stmt(A) ::= WHILE(T) LPAREN expr(E) RPAREN loop_body(S).         { A = ast_loop(ps, AST_WHILE, T, E, NULL, NULL, S); }
stmt(A) ::= DO(T) loop_body(S) WHILE LPAREN expr(E) RPAREN dw_end. { A = ast_loop(ps, AST_DO_WHILE, T, E, NULL, NULL, S); }
stmt(A) ::= FOR(T) LPAREN for_init(I) SEMI opt_expr(C) SEMI opt_expr(U) RPAREN loop_body(S). { A = ast_loop(ps, AST_FOR, T, I, C, U, S); }
stmt(A) ::= FOR(T) LPAREN expr(H) FORIN_IN expr(O) RPAREN loop_body(S).     { A = ast_for_in_of(ps, AST_FOR_IN, T, H, O, S); }
stmt(A) ::= FOR(T) LPAREN for_bind(H) FORIN_IN expr(O) RPAREN loop_body(S). { A = ast_for_in_of(ps, AST_FOR_IN, T, H, O, S); }
stmt(A) ::= FOR(T) LPAREN expr(H) OF aexpr(O) RPAREN loop_body(S).          { A = ast_for_in_of(ps, AST_FOR_OF, T, H, O, S); }
stmt(A) ::= FOR(T) LPAREN for_bind(H) OF aexpr(O) RPAREN loop_body(S).      { A = ast_for_in_of(ps, AST_FOR_OF, T, H, O, S); }
stmt(A) ::= CONTINUE(T) semi.                               { A = ast_jump(AST_CONTINUE, T, NULL); }
stmt(A) ::= CONTINUE(T) ident(L) semi.                      { A = ast_jump(AST_CONTINUE, T, L); }
stmt(A) ::= BREAK(T) semi.                                  { A = ast_jump(AST_BREAK, T, NULL); }
stmt(A) ::= BREAK(T) ident(L) semi.                         { A = ast_jump(AST_BREAK, T, L); }
stmt(A) ::= RETURN(T) semi.                                 { A = ast_stmt1(AST_RETURN, T, NULL); }
stmt(A) ::= RETURN(T) expr(E) semi.                         { A = ast_first_read_at(ast_stmt1(AST_RETURN, T, E)); }
stmt(A) ::= THROW(T) expr(E) semi.                          { A = ast_first_read_at(ast_stmt1(AST_THROW, T, E)); }
stmt(A) ::= TRY(T) block(B) catch_param(P) block(C).        { A = ast_try(T, B, P, C, NULL); }
stmt(A) ::= TRY(T) block(B) FINALLY block(F).               { A = ast_try(T, B, NULL, NULL, F); }
stmt(A) ::= TRY(T) block(B) catch_param(P) block(C) FINALLY block(F). { A = ast_try(T, B, P, C, F); }
stmt(A) ::= SWITCH(T) LPAREN expr(E) RPAREN LBRACE case_list(L) RBRACE. { A = ast_first_read_at(ast_switch(ps, T, E, L)); }
stmt(A) ::= ident(L) COLON stmt(S).                         { A = ast_labeled(L, S); }
stmt(A) ::= ident(L) COLON func_decl(F).                    { A = ast_labeled(L, ast_labeled_func(ps, F)); }
stmt(A) ::= DEBUGGER(T) semi.                               { A = ast_leaf(AST_DEBUGGER, T); }
/* `with` is not supported: parsed only to report it (ast.c: propagate_strict) */
stmt(A) ::= WITH(T) LPAREN expr RPAREN stmt.                { A = ast_leaf(AST_EMPTY, T); A->op = LEX_WITH; }

/* Annex B.3.3: sloppy `if (x) function f(){}` is `if (x) { function f(){} }` */
if_body(A) ::= stmt(S).                                     { A = S; }
if_body(A) ::= func_decl(F).                                { A = ast_if_func(F); }

/* a function declaration as a loop body is an error; the grammar takes it to
 * give node's message (which depends on strictness, known only at the end) */
loop_body(A) ::= stmt(S).                                   { A = S; }
loop_body(A) ::= func_decl(F).                              { A = F; F->op = LEX_WHILE; }

dw_end ::= semi.
dw_end ::= DW_ASI.

block(A) ::= LBRACE(T) stmt_list(L) RBRACE.                 { A = ast_stmt1(AST_BLOCK, T, L); }

/* the catch parameter node, or NULL for `catch {` */
catch_param(A) ::= CATCH LPAREN binding(B) RPAREN.          { A = B; }
catch_param(A) ::= CATCH.                                   { A = NULL; }

case_list(A) ::= .                                          { A = ast_list_new(NULL); }
case_list(A) ::= case_list(L) CASE(T) expr(E) COLON stmt_list(S). { A = ast_list_add(L, ast_case(T, E, S)); }
case_list(A) ::= case_list(L) DEFAULT(T) COLON stmt_list(S). { A = ast_list_add(L, ast_case(T, NULL, S)); }

opt_expr(A) ::= .                                           { A = NULL; }
opt_expr(A) ::= expr(E).                                    { A = E; }

for_init(A) ::= .                                           { A = NULL; }
for_init(A) ::= expr(E).                                    { A = E; }
for_init(A) ::= VAR(T) decl_list(L).                        { A = ast_var(ps, T, L, true); }
for_init(A) ::= lex_kw(K) decl_list(L).                     { A = ast_var(ps, K, L, true); }

for_bind(A) ::= VAR(T) binding(B).                          { A = ast_for_bind(ps, T, B); }
for_bind(A) ::= lex_kw(K) binding(B).                       { A = ast_for_bind(ps, K, B); }

decl_list(A) ::= decl(D).                                   { A = ast_list_add(ast_list_new(NULL), D); }
decl_list(A) ::= decl_list(L) COMMA decl(D).                { A = ast_list_add(L, D); }
decl(A) ::= binding(B).                                     { A = ast_declarator(ps, B, NULL); }
decl(A) ::= binding(B) ASSIGN aexpr(E).                     { A = ast_declarator(ps, B, E); }

/* a binding identifier or pattern (parsed as a literal, then converted) */
binding(A) ::= ident(I).                                    { A = I; }
binding(A) ::= array_lit(E).                                { A = ast_binding(ps, E); }
binding(A) ::= object_lit(E).                               { A = ast_binding(ps, E); }

/******************************************************* identifiers ***/
/* a name that can be bound or referenced: contextual keywords included */
ident(A) ::= IDENT(T).       { A = ast_ident(ps, T); }
ident(A) ::= STATIC(T).      { A = ast_ident(ps, T); }
ident(A) ::= GET(T).         { A = ast_ident(ps, T); }
ident(A) ::= SET(T).         { A = ast_ident(ps, T); }
ident(A) ::= OF(T).          { A = ast_ident(ps, T); }
ident(A) ::= ASYNC(T).       { A = ast_ident(ps, T); }
ident(A) ::= FROM(T).        { A = ast_ident(ps, T); }
ident(A) ::= AS(T).          { A = ast_ident(ps, T); }
ident(A) ::= TARGET(T).      { A = ast_ident(ps, T); }
ident(A) ::= IMPLEMENTS(T).  { A = ast_ident(ps, T); }
ident(A) ::= INTERFACE(T).   { A = ast_ident(ps, T); }
ident(A) ::= PACKAGE(T).     { A = ast_ident(ps, T); }
ident(A) ::= PRIVATE(T).     { A = ast_ident(ps, T); }
ident(A) ::= PROTECTED(T).   { A = ast_ident(ps, T); }
ident(A) ::= PUBLIC(T).      { A = ast_ident(ps, T); }
ident(A) ::= YIELD(T).       { A = ast_ident(ps, T); }
ident(A) ::= AWAIT(T).       { A = ast_ident(ps, T); }

/* any IdentifierName: after `.` and `?.`, as a property key */
identifier_name(A) ::= ident(I).       { A = I; }
identifier_name(A) ::= LET(T).         { A = ast_ident(ps, T); }
identifier_name(A) ::= BREAK(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= CASE(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= CATCH(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= CLASS(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= CONST(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= CONTINUE(T).    { A = ast_ident(ps, T); }
identifier_name(A) ::= DEBUGGER(T).    { A = ast_ident(ps, T); }
identifier_name(A) ::= DEFAULT(T).     { A = ast_ident(ps, T); }
identifier_name(A) ::= DELETE(T).      { A = ast_ident(ps, T); }
identifier_name(A) ::= DO(T).          { A = ast_ident(ps, T); }
identifier_name(A) ::= ELSE(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= ENUM(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= EXPORT(T).      { A = ast_ident(ps, T); }
identifier_name(A) ::= EXTENDS(T).     { A = ast_ident(ps, T); }
identifier_name(A) ::= FALSE(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= FINALLY(T).     { A = ast_ident(ps, T); }
identifier_name(A) ::= FOR(T).         { A = ast_ident(ps, T); }
identifier_name(A) ::= FUNCTION(T).    { A = ast_ident(ps, T); }
identifier_name(A) ::= IF(T).          { A = ast_ident(ps, T); }
identifier_name(A) ::= IMPORT(T).      { A = ast_ident(ps, T); }
identifier_name(A) ::= IN(T).          { A = ast_ident(ps, T); }
identifier_name(A) ::= INSTANCEOF(T).  { A = ast_ident(ps, T); }
identifier_name(A) ::= NEW(T).         { A = ast_ident(ps, T); }
identifier_name(A) ::= NULL(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= RETURN(T).      { A = ast_ident(ps, T); }
identifier_name(A) ::= SUPER(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= SWITCH(T).      { A = ast_ident(ps, T); }
identifier_name(A) ::= THIS(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= THROW(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= TRUE(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= TRY(T).         { A = ast_ident(ps, T); }
identifier_name(A) ::= TYPEOF(T).      { A = ast_ident(ps, T); }
identifier_name(A) ::= VAR(T).         { A = ast_ident(ps, T); }
identifier_name(A) ::= VOID(T).        { A = ast_ident(ps, T); }
identifier_name(A) ::= WHILE(T).       { A = ast_ident(ps, T); }
identifier_name(A) ::= WITH(T).        { A = ast_ident(ps, T); }

/****************************************************** expressions ***/
expr(A) ::= aexpr(E).                                       { A = E; }
expr(A) ::= expr(L) COMMA aexpr(R).                         { A = ast_seq(L, R); }

aexpr(A) ::= lhs(E).                                        { A = E; }
aexpr(A) ::= arrow_head(H) aexpr(B). [ARROW]                { A = ast_arrow(ps, H, B, true); }
aexpr(A) ::= arrow_head(H) LBRACE(T) stmt_list(L) RBRACE.   { A = ast_arrow(ps, H, ast_body(ps, T, L), false); }

aexpr(A) ::= aexpr(L) ASSIGN(T) aexpr(R).          { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) PLUS_ASSIGN(T) aexpr(R).     { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) MINUS_ASSIGN(T) aexpr(R).    { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) STAR_ASSIGN(T) aexpr(R).     { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SLASH_ASSIGN(T) aexpr(R).    { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) PERCENT_ASSIGN(T) aexpr(R).  { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) STARSTAR_ASSIGN(T) aexpr(R). { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SHL_ASSIGN(T) aexpr(R).      { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SAR_ASSIGN(T) aexpr(R).      { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SHR_ASSIGN(T) aexpr(R).      { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) BITAND_ASSIGN(T) aexpr(R).   { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) BITOR_ASSIGN(T) aexpr(R).    { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) BITXOR_ASSIGN(T) aexpr(R).   { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) AND_ASSIGN(T) aexpr(R).      { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) OR_ASSIGN(T) aexpr(R).       { A = ast_assign(ps, T, L, R); }
aexpr(A) ::= aexpr(L) NULLISH_ASSIGN(T) aexpr(R).  { A = ast_assign(ps, T, L, R); }

aexpr(A) ::= aexpr(C) QUESTION aexpr(T) COLON aexpr(F).     { A = ast_cond(C, T, F); }

aexpr(A) ::= aexpr(L) NULLISH(T) aexpr(R).     { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) OR(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) AND(T) aexpr(R).         { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) BITOR(T) aexpr(R).       { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) BITXOR(T) aexpr(R).      { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) BITAND(T) aexpr(R).      { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) EQ(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) NE(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SEQ(T) aexpr(R).         { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SNE(T) aexpr(R).         { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) LT(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) GT(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) LE(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) GE(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) IN(T) aexpr(R).          { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= PRIVATE_NAME(P) IN(T) aexpr(R).   { A = ast_private_in(ps, P, T, R); }
aexpr(A) ::= aexpr(L) INSTANCEOF(T) aexpr(R).  { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SHL(T) aexpr(R).         { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SAR(T) aexpr(R).         { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SHR(T) aexpr(R).         { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) PLUS(T) aexpr(R).        { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) MINUS(T) aexpr(R).       { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) STAR(T) aexpr(R).        { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) SLASH(T) aexpr(R).       { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) PERCENT(T) aexpr(R).     { A = ast_binary(ps, T, L, R); }
aexpr(A) ::= aexpr(L) STARSTAR(T) aexpr(R).    { A = ast_binary(ps, T, L, R); }

aexpr(A) ::= MINUS(T) aexpr(E). [UNARY]        { A = ast_unary(ps, T, E); }
aexpr(A) ::= PLUS(T) aexpr(E). [UNARY]         { A = ast_unary(ps, T, E); }
aexpr(A) ::= NOT(T) aexpr(E).                  { A = ast_unary(ps, T, E); }
aexpr(A) ::= TILDE(T) aexpr(E).                { A = ast_unary(ps, T, E); }
aexpr(A) ::= TYPEOF(T) aexpr(E).               { A = ast_unary(ps, T, E); }
aexpr(A) ::= VOID(T) aexpr(E).                 { A = ast_unary(ps, T, E); }
aexpr(A) ::= DELETE(T) aexpr(E).               { A = ast_unary(ps, T, E); }
aexpr(A) ::= INC(T) aexpr(E).                  { A = ast_update(ps, T, E, true); }
aexpr(A) ::= DEC(T) aexpr(E).                  { A = ast_update(ps, T, E, true); }
aexpr(A) ::= aexpr(E) INC(T).                  { A = ast_update(ps, T, E, false); }
aexpr(A) ::= aexpr(E) DEC(T).                  { A = ast_update(ps, T, E, false); }

/* arrow parameters: a FUNC with its parameter list filled in */
arrow_head(A) ::= ident(I) ARROW.                                   { A = ast_arrow_ident(ps, I); }
arrow_head(A) ::= LPAREN(T) RPAREN ARROW.                           { A = ast_arrow_head(ps, T, NULL, NULL, false); }
arrow_head(A) ::= LPAREN(T) expr(E) RPAREN ARROW.                   { A = ast_arrow_head(ps, T, E, NULL, false); }
arrow_head(A) ::= LPAREN(T) expr(E) COMMA RPAREN ARROW.             { A = ast_arrow_head(ps, T, E, NULL, true); }
arrow_head(A) ::= LPAREN(T) ELLIPSIS(R) binding(B) RPAREN ARROW.    { A = ast_arrow_head(ps, T, NULL, ast_rest(R, B), false); }
arrow_head(A) ::= LPAREN(T) expr(E) COMMA ELLIPSIS(R) binding(B) RPAREN ARROW. { A = ast_arrow_head(ps, T, E, ast_rest(R, B), false); }
arrow_head(A) ::= LPAREN(T) ELLIPSIS(R) binding(B) COMMA RPAREN ARROW.    { A = ast_arrow_head(ps, T, NULL, ast_rest_comma(ps, R, B), false); }
arrow_head(A) ::= LPAREN(T) expr(E) COMMA ELLIPSIS(R) binding(B) COMMA RPAREN ARROW. { A = ast_arrow_head(ps, T, E, ast_rest_comma(ps, R, B), false); }

/* left-hand-side expressions */
lhs(A) ::= new_expr(E).                                     { A = E; }
lhs(A) ::= call(E).                                         { A = E; }
lhs(A) ::= optchain(E).                                     { A = E; }

new_expr(A) ::= member(E).                                  { A = E; }
new_expr(A) ::= NEW(T) new_expr(E).                         { A = ast_new_call(T, E, NULL); }

member(A) ::= primary(E).                                   { A = E; }
member(A) ::= member(O) DOT identifier_name(N).             { A = ast_member(ps, O, N, false); }
member(A) ::= member(O) DOT PRIVATE_NAME(P).                { A = ast_private_member(O, P, false); }
member(A) ::= member(O) LBRACKET(T) expr(K) RBRACKET.       { A = ast_index(O, T, K, false); }
member(A) ::= member(O) template(Q).                        { A = ast_tagged(O, Q); }
member(A) ::= SUPER(T) DOT identifier_name(N).              { A = ast_member(ps, ast_super(T), N, false); }
member(A) ::= SUPER(T) LBRACKET(B) expr(K) RBRACKET.        { A = ast_index(ast_super(T), B, K, false); }
member(A) ::= NEW(T) member(C) arguments(G).                { A = ast_new_call(T, C, G); }
member(A) ::= NEW(T) DOT TARGET.                            { A = ast_new_target(T); }

call(A) ::= member(C) arguments(G).                         { A = ast_call(C, G, false); }
call(A) ::= SUPER(T) arguments(G).                          { A = ast_call(ast_super(T), G, false); }
call(A) ::= call(C) arguments(G).                           { A = ast_call(C, G, false); }
call(A) ::= call(O) DOT identifier_name(N).                 { A = ast_member(ps, O, N, false); }
call(A) ::= call(O) DOT PRIVATE_NAME(P).                    { A = ast_private_member(O, P, false); }
call(A) ::= call(O) LBRACKET(T) expr(K) RBRACKET.           { A = ast_index(O, T, K, false); }
call(A) ::= call(O) template(Q).                            { A = ast_tagged(O, Q); }

/* optional chains: one OPT_CHAIN node holds the whole chain */
optchain(A) ::= member(O) OPTCHAIN(Q) opt_link(L).          { A = ast_chain_start(O, ast_link_at(L, Q)); }
optchain(A) ::= call(O) OPTCHAIN(Q) opt_link(L).            { A = ast_chain_start(O, ast_link_at(L, Q)); }
optchain(A) ::= optchain(C) OPTCHAIN(Q) opt_link(L).        { A = ast_chain_extend(C, ast_link_at(L, Q)); }
optchain(A) ::= optchain(C) arguments(G).                   { A = ast_chain_extend(C, ast_call(NULL, G, false)); }
optchain(A) ::= optchain(C) DOT(D) identifier_name(N).      { A = ast_chain_extend(C, ast_link_at(ast_member(ps, NULL, N, false), D)); }
optchain(A) ::= optchain(C) DOT PRIVATE_NAME(P).            { A = ast_chain_extend(C, ast_private_member(NULL, P, false)); }
optchain(A) ::= optchain(C) LBRACKET(T) expr(K) RBRACKET.   { A = ast_chain_extend(C, ast_index(NULL, T, K, false)); }
opt_link(A) ::= identifier_name(N).                         { A = ast_member(ps, NULL, N, true); }
opt_link(A) ::= PRIVATE_NAME(P).                            { A = ast_private_member(NULL, P, true); }
opt_link(A) ::= LBRACKET(T) expr(K) RBRACKET.               { A = ast_index(NULL, T, K, true); }
opt_link(A) ::= arguments(G).                               { A = ast_call(NULL, G, true); }

arguments(A) ::= LPAREN(T) RPAREN.                          { A = ast_args(T, NULL); }
arguments(A) ::= LPAREN(T) arg_list(L) RPAREN.              { A = ast_args(T, L); }
arguments(A) ::= LPAREN(T) arg_list(L) COMMA RPAREN.        { A = ast_args(T, L); }
arg_list(A) ::= arg(E).                                     { A = ast_list_add(ast_list_new(NULL), E); }
arg_list(A) ::= arg_list(L) COMMA arg(E).                   { A = ast_list_add(L, E); }
arg(A) ::= aexpr(E).                                        { A = E; }
arg(A) ::= ELLIPSIS(T) aexpr(E).                            { A = ast_spread(T, E); }

primary(A) ::= THIS(T).                                     { A = ast_leaf(AST_THIS, T); }
primary(A) ::= ident(I).                                    { A = I; }
primary(A) ::= NUMBER(T).                                   { A = ast_number_lit(ps, T); }
primary(A) ::= STRING(T).                                   { A = ast_string(ps, T); }
primary(A) ::= REGEX(T).                                    { A = ast_regex(ps, T); }
primary(A) ::= NULL(T).                                     { A = ast_leaf(AST_NULL, T); }
primary(A) ::= TRUE(T).                                     { A = ast_leaf(AST_TRUE, T); }
primary(A) ::= FALSE(T).                                    { A = ast_leaf(AST_FALSE, T); }
primary(A) ::= array_lit(E).                                { A = E; }
primary(A) ::= object_lit(E).                               { A = E; }
primary(A) ::= template(Q).                                 { A = ast_template_checked(ps, Q); }
primary(A) ::= LPAREN(T) expr(E) RPAREN.                    { A = ast_parens(E, T); }
primary(A) ::= FUNCTION_E(T) LPAREN params(P) RPAREN func_body(B).          { A = ast_func(ps, T, NULL, P, B); }
primary(A) ::= FUNCTION_E(T) ident(N) LPAREN params(P) RPAREN func_body(B). { A = ast_func(ps, T, N, P, B); }
primary(A) ::= CLASS_E(T) heritage(H) LBRACE class_body(B) RBRACE.          { A = ast_class(ps, T, NULL, H, B); }
primary(A) ::= CLASS_E(T) ident(N) heritage(H) LBRACE class_body(B) RBRACE. { A = ast_class(ps, T, N, H, B); }

/* templates: the TEMPLATE node with quasis and substitutions alternating */
template(A) ::= TEMPLATE_FULL(T).                           { A = ast_template_start(T, NULL); }
template(A) ::= tpl_parts(P) TEMPLATE_TAIL(T).              { A = ast_template_add(P, T, NULL); }
tpl_parts(A) ::= TEMPLATE_HEAD(T) expr(E).                  { A = ast_template_start(T, E); }
tpl_parts(A) ::= tpl_parts(P) TEMPLATE_MIDDLE(T) expr(E).   { A = ast_template_add(P, T, E); }

/* arrays: elision_opt counts holes */
%type elision_opt {int}
elision_opt(A) ::= .                                        { A = 0; }
elision_opt(A) ::= elision_opt(N) COMMA.                    { A = N + 1; }
array_lit(A) ::= LBRACKET(T) elision_opt(N) RBRACKET.       { A = ast_array(T, NULL, N); }
array_lit(A) ::= LBRACKET(T) elem_list(L) RBRACKET.         { A = ast_array(T, L, 0); }
array_lit(A) ::= LBRACKET(T) elem_list(L) COMMA elision_opt(N) RBRACKET. { A = ast_array(T, ast_trailing_comma(L, N), N); }
elem_list(A) ::= elision_opt(N) arg(E).                     { A = ast_array_elems(NULL, N, E); }
elem_list(A) ::= elem_list(L) COMMA elision_opt(N) arg(E).  { A = ast_array_elems(L, N, E); }

/* object literals */
object_lit(A) ::= OBJ_LBRACE(T) RBRACE.                     { A = ast_object(ps, T, NULL); }
object_lit(A) ::= OBJ_LBRACE(T) prop_list(L) RBRACE.        { A = ast_object(ps, T, L); }
object_lit(A) ::= OBJ_LBRACE(T) prop_list(L) COMMA RBRACE.  { A = ast_object(ps, T, ast_trailing_comma(L, 0)); }
prop_list(A) ::= prop(P).                                   { A = ast_list_add(ast_list_new(NULL), P); }
prop_list(A) ::= prop_list(L) COMMA prop(P).                { A = ast_list_add(L, P); }
prop(A) ::= prop_key(K) COLON aexpr(V).                     { A = ast_prop(PROP_INIT, K, V, 0); }
prop(A) ::= ident(I).                                       { A = ast_shorthand(ps, I); }
prop(A) ::= ident(I) ASSIGN aexpr(V).                       { A = ast_prop_cover(ps, I, V); }
prop(A) ::= method(M).                                      { A = M; }
prop(A) ::= ELLIPSIS(T) aexpr(E).                           { A = ast_spread(T, E); }

/* a key, with its first token recorded for the method's source range */
prop_key(A) ::= identifier_name(N).                         { A = ast_prop_key(N, NULL); }
prop_key(A) ::= STRING(T).                                  { A = ast_prop_key(ast_string(ps, T), T); }
prop_key(A) ::= NUMBER(T).                                  { A = ast_prop_key(ast_number(T), T); }
/* classes only: ast_object rejects a private key in an object literal */
prop_key(A) ::= PRIVATE_NAME(T).                            { A = ast_prop_key(ast_private_name(T), NULL); }
prop_key(A) ::= LBRACKET(T) aexpr(E) RBRACKET.              { A = ast_computed_key(E, T); }

method(A) ::= prop_key(K) LPAREN(L) params(P) RPAREN(R) func_body(B).       { A = ast_method(ps, PROP_METHOD, NULL, K, L, R, P, B); }
method(A) ::= GET(T) prop_key(K) LPAREN(L) params(P) RPAREN(R) func_body(B). { A = ast_method(ps, PROP_GET, T, K, L, R, P, B); }
method(A) ::= SET(T) prop_key(K) LPAREN(L) params(P) RPAREN(R) func_body(B). { A = ast_method(ps, PROP_SET, T, K, L, R, P, B); }

/******************************************************** functions ***/
func_body(A) ::= LBRACE(T) stmt_list(L) RBRACE.             { A = ast_body(ps, T, L); }

params(A) ::= .                                             { A = ast_params(NULL, NULL); }
params(A) ::= param_list(L).                                { A = ast_params(L, NULL); }
params(A) ::= param_list(L) COMMA.                          { A = ast_params(L, NULL); }
params(A) ::= ELLIPSIS(T) binding(B).                       { A = ast_params(NULL, ast_rest(T, B)); }
params(A) ::= param_list(L) COMMA ELLIPSIS(T) binding(B).   { A = ast_params(L, ast_rest(T, B)); }
/* `(...a,)`: accepted only to report node's message */
params(A) ::= ELLIPSIS(T) binding(B) COMMA.                 { A = ast_params(NULL, ast_rest_comma(ps, T, B)); }
params(A) ::= param_list(L) COMMA ELLIPSIS(T) binding(B) COMMA. { A = ast_params(L, ast_rest_comma(ps, T, B)); }
param_list(A) ::= param(P).                                 { A = ast_list_add(ast_list_new(NULL), P); }
param_list(A) ::= param_list(L) COMMA param(P).             { A = ast_list_add(L, P); }
param(A) ::= binding(B).                                    { A = B; }
param(A) ::= binding(B) ASSIGN aexpr(E).                    { A = ast_param_default(ps, B, E); }

/********************************************************** classes ***/
heritage(A) ::= .                                           { A = NULL; }
heritage(A) ::= EXTENDS lhs(E).                             { A = E; }

class_body(A) ::= .                                         { A = ast_list_new(NULL); }
class_body(A) ::= class_body(L) SEMI.                       { A = L; }
class_body(A) ::= class_body(L) class_member(M).            { A = ast_list_add(L, M); }
class_member(A) ::= method(M).                              { A = M; }
class_member(A) ::= STATIC method(M).                       { A = ast_static(M); }
class_member(A) ::= prop_key(K) field_init(I) semi.         { A = ast_field(K, I); }
class_member(A) ::= STATIC prop_key(K) field_init(I) semi.  { A = ast_static(ast_field(K, I)); }
class_member(A) ::= STATIC(T) LBRACE(B) stmt_list(L) RBRACE. { A = ast_static_block(ps, T, B, L); }
field_init(A) ::= .                                         { A = NULL; }
field_init(A) ::= ASSIGN aexpr(E).                          { A = E; }
