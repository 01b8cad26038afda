/* pins.c - weakly held objects stay held until gc() says otherwise.
 *
 * node collects when V8 decides to, and a short script that never calls
 * gc() sees every WeakRef target, every WeakMap entry and no
 * FinalizationRegistry callback.  bdwgc collects whenever its heap grows,
 * and the GC-stress build every few allocations, so a bare disappearing
 * link would clear at a point set by allocation counts and by how the
 * event loop's timers happened to fall: a WeakRef made in one task could
 * read undefined in the next one on one machine and not on another.
 *
 * So every object that becomes weakly held (a weak collection's key, a
 * WeakRef's or a FinalizationRegistry's target) is also pinned here,
 * strongly.  gc() loosens the pins for the collections it runs and pins
 * again what survived them; an ordinary collection sees them as roots.
 * An object held weakly in several places (a key shared by many maps) is
 * pinned once: a full table is first cleared of duplicates, and gc() pins
 * each survivor once.  Past PIN_LIMIT distinct pins all of them are
 * dropped and weakness is left to the collector alone, so a program that
 * never calls gc() still runs in bounded memory: the limit is above what
 * scripts that watch weakness use between two gc() calls (tens of
 * thousands of weak keys or targets), and low enough that a WeakMap churn
 * without gc() stays flat (10 rounds of 100,000 keys peak within 1.2x of
 * 2 rounds).  A pin for a key deleted since costs only memory, until the
 * next gc(). */
#include <gc.h>
#include <stdlib.h>
#include <string.h>

#include "js.h"

#define PIN_LIMIT (1u << 16)

static void **pins;            /* scanned: these are the strong references */
static size_t npins, cap;
static GC_hidden_pointer *loose; /* during gc(): the pins as disappearing links */
static size_t nloose;

static void drop_all(void)
{
    if (pins)
        memset(pins, 0, npins * sizeof *pins);
    npins = 0;
}

static int cmp_ptr(const void *a, const void *b)
{
    uintptr_t x = (uintptr_t)*(void *const *)a, y = (uintptr_t)*(void *const *)b;
    return x < y ? -1 : x > y;
}

/* Keep one pin per object. */
static void dedupe(void)
{
    if (npins < 2)
        return;
    qsort(pins, npins, sizeof *pins, cmp_ptr);
    size_t n = 1;
    for (size_t i = 1; i < npins; i++)
        if (pins[i] != pins[n - 1])
            pins[n++] = pins[i];
    memset(pins + n, 0, (npins - n) * sizeof *pins);
    npins = n;
}

static void grow(void)
{
    size_t ncap = cap ? cap * 2 : 256;
    void **p = GC_MALLOC(ncap * sizeof *p);
    if (!p)
        return;
    if (npins) {
        memcpy(p, pins, npins * sizeof *p);
        memset(pins, 0, npins * sizeof *p); /* a stale word to it keeps nothing */
    }
    pins = p;
    cap = ncap;
}

void js_pin_weak(void *cell)
{
    if (npins == cap) {
        dedupe(); /* cheap next to growing, when keys are shared by many maps */
        if (!cap || npins > cap / 4 * 3) {
            if (cap >= PIN_LIMIT)
                drop_all();
            else
                grow();
        }
        if (npins == cap)
            return; /* no memory for a pin: the target is merely weak */
    }
    pins[npins++] = cell;
}

/* Turn every pin into a disappearing link, so the collections that follow
 * see pinned objects as weakly held only. */
void js_pins_loosen(void)
{
    nloose = npins;
    loose = nloose ? GC_MALLOC_ATOMIC(nloose * sizeof *loose) : NULL;
    if (!loose)
        nloose = 0;
    for (size_t i = 0; i < nloose; i++) {
        loose[i] = GC_HIDE_POINTER(pins[i]);
        GC_general_register_disappearing_link((void **)&loose[i], pins[i]);
    }
    drop_all();
}

/* Pin again what survived since js_pins_loosen. */
void js_pins_tighten(void)
{
    for (size_t i = 0; i < nloose; i++) {
        if (!loose[i])
            continue;
        GC_unregister_disappearing_link((void **)&loose[i]);
        js_pin_weak(GC_REVEAL_POINTER(loose[i]));
    }
    loose = NULL;
    nloose = 0;
    dedupe();
}
