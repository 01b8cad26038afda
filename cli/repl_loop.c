/* repl_loop.c - the event loop keeps running while the REPL waits for a
 * key, as in node: timers fire, promises settle and their output appears
 * while the user is at the prompt.
 *
 * libedit reads its characters through repl_getc (EL_GETCFN), which polls
 * the terminal with a timeout up to the next timer and runs what is due
 * meanwhile (repl_run_due in repl.c prints uncaught errors).  What that code
 * prints must not land in the middle of the line being edited: stdout and
 * stderr are swapped for streams that, at their first write, erase the
 * prompt and the line; once the jobs are done libedit draws both again
 * under the output (EL_REFRESH).  A run that prints nothing leaves the
 * screen alone.  node writes such output at the cursor and, except after an
 * uncaught error, draws no prompt again; we keep the line being edited
 * whole instead. */
#define _GNU_SOURCE   /* fopencookie */
#include <errno.h>
#include <math.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>
#include <wchar.h>

#include "repl.h"

static Repl *the_repl;

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

/* ------------------------------------------------------------ lifting the line */

static void put_all(int fd, const char *p, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, p, n);
        if (k < 0 && errno == EINTR)
            continue;
        if (k <= 0)
            return;
        p += k;
        n -= (size_t)k;
    }
}

static int term_columns(void)
{
    struct winsize ws;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0)
        return ws.ws_col;
    return 80;
}

/* Columns the line takes on screen up to the cursor: the prompt (ASCII)
 * and the characters before the cursor. */
static size_t cursor_column(Repl *r)
{
    const LineInfoW *li = el_wline(r->el);
    size_t col = strlen(r->prompt);
    for (const wchar_t *p = li->buffer; p < li->cursor; p++) {
        int w = wcwidth(*p);
        col += w > 0 ? (size_t)w : 0;
    }
    return col;
}

/* Erase the prompt and the line being edited: back to the first row they
 * take, then clear to the end of the screen. */
static void erase_line(Repl *r)
{
    char seq[32];
    size_t rows = cursor_column(r) / (size_t)term_columns();
    int n = rows ? snprintf(seq, sizeof seq, "\r\033[%zuA\033[J", rows)
                 : snprintf(seq, sizeof seq, "\r\033[J");
    put_all(STDOUT_FILENO, seq, (size_t)n);
}

typedef struct Lift {
    Repl *repl;
    int fd;
} Lift;

static bool lifted;      /* the line is erased; output is on the screen */
static char last_byte;   /* the last byte written meanwhile */

static ssize_t lift_write(void *cookie, const char *buf, size_t n)
{
    Lift *l = cookie;
    if (n == 0)
        return 0;
    if (!lifted) {
        erase_line(l->repl);
        lifted = true;
    }
    put_all(l->fd, buf, n);
    last_byte = buf[n - 1];
    return (ssize_t)n;
}

static FILE *lift_stream(Repl *r, int fd)
{
    Lift *l = malloc(sizeof *l);   /* pointer-free, lives as long as the process */
    l->repl = r;
    l->fd = fd;
    cookie_io_functions_t io = { .write = lift_write };
    FILE *f = fopencookie(l, "w", io);
    if (f)
        setvbuf(f, NULL, fd == STDERR_FILENO ? _IONBF : _IOLBF, 0);
    return f;
}

static FILE *lift_out, *lift_err;

/* ------------------------------------------------------------ running jobs at the prompt */

static void on_sigint_at_prompt(int sig)
{
    (void)sig;
    if (the_repl)
        the_repl->ctx->interrupt = 1;
}

/* The jobs due now, with the terminal as when code runs: Ctrl-C a signal
 * (so an endless timer callback can be interrupted; libedit's own SIGINT
 * handler, installed during el_gets, would signal the process group) and
 * output post-processed ("\n" is a new line). */
static double run_due_at_prompt(Repl *r)
{
    struct termios raw, run;
    bool tty = r->tty && tcgetattr(STDIN_FILENO, &raw) == 0;
    if (tty) {
        run = raw;
        run.c_lflag |= ISIG;
        run.c_oflag |= OPOST | ONLCR;
        tcsetattr(STDIN_FILENO, TCSANOW, &run);
    }
    struct sigaction sa, old;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigint_at_prompt;
    sigemptyset(&sa.sa_mask);
    sigaction(SIGINT, &sa, &old);

    bool lift = r->tty && lift_out && lift_err && isatty(STDOUT_FILENO);
    FILE *out = stdout, *err = stderr;
    fflush(stdout);
    fflush(stderr);
    if (lift) {
        /* glibc lets a program point stdout and stderr elsewhere; console.c
         * and repl.c write through them */
        lifted = false;
        stdout = lift_out;
        stderr = lift_err;
    }
    double next = repl_run_due(r);
    if (lift) {
        fflush(lift_out);
        fflush(lift_err);
        stdout = out;
        stderr = err;
    }

    sigaction(SIGINT, &old, NULL);
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw);
    if (lift && lifted) {
        if (last_byte != '\n')
            put_all(STDOUT_FILENO, "\n", 1);
        el_set(r->el, EL_REFRESH);   /* the prompt and the line, under the output */
    }
    return next;
}

/* One byte from the terminal, running due jobs while none comes; 0 at end
 * of input, -1 on error. */
static int read_byte(Repl *r, unsigned char *c)
{
    for (;;) {
        int timeout = -1;
        if (r->due_at >= 0) {
            double wait = r->due_at - now_ms();
            if (wait <= 0) {
                double next = run_due_at_prompt(r);
                r->due_at = next < 0 ? -1 : now_ms() + next;
                wait = next;
            }
            timeout = wait < 0 ? -1 : (int)ceil(wait);
        }
        struct pollfd pfd = { .fd = STDIN_FILENO, .events = POLLIN };
        int n = poll(&pfd, 1, timeout);
        if (n < 0 && errno != EINTR)
            return -1;
        if (n <= 0)
            continue;
        ssize_t k = read(STDIN_FILENO, c, 1);
        if (k == 1)
            return 1;
        if (k == 0)
            return 0;
        if (errno != EINTR && errno != EAGAIN)
            return -1;
    }
}

/* libedit's read-character function: a whole UTF-8 character as a wide
 * character.  Returns 1, 0 at end of input, -1 on error. */
static int repl_getc(EditLine *el, wchar_t *wc)
{
    Repl *r = the_repl;
    (void)el;
    mbstate_t st;
    memset(&st, 0, sizeof st);
    for (;;) {
        unsigned char c;
        int k = read_byte(r, &c);
        if (k <= 0)
            return k;
        char ch = (char)c;
        size_t m = mbrtowc(wc, &ch, 1, &st);
        if (m == (size_t)-2)
            continue;   /* more bytes of this character */
        if (m == (size_t)-1) {
            /* not UTF-8: pass the byte on as it is */
            memset(&st, 0, sizeof st);
            *wc = c;
        }
        return 1;
    }
}

void repl_loop_schedule(Repl *r, double next)
{
    r->due_at = next < 0 ? -1 : now_ms() + next;
}

void repl_loop_init(Repl *r)
{
    the_repl = r;
    r->due_at = -1;
    lift_out = lift_stream(r, STDOUT_FILENO);
    lift_err = lift_stream(r, STDERR_FILENO);
    el_set(r->el, EL_GETCFN, repl_getc);
}
