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
} EvalState;

static EvalState *state(JSContext *ctx)
{
    if (!ctx->eval_state) {
        EvalState *st = js_malloc(sizeof(EvalState));
        st->cap = 64;
        st->cells = js_malloc(st->cap * sizeof(GlobalCell *));
        st->top_this = js_new_object(ctx);
        st->thrown = JS_EMPTY;
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
    return run_program(ctx, prog, filename);
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

/* "file:line", the line, and a caret under the column. */
static void print_source_line(FILE *out, Source *src, const char *file, uint32_t line, uint32_t col)
{
    const char *p = src->text, *end = src->text + src->len;
    for (uint32_t l = 1; l < line && p < end; p++)
        if (*p == '\n')
            l++;
    const char *e = p;
    while (e < end && *e != '\n' && *e != '\r')
        e++;
    fprintf(out, "%s:%u\n%.*s\n", file, line, (int)(e - p), p);
    if (col == 0) /* past the end of the text: node prints no caret line */
        return;
    /* the caret: columns count code points; keep tabs so it lines up */
    uint32_t c = 1;
    for (const char *q = p; q < e && c < col; q++) {
        if (((unsigned char)*q & 0xC0) == 0x80)
            continue;
        fputc(*q == '\t' ? '\t' : ' ', out);
        c++;
    }
    fputs("^\n", out);
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
 * (a SyntaxError in the source, an unhandled rejection), we print what it
 * prints without them: the stack line, not inspect's "[stack]". */
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

/* node: errors get "file:line / source / caret / blank line / error";
 * other values a blank line first, the value right under the caret
 * (strings as they are), and for primitives a hint about --trace-uncaught. */
void js_report_exception(JSContext *ctx, JSValue exc, FILE *out)
{
    EvalState *st = state(ctx);
    bool is_error = js_class_of(exc) == JS_CLASS_ERROR;
    /* before `stack` is read; the preallocated overflow error has no frames */
    bool internal = js_captured_frames(ctx, exc) == 0 || exc == ctx->stack_overflow_error;
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
    if (src)
        print_source_line(out, src, file, line, col);
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
