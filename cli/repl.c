/* repl.c - the interactive loop, as node's REPL: a `> ` prompt, `... ` while
 * the parser calls the input incomplete, each result printed with
 * util.inspect (in colour on a colour terminal), `_` and `_error`, errors as
 * `Uncaught TypeError: ...`, the dot-commands (.help .exit .break .clear
 * .load .save .editor, and .gc), Ctrl-C to cancel a line, twice to leave,
 * or to interrupt running code.
 *
 * Inputs are named REPL1, REPL2, ... in stacks as node names them; a syntax error
 * shows its line with carets under the token first, as node's REPL does.
 *
 * Line editing, history and the Ctrl-C key live in repl_edit.c, Tab
 * completion in repl_complete.c, the event loop while the prompt waits in
 * repl_loop.c.  Re-declaring a top-level let/const/class
 * in a later input is the resolver's business (parser/resolve.c): each
 * input is a new script whose program-level lexical bindings share cells. */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include <gc.h>

#include "builtins/weak.h"
#include "lexer/lexer.h"
#include "parser/ast.h"
#include "cli.h"
#include "repl.h"

/* ------------------------------------------------------------ _ and _error */

/* The last result and the last error, as node keeps them; static storage
 * is a collector root.  Assigning to either turns it into an ordinary
 * global (node: "Expression assignment to _ now disabled."). */
static JSValue last[2];
static bool last_disabled[2];
static const char *const last_names[2] = { "_", "_error" };

static JSValue last_get(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    return last[which];
}

static JSValue last_set(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int which)
{
    JSValue v = argc > 0 ? argv[0] : JS_UNDEFINED;
    last_disabled[which] = true;
    last[which] = JS_UNDEFINED;
    printf("Expression assignment to %s now disabled.\n", last_names[which]);
    if (js_define_value_str(ctx, ctx->global, last_names[which], v, JS_PROP_CWE) < 0)
        return JS_EXCEPTION;
    return JS_UNDEFINED;
}

static void define_last(JSContext *ctx)
{
    for (int i = 0; i < 2; i++) {
        last[i] = JS_UNDEFINED;
        JSValue get = js_new_cfunction_magic(ctx, last_get, last_names[i], 0, i);
        JSValue set = js_new_cfunction_magic(ctx, last_set, last_names[i], 1, i);
        js_define_accessor(ctx, ctx->global, js_atom(ctx, last_names[i]), get, set, JS_PROP_CONFIGURABLE);
    }
}

static void remember_last(int which, JSValue v)
{
    if (!last_disabled[which])
        last[which] = v;
}

/* ------------------------------------------------------------ printing */

/* node: colour on a terminal unless NO_COLOR / NODE_DISABLE_COLORS is set or
 * TERM is dumb. */
static bool use_colors(void)
{
    const char *term = getenv("TERM");
    return isatty(STDOUT_FILENO) && !getenv("NO_COLOR") && !getenv("NODE_DISABLE_COLORS") && term &&
           strcmp(term, "dumb") != 0;
}

static JSValue inspect_options(Repl *r)
{
    if (!r->colors)
        return JS_UNDEFINED;
    JSValue o = js_new_object(r->ctx);
    js_set_str(r->ctx, o, "colors", JS_TRUE);
    return o;
}

static void print_result(Repl *r, JSValue v)
{
    JSValue s = js_inspect(r->ctx, v, inspect_options(r));
    if (s == JS_EXCEPTION) {
        r->ctx->exception = JS_UNDEFINED;
        return;
    }
    printf("%s\n", js_to_utf8(r->ctx, s, NULL));
}

static bool is_syntax_error(JSContext *ctx, JSValue exc)
{
    if (js_class_of(exc) != JS_CLASS_ERROR)
        return false;
    JSValue name = js_get_str(ctx, exc, "name");
    if (name == JS_EXCEPTION) {
        ctx->exception = JS_UNDEFINED;
        return false;
    }
    return js_is_string(name) && strcmp(js_to_utf8(ctx, name, NULL), "SyntaxError") == 0;
}

/* A stack line "    at ..." that points into an input: "(REPL3:1:5)" or a
 * bare "at REPL3:1:5". */
static bool input_frame(const char *line, const char *eol)
{
    for (const char *p = line + 7; p + 5 <= eol; p++) {
        if (memcmp(p, "REPL", 4) != 0 || (p[-1] != '(' && p[-1] != ' '))
            continue;
        const char *q = p + 4;
        while (q < eol && *q >= '0' && *q <= '9')
            q++;
        if (q < eol && *q == ':')
            return true;
    }
    return false;
}

/* node's REPL cuts an uncaught error's stack at the last frame of REPL
 * input, that frame included (the input's top level, or the callback a
 * timer called), and keeps the shorter stack in the error (`_error.stack`);
 * a SyntaxError loses all its frames. */
static void trim_stack(JSContext *ctx, JSValue exc)
{
    JSPropertyDescriptor d;
    if (js_class_of(exc) != JS_CLASS_ERROR ||
        js_get_own_property(ctx, js_obj(exc), ctx->atoms.stack, &d) <= 0 || (d.flags & JS_PROP_ACCESSOR) ||
        !js_is_string(d.value))
        return;
    const char *stack = js_to_utf8(ctx, d.value, NULL);
    const char *cut = NULL;
    /* a SyntaxError keeps no frames at all */
    bool all = is_syntax_error(ctx, exc);
    for (const char *at = strstr(stack, "\n    at "); at; at = strstr(at + 1, "\n    at ")) {
        const char *eol = strchr(at + 1, '\n');
        if (all && !cut)
            cut = at;
        if (!all && input_frame(at + 1, eol ? eol : at + strlen(at)))
            cut = at;
    }
    if (!cut)
        return;
    char *s = GC_MALLOC_ATOMIC((size_t)(cut - stack) + 1);
    memcpy(s, stack, (size_t)(cut - stack));
    s[cut - stack] = 0;
    js_define_value_str(ctx, exc, "stack", js_new_string(ctx, s), d.flags);
}

static void print_uncaught(Repl *r, JSValue exc)
{
    JSContext *ctx = r->ctx;
    remember_last(1, exc);
    trim_stack(ctx, exc);
    JSValue s = js_inspect(ctx, exc, js_is_object(exc) ? JS_UNDEFINED : inspect_options(r));
    if (s == JS_EXCEPTION) {
        ctx->exception = JS_UNDEFINED;
        s = js_new_string(ctx, "<error>");
    }
    const char *text = js_to_utf8(ctx, s, NULL);
    /* an Error inspects as its stack: `[TypeError: m]` becomes `TypeError: m`
     * when nothing else is shown, as node prints it */
    size_t len = strlen(text);
    if (js_class_of(exc) == JS_CLASS_ERROR && len > 2 && text[0] == '[' && text[len - 1] == ']' &&
        !strchr(text, '\n')) {
        printf("Uncaught %.*s\n", (int)(len - 2), text + 1);
        return;
    }
    printf("Uncaught %s\n", text);
}

/* ------------------------------------------------------------ syntax errors */

/* A SyntaxError from the parser or the resolver: no frame was running. */
static bool compile_error(JSContext *ctx, JSValue exc)
{
    return js_class_of(exc) == JS_CLASS_ERROR && js_captured_frames(ctx, exc) == 0 &&
           is_syntax_error(ctx, exc);
}

/* "Identifier 'x' has already been declared" is an early error when this
 * input declares x twice, but when it clashes with an earlier input's
 * declaration node reports it at run time (GlobalDeclarationInstantiation),
 * without the caret.  The resolver reports both alike: count this input's
 * declarations (let/const/var/class/function directly before the name). */
static bool clash_with_earlier_input(const char *msg, const char *src)
{
    static const char pre[] = "Identifier '", post[] = "' has already been declared";
    size_t n = strlen(msg);
    if (strncmp(msg, pre, sizeof pre - 1) != 0 || n < sizeof pre + sizeof post - 2 ||
        strcmp(msg + n - (sizeof post - 1), post) != 0)
        return false;
    const char *name = msg + sizeof pre - 1;
    size_t nlen = n - (sizeof pre - 1) - (sizeof post - 1);
    Lexer lx;
    LexToken t;
    lex_init(&lx, "REPL", src, strlen(src));
    int prev = LEX_EOF, count = 0, k;
    while ((k = lex_next(&lx, &t, false)) != LEX_EOF && k != LEX_ERROR) {
        bool declares = prev == LEX_LET || prev == LEX_CONST || prev == LEX_VAR || prev == LEX_CLASS ||
                        prev == LEX_FUNCTION;
        if (declares && t.end - t.start == nlen && memcmp(src + t.start, name, nlen) == 0)
            count++;
        prev = k;
    }
    return count < 2;
}

/* node's REPL shows where a syntax error is before the error itself:
 * the line, carets under the token, a blank line.  The runtime's report
 * (js_report_exception: "REPL3:1", the line, a caret) says where. */
static void print_source_caret(Repl *r, JSValue exc, const char *name, const char *src)
{
    JSContext *ctx = r->ctx;
    if (!compile_error(ctx, exc))
        return;
    char *text = NULL;
    size_t size = 0;
    FILE *f = open_memstream(&text, &size);
    if (!f)
        return;
    js_report_exception(ctx, exc, f);
    fclose(f);
    size_t nlen = strlen(name);
    char *l2 = strchr(text, '\n'), *l3 = l2 ? strchr(l2 + 1, '\n') : NULL;
    char *l4 = l3 ? strchr(l3 + 1, '\n') : NULL;
    const char *msg = l4 ? strstr(l4, "SyntaxError: ") : NULL;
    char *eol = msg ? strchr(msg, '\n') : NULL;
    if (eol)
        *eol = 0;
    if (msg && clash_with_earlier_input(msg + 13, src))
        l4 = NULL;
    /* the report's source and caret lines, as node's REPL shows them */
    if (l4 && strncmp(text, name, nlen) == 0 && text[nlen] == ':') {
        char *caret = strchr(l3 + 1, '^');
        if (caret && caret < l4)
            printf("%.*s\n%.*s\n\n", (int)(l3 - l2 - 1), l2 + 1, (int)(l4 - l3 - 1), l3 + 1);
    }
    free(text);
}

/* ------------------------------------------------------------ evaluating */

static JSContext *volatile interrupt_ctx;

/* Ctrl-C while code runs: the evaluator sees the flag at its next loop
 * iteration or call and throws.  (While a line is edited Ctrl-C is a key,
 * repl_edit.c.) */
static void on_sigint(int sig)
{
    (void)sig;
    if (interrupt_ctx)
        interrupt_ctx->interrupt = 1;
}

static void install_sigint(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, NULL);
}

/* True when src is an unfinished program the user may still complete. */
static bool incomplete(const char *src)
{
    ParseError err = {0};
    return !parse_program("REPL", src, strlen(src), &err) && err.incomplete;
}

static bool parses(const char *src)
{
    ParseError err = {0};
    return parse_program("REPL", src, strlen(src), &err) != NULL;
}

/* node reads `{ a: 1 }` as an object literal, not a block: an input that
 * starts with `{` and does not end with `;` is tried in parentheses first. */
static const char *object_literal_fix(const char *src)
{
    const char *p = src;
    while (*p == ' ' || *p == '\t' || *p == '\n')
        p++;
    size_t n = strlen(p);
    while (n > 0 && (p[n - 1] == ' ' || p[n - 1] == '\t' || p[n - 1] == '\n'))
        n--;
    if (*p != '{' || p[n - 1] == ';')
        return src;
    char *w = GC_MALLOC_ATOMIC(n + 4);
    w[0] = '(';
    memcpy(w + 1, p, n);
    memcpy(w + 1 + n, ")\n", 3);
    return parses(w) ? w : src;
}

/* The name of the next input in stacks: REPL1, REPL2, ... as node counts
 * them (every evaluation, an unfinished input's too). */
static const char *next_name(Repl *r)
{
    r->input_no++;
    char *name = GC_MALLOC_ATOMIC(24);
    snprintf(name, 24, "REPL%u", r->input_no);
    return name;
}

double repl_run_due(Repl *r)
{
    JSContext *ctx = r->ctx;
    double next;
    ctx->interrupt = 0;
    interrupt_ctx = ctx;
    if (js_run_due(ctx, &next) < 0) {
        JSValue exc = ctx->exception;
        ctx->exception = JS_UNDEFINED;
        ctx->interrupt = 0;
        fflush(stdout);
        print_uncaught(r, exc);
    }
    interrupt_ctx = NULL;
    ctx->interrupt = 0;
    fflush(stdout);
    return next;
}

/* Evaluate one input and print what node would.  Its own call, with the
 * stack scrubbed after it, so no stale word keeps an object alive for the
 * next gc() (DESIGN.md, Determinism). */
static __attribute__((noinline)) void eval_print(Repl *r, const char *src)
{
    JSContext *ctx = r->ctx;
    repl_complete_note(r, src);
    src = object_literal_fix(src);
    const char *name = next_name(r);
    ctx->interrupt = 0;
    interrupt_ctx = ctx;
    JSValue v = js_eval_script(ctx, name, src, strlen(src));
    if (v == JS_EXCEPTION) {
        JSValue exc = ctx->exception;
        ctx->exception = JS_UNDEFINED;
        ctx->interrupt = 0;
        fflush(stdout);
        print_source_caret(r, exc, name, src);
        print_uncaught(r, exc);
    } else {
        remember_last(0, v);
        ctx->interrupt = 0;
        print_result(r, v);
    }
    interrupt_ctx = NULL;
    ctx->interrupt = 0;
    fflush(stdout);
}

/* After each input: its microtasks, and the timers already due, before the
 * next prompt; later ones run while the prompt waits (repl_loop.c). */
static __attribute__((noinline)) void run_jobs(Repl *r)
{
    repl_loop_schedule(r, repl_run_due(r));
}

static void run_input(Repl *r, const char *src)
{
    eval_print(r, src);
    js_scrub_stack();
    run_jobs(r);
    js_scrub_stack();
}

/* ------------------------------------------------------------ dot-commands */

static void log_line(Repl *r, const char *line)
{
    if (r->nlog == r->logcap) {
        r->logcap = r->logcap ? r->logcap * 2 : 64;
        r->log = js_realloc(r->log, r->logcap * sizeof(char *));
    }
    r->log[r->nlog++] = (char *)line;
}

/* 1,234,567 */
static const char *grouped(size_t n)
{
    char digits[32], *out = GC_MALLOC_ATOMIC(48);
    int len = snprintf(digits, sizeof digits, "%zu", n), k = 0;
    for (int i = 0; i < len; i++) {
        if (i > 0 && (len - i) % 3 == 0)
            out[k++] = ',';
        out[k++] = digits[i];
    }
    out[k] = 0;
    return out;
}

static size_t heap_in_use(void)
{
    size_t heap = GC_get_heap_size(), free_bytes = GC_get_free_bytes();
    return heap > free_bytes ? heap - free_bytes : 0;
}

/* .gc: gc() plus a report of what it freed. */
static void cmd_gc(Repl *r)
{
    size_t before = heap_in_use();
    js_collect(r->ctx);
    size_t after = heap_in_use();
    size_t freed = before > after ? before - after : 0;
    printf("Collected: %s KB freed, %s KB in use, heap %s KB\n", grouped((freed + 512) / 1024),
           grouped((after + 512) / 1024), grouped((GC_get_heap_size() + 512) / 1024));
}

/* .load as node 20 does it: the file is typed in as in editor mode (so it
 * is echoed), then an Enter evaluates it as one input; an unfinished one
 * waits for more on `... ` (*pending). */
static void cmd_load(Repl *r, const char *path, char **pending)
{
    struct stat st;
    if (*path && stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
        printf("Failed to load: %s is not a valid file\n", path);
        return;
    }
    size_t len;
    char *src = *path ? cli_read_file(path, &len) : NULL;
    if (!src) {
        printf("Failed to load: %s\n", path);
        return;
    }
    fputs(src, stdout);
    fputc('\n', stdout);
    fflush(stdout);
    char *buf = GC_MALLOC_ATOMIC(len + 2);
    memcpy(buf, src, len);
    memcpy(buf + len, "\n", 2);
    if (incomplete(buf)) {
        r->input_no++;   /* node tried it */
        *pending = buf;
        return;
    }
    log_line(r, buf);
    run_input(r, buf);
}

static void cmd_save(Repl *r, const char *path)
{
    FILE *f = *path ? fopen(path, "w") : NULL;
    if (!f) {
        printf("Failed to save: %s\n", path);
        return;
    }
    for (size_t i = 0; i < r->nlog; i++) {
        const char *s = r->log[i];
        size_t n = strlen(s);
        fputs(s, f);
        if (n == 0 || s[n - 1] != '\n')
            fputc('\n', f);
    }
    bool ok = fclose(f) == 0;
    printf(ok ? "Session saved to: %s\n" : "Failed to save: %s\n", path);
}

/* .editor: lines without a prompt until Ctrl-D, then one evaluation;
 * Ctrl-C cancels. */
static void cmd_editor(Repl *r)
{
    puts("// Entering editor mode (Ctrl+D to finish, Ctrl+C to cancel)");
    fflush(stdout);
    char *buf = GC_MALLOC_ATOMIC(1);
    size_t len = 0;
    buf[0] = 0;
    r->editor = true;
    r->editor_done = false;
    for (;;) {
        char *line = repl_edit_read(r, "");
        if (!line) {
            r->editor = false;
            if (r->ctrl_c)
                return;
            break;
        }
        repl_edit_remember(r, line);
        size_t n = strlen(line);
        char *next = GC_MALLOC_ATOMIC(len + n + 2);
        memcpy(next, buf, len);
        memcpy(next + len, line, n);
        len += n;
        next[len++] = '\n';
        next[len] = 0;
        buf = next;
        if (r->editor_done) {
            r->editor = false;
            fputs("\n", stdout);
            break;
        }
    }
    log_line(r, buf);
    run_input(r, buf);
}

static const char help_text[] =
    ".break    Sometimes you get stuck, this gets you out\n"
    ".clear    Alias for .break\n"
    ".editor   Enter editor mode\n"
    ".exit     Exit the REPL\n"
    ".gc       Collect garbage now, as gc(), and report the memory freed\n"
    ".help     Print this help message\n"
    ".load     Load JS from a file into the REPL session\n"
    ".save     Save all evaluated commands in this REPL session to a file\n"
    "\n"
    "Press Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n";

enum { CMD_NONE, CMD_DONE, CMD_BREAK, CMD_EXIT };

/* A line `.name [arg]`; CMD_NONE when it is not a command (".5" is a number). */
static int dot_command(Repl *r, const char *line, char **pending)
{
    const char *p = line;
    while (*p == ' ' || *p == '\t')
        p++;
    if (p[0] != '.' || !((p[1] >= 'a' && p[1] <= 'z') || (p[1] >= 'A' && p[1] <= 'Z')))
        return CMD_NONE;
    const char *name = ++p;
    while (*p && *p != ' ' && *p != '\t')
        p++;
    size_t n = (size_t)(p - name);
    while (*p == ' ' || *p == '\t')
        p++;
    char *arg = GC_MALLOC_ATOMIC(strlen(p) + 1);
    strcpy(arg, p);
    for (size_t k = strlen(arg); k > 0 && (arg[k - 1] == ' ' || arg[k - 1] == '\t'); k--)
        arg[k - 1] = 0;
#define IS(s) (n == sizeof(s) - 1 && memcmp(name, s, n) == 0)
    if (IS("exit"))
        return CMD_EXIT;
    if (IS("break") || IS("clear"))
        return CMD_BREAK;
    if (IS("help"))
        fputs(help_text, stdout);
    else if (IS("load"))
        cmd_load(r, arg, pending);
    else if (IS("save"))
        cmd_save(r, arg);
    else if (IS("editor"))
        cmd_editor(r);
    else if (IS("gc"))
        cmd_gc(r);
    else
        puts("Invalid REPL keyword");
#undef IS
    fflush(stdout);
    return CMD_DONE;
}

/* ------------------------------------------------------------ the loop */

static char *append_line(char *buf, const char *line)
{
    size_t len = buf ? strlen(buf) : 0, n = strlen(line);
    char *next = GC_MALLOC_ATOMIC(len + n + 2);
    if (buf)
        memcpy(next, buf, len);
    memcpy(next + len, line, n);
    next[len + n] = '\n';
    next[len + n + 1] = 0;
    return next;
}

int cli_repl(JSContext *ctx)
{
    Repl r;
    memset(&r, 0, sizeof r);
    r.ctx = ctx;
    r.tty = isatty(STDIN_FILENO);
    r.colors = use_colors();
    define_last(ctx);
    install_sigint();
    repl_edit_open(&r);
    repl_loop_init(&r);
    repl_complete_init(&r);
    if (r.tty)
        printf("Welcome to weakjs %s.\nType \".help\" for more information.\n", WEAKJS_VERSION);
    fflush(stdout);

    char *buf = NULL;          /* the unfinished input so far */
    bool exit_armed = false;   /* Ctrl-C on an empty line once already */
    for (;;) {
        char *line = repl_edit_read(&r, buf ? "... " : "> ");
        if (!line && r.ctrl_c) {
            if (buf || !r.ctrl_c_empty) {
                buf = NULL;
                exit_armed = false;
                continue;
            }
            if (exit_armed)
                break;
            puts("(To exit, press Ctrl+C again or Ctrl+D or type .exit)");
            fflush(stdout);
            exit_armed = true;
            continue;
        }
        if (!line)
            break;
        exit_armed = false;
        int cmd = dot_command(&r, line, &buf);
        if (cmd != CMD_NONE) {
            if (cmd == CMD_EXIT)
                break;
            repl_edit_remember(&r, line);
            if (cmd == CMD_BREAK)
                buf = NULL;
            continue;
        }
        if (!buf && strspn(line, " \t") == strlen(line)) {
            r.input_no++;   /* node evaluates an empty line too, silently */
            continue;
        }
        repl_edit_remember(&r, line);
        buf = append_line(buf, line);
        if (incomplete(buf)) {
            r.input_no++;
            continue;
        }
        char *src = buf;
        buf = NULL;
        log_line(&r, src);
        run_input(&r, src);
    }
    repl_edit_close(&r);
    fflush(stdout);
    return 0;
}
