/* repl_edit.c - the REPL's line editor on libedit's own API (histedit.h):
 * emacs keys and arrows, reverse search on Ctrl-R, Tab completion (bound to
 * repl_complete.c), history kept in ~/.weakjs_repl_history (or the file
 * WEAKJS_REPL_HISTORY names; an empty name keeps none).
 *
 * Ctrl-C while editing: the terminal's ISIG is turned off in edit mode, so
 * the key arrives as a byte and a key function ends the line with
 * Repl.ctrl_c set; repl.c decides what that means.  While code runs the
 * terminal is back in cooked mode and Ctrl-C is a SIGINT (repl.c). */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <gc.h>

#include "repl.h"

unsigned char repl_complete_key(EditLine *el, int ch);

static Repl *repl_of(EditLine *el)
{
    void *p = NULL;
    el_get(el, EL_CLIENTDATA, &p);
    return p;
}

static char *prompt_fn(EditLine *el)
{
    return (char *)repl_of(el)->prompt;
}

/* Ctrl-C: end the line; the caller sees Repl.ctrl_c and drops it. */
static unsigned char key_ctrl_c(EditLine *el, int ch)
{
    (void)ch;
    const LineInfo *li = el_line(el);
    repl_of(el)->ctrl_c = true;
    repl_of(el)->ctrl_c_empty = li->lastchar == li->buffer;
    return CC_NEWLINE;
}

/* Ctrl-D: end of input on an empty line; in .editor mode, at the end of a
 * line, that line is the last (node: "Ctrl+D to finish"); else delete the
 * character under the cursor, as emacs. */
static unsigned char key_ctrl_d(EditLine *el, int ch)
{
    (void)ch;
    Repl *r = repl_of(el);
    const LineInfo *li = el_line(el);
    if (li->lastchar == li->buffer)
        return CC_EOF;
    if (li->cursor == li->lastchar) {
        if (!r->editor)
            return CC_ERROR;
        r->editor_done = true;
        return CC_NEWLINE;
    }
    el_cursor(el, 1);
    el_deletestr(el, 1);
    return CC_REFRESH;
}

/* The history file: WEAKJS_REPL_HISTORY if set (empty: none), else
 * ~/.weakjs_repl_history. */
static const char *history_path(void)
{
    const char *env = getenv("WEAKJS_REPL_HISTORY");
    if (env)
        return *env ? env : NULL;
    const char *home = getenv("HOME");
    if (!home || !*home)
        return NULL;
    size_t n = strlen(home) + sizeof "/.weakjs_repl_history";
    char *p = GC_MALLOC_ATOMIC(n);
    snprintf(p, n, "%s/.weakjs_repl_history", home);
    return p;
}

void repl_edit_open(Repl *r)
{
    HistEvent ev;
    setlocale(LC_CTYPE, "");   /* so libedit reads UTF-8 input as characters */
    r->hist = history_init();
    history(r->hist, &ev, H_SETSIZE, 1000);
    history(r->hist, &ev, H_SETUNIQUE, 1);
    r->hist_path = r->tty ? history_path() : NULL;
    if (r->hist_path)
        history(r->hist, &ev, H_LOAD, r->hist_path);

    r->el = el_init("weakjs", stdin, stdout, stderr);
    el_set(r->el, EL_CLIENTDATA, r);
    el_set(r->el, EL_EDITOR, "emacs");
    el_set(r->el, EL_SIGNAL, 1);   /* window resizes; restores the terminal on signals */
    el_set(r->el, EL_PROMPT, prompt_fn);
    el_set(r->el, EL_HIST, history, r->hist);
    el_set(r->el, EL_SETTY, "-d", "-isig", NULL);
    el_set(r->el, EL_ADDFN, "weakjs-interrupt", "Cancel the input line", key_ctrl_c);
    el_set(r->el, EL_BIND, "^C", "weakjs-interrupt", NULL);
    el_set(r->el, EL_ADDFN, "weakjs-eof", "End of input, or delete a character", key_ctrl_d);
    el_set(r->el, EL_BIND, "^D", "weakjs-eof", NULL);
    el_set(r->el, EL_ADDFN, "weakjs-complete", "Complete the word before the cursor", repl_complete_key);
    el_set(r->el, EL_BIND, "^I", "weakjs-complete", NULL);
    /* libedit's emacs map has ^R as redisplay; readline users expect search */
    el_set(r->el, EL_BIND, "^R", "em-inc-search-prev", NULL);
    el_source(r->el, NULL);   /* ~/.editrc may rebind keys */
}

void repl_edit_close(Repl *r)
{
    if (r->el)
        el_end(r->el);
    if (r->hist)
        history_end(r->hist);
    r->el = NULL;
    r->hist = NULL;
}

char *repl_edit_read(Repl *r, const char *prompt)
{
    r->prompt = prompt;
    r->ctrl_c = false;
    int count = 0;
    const char *line = el_gets(r->el, &count);
    if (r->ctrl_c || !line || count <= 0) {
        if (r->tty)
            fputs("\n", stdout);
        fflush(stdout);
        return NULL;
    }
    size_t n = (size_t)count;
    while (n > 0 && (line[n - 1] == '\n' || line[n - 1] == '\r'))
        n--;
    char *s = GC_MALLOC_ATOMIC(n + 1);
    memcpy(s, line, n);
    s[n] = 0;
    return s;
}

/* A line worth recalling: into the history, and into the file at once, so
 * a session that ends by a crash or a kill keeps it too. */
void repl_edit_remember(Repl *r, const char *line)
{
    HistEvent ev;
    if (!*line)
        return;
    history(r->hist, &ev, H_ENTER, line);
    if (r->hist_path)
        history(r->hist, &ev, H_SAVE, r->hist_path);
}
