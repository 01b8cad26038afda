/* repl.c - the interactive loop on libedit: a `> ` prompt, line editing and
 * in-memory history, `... ` continuation while the parser calls the input
 * incomplete, each result printed with inspect, `.exit` and Ctrl-D to leave.
 * Errors print as `Uncaught Name: message` and the session goes on. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <editline/readline.h>
#include <gc.h>

#include "parser/ast.h"
#include "runtime/js.h"
#include "cli.h"

/* True when `src` is an unfinished program the user may still complete. */
static bool incomplete(const char *src)
{
    ParseError err = {0};
    return !parse_program("REPL", src, strlen(src), &err) && err.incomplete;
}

static void print_result(JSContext *ctx, JSValue v)
{
    JSValue s = js_inspect(ctx, v, JS_UNDEFINED);
    if (s != JS_EXCEPTION)
        printf("%s\n", js_to_utf8(ctx, s, NULL));
}

static void print_uncaught(JSContext *ctx, JSValue exc)
{
    JSValue shown = exc;
    if (js_is_object(exc)) {
        JSValue stack = js_get_atom(ctx, exc, ctx->atoms.stack);
        if (js_is_string(stack))
            shown = stack;
    }
    JSValue s = js_is_string(shown) ? shown : js_inspect(ctx, shown, JS_UNDEFINED);
    if (s == JS_EXCEPTION)
        s = js_new_string(ctx, "<error>");
    fprintf(stderr, "Uncaught %s\n", js_to_utf8(ctx, s, NULL));
}

/* Read one complete input, possibly over several lines; NULL at end of input. */
static char *read_input(void)
{
    char *buf = NULL;
    size_t len = 0;
    for (;;) {
        char *line = readline(buf ? "... " : "> ");
        if (!line) {
            if (buf)
                putchar('\n');
            return NULL;
        }
        size_t n = strlen(line);
        char *next = GC_MALLOC_ATOMIC(len + n + 2);
        if (buf)
            memcpy(next, buf, len);
        memcpy(next + len, line, n);
        len += n;
        next[len++] = '\n';
        next[len] = 0;
        free(line);
        buf = next;
        if (!incomplete(buf))
            return buf;
    }
}

int cli_repl(JSContext *ctx)
{
    printf("Welcome to weakjs %s.\nType \".help\" for more information.\n", WEAKJS_VERSION);
    for (;;) {
        char *src = read_input();
        if (!src)
            return 0;
        char *p = src;
        while (*p == ' ' || *p == '\t')
            p++;
        if (*p == '\n' || *p == 0)
            continue;
        add_history(src);
        if (!strncmp(p, ".exit", 5))
            return 0;
        if (!strncmp(p, ".help", 5)) {
            puts(".exit     Exit the REPL\n.help     Print this help message");
            continue;
        }
        JSValue v = js_eval_script(ctx, "REPL", src, strlen(src));
        fflush(stdout);
        if (v == JS_EXCEPTION)
            print_uncaught(ctx, ctx->exception);
        else
            print_result(ctx, v);
    }
}
