/* script.c - running a script: parse, resolve, global declarations, then
 * the top-level statements; and printing an uncaught exception as node does.
 *
 * Top-level let/const/class live in GlobalCells that persist across scripts,
 * so a REPL line can use (and re-declare) what an earlier one declared.
 * Each script's source is kept so an error report can quote its line.
 * A file runs as node runs a CommonJS module: its declarations are frame
 * locals and the wrapper's parameters (exports, require, module, __filename,
 * __dirname) are bound; -e/-p and stdin get those as global properties. */
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "eval.h"
#include "../lexer/lexer.h"
#include "../builtins/builtins.h"

typedef struct Source {
    const char *filename;
    const char *text;
    size_t len;
} Source;

typedef struct EvalState {
    GlobalCell **cells;          /* open addressing on the atom pointer */
    uint32_t ncells, cap;
    JSValue top_this;
    Source *sources;
    uint32_t nsources, scap;
    JSValue thrown;              /* last value a throw statement threw */
    const char *throw_file;
    uint32_t throw_line, throw_col;
    bool throw_syntax;           /* the site is the parser's: underline the token */
    uint32_t throw_end_line, throw_end_col;  /* the parser's range, when it gave one */
    JSValue main_module;         /* the file's module object, once it runs */
    JSValue executing_sym;       /* its Symbol(kIsExecuting) key */
} EvalState;

static EvalState *state(JSContext *ctx)
{
    if (!ctx->eval_state) {
        EvalState *st = js_malloc(sizeof(EvalState));
        st->cap = 64;
        st->cells = js_malloc(st->cap * sizeof(GlobalCell *));
        st->top_this = js_new_object(ctx);
        st->thrown = JS_EMPTY;
        st->main_module = JS_UNDEFINED;
        st->executing_sym = JS_UNDEFINED;
        ctx->eval_state = st;
    }
    return ctx->eval_state;
}

static uint32_t hash_atom(JSValue a)
{
    return (uint32_t)((a * 0x9E3779B97F4A7C15ull) >> 32);
}

static void cells_grow(EvalState *st)
{
    GlobalCell **old = st->cells;
    uint32_t ocap = st->cap;
    st->cap *= 2;
    st->cells = js_malloc(st->cap * sizeof(GlobalCell *));
    for (uint32_t i = 0; i < ocap; i++) {
        GlobalCell *c = old[i];
        if (!c)
            continue;
        uint32_t h = hash_atom(c->name) & (st->cap - 1);
        while (st->cells[h])
            h = (h + 1) & (st->cap - 1);
        st->cells[h] = c;
    }
}

GlobalCell *eval_global_cell(JSContext *ctx, JSValue name, bool create)
{
    EvalState *st = state(ctx);
    if (!create && st->ncells == 0)
        return NULL;
    uint32_t h = hash_atom(name) & (st->cap - 1);
    for (GlobalCell *c; (c = st->cells[h]); h = (h + 1) & (st->cap - 1))
        if (c->name == name)
            return c;
    if (!create)
        return NULL;
    if ((st->ncells + 1) * 2 > st->cap) {
        cells_grow(st);
        return eval_global_cell(ctx, name, true);
    }
    GlobalCell *c = js_malloc(sizeof(GlobalCell));
    c->name = name;
    c->value = JS_EMPTY;
    st->cells[h] = c;
    st->ncells++;
    return c;
}

JSValue eval_top_this(JSContext *ctx)
{
    return state(ctx)->top_this;
}

void eval_note_throw(JSContext *ctx, uint32_t line, uint32_t col)
{
    EvalState *st = state(ctx);
    st->thrown = ctx->exception;
    st->throw_file = ctx->frame ? ctx->frame->filename : NULL;
    st->throw_line = line;
    st->throw_col = col;
    st->throw_syntax = false;
    st->throw_end_line = 0;
    st->throw_end_line = 0;
}

/* A caught exception must not stay reachable from here (Determinism). */
void eval_note_caught(JSContext *ctx)
{
    EvalState *st = ctx->eval_state;
    if (st)
        st->thrown = JS_EMPTY;
}

static const char *keep_source(JSContext *ctx, const char *filename, const char *src, size_t len)
{
    EvalState *st = state(ctx);
    for (uint32_t i = 0; i < st->nsources; i++) {
        if (strcmp(st->sources[i].filename, filename) == 0) {
            char *t = js_malloc_atomic(len + 1);
            memcpy(t, src, len);
            t[len] = 0;
            st->sources[i].text = t;
            st->sources[i].len = len;
            return t;
        }
    }
    if (st->nsources == st->scap) {
        uint32_t nc = st->scap ? st->scap * 2 : 8;
        Source *ns = js_malloc(nc * sizeof(Source));
        if (st->sources)
            memcpy(ns, st->sources, st->nsources * sizeof(Source));
        st->sources = ns;
        st->scap = nc;
    }
    size_t fl = strlen(filename);
    char *fn = js_malloc_atomic(fl + 1);
    memcpy(fn, filename, fl + 1);
    char *t = js_malloc_atomic(len + 1);
    memcpy(t, src, len);
    t[len] = 0;
    st->sources[st->nsources++] = (Source){ fn, t, len };
    return t;
}

static Source *find_source(JSContext *ctx, const char *filename)
{
    EvalState *st = state(ctx);
    for (uint32_t i = st->nsources; i-- > 0;)
        if (filename && strcmp(st->sources[i].filename, filename) == 0)
            return &st->sources[i];
    return NULL;
}

/* ------------------------------------------------------------ running */

static JSValue throw_parse_error(JSContext *ctx, ParseError *err)
{
    JSValue r;
    if (err->msg && strcmp(err->msg, "Maximum call stack size exceeded") == 0)
        r = js_throw_stack_overflow(ctx);
    else
        r = js_throw_syntax_error(ctx, "%s", err->msg ? err->msg : "Invalid or unexpected token");
    EvalState *st = state(ctx);
    st->thrown = ctx->exception;
    st->throw_file = err->filename;
    st->throw_line = err->line;
    st->throw_col = err->col;
    st->throw_syntax = true;
    st->throw_end_line = err->end_line;
    st->throw_end_col = err->end_col;
    return r;
}

/* Global declaration instantiation: var and function names become
 * properties of the global object, let/const/class cells enter their TDZ. */
static int declare_globals(Frame *f, Scope *s)
{
    JSContext *ctx = f->ctx;
    for (uint32_t i = 0; i < s->nglobal_lex; i++)
        ((GlobalCell *)s->global_lex[i]->cell)->value = JS_EMPTY;
    for (uint32_t i = 0; i < s->nglobal_vars; i++) {
        Binding *b = s->global_vars[i];
        if (b->func)
            continue;
        JSPropertyDescriptor d;
        int r = js_get_own_property(ctx, js_obj(ctx->global), b->name, &d);
        if (r < 0)
            return -1;
        if (r == 0 && js_define_value(ctx, ctx->global, b->name, JS_UNDEFINED,
                                      JS_PROP_WRITABLE | JS_PROP_ENUMERABLE) < 0)
            return -1;
    }
    for (uint32_t i = 0; i < s->nhoisted; i++) {
        Binding *b = s->hoisted[i];
        JSValue fn = eval_new_closure(f, b->func, b->name);
        if (js_is_exception(fn))
            return -1;
        JSPropertyDescriptor d;
        int r = js_get_own_property(ctx, js_obj(ctx->global), b->name, &d);
        if (r < 0)
            return -1;
        if (r == 0 || (d.flags & JS_PROP_CONFIGURABLE)) {
            if (js_define_value(ctx, ctx->global, b->name, fn, JS_PROP_WRITABLE | JS_PROP_ENUMERABLE) < 0)
                return -1;
        } else if (js_set_atom(ctx, ctx->global, b->name, fn, true) < 0) {
            return -1;
        }
    }
    return 0;
}

/* ------------------------------------------------------------ modules */

/* node's module.paths: <dir>/node_modules for dir and each ancestor. */
static JSValue module_paths(JSContext *ctx, const char *dir)
{
    JSValue a = js_new_array_from(ctx, 0, NULL);
    size_t n = strlen(dir);
    char *buf = js_malloc_atomic(n + 16);
    uint32_t k = 0;
    for (;;) {
        size_t base = n;
        while (base > 0 && dir[base - 1] != '/')
            base--;
        if (n - base != 12 || strncmp(dir + base, "node_modules", 12) != 0) {
            memcpy(buf, dir, n);
            strcpy(buf + n, n > 0 && dir[n - 1] == '/' ? "node_modules" : "/node_modules");
            js_set(ctx, a, js_atom_from_uint(ctx, k++), js_new_string(ctx, buf), false);
        }
        if (n <= 1)
            break;
        n = base > 1 ? base - 1 : 1;   /* the parent; "/" for a top-level directory */
    }
    return a;
}

/* The module object node hands a script: id, path, exports, filename,
 * loaded, children, paths.  abs: the script's absolute path; dir: `path`. */
static JSValue new_module(JSContext *ctx, const char *id, const char *dir, const char *abs, const char *pathdir)
{
    JSValue m = js_new_object(ctx);
    js_set_str(ctx, m, "id", js_new_string(ctx, id));
    js_set_str(ctx, m, "path", js_new_string(ctx, dir));
    js_set_str(ctx, m, "exports", js_new_object(ctx));
    js_set_str(ctx, m, "filename", js_new_string(ctx, abs));
    js_set_str(ctx, m, "loaded", JS_FALSE);
    js_set_str(ctx, m, "children", js_new_array_from(ctx, 0, NULL));
    js_set_str(ctx, m, "paths", module_paths(ctx, pathdir));
    return m;
}

static const char *cwd(JSContext *ctx)
{
    char buf[PATH_MAX];
    if (!getcwd(buf, sizeof buf))
        strcpy(buf, "/");
    char *r = js_malloc_atomic(strlen(buf) + 1);
    strcpy(r, buf);
    return r;
}

/* -e/-p and stdin: node defines module, exports, __filename and __dirname as
 * global properties (require is one already, builtins/require.c). */
static void define_script_globals(JSContext *ctx, const char *filename)
{
    JSPropertyDescriptor d;
    if (js_get_own_property(ctx, js_obj(ctx->global), js_atom(ctx, "module"), &d) != 0)
        return;
    const char *dir = cwd(ctx);
    size_t n = strlen(dir) + strlen(filename) + 2;
    char *abs = js_malloc_atomic(n);
    snprintf(abs, n, "%s%s%s", dir, strcmp(dir, "/") ? "/" : "", filename);
    JSValue m = new_module(ctx, filename, ".", abs, dir);
    js_define_value_str(ctx, ctx->global, "module", m, JS_PROP_CWE);
    js_define_value_str(ctx, ctx->global, "exports", js_get_str(ctx, m, "exports"), JS_PROP_CWE);
    js_define_value_str(ctx, ctx->global, "__filename", js_new_string(ctx, filename), JS_PROP_CWE);
    js_define_value_str(ctx, ctx->global, "__dirname", js_new_string(ctx, "."), JS_PROP_CWE);
}

/* The file run is node's main module: require.main is its module object
 * and require.cache holds it under its absolute path (builtins/require.c
 * defines both properties). */
static void set_require_main(JSContext *ctx, JSValue require_fn, JSValue module, const char *abs)
{
    if (!js_is_function(require_fn))
        return;
    js_set_str(ctx, require_fn, "main", module);
    JSValue cache = js_get_str(ctx, require_fn, "cache");
    if (js_is_object(cache))
        js_set_str(ctx, cache, abs, module);
}

/* The file's code has run: node marks its module loaded, no longer
 * executing, before the event loop starts. */
static void module_loaded(JSContext *ctx)
{
    EvalState *st = state(ctx);
    if (!js_is_object(st->main_module))
        return;
    js_set_str(ctx, st->main_module, "loaded", JS_TRUE);
    js_set(ctx, st->main_module, st->executing_sym, JS_FALSE, false);
}

/* A file's module scope: what node's wrapper call binds, then hoisting.
 * `this` is module.exports; arguments is [exports, require, module,
 * __filename, __dirname]. */
static int enter_module(Frame *f, Scope *s, const char *filename)
{
    JSContext *ctx = f->ctx;
    char absbuf[PATH_MAX];
    const char *abs = realpath(filename, absbuf) ? absbuf : filename;
    char *dir = js_malloc_atomic(strlen(abs) + 2);
    strcpy(dir, abs);
    char *slash = strrchr(dir, '/');
    if (!slash)
        strcpy(dir, ".");
    else if (slash == dir)
        dir[1] = 0;
    else
        *slash = 0;
    JSValue m = new_module(ctx, ".", dir, abs, dir);
    JSValue args[5];
    args[0] = js_get_str(ctx, m, "exports");
    args[1] = js_get_str(ctx, ctx->global, "require");
    args[2] = m;
    args[3] = js_new_string(ctx, abs);
    args[4] = js_new_string(ctx, dir);
    for (int i = 0; i < 5; i++)
        if (js_is_exception(args[i]))
            return -1;
    set_require_main(ctx, args[1], m, abs);
    /* node's own marks on the main module, which console.log(module) shows */
    static const char *const marks[] = { "kIsMainSymbol", "kIsCachedByESMLoader", "kIsExecuting" };
    EvalState *st = state(ctx);
    for (int i = 0; i < 3; i++) {
        JSValue sym = js_new_symbol(ctx, js_new_string(ctx, marks[i]));
        js_define_value(ctx, m, sym, js_new_bool(i != 1), JS_PROP_CWE);
        st->executing_sym = sym;
    }
    st->main_module = m;
    f->this_val = args[0];
    if (s->env_size) {
        JSEnv *e = js_malloc(sizeof(JSEnv) + s->env_size * sizeof(JSValue));
        e->parent = NULL;
        e->size = s->env_size;
        for (uint32_t i = 0; i < s->nbind; i++) {
            Binding *b = s->bindings[i];
            if (b->in_env)
                e->vars[b->slot] = b->kind == B_LET || b->kind == B_CONST || b->kind == B_CLASS ? JS_EMPTY
                                                                                                 : JS_UNDEFINED;
        }
        f->env = e;
    }
    for (uint32_t i = 0; i < s->ntdz; i++)
        f->locals[s->tdz_locals[i]] = JS_EMPTY;
    for (int i = 0; i < 5; i++)
        eval_store_binding(f, s->module_params[i], args[i]);
    if (s->arguments && s->arguments->kind == B_ARGUMENTS) {
        JSValue a = js_new_object_class(ctx, ctx->object_proto, JS_CLASS_ARGUMENTS);
        if (js_is_exception(a))
            return -1;
        js_obj(a)->u.opaque = NULL;
        for (uint32_t i = 0; i < 5; i++)
            js_define_value(ctx, a, js_atom_from_uint(ctx, i), args[i], JS_PROP_CWE);
        js_define_value(ctx, a, ctx->atoms.length, js_new_int(5), JS_PROP_CW);
        js_define_value(ctx, a, ctx->sym.iterator, ctx->array_proto_values, JS_PROP_CW);
        eval_store_binding(f, s->arguments, a);
    }
    for (uint32_t i = 0; i < s->nhoisted; i++) {
        Binding *b = s->hoisted[i];
        JSValue fn = eval_new_closure(f, b->func, b->name);
        if (js_is_exception(fn))
            return -1;
        eval_store_binding(f, b, fn);
    }
    return 0;
}

/* Each top-level statement runs in its own call, so that no stale heap
 * reference outlives it in this long-lived frame (DESIGN.md, Determinism). */
static __attribute__((noinline)) int run_statement(Frame *f, Node *stmt)
{
    return eval_stmt(f, stmt);
}

/* Zero the stack below us: the frames a statement used are dead, but the
 * words they left would look live to the conservative collector as soon as
 * later frames (the event loop, a gc() call) cover them uninitialised. */
static __attribute__((noinline)) void scrub_stack(void)
{
    char buf[64 * 1024];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}


static bool repl_input(const char *filename);

static JSValue run_program(JSContext *ctx, Node *prog, const char *filename)
{
    /* only -p and the REPL show the completion value; a file must not keep
     * the last statement's value alive (tests/reachability/statement_value) */
    bool keep_completion = !js_runs_wrapped(filename);
    Scope *s = prog->info;
    JSValue locals[s->nlocals + 1];
    for (uint32_t i = 0; i <= s->nlocals; i++)
        locals[i] = JS_UNDEFINED;
    Frame f;
    memset(&f, 0, sizeof f);
    f.ctx = ctx;
    f.locals = locals;
    f.env = NULL;
    f.this_val = ctx->global;   /* a file: module.exports (enter_module) */
    f.func = JS_UNDEFINED;
    f.new_target = JS_UNDEFINED;
    f.home = JS_UNDEFINED;
    f.ret = JS_UNDEFINED;
    f.completion = JS_UNDEFINED;
    f.fscope = s;
    f.strict = s->strict;
    f.sf.prev = ctx->frame;
    f.sf.func = JS_UNDEFINED;
    f.sf.filename = filename;
    f.sf.line = 1;
    f.sf.col = 1;
    f.sf.this_val = JS_UNDEFINED;
    f.sf.new_target = JS_UNDEFINED;
    ctx->frame = &f.sf;
    JSValue result = JS_UNDEFINED;
    if (!s->module && !repl_input(filename))
        define_script_globals(ctx, filename);
    if (s->module ? enter_module(&f, s, filename) < 0 : declare_globals(&f, s) < 0) {
        result = JS_EXCEPTION;
    } else {
        /* the module's own bindings stay; block scopes' slots are temporaries */
        JSEnv *top_env = f.env;
        for (uint32_t i = 0; i < prog->list.len; i++) {
            int rc = run_statement(&f, prog->list.items[i]);
            for (uint32_t j = s->nkeep; j < s->nlocals; j++)
                locals[j] = JS_UNDEFINED;
            if (!keep_completion)
                f.completion = JS_UNDEFINED;
            f.env = top_env;
            scrub_stack();
            if (rc == C_THROW) {
                result = JS_EXCEPTION;
                break;
            }
            if (rc == C_RETURN)   /* a top-level return ends the file (CommonJS wrapper) */
                break;
        }
        if (result != JS_EXCEPTION)
            result = f.completion;
    }
    ctx->frame = f.sf.prev;
    if (s->module && result != JS_EXCEPTION)
        module_loaded(ctx);
    return result;
}

/* REPL input is named "REPL" or, numbered as node numbers it, "REPL1",
 * "REPL2", ... */
static bool repl_input(const char *filename)
{
    if (strncmp(filename, "REPL", 4) != 0)
        return false;
    const char *p = filename + 4;
    while (*p >= '0' && *p <= '9')
        p++;
    return *p == 0;
}

/* node runs a file inside its CommonJS wrapper function (top-level return
 * and new.target work), but -e/-p code, piped stdin and REPL input as plain
 * scripts; the CLI names those sources as node does. */
bool js_runs_wrapped(const char *filename)
{
    return strcmp(filename, "[eval]") != 0 && strcmp(filename, "[stdin]") != 0 && !repl_input(filename);
}

const char *eval_function_source(JSContext *ctx, JSValue f, size_t *len)
{
    (void)ctx;
    JSClosure *cl = js_obj(f)->u.func.closure;
    Node *fn = cl->node;
    Scope *s = cl->scope;
    while (s->parent)
        s = s->parent;
    if (!s->source || fn->src_end <= fn->src_start || fn->src_end > s->source_len)
        return NULL;
    *len = fn->src_end - fn->src_start;
    return s->source + fn->src_start;
}

JSValue js_eval_script(JSContext *ctx, const char *filename, const char *src, size_t len)
{
    if (!filename)
        filename = "<anonymous>";
    const char *text = keep_source(ctx, filename, src, len);
    ParseError err;
    memset(&err, 0, sizeof err);
    Node *prog = parse_program(filename, src, len, &err);
    if (!prog)
        return throw_parse_error(ctx, &err);
    if (js_resolve(ctx, prog, filename, js_runs_wrapped(filename), &err) < 0)
        return throw_parse_error(ctx, &err);
    ((Scope *)prog->info)->source = text;
    ((Scope *)prog->info)->source_len = len;
    /* parsing left words (bdwgc's among them) where the program's frames
     * are about to have holes: see main() in cli/main.c */
    js_scrub_stack();
    JSValue r = run_program(ctx, prog, filename);
    /* the program's own error: process listeners may take it (not the REPL's) */
    if (r == JS_EXCEPTION && !repl_input(filename) &&
        js_process_uncaught(ctx, ctx->exception, "uncaughtException") == 0)
        return JS_UNDEFINED;
    return r;
}

/* ------------------------------------------------------------ reporting */

void js_forget_throw_site(JSContext *ctx)
{
    eval_note_caught(ctx);
}

void js_set_throw_text(JSContext *ctx, const char *name, const char *text, size_t len, uint32_t line,
                       uint32_t col)
{
    keep_source(ctx, name, text, len);
    EvalState *st = state(ctx);
    st->thrown = ctx->exception;
    st->throw_file = find_source(ctx, name)->filename;
    st->throw_line = line;
    st->throw_col = col;
    st->throw_syntax = false;
}

/* One frame line's "file:line:col" (in parentheses or bare), when file is a
 * source we keep; built-ins' "(<anonymous>)" do not qualify. */
static bool frame_position(JSContext *ctx, const char *at, const char *eol, char *file, size_t fsz,
                           uint32_t *line, uint32_t *col)
{
    const char *open = NULL;
    for (const char *p = at; p < eol; p++)
        if (*p == '(')
            open = p;
    const char *start = open ? open + 1 : at;
    const char *end = open ? memchr(start, ')', (size_t)(eol - start)) : eol;
    if (!end)
        return false;
    const char *c2 = NULL, *c1 = NULL;
    for (const char *p = end; p > start; p--) {
        if (p[-1] == ':') {
            if (!c2)
                c2 = p - 1;
            else {
                c1 = p - 1;
                break;
            }
        }
    }
    if (!c1 || !c2 || (size_t)(c1 - start) >= fsz)
        return false;
    memcpy(file, start, (size_t)(c1 - start));
    file[c1 - start] = 0;
    *line = (uint32_t)strtoul(c1 + 1, NULL, 10);
    *col = (uint32_t)strtoul(c2 + 1, NULL, 10);
    return *line > 0 && find_source(ctx, file);
}

/* Where an error not thrown by the last throw statement was made: the
 * innermost frame of its stack that is script code (node asks V8 the same). */
static bool stack_position(JSContext *ctx, const char *stack, char *file, size_t fsz, uint32_t *line,
                           uint32_t *col)
{
    for (const char *at = strstr(stack, "\n    at "); at; at = strstr(at, "\n    at ")) {
        at += 8;
        const char *eol = strchr(at, '\n');
        if (!eol)
            eol = at + strlen(at);
        if (frame_position(ctx, at, eol, file, fsz, line, col))
            return true;
    }
    return false;
}

/* The UTF-16 length of UTF-8 text: V8 measures ranges in those units. */
static size_t utf16_length(const char *p, const char *e)
{
    size_t n = 0;
    for (; p < e; p++) {
        unsigned char b = (unsigned char)*p;
        n += ((b & 0xC0) != 0x80) + (b >= 0xF0);
    }
    return n;
}

/* From p, the start of a line, to its column col (UTF-16 units, as the
 * lexer counts them), by whole characters and not past end or a newline. */
static const char *skip_columns(const char *p, const char *end, uint32_t col)
{
    for (uint32_t c = 1; p < end && *p != '\n' && c < col;) {
        unsigned char b = (unsigned char)*p;
        int n = b < 0xC0 ? 1 : b < 0xE0 ? 2 : b < 0xF0 ? 3 : 4;
        c += n == 4 ? 2 : 1;
        p += end - p < n ? end - p : n;
    }
    return p;
}

/* Whether line:col is past the last token: only blanks follow. */
static bool at_end(const Source *src, uint32_t line, uint32_t col)
{
    const char *p = src->text, *end = src->text + src->len;
    for (uint32_t l = 1; l < line && p < end; p++)
        l += *p == '\n';
    p = skip_columns(p, end, col);
    while (p < end && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r'))
        p++;
    return p == end;
}

/* What V8 underlines for a syntax error, by message. */
enum {
    SITE_TOKEN,        /* the token at the position */
    SITE_PREVIOUS,     /* the token before ("missing ) after argument list") */
    SITE_PATTERN,      /* a whole destructuring pattern ("Missing initializer") */
    SITE_REDECLARED,   /* one column, or a whole class declaration */
};
#define NO_CARET UINT32_MAX   /* a range over several lines: no caret line */

/* The width from first to the end of the bracketed group that starts at
 * or after it (a pattern: first is its bracket; a class: its body), or
 * NO_CARET when the group ends on a later line. */
static uint32_t group_width(Lexer *lx, const LexToken *first, const Source *src)
{
    LexToken t = *first;
    int depth = first->type == LEX_LBRACE || first->type == LEX_LBRACKET;
    for (bool opened = depth > 0; !opened || depth > 0;) {
        int k = lex_next(lx, &t, false);
        if (k == LEX_EOF || k == LEX_ERROR)
            return 1;
        int d = (k == LEX_LBRACE || k == LEX_LBRACKET) - (k == LEX_RBRACE || k == LEX_RBRACKET);
        opened |= d > 0;
        depth += d;
    }
    if (t.line != first->line)
        return NO_CARET;
    return (uint32_t)utf16_length(src->text + first->start, src->text + t.end);
}

/* How many carets node puts under a syntax error at line:col: V8
 * underlines the offending token, a string left open to the end of its
 * line, and nothing at the end of the input; mode SITE_* for the messages
 * whose range is another. */
static uint32_t syntax_site(const Source *src, uint32_t *line, uint32_t *col, int mode)
{
    Lexer lx;
    LexToken t;
    lex_init(&lx, src->filename, src->text, src->len);
    int prev = LEX_EOF;
    uint32_t pline = 0, pcol = 0, pwidth = 0;
    for (;;) {
        /* a `/` starts a regular expression unless it can end an operand */
        bool regex = prev != LEX_IDENT && prev != LEX_NUMBER && prev != LEX_STRING && prev != LEX_RPAREN &&
                     prev != LEX_RBRACKET && prev != LEX_RBRACE;
        int k = lex_next(&lx, &t, regex);
        if (k == LEX_EOF || k == LEX_ERROR)
            break;
        bool after = t.line > *line || (t.line == *line && t.col > *col);
        bool at = t.line == *line && t.col == *col;
        if (after || at) {
            if (mode == SITE_PREVIOUS && pline) {
                *line = pline;
                *col = pcol;
                return pwidth;
            }
            if (after)
                return 1;
            t.type = k;
            if ((mode == SITE_PATTERN && (k == LEX_LBRACE || k == LEX_LBRACKET)) ||
                (mode == SITE_REDECLARED && k == LEX_CLASS))
                return group_width(&lx, &t, src);
            if (mode == SITE_REDECLARED)
                return 1;
            size_t w = utf16_length(src->text + t.start, src->text + t.end);
            return w ? (uint32_t)w : 1;
        }
        size_t w = utf16_length(src->text + t.start, src->text + t.end);
        pline = t.line;
        pcol = t.col;
        pwidth = w ? (uint32_t)w : 1;
        prev = k;
    }
    if (mode == SITE_PREVIOUS && pline && at_end(src, *line, *col)) {
        *line = pline;
        *col = pcol;
        return pwidth;
    }
    const char *p = src->text, *end = src->text + src->len;
    for (uint32_t l = 1; l < *line && p < end; p++)
        l += *p == '\n';
    const char *eol = p;
    while (eol < end && *eol != '\n' && *eol != '\r')
        eol++;
    p = skip_columns(p, eol, *col);
    if (at_end(src, *line, *col))
        return 0;
    return p < eol && (*p == '\'' || *p == '"') ? (uint32_t)utf16_length(p, eol) : 1;
}

/* "file:line", the line, and width carets from the column. */
static void print_source_line(FILE *out, Source *src, const char *file, uint32_t line, uint32_t col,
                              uint32_t width)
{
    const char *p = src->text, *end = src->text + src->len;
    for (uint32_t l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    fprintf(out, "%s:%u\n%.*s\n", file, line, (int)(e - p), p);
    if (col == 0 || width == NO_CARET) /* past the end of the text, or a range of lines */
        return;
    /* the caret: node writes one space per UTF-16 unit before the column
     * (a character outside the BMP takes two); keep tabs so it lines up */
    uint32_t c = 1;
    for (const char *q = p; q < e && c < col; q++) {
        unsigned char b = (unsigned char)*q;
        if ((b & 0xC0) == 0x80)
            continue;
        int units = b >= 0xF0 ? 2 : 1;
        for (int u = 0; u < units; u++)
            fputc(*q == '\t' ? '\t' : ' ', out);
        c += (uint32_t)units;
    }
    for (uint32_t i = 0; i < width; i++)
        fputc('^', out);
    fputc('\n', out);
}

static const char *own_stack(JSContext *ctx, JSValue exc)
{
    JSPropertyDescriptor d;
    if (js_is_object(exc) && js_get_own_property(ctx, js_obj(exc), ctx->atoms.stack, &d) > 0 &&
        !(d.flags & JS_PROP_ACCESSOR) && js_is_string(d.value))
        return js_to_utf8(ctx, d.value, NULL);
    return NULL;
}

static const char *inspected(JSContext *ctx, JSValue v)
{
    JSValue s = js_inspect(ctx, v, JS_UNDEFINED);
    if (js_is_exception(s)) {
        ctx->exception = JS_UNDEFINED;
        return "<exception>";
    }
    return js_to_utf8(ctx, s, NULL);
}

/* An error prints as util.inspect shows it (stack, then extra own
 * properties).  When node's trace would hold only its own internal frames
 * (a SyntaxError in the source, an unhandled rejection's wrapper, stack
 * overflow), we print what it prints without them: the stack line, not
 * inspect's "[stack]".  Other errors without frames (an AggregateError
 * from Promise.any, made in a job) keep the brackets, as in node. */
static void print_error(JSContext *ctx, JSValue exc, bool internal, FILE *out)
{
    const char *stack = own_stack(ctx, exc);
    const char *text = inspected(ctx, exc);
    size_t n = stack ? strlen(stack) : 0;
    if (internal && stack && text[0] == '[' && strncmp(text + 1, stack, n) == 0 && text[n + 1] == ']')
        fprintf(out, "%s%s\n", stack, text + n + 2);
    else
        fprintf(out, "%s\n", text);
}

/* The error promise.c makes for an unhandled rejection of a value that is
 * not error-like: node's has only internal frames. */
static bool rejection_wrapper(JSContext *ctx, JSValue exc)
{
    JSPropertyDescriptor d;
    if (!js_is_object(exc) || js_get_own_property(ctx, js_obj(exc), ctx->atoms.name, &d) <= 0 ||
        (d.flags & JS_PROP_ACCESSOR) || !js_is_string(d.value))
        return false;
    return strcmp(js_to_utf8(ctx, d.value, NULL), "UnhandledPromiseRejection") == 0;
}

/* node: errors get "file:line / source / caret / blank line / error";
 * other values a blank line first, the value right under the caret
 * (strings as they are), and for primitives a hint about --trace-uncaught. */
void js_report_exception(JSContext *ctx, JSValue exc, FILE *out)
{
    EvalState *st = state(ctx);
    bool is_error = js_class_of(exc) == JS_CLASS_ERROR;
    /* before `stack` is read; the preallocated overflow error has no frames */
    bool internal = exc == ctx->stack_overflow_error ||
                    (js_captured_frames(ctx, exc) == 0 &&
                     ((st->thrown == exc && st->throw_syntax) || rejection_wrapper(ctx, exc)));
    const char *stack = own_stack(ctx, exc);
    char file[1024];
    uint32_t line = 0, col = 0;
    if (st->thrown == exc && st->throw_file) {
        snprintf(file, sizeof file, "%s", st->throw_file);
        line = st->throw_line;
        col = st->throw_col;
    } else if (!stack || !stack_position(ctx, stack, file, sizeof file, &line, &col)) {
        line = 0;
    }
    Source *src = line ? find_source(ctx, file) : NULL;
    if (!is_error)
        fputc('\n', out);
    uint32_t width = 1;
    if (src && st->thrown == exc && st->throw_syntax && st->throw_end_line) {
        /* the parser gave the range: one line underlined, or none */
        width = st->throw_end_line == line && st->throw_end_col > col ? st->throw_end_col - col : NO_CARET;
    } else if (src && st->thrown == exc && st->throw_syntax) {
        JSValue msg = js_get(ctx, exc, ctx->atoms.message);
        const char *m = js_is_string(msg) ? js_to_utf8(ctx, msg, NULL) : "";
        int mode = !strcmp(m, "missing ) after argument list")        ? SITE_PREVIOUS
                   : !strncmp(m, "Missing initializer in ", 23)          ? SITE_PATTERN
                   : strstr(m, "' has already been declared") != NULL ? SITE_REDECLARED
                                                                         : SITE_TOKEN;
        width = syntax_site(src, &line, &col, mode);
    }
    if (src)
        print_source_line(out, src, file, line, col, width);
    if (is_error) {
        if (src)
            fputc('\n', out);
        print_error(ctx, exc, internal, out);
    } else {
        const char *text = js_is_string(exc) ? js_to_utf8(ctx, exc, NULL)
                           : js_is_symbol(exc) ? ""   /* node cannot make a string of it */
                                               : inspected(ctx, exc);
        fprintf(out, "%s\n", text);
        if (!js_is_object(exc))
            fputs("(Use `node --trace-uncaught ...` to show where the exception was thrown)\n", out);
    }
    fflush(out);
}
