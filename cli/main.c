/* main.c - the weakjs command line: runs a script file, code given with -e
 * or -p, or a script piped on stdin; prints syntax trees for golden tests.
 *
 * Exit status: 0, or 1 after an uncaught exception or a syntax error (as
 * node), or what process.exit()/process.exitCode asked for.  The REPL lives
 * in repl.c. */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <unistd.h>

#include <gc.h>

#include "lexer/lexer.h"
#include "parser/ast.h"
#include "runtime/js.h"
#include "cli.h"

/* A deep JavaScript recursion needs a deep C stack: the evaluator's stack
 * guard measures against this limit.  The main thread's stack can only grow
 * up to the limit that was in force at exec time, so raise it and exec
 * ourselves again once. */
#define WANT_STACK (64ul << 20)

static void ensure_big_stack(char **argv)
{
    struct rlimit rl;
    if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= WANT_STACK)
        return;
    if (getenv("WEAKJS_REEXEC"))
        return;
    rlim_t want = WANT_STACK;
    if (rl.rlim_max != RLIM_INFINITY && rl.rlim_max < want)
        want = rl.rlim_max;
    if (want <= rl.rlim_cur)
        return;
    rl.rlim_cur = want;
    if (setrlimit(RLIMIT_STACK, &rl) != 0)
        return;
    setenv("WEAKJS_REEXEC", "1", 1);
    execv("/proc/self/exe", argv);
    /* exec failed: run with the stack we have */
}

static void usage(FILE *f)
{
    fputs("Usage: weakjs [options] [script.js] [arguments]\n"
          "\n"
          "Options:\n"
          "  -e, --eval CODE     evaluate CODE\n"
          "  -p, --print CODE    evaluate CODE and print the result\n"
          "  -i, --interactive   start the REPL (after the script, if any)\n"
          "  --dump-ast FILE     print the syntax tree of FILE\n"
          "  --dump-tokens FILE  print the tokens of FILE\n"
          "  -v, --version       print the version\n"
          "  -h, --help          print this help\n"
          "\n"
          "With no script: the REPL on a terminal, else the script read from stdin.\n",
          f);
}

char *cli_read_file(const char *path, size_t *len)
{
    FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = GC_MALLOC_ATOMIC(cap + 1);
    size_t got;
    while ((got = fread(buf + n, 1, cap - n, f)) > 0) {
        n += got;
        if (n == cap) {
            cap *= 2;
            buf = GC_REALLOC(buf, cap + 1);
        }
    }
    if (f != stdin)
        fclose(f);
    buf[n] = 0;
    *len = n;
    return buf;
}

static int dump_ast(const char *path)
{
    size_t len;
    char *src = cli_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "weakjs: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    ParseError err = {0};
    Node *prog = parse_program(path, src, len, &err);
    if (!prog) {
        fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", err.filename ? err.filename : path,
                err.line, err.col, err.msg);
        return 1;
    }
    ast_dump(stdout, prog);
    return 0;
}

static int dump_tokens(const char *path)
{
    size_t len;
    char *src = cli_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "weakjs: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    Lexer lx;
    LexToken tok;
    lex_init(&lx, path, src, len);
    /* Without a parser to ask, a '/' after an operand is taken as division. */
    bool operand = false;
    for (;;) {
        int t = lex_next(&lx, &tok, !operand);
        if (t == LEX_ERROR) {
            fprintf(stderr, "%s:%u:%u: SyntaxError: %s\n", path, lx.err_line, lx.err_col, lx.err_msg);
            return 1;
        }
        if (t == LEX_EOF)
            break;
        printf("%u:%u %s%s %.*s\n", tok.line, tok.col, lex_token_name(t), tok.nl_before ? " nl" : "",
               (int)(tok.end - tok.start), src + tok.start);
        operand = t == LEX_IDENT || t == LEX_NUMBER || t == LEX_STRING || t == LEX_REGEX ||
                  t == LEX_RPAREN || t == LEX_RBRACKET || t == LEX_RBRACE || t == LEX_THIS ||
                  t == LEX_TEMPLATE_FULL || t == LEX_TEMPLATE_TAIL;
    }
    return 0;
}

/* Run one script; report an uncaught exception.  Returns the exit status. */
static int run_source(JSContext *ctx, const char *name, const char *src, size_t len, bool print)
{
    JSValue v = js_eval_script(ctx, name, src, len);
    if (v == JS_EXCEPTION) {
        fflush(stdout);
        js_report_exception(ctx, ctx->exception, stderr);
        return 1;
    }
    if (print) {
        /* as node -p: a string result prints as it is, anything else inspected */
        JSValue s = js_is_string(v) ? v : js_inspect(ctx, v, JS_UNDEFINED);
        if (s == JS_EXCEPTION) {
            js_report_exception(ctx, ctx->exception, stderr);
            return 1;
        }
        puts(js_to_utf8(ctx, s, NULL));
    }
    if (js_run_event_loop(ctx) < 0) {
        fflush(stdout);
        js_report_exception(ctx, ctx->exception, stderr);
        return 1;
    }
    return 0;
}

static int run_file(JSContext *ctx, const char *path)
{
    size_t len;
    char *src = cli_read_file(path, &len);
    if (!src) {
        fprintf(stderr, "weakjs: cannot open %s: %s\n", path, strerror(errno));
        return 1;
    }
    /* node names a script by its absolute path in stacks and error reports */
    char abs[PATH_MAX];
    const char *name = realpath(path, abs) ? abs : path;
    js_scrub_stack();   /* reading left words where the script's frames go (see main) */
    return run_source(ctx, name, src, len, false);
}

/* path resolved to an absolute one (GC memory, as process.argv holds
 * it), or fallback when it cannot be. */
static char *absolute_path(const char *path, const char *fallback)
{
    char buf[PATH_MAX];
    const char *p = realpath(path, buf) ? buf : fallback;
    char *r = GC_MALLOC_ATOMIC(strlen(p) + 1);
    strcpy(r, p);
    return r;
}

int main(int argc, char **argv)
{
    ensure_big_stack(argv);
    GC_INIT();

    const char *code = NULL;
    bool print = false, interactive = false;
    int i = 1;
    for (; i < argc && argv[i][0] == '-' && argv[i][1]; i++) {
        const char *a = argv[i];
        if (!strcmp(a, "--")) {
            i++;
            break;
        } else if (!strcmp(a, "-v") || !strcmp(a, "--version")) {
            printf("weakjs %s\n", WEAKJS_VERSION);
            return 0;
        } else if (!strcmp(a, "-h") || !strcmp(a, "--help")) {
            usage(stdout);
            return 0;
        } else if (!strcmp(a, "-i") || !strcmp(a, "--interactive")) {
            interactive = true;
        } else if ((!strcmp(a, "-e") || !strcmp(a, "--eval") || !strcmp(a, "-p") ||
                    !strcmp(a, "--print")) && i + 1 < argc) {
            print = a[1] == 'p' || a[2] == 'p';
            code = argv[++i];
        } else if (!strcmp(a, "--dump-ast") && i + 1 < argc) {
            return dump_ast(argv[i + 1]);
        } else if (!strcmp(a, "--dump-tokens") && i + 1 < argc) {
            return dump_tokens(argv[i + 1]);
        } else {
            fprintf(stderr, "weakjs: bad option: %s\n", a);
            usage(stderr);
            return 9;
        }
    }

    /* process.argv as node builds it: [execPath, script, ...args] */
    const char *script = code ? NULL : (i < argc ? argv[i++] : NULL);
    int nargs = argc - i;
    char **pargv = GC_MALLOC(sizeof(char *) * (size_t)(nargs + 2));
    int pargc = 0;
    pargv[pargc++] = absolute_path("/proc/self/exe", argv[0]);
    if (script)   /* node: the script's absolute path, as __filename */
        pargv[pargc++] = absolute_path(script, script);
    for (int k = 0; k < nargs; k++)
        pargv[pargc++] = argv[i + k];
    JSContext *ctx = js_new_context(pargc, pargv);
    /* Setting up left words below this frame (bdwgc's own, among them
     * pointers to the start of heap pages) that would lie in the holes of
     * the frames running the script, where a conservative scan takes them
     * for references to whatever object is allocated there later
     * (tests/reachability/ephemeron_chain kept a WeakMap entry that way):
     * those frames must start out on a clean stack. */
    js_scrub_stack();

    int status = 0;
    if (code)
        status = run_source(ctx, "[eval]", code, strlen(code), print);
    else if (script)
        status = run_file(ctx, script);
    else if (!interactive && !isatty(STDIN_FILENO)) {
        size_t len;
        char *src = cli_read_file("-", &len);
        js_scrub_stack();
        status = run_source(ctx, "[stdin]", src ? src : "", src ? len : 0, false);
    } else
        interactive = true;

    if (interactive)
        status = cli_repl(ctx);
    fflush(stdout);
    /* an uncaught error's status, else process.exitCode's */
    return status ? status : js_process_exit_status(ctx);
}
