/* repl.h - what the REPL's files share: repl.c (the read-eval-print loop,
 * dot-commands, `_`), repl_edit.c (libedit: keys, history file, Ctrl-C),
 * repl_complete.c (Tab completion) and repl_loop.c (timers and promises
 * while the prompt waits). */
#ifndef WEAKJS_REPL_H
#define WEAKJS_REPL_H

#include <stdbool.h>
#include <stddef.h>

#include <histedit.h>

#include "runtime/js.h"

typedef struct Repl {
    JSContext *ctx;
    EditLine *el;
    History *hist;
    const char *hist_path;   /* NULL: history is not kept across sessions */
    bool tty;                /* stdin is a terminal */
    bool colors;             /* results are printed in colour */
    bool ctrl_c;             /* the last read ended with Ctrl-C */
    bool ctrl_c_empty;       /* ... on an empty line */
    bool editor;             /* in .editor mode */
    bool editor_done;        /* Ctrl-D ended .editor mode after this line */
    const char *prompt;      /* what the prompt function shows */
    /* every line evaluated, for .save (collector memory) */
    char **log;
    size_t nlog, logcap;
    /* identifiers seen in the input: the candidates among which completion
     * looks for top-level let/const/class names (atoms, collector memory) */
    JSValue *names;
    size_t nnames, namecap;
    /* inputs are named REPL1, REPL2, ... in stacks, as node names them,
     * when the runtime takes those names for REPL input (else all "REPL") */
    unsigned input_no;
    double due_at;           /* monotonic ms when timers are due; -1: none pending */
} Repl;

/* repl.c: run the event loop's due jobs once, printing uncaught errors as
 * node's REPL does; the wait until more is due (ms), -1 if nothing is. */
double repl_run_due(Repl *r);

/* repl_loop.c: libedit reads keys through a function that runs due timers
 * while it waits */
void repl_loop_init(Repl *r);
/* After code ran: jobs are due in next ms (-1: none pending). */
void repl_loop_schedule(Repl *r, double next);

/* repl_edit.c */
void repl_edit_open(Repl *r);
void repl_edit_close(Repl *r);
/* One line (no newline, collector memory) read with prompt; NULL at end of
 * input (Ctrl-D) and when r->ctrl_c says Ctrl-C cancelled the line. */
char *repl_edit_read(Repl *r, const char *prompt);
void repl_edit_remember(Repl *r, const char *line);

/* repl_complete.c */
void repl_complete_init(Repl *r);
/* Note the identifiers of an evaluated input as completion candidates. */
void repl_complete_note(Repl *r, const char *src);

#endif
