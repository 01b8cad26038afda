/* resolve.h - scope analysis between the parser and the evaluator.
 *
 * The resolver walks a PROGRAM once, declaring every binding in the scope it
 * belongs to (var hoisting, lexical declarations, parameters, catch
 * parameters, class names) and recording every identifier reference.  When
 * the walk is done it knows which bindings a closure captures, so it gives
 * each binding a home: a slot in its function's frame (never captured) or a
 * slot in its scope's heap environment (captured).  Each IDENT then gets
 * slot_kind/slot/depth (runtime/eval.h), and each scope-making node gets a
 * Scope in Node.info that the evaluator reads when it enters the scope.
 * Early errors come back as a ParseError, as from the parser. */
#ifndef WEAKJS_RESOLVE_H
#define WEAKJS_RESOLVE_H

#include "ast.h"
#include "../runtime/js.h"

typedef struct Scope Scope;

enum {
    B_VAR, B_FUNC, B_PARAM, B_LET, B_CONST, B_CLASS, B_CATCH,
    B_CALLEE,     /* name of a named function expression */
    B_ARGUMENTS,  /* implicit `arguments` */
    B_CLASSNAME,  /* inner, immutable class name */
    B_PRIVATE,    /* a class's #name, "#x": holds the private symbol made per class evaluation */
};

typedef struct Binding {
    JSValue name;          /* atom */
    uint8_t kind;          /* B_* */
    bool captured;         /* referenced from an inner function */
    bool in_env;           /* lives in the scope's heap environment */
    bool global;           /* program-level var/function: a global object property */
    bool tdz;              /* parameter of a non-simple list: in TDZ until bound */
    uint32_t slot;         /* frame slot or environment index */
    Scope *scope;
    Node *func;            /* B_FUNC: the FUNC to instantiate when the scope is entered */
    void *cell;            /* program-level lexical: its global cell (runtime/eval.h) */
    bool mapped;           /* sloppy parameter aliased by arguments[arg_index] (SLOT_MAPPED) */
    uint32_t arg_index;
    JSValue arg_atom;      /* the key arg_index as an atom */
    struct Binding *args;  /* the function's arguments binding (in the same environment) */
    Node *decl;            /* B_PRIVATE: the first member declaring it (op, STATIC flag) */
    Node *cls;             /* B_PRIVATE: its CLASS (the name in "Receiver must be class A") */
} Binding;

enum { SC_PROGRAM, SC_FUNC, SC_BLOCK, SC_CATCH, SC_FOR, SC_CLASS };

struct Scope {
    Scope *parent;
    Scope *fscope;         /* the function (or program) scope this one belongs to */
    Node *node;
    uint8_t kind;          /* SC_* */
    bool strict;
    bool arrow;            /* SC_FUNC of an arrow function */
    bool uses_arguments;
    bool uses_this;        /* not used by the evaluator; kept for diagnostics */
    bool param_writes;     /* SC_FUNC: assigns a name or writes arguments[...]: map arguments */
    bool unique_params;    /* SC_FUNC: arrow, method or non-simple list: no duplicate parameters */
    Binding **bindings;
    uint32_t nbind, cap;
    JSValue *varnames;     /* names of var declarations hoisted through this scope */
    uint32_t nvarnames, varcap;
    uint32_t env_size;     /* > 0: entering the scope makes a heap environment */
    /* what entering the scope must do, precomputed by the resolver */
    uint32_t *tdz_locals;  /* frame slots to set to JS_EMPTY */
    uint32_t ntdz;
    Binding **hoisted;     /* B_FUNC bindings to instantiate */
    uint32_t nhoisted;
    bool trivial;          /* nothing to do on entry */
    /* SC_BLOCK of a function body whose parameter list is not simple: the
     * separate var environment (ES FunctionDeclarationInstantiation step 28);
     * the body FUNC.a carries it in Node.info */
    bool var_body;
    Binding **var_copies;  /* pairs (parameter, var of the same name): the var starts with its value */
    uint32_t nvar_copies;  /* number of pairs */
    /* SC_FUNC / SC_PROGRAM only */
    uint32_t nlocals;
    Binding *arguments;    /* implicit arguments binding, or NULL */
    Binding *callee;       /* B_CALLEE binding, or NULL */
    Binding **params;      /* simple parameters in order (SIMPLE_PARAMS) */
    uint32_t nparams;      /* count of FUNC.list items */
    uint32_t length;       /* the function's `length` */
    bool fast_entry;       /* only simple local parameters: no env, arguments, callee, hoisting */
    const char *filename;
    const char *source;    /* SC_PROGRAM: its source text (runtime/script.c), for Function.prototype.toString */
    size_t source_len;
    Binding **global_vars; /* SC_PROGRAM: var and function names to create */
    uint32_t nglobal_vars;
    Binding **global_lex;  /* SC_PROGRAM: let/const/class cells to reset to TDZ */
    uint32_t nglobal_lex;
    /* SC_PROGRAM of a file run as a CommonJS module (js_resolve's `wrapped`):
     * its declarations are locals of the module, as in a function body, and
     * module_params binds exports, require, module, __filename, __dirname */
    bool module;
    Binding *module_params[5];
    uint32_t nkeep;        /* frame slots 0..nkeep-1 hold the module's own bindings */
};

/* Loop statements (FOR, FOR_IN, FOR_OF, WHILE, DO_WHILE) and SWITCH get a
 * LoopInfo in Node.info: their head scope (or NULL) and their labels. */
typedef struct LoopInfo {
    Scope *scope;
    JSValue *labels;
    uint32_t nlabels;
} LoopInfo;

/* Resolve a parsed program.  Returns 0, or -1 with *err filled.
 * wrapped: the program is a file that node would run inside its CommonJS
 * wrapper function, where a top-level `return` and `new.target` are allowed,
 * declarations are local to the module, and the wrapper's parameters
 * (exports, require, module, __filename, __dirname) and `arguments` are
 * bound (Scope.module). */
int js_resolve(JSContext *ctx, Node *program, const char *filename, bool wrapped, ParseError *err);

#endif
