/* ast.h - the syntax tree shared by the parser, the resolver and the evaluator.
 *
 * One node struct for every kind keeps the lemon actions one line long and the
 * printer generic.  AST_KINDS is the single list of kinds: it drives the enum,
 * the names printed by --dump-ast and the evaluator's dispatch switch.  The
 * comment beside each kind says which fields it uses; fields not named are
 * NULL/0.  `op` holds a LEX_* token kind (lexer/tokens.def) where a kind has
 * variants (BINARY's operator, VAR's keyword).
 *
 * Nodes live in collector memory: the tree holds the only references to
 * cooked literal strings, and the evaluator caches heap values on nodes. */
#ifndef WEAKJS_AST_H
#define WEAKJS_AST_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#define AST_KINDS(X) \
    /* program and statements */ \
    X(PROGRAM)         /* list: statements; flags: STRICT */ \
    X(VAR)             /* op: LEX_VAR/LEX_LET/LEX_CONST; list: DECLARATOR */ \
    X(DECLARATOR)      /* a: target (IDENT or pattern), b: initialiser or NULL */ \
    X(FUNC_DECL)       /* a: FUNC */ \
    X(CLASS_DECL)      /* a: CLASS */ \
    X(BLOCK)           /* list: statements */ \
    X(EMPTY)           \
    X(EXPR_STMT)       /* a: expression */ \
    X(IF)              /* a: test, b: consequent, c: alternate or NULL */ \
    X(FOR)             /* a: init (VAR, expression or NULL), b: test or NULL, c: update or NULL, d: body */ \
    X(FOR_IN)          /* a: VAR with one DECLARATOR, or a target; b: object; d: body */ \
    X(FOR_OF)          /* a: as FOR_IN; b: iterable; d: body */ \
    X(WHILE)           /* a: test, d: body */ \
    X(DO_WHILE)        /* a: test, d: body */ \
    X(CONTINUE)        /* str: label or NULL */ \
    X(BREAK)           /* str: label or NULL */ \
    X(RETURN)          /* a: value or NULL */ \
    X(THROW)           /* a: value */ \
    X(TRY)             /* a: block, b: catch parameter or NULL, c: catch block or NULL, d: finally block or NULL */ \
    X(SWITCH)          /* a: discriminant, list: CASE */ \
    X(CASE)            /* a: test, NULL for default; list: statements */ \
    X(LABELED)         /* str: label, a: statement */ \
    X(DEBUGGER)        \
    /* expressions */ \
    X(IDENT)           /* str: name */ \
    X(PRIVATE_NAME)    /* str: name without '#'; a class member's key, or the left of PRIVATE_IN */ \
    X(NUMBER)          /* num */ \
    X(STRING)          /* str: cooked value */ \
    X(TEMPLATE)        /* list: STRING quasis and expressions alternating, q0 e0 q1 ... qn; a quasi's str2: raw text, str NULL when its cooked value is undefined */ \
    X(TAGGED_TEMPLATE) /* a: tag expression, b: TEMPLATE */ \
    X(REGEX)           /* str: body, str2: flags */ \
    X(THIS)            \
    X(SUPER)           /* only as callee of CALL (super(...)) or object of MEMBER/INDEX */ \
    X(NEW_TARGET)      \
    X(NULL)            \
    X(TRUE)            \
    X(FALSE)           \
    X(ARRAY)           /* list: elements, HOLE, SPREAD */ \
    X(HOLE)            \
    X(OBJECT)          /* list: PROPERTY, SPREAD */ \
    X(PROPERTY)        /* a: key, b: value; op: PROP_*; flags: COMPUTED, STATIC (class members), SHORTHAND. Key: IDENT (name), STRING, NUMBER, or any expression when COMPUTED. PROP_INIT in an object pattern: b is the target */ \
    X(FUNC)            /* str: name or NULL; list: parameters (IDENT, patterns, ASSIGN_PATTERN for defaults, REST); a: body BLOCK, or an expression when EXPR_BODY; flags: ARROW, EXPR_BODY, METHOD, GETTER, SETTER, CTOR, DERIVED, STRICT */ \
    X(CLASS)           /* str: name or NULL; a: heritage or NULL; b: constructor FUNC or NULL; list: PROPERTY members (op PROP_METHOD, PROP_GET, PROP_SET, PROP_FIELD with b the initialiser or NULL, PROP_STATIC_BLOCK with b a BLOCK) */ \
    X(UNARY)           /* op: LEX_MINUS, PLUS, NOT, TILDE, TYPEOF, VOID, DELETE; a */ \
    X(UPDATE)          /* op: LEX_INC/LEX_DEC; flags: PREFIX; a: target */ \
    X(BINARY)          /* op: LEX_* arithmetic, comparison, bitwise, IN, INSTANCEOF; a, b */ \
    X(LOGICAL)         /* op: LEX_AND, LEX_OR, LEX_NULLISH; a, b */ \
    X(ASSIGN)          /* op: LEX_ASSIGN or a compound/logical assignment; a: target (IDENT, MEMBER, INDEX, or pattern when op is ASSIGN); b: value */ \
    X(COND)            /* a ? b : c */ \
    X(CALL)            /* a: callee, list: arguments (SPREAD allowed); flags: OPTIONAL for a?.() */ \
    X(NEW)             /* a: callee, list: arguments */ \
    X(MEMBER)          /* a: object, str: property name; flags: OPTIONAL for a?.b */ \
    X(INDEX)           /* a: object, b: key expression; flags: OPTIONAL for a?.[b] */ \
    X(PRIVATE_MEMBER)  /* a: object, str: private name without '#'; flags: OPTIONAL for a?.#x; the resolver fills its slot fields as an IDENT's (the name's binding) */ \
    X(PRIVATE_IN)      /* #x in b: a: PRIVATE_NAME, b: object */ \
    X(OPT_CHAIN)       /* a: a chain holding OPTIONAL links; where a short-circuit lands (undefined) */ \
    X(SEQ)             /* list: expressions */ \
    X(SPREAD)          /* a */ \
    /* binding and assignment patterns (made from the cover grammar) */ \
    X(OBJECT_PATTERN)  /* list: PROPERTY (a: key, b: target), REST */ \
    X(ARRAY_PATTERN)   /* list: targets, HOLE, REST */ \
    X(ASSIGN_PATTERN)  /* a: target, b: default value */ \
    X(REST)            /* a: target */

typedef enum {
#define X(k) AST_##k,
    AST_KINDS(X)
#undef X
    AST__COUNT
} NodeKind;

/* PROPERTY.op */
enum { PROP_INIT, PROP_GET, PROP_SET, PROP_METHOD, PROP_FIELD, PROP_STATIC_BLOCK };

/* Node.flags */
enum {
    AST_F_STRICT    = 1 << 0,  /* PROGRAM, FUNC: "use strict" applies */
    AST_F_ARROW     = 1 << 1,
    AST_F_EXPR_BODY = 1 << 2,  /* arrow whose body is an expression */
    AST_F_METHOD    = 1 << 3,  /* object/class method: has a home object, no prototype */
    AST_F_GETTER    = 1 << 4,
    AST_F_SETTER    = 1 << 5,
    AST_F_CTOR      = 1 << 6,  /* class constructor */
    AST_F_DERIVED   = 1 << 7,  /* constructor of a class with `extends` */
    AST_F_STATIC    = 1 << 8,
    AST_F_COMPUTED  = 1 << 9,
    AST_F_SHORTHAND = 1 << 10,
    AST_F_OPTIONAL  = 1 << 11,
    AST_F_PREFIX    = 1 << 12,
    AST_F_PARENS    = 1 << 13, /* expression was parenthesised: ({a}) = x is an error, (f) gets no name */
    AST_F_SIMPLE_PARAMS = 1 << 14, /* FUNC: only plain identifiers as parameters */
};

typedef struct Node Node;

typedef struct NodeList {
    Node **items;
    uint32_t len, cap;
} NodeList;

struct Node {
    uint8_t kind;       /* NodeKind */
    uint8_t op;         /* LEX_* or PROP_* */
    uint16_t flags;     /* AST_F_* */
    uint32_t line, col; /* 1-based position of the node's first token (CALL: its '(') */
    uint32_t src_start, src_end; /* FUNC, CLASS: byte range of the source text (Function.prototype.toString) */
    Node *a, *b, *c, *d;
    NodeList list;
    double num;
    const uint16_t *str;  /* UTF-16 code units; see the kind list */
    uint32_t str_len;
    uint32_t paren_start; /* (added) parenthesised: byte offset + 1 of its outermost '(', else 0 */
    const uint16_t *str2;
    uint32_t str2_len;

    /* --- filled by the resolver and the evaluator; the parser leaves them 0 --- */
    uint64_t val;       /* JSValue: interned name or literal value */
    void *info;         /* resolver data: scope of a FUNC/BLOCK/loop, binding of an IDENT */
    int32_t slot;       /* IDENT: index in its frame or environment */
    uint16_t depth;     /* IDENT: environments to walk up */
    uint8_t slot_kind;  /* IDENT: local, environment, global (see runtime/eval.h) */
    uint8_t pad;
    void *ic_shape;     /* MEMBER/INDEX/IDENT(global): inline cache */
    uint32_t ic_index;
};

void ast_list_push(NodeList *l, Node *n);

/* IDENT, ASSIGN, UPDATE: Node.num may hold the position a runtime error
 * there reports instead of the node's own, as V8's bytecode positions do:
 * a read that is the first thing its statement evaluates reports at the
 * statement (or at its `typeof`); an assignment's store at its operator. */
static inline void ast_set_report_pos(Node *n, uint32_t line, uint32_t col)
{
    n->num = (double)line * 4294967296.0 + col;
}
static inline bool ast_report_pos(const Node *n, uint32_t *line, uint32_t *col)
{
    if (n->num == 0)
        return false;
    *line = (uint32_t)(n->num / 4294967296.0);
    *col = (uint32_t)(n->num - (double)*line * 4294967296.0);
    return true;
}
/* BREAK, CONTINUE with a label: Node.num holds the label's position
 * (ast_set_report_pos), where an undefined label is reported.  MEMBER:
 * Node.num is the evaluator's cache of where a read reports (member_pos in
 * runtime/eval_expr.c); the parser leaves it 0. */
const char *ast_kind_name(int kind);
/* Print the tree as an indented S-expression; used by `weakjs --dump-ast`. */
void ast_dump(FILE *out, const Node *n);

/* A syntax error (or an early error found by the resolver). */
typedef struct ParseError {
    const char *msg;       /* node's wording: "Unexpected token '+'" */
    const char *filename;
    uint32_t line, col;    /* 1-based position of the offending token */
    bool incomplete;       /* the input ended too early: the REPL may read more */
    /* (added) V8 underlines a range for some messages (a whole assignment
     * target, `-a **`, a getter's parameter list): the position just past
     * its end, in the same units as line:col; 0 when the offending token
     * alone is underlined.  A range over several lines gets no caret. */
    uint32_t end_line, end_col;
} ParseError;

/* Parse a script.  Returns the PROGRAM node, or NULL with *err filled. */
Node *parse_program(const char *filename, const char *src, size_t len, ParseError *err);

#endif
