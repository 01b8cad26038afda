/* jobs.c - the microtask queue, the timer list and the event loop.
 *
 * Order is node's: when a script (or a task) finishes, every queued
 * microtask runs, including those queued meanwhile; then the earliest timer
 * runs (ties in creation order), followed again by its microtasks; the loop
 * ends when nothing is pending.  Each job runs in its own call so no stale
 * heap value lingers in the loop's frame (DESIGN.md, Determinism).  Both
 * queues live in collector memory: they hold the only references to their
 * callbacks. */
#include <time.h>

#include <gc.h>

#include "js.h"
#include "../builtins/builtins.h"

typedef struct Job {
    struct Job *next;
    JSValue fn;
    int argc;
    JSValue *argv;
} Job;

typedef struct Timer {
    struct Timer *next;
    double id;
    double due;        /* monotonic ms */
    double interval;   /* repeat period, or -1 */
    double delay;
    uint64_t turn;     /* the loop turn that armed it */
    uint64_t seq;      /* creation order breaks ties in due time */
    bool unref;        /* Timeout.unref(): does not keep the loop alive */
    JSValue fn;
    JSValue this_val;  /* the Timeout or Immediate object, as in node */
    int argc;
    JSValue *argv;
} Timer;

typedef struct JobQueue {
    Job *head, *tail;
} JobQueue;

typedef struct JobState {
    JobQueue ticks;    /* process.nextTick: before the microtasks */
    JobQueue micro;    /* promise reactions, queueMicrotask */
    JobQueue tasks;    /* FinalizationRegistry cleanups */
    Timer *timers;     /* sorted by (due, seq) */
    Timer *imm_head, *imm_tail; /* setImmediate, in order */
    uint64_t turn;     /* loop turns so far; the main script is turn 0 */
    double next_id;
    uint64_t seq;
    JSValue *kept;     /* WeakRef targets kept alive until the task ends */
    uint32_t nkept, kept_cap;
    JSTaskHook *hooks[4];
    int nhooks;
} JobState;

static JobState *state(JSContext *ctx)
{
    if (!ctx->job_state) {
        JobState *s = js_malloc(sizeof *s);
        s->next_id = 1;
        ctx->job_state = s;
    }
    return ctx->job_state;
}

static JSValue *copy_args(int argc, const JSValue *argv)
{
    if (argc <= 0)
        return NULL;
    JSValue *a = js_malloc(sizeof(JSValue) * (size_t)argc);
    memcpy(a, argv, sizeof(JSValue) * (size_t)argc);
    return a;
}

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static void push_job(JobQueue *q, JSValue fn, int argc, const JSValue *argv)
{
    Job *j = js_malloc(sizeof *j);
    j->fn = fn;
    j->argc = argc;
    j->argv = copy_args(argc, argv);
    if (q->tail)
        q->tail->next = j;
    else
        q->head = j;
    q->tail = j;
}

void js_enqueue_job(JSContext *ctx, JSValue fn, int argc, const JSValue *argv)
{
    push_job(&state(ctx)->micro, fn, argc, argv);
}

void js_enqueue_tick(JSContext *ctx, JSValue fn, int argc, const JSValue *argv)
{
    push_job(&state(ctx)->ticks, fn, argc, argv);
}

void js_enqueue_task(JSContext *ctx, JSValue fn, int argc, const JSValue *argv)
{
    push_job(&state(ctx)->tasks, fn, argc, argv);
}

/* Zero the stack below the caller: the frames a job used are dead, but the
 * words they left would look live to the conservative collector as soon as
 * later frames (the next job, a gc() call) cover them uninitialised. */
__attribute__((noinline)) void js_scrub_stack(void)
{
    char buf[64 * 1024];
    memset(buf, 0, sizeof buf);
    __asm__ volatile("" : : "r"(buf) : "memory");
}

/* Kept out of line so that the job's values die with this frame. */
static __attribute__((noinline)) int run_job_once(JSContext *ctx, JobQueue *q)
{
    Job *j = q->head;
    q->head = j->next;
    if (!q->head)
        q->tail = NULL;
    JSValue r = js_call(ctx, j->fn, JS_UNDEFINED, j->argc, j->argv);
    return r == JS_EXCEPTION ? -1 : 0;
}

static int run_job(JSContext *ctx, JobQueue *q)
{
    int r = run_job_once(ctx, q);
    js_scrub_stack();
    return r;
}

/* node's order: every pending nextTick callback (with those they queue),
 * then every microtask; ticks queued by microtasks start another round. */
int js_run_microtasks(JSContext *ctx)
{
    JobState *s = state(ctx);
    while (s->ticks.head || s->micro.head) {
        while (s->ticks.head)
            if (run_job(ctx, &s->ticks) < 0)
                return -1;
        while (s->micro.head)
            if (run_job(ctx, &s->micro) < 0) {
                /* node rethrows a queueMicrotask callback's error, so its
                 * report points where the error was made */
                js_forget_throw_site(ctx);
                return -1;
            }
    }
    return 0;
}

void js_keep_during_job(JSContext *ctx, JSValue obj)
{
    JobState *s = state(ctx);
    if (s->nkept == s->kept_cap) {
        s->kept_cap = s->kept_cap ? s->kept_cap * 2 : 8;
        s->kept = js_realloc(s->kept, sizeof(JSValue) * s->kept_cap);
    }
    s->kept[s->nkept++] = obj;
}

void js_add_task_hook(JSContext *ctx, JSTaskHook *hook)
{
    JobState *s = state(ctx);
    if (s->nhooks < (int)JS_COUNTOF(s->hooks))
        s->hooks[s->nhooks++] = hook;
}

/* What follows every task: its microtasks, ClearKeptObjects, then the
 * hooks (unhandled rejections; finalization cleanups). */
static int end_task(JSContext *ctx, JobState *s)
{
    if (js_run_microtasks(ctx) < 0)
        return -1;
    if (s->nkept) {
        memset(s->kept, 0, sizeof(JSValue) * s->nkept);
        s->nkept = 0;
    }
    /* Collections triggered by allocation queue finalizers (dead weak
     * collections releasing their values); a task boundary is where they
     * may run. */
    if (GC_should_invoke_finalizers())
        GC_invoke_finalizers();
    for (int i = 0; i < s->nhooks; i++)
        if (s->hooks[i](ctx) < 0)
            return -1;
    return 0;
}

static void insert_timer(JobState *s, Timer *t)
{
    Timer **pp = &s->timers;
    while (*pp && ((*pp)->due < t->due || ((*pp)->due == t->due && (*pp)->seq < t->seq)))
        pp = &(*pp)->next;
    t->next = *pp;
    *pp = t;
}

/* node clamps delays to [1, 2^31-1] ms; anything else (NaN too) is 1. */
static double clamp_delay(double delay)
{
    return delay >= 1 && delay <= 2147483647.0 ? delay : 1;
}

static Timer *new_timer(JobState *s, JSValue fn, JSValue this_val, int argc, const JSValue *argv)
{
    Timer *t = js_malloc(sizeof *t);
    t->id = s->next_id++;
    t->seq = s->seq++;
    t->fn = fn;
    t->this_val = this_val;
    t->argc = argc;
    t->argv = copy_args(argc, argv);
    return t;
}

double js_add_timer(JSContext *ctx, JSValue fn, JSValue this_val, double delay, bool repeat, int argc,
                    const JSValue *argv)
{
    JobState *s = state(ctx);
    Timer *t = new_timer(s, fn, this_val, argc, argv);
    delay = clamp_delay(delay);
    t->due = now_ms() + delay;
    t->delay = delay;
    t->turn = s->turn;
    t->interval = repeat ? delay : -1;
    insert_timer(s, t);
    return t->id;
}

double js_add_immediate(JSContext *ctx, JSValue fn, JSValue this_val, int argc, const JSValue *argv)
{
    JobState *s = state(ctx);
    Timer *t = new_timer(s, fn, this_val, argc, argv);
    t->interval = -1;
    if (s->imm_tail)
        s->imm_tail->next = t;
    else
        s->imm_head = t;
    s->imm_tail = t;
    return t->id;
}

static bool unlink_timer(Timer **head, Timer **tail, double id)
{
    Timer *prev = NULL;
    for (Timer *t = *head; t; prev = t, t = t->next) {
        if (t->id != id)
            continue;
        if (prev)
            prev->next = t->next;
        else
            *head = t->next;
        if (tail && *tail == t)
            *tail = prev;
        return true;
    }
    return false;
}

static Timer *find_timer(JobState *s, double id)
{
    for (Timer *t = s->timers; t; t = t->next)
        if (t->id == id)
            return t;
    return NULL;
}

/* Timeout.prototype.ref/unref; false when the timer is no longer pending. */
bool js_timer_set_ref(JSContext *ctx, double id, bool ref)
{
    Timer *t = find_timer(state(ctx), id);
    if (t)
        t->unref = !ref;
    return t != NULL;
}

/* Timeout.prototype.hasRef: a finished timer still answers what it was. */
int js_timer_has_ref(JSContext *ctx, double id)
{
    Timer *t = find_timer(state(ctx), id);
    return t ? !t->unref : -1;
}

/* Timeout.prototype.refresh: the same delay again, counted from now. */
void js_timer_refresh(JSContext *ctx, double id)
{
    JobState *s = state(ctx);
    Timer *t = find_timer(s, id);
    if (!t)
        return;
    unlink_timer(&s->timers, NULL, id);
    t->due = now_ms() + t->delay;
    t->turn = s->turn;
    t->seq = s->seq++;
    insert_timer(s, t);
}

void js_clear_timer(JSContext *ctx, double id)
{
    JobState *s = state(ctx);
    if (!unlink_timer(&s->timers, NULL, id))
        unlink_timer(&s->imm_head, &s->imm_tail, id);
}

static void sleep_until(double due)
{
    double wait = due - now_ms();
    if (wait <= 0)
        return;
    struct timespec ts = {(time_t)(wait / 1e3), (long)(((long long)(wait * 1e6)) % 1000000000LL)};
    nanosleep(&ts, NULL);
}

/* Kept out of line so that the callback's values die with this frame. */
static __attribute__((noinline)) int call_timer(JSContext *ctx, Timer *t)
{
    JSValue r = js_call(ctx, t->fn, t->this_val, t->argc, t->argv);
    return r == JS_EXCEPTION ? -1 : 0;
}

static int run_timer(JSContext *ctx, JobState *s)
{
    Timer *t = s->timers;
    s->timers = t->next;
    if (t->interval >= 0) {
        /* re-armed before the call, so clearInterval inside it works */
        t->due = now_ms() + t->interval;
        t->turn = s->turn;
        t->seq = s->seq++;
        insert_timer(s, t);
    }
    int r = call_timer(ctx, t);
    js_scrub_stack();
    return r < 0 ? r : end_task(ctx, s);
}

static int run_immediate(JSContext *ctx, JobState *s)
{
    Timer *t = s->imm_head;
    s->imm_head = t->next;
    if (!s->imm_head)
        s->imm_tail = NULL;
    int r = call_timer(ctx, t);
    js_scrub_stack();
    /* node drops the callback once it ran, before an uncaught error's stack
     * is written out: that frame reads `at Immediate.<anonymous>` */
    if (js_is_object(t->this_val))
        js_define_value_str(ctx, t->this_val, "_onImmediate", JS_NULL, JS_PROP_CWE);
    return r < 0 ? r : end_task(ctx, s);
}

/* node takes more than a millisecond per turn of its loop, so a 0 or 1 ms
 * timer always fires in the turn after the one that armed it; weakjs's
 * turns are faster, and going by the clock alone would make that order
 * vary from run to run.  Longer delays go by the clock. */
static bool timer_due(JobState *s, Timer *t, double now)
{
    return t->due <= now || (t->delay <= 1 && t->turn < s->turn);
}

/* One turn of node's (libuv's) loop: the timers due now, then the pending
 * tasks (node runs V8's finalization cleanups in its poll phase), then the
 * immediates queued before this turn's check phase (those they queue wait
 * for the next turn).  An immediate queued by a timer therefore runs before
 * a timer that timer queued, as in node. */
static int loop_turn(JSContext *ctx, JobState *s)
{
    s->turn++;
    double now = now_ms();
    while (s->timers && timer_due(s, s->timers, now))
        if (run_timer(ctx, s) < 0)
            return -1;
    while (s->tasks.head)
        if (run_job(ctx, &s->tasks) < 0 || end_task(ctx, s) < 0)
            return -1;
    uint64_t check_seq = s->seq;
    while (s->imm_head && s->imm_head->seq < check_seq)
        if (run_immediate(ctx, s) < 0)
            return -1;
    return 0;
}

/* The loop lives while a timer that is not unref'd is pending (node). */
static bool has_ref_timer(JobState *s)
{
    for (Timer *t = s->timers; t; t = t->next)
        if (!t->unref)
            return true;
    return false;
}

/* A task failed: an 'uncaughtException' listener may take the error (the
 * loop then goes on with the task's microtasks), else it ends the loop. */
static int recover(JSContext *ctx, JobState *s)
{
    do {
        if (js_process_uncaught(ctx, ctx->exception, "uncaughtException") < 0)
            return -1;
    } while (end_task(ctx, s) < 0);
    return 0;
}

static bool loop_alive(JobState *s)
{
    return s->tasks.head || s->imm_head || has_ref_timer(s);
}

/* node's loop: turns while work is pending; when it empties, 'beforeExit'
 * (whose listeners may schedule more), then 'exit'. */
int js_run_event_loop(JSContext *ctx)
{
    JobState *s = state(ctx);
    if (end_task(ctx, s) < 0 && recover(ctx, s) < 0)
        return -1;
    for (;;) {
        if (loop_turn(ctx, s) < 0 && recover(ctx, s) < 0)
            return -1;
        if (s->tasks.head || s->imm_head)
            continue;
        if (has_ref_timer(s)) {
            sleep_until(s->timers->due);
            continue;
        }
        if (js_process_before_exit(ctx)) {
            if (end_task(ctx, s) < 0 && recover(ctx, s) < 0)
                return -1;
            if (loop_alive(s))
                continue;
        }
        js_process_emit_exit(ctx);
        return 0;
    }
}

int js_run_due(JSContext *ctx, double *next_ms)
{
    JobState *s = state(ctx);
    *next_ms = 0;   /* after an error, the rest is ready at once */
    if (end_task(ctx, s) < 0 || loop_turn(ctx, s) < 0)
        return -1;
    if (s->tasks.head || s->imm_head || s->ticks.head || s->micro.head)
        *next_ms = 0;
    else if (!s->timers)
        *next_ms = -1;
    else {
        double wait = s->timers->due - now_ms();
        *next_ms = wait > 0 ? wait : 0;
    }
    return 0;
}
