/* gc.c - the runtime's allocation entry points on the Boehm collector.
 *
 * Every cell and every container of heap references comes from js_malloc
 * (scanned, zeroed); character buffers and other pointer-free payloads from
 * js_malloc_atomic.  With WEAKJS_GC_STRESS defined, a full collection runs
 * every few allocations so that a reference the collector cannot see shows
 * up as a crash in tests rather than as rare corruption in the field. */
#include <gc.h>
#include <stdio.h>
#include <stdlib.h>

#include "js.h"

#ifdef WEAKJS_GC_STRESS
/* Every 50 allocations while the heap is small; past 1 MiB the period
 * grows with the heap, so that a script building a large structure costs
 * collections in proportion to its allocations, not to their square. */
#define STRESS_PERIOD 50
static size_t stress_counter, stress_period = STRESS_PERIOD;
static inline void stress_tick(void)
{
    if (++stress_counter >= stress_period) {
        stress_counter = 0;
        GC_gcollect();
        size_t mib = GC_get_heap_size() >> 20;
        stress_period = STRESS_PERIOD * (mib ? mib : 1);
    }
}
#else
static inline void stress_tick(void) {}
#endif

/* The collector returned nothing: the heap cap was reached and nothing could
 * be reclaimed.  There is no context here to throw into, so stop cleanly. */
static void out_of_memory(size_t n)
{
    fprintf(stderr, "weakjs: out of memory (allocating %zu bytes)\n", n);
    exit(134);
}

void *js_malloc(size_t n)
{
    stress_tick();
    void *p = GC_MALLOC(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

void *js_malloc_atomic(size_t n)
{
    stress_tick();
    void *p = GC_MALLOC_ATOMIC(n ? n : 1);
    if (!p)
        out_of_memory(n);
    return p;
}

/* GC_REALLOC keeps the kind (scanned or atomic) of the original block. */
void *js_realloc(void *p, size_t n)
{
    stress_tick();
    void *q = GC_REALLOC(p, n ? n : 1);
    if (!q)
        out_of_memory(n);
    return q;
}
