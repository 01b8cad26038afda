/* array_sort.c - SortCompare and the sort behind Array.prototype.sort and
 * toSorted: TimSort, with the run lengths, binary insertion, merge order and
 * galloping thresholds that node uses.  With an inconsistent comparator (one
 * returning booleans, a random one) or one that logs its calls, node's
 * result and call sequence depend on those choices, so any other stable
 * sort would print something else. */
#include <string.h>

#include "array_sort.h"

/* SortCompare for two non-undefined values: <0, 0, >0. */
static int sort_compare(SortState *s, JSValue a, JSValue b)
{
    if (s->failed)
        return 0;
    JSContext *ctx = s->ctx;
    if (!js_is_undefined(s->cmp)) {
        JSValue args[2] = { a, b };
        JSValue r = js_call(ctx, s->cmp, JS_UNDEFINED, 2, args);
        double d;
        if (js_is_exception(r) || js_to_number(ctx, r, &d) < 0) {
            s->failed = true;
            return 0;
        }
        return d < 0 ? -1 : d > 0 ? 1 : 0;
    }
    /* single digits compare as their strings do */
    if (js_is_int(a) && js_is_int(b) && (uint32_t)js_get_int(a) < 10 && (uint32_t)js_get_int(b) < 10)
        return js_get_int(a) - js_get_int(b);
    JSValue sa = js_to_string(ctx, a), sb = JS_UNDEFINED;
    if (!js_is_exception(sa))
        sb = js_to_string(ctx, b);
    if (js_is_exception(sa) || js_is_exception(sb)) {
        s->failed = true;
        return 0;
    }
    return js_string_compare(js_string_flat(js_str(sa)), js_string_flat(js_str(sb)));
}

enum { MIN_GALLOP = 7, MAX_RUNS = 85 };

typedef struct TimSort {
    SortState *s;
    JSValue *a;             /* the work array */
    JSValue *tmp;           /* scratch of n / 2 + 1 */
    size_t min_gallop;
    size_t nruns;
    size_t run_base[MAX_RUNS], run_len[MAX_RUNS];
} TimSort;

static bool ts_less(TimSort *t, JSValue x, JSValue y)
{
    return sort_compare(t->s, x, y) < 0;
}

static size_t min_run_length(size_t n)
{
    size_t r = 0;
    while (n >= 64) {
        r |= n & 1;
        n >>= 1;
    }
    return n + r;
}

static void binary_insertion_sort(TimSort *t, size_t low, size_t start, size_t high)
{
    JSValue *a = t->a;
    if (start == low)
        start++;
    for (; start < high && !t->s->failed; start++) {
        size_t left = low, right = start;
        JSValue pivot = a[start];
        while (left < right) {
            size_t mid = left + ((right - left) >> 1);
            if (ts_less(t, pivot, a[mid]))
                right = mid;
            else
                left = mid + 1;
        }
        memmove(a + left + 1, a + left, (start - left) * sizeof *a);
        a[left] = pivot;
    }
}

/* The length of the run starting at low, reversed in place if descending. */
static size_t count_and_make_run(TimSort *t, size_t low, size_t high)
{
    JSValue *a = t->a;
    if (low + 1 == high)
        return 1;
    size_t n = 2;
    bool descending = ts_less(t, a[low + 1], a[low]);
    JSValue prev = a[low + 1];
    for (size_t i = low + 2; i < high && !t->s->failed; i++) {
        bool lt = ts_less(t, a[i], prev);
        if (descending ? !lt : lt)
            break;
        prev = a[i];
        n++;
    }
    if (descending)
        for (size_t i = low, j = low + n - 1; i < j; i++, j--) {
            JSValue x = a[i];
            a[i] = a[j];
            a[j] = x;
        }
    return n;
}

/* Where key goes in the sorted base[0..len): before the first element not
 * less than it (left) or after the last element not greater (right),
 * searching outwards from hint. */
static size_t gallop_left(TimSort *t, JSValue key, JSValue *base, size_t len, size_t hint)
{
    size_t last = 0, ofs = 1;
    if (ts_less(t, base[hint], key)) {
        size_t max = len - hint;
        while (ofs < max && !t->s->failed) {
            if (!ts_less(t, base[hint + ofs], key))
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint;
        ofs += hint;
    } else {
        size_t max = hint + 1;
        while (ofs < max && !t->s->failed) {
            if (ts_less(t, base[hint - ofs], key))
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        size_t tmp = last;
        last = hint - ofs;   /* may wrap to -1: the +1 below undoes it */
        ofs = hint - tmp;
    }
    last++;
    while (last < ofs && !t->s->failed) {
        size_t m = last + ((ofs - last) >> 1);
        if (ts_less(t, base[m], key))
            last = m + 1;
        else
            ofs = m;
    }
    return ofs;
}

static size_t gallop_right(TimSort *t, JSValue key, JSValue *base, size_t len, size_t hint)
{
    size_t last = 0, ofs = 1;
    if (ts_less(t, key, base[hint])) {
        size_t max = hint + 1;
        while (ofs < max && !t->s->failed) {
            if (!ts_less(t, key, base[hint - ofs]))
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        size_t tmp = last;
        last = hint - ofs;
        ofs = hint - tmp;
    } else {
        size_t max = len - hint;
        while (ofs < max && !t->s->failed) {
            if (ts_less(t, key, base[hint + ofs]))
                break;
            last = ofs;
            ofs = (ofs << 1) + 1;
        }
        if (ofs > max)
            ofs = max;
        last += hint;
        ofs += hint;
    }
    last++;
    while (last < ofs && !t->s->failed) {
        size_t m = last + ((ofs - last) >> 1);
        if (ts_less(t, key, base[m]))
            ofs = m;
        else
            last = m + 1;
    }
    return ofs;
}

#define FAILED (t->s->failed)

static void merge_low(TimSort *t, size_t base_a, size_t len_a, size_t base_b, size_t len_b)
{
    JSValue *a = t->a, *tmp = t->tmp;
    memcpy(tmp, a + base_a, len_a * sizeof *a);
    size_t dest = base_a, ct = 0, cb = base_b;
    a[dest++] = a[cb++];
    if (--len_b == 0)
        goto succeed;
    if (len_a == 1)
        goto copy_b;
    size_t min_gallop = t->min_gallop;
    for (;;) {
        size_t wins_a = 0, wins_b = 0;
        for (;;) {
            if (FAILED)
                return;
            if (ts_less(t, a[cb], tmp[ct])) {
                a[dest++] = a[cb++];
                wins_b++, len_b--, wins_a = 0;
                if (len_b == 0)
                    goto succeed;
                if (wins_b >= min_gallop)
                    break;
            } else {
                a[dest++] = tmp[ct++];
                wins_a++, len_a--, wins_b = 0;
                if (len_a == 1)
                    goto copy_b;
                if (wins_a >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        bool first = true;
        while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first) {
            first = false;
            min_gallop = min_gallop > 1 ? min_gallop - 1 : 1;
            t->min_gallop = min_gallop;
            wins_a = gallop_right(t, a[cb], tmp + ct, len_a, 0);
            if (FAILED)
                return;
            if (wins_a > 0) {
                memmove(a + dest, tmp + ct, wins_a * sizeof *a);
                dest += wins_a, ct += wins_a, len_a -= wins_a;
                if (len_a == 1)
                    goto copy_b;
                if (len_a == 0)
                    goto succeed;
            }
            a[dest++] = a[cb++];
            if (--len_b == 0)
                goto succeed;
            wins_b = gallop_left(t, tmp[ct], a + cb, len_b, 0);
            if (FAILED)
                return;
            if (wins_b > 0) {
                memmove(a + dest, a + cb, wins_b * sizeof *a);
                dest += wins_b, cb += wins_b, len_b -= wins_b;
                if (len_b == 0)
                    goto succeed;
            }
            a[dest++] = tmp[ct++];
            if (--len_a == 1)
                goto copy_b;
        }
        min_gallop++;
        t->min_gallop = min_gallop;
    }
succeed:
    if (len_a > 0)
        memmove(a + dest, tmp + ct, len_a * sizeof *a);
    return;
copy_b:
    memmove(a + dest, a + cb, len_b * sizeof *a);
    a[dest + len_b] = tmp[ct];
}

static void merge_high(TimSort *t, size_t base_a, size_t len_a, size_t base_b, size_t len_b)
{
    JSValue *a = t->a, *tmp = t->tmp;
    memcpy(tmp, a + base_b, len_b * sizeof *a);
    /* cursors may step to -1 (wrapping): only ever used after +1 */
    size_t dest = base_b + len_b - 1, ct = len_b - 1, ca = base_a + len_a - 1;
    a[dest--] = a[ca--];
    if (--len_a == 0)
        goto succeed;
    if (len_b == 1)
        goto copy_a;
    size_t min_gallop = t->min_gallop;
    for (;;) {
        size_t wins_a = 0, wins_b = 0;
        for (;;) {
            if (FAILED)
                return;
            if (ts_less(t, tmp[ct], a[ca])) {
                a[dest--] = a[ca--];
                wins_a++, len_a--, wins_b = 0;
                if (len_a == 0)
                    goto succeed;
                if (wins_a >= min_gallop)
                    break;
            } else {
                a[dest--] = tmp[ct--];
                wins_b++, len_b--, wins_a = 0;
                if (len_b == 1)
                    goto copy_a;
                if (wins_b >= min_gallop)
                    break;
            }
        }
        min_gallop++;
        bool first = true;
        while (wins_a >= MIN_GALLOP || wins_b >= MIN_GALLOP || first) {
            first = false;
            min_gallop = min_gallop > 1 ? min_gallop - 1 : 1;
            t->min_gallop = min_gallop;
            size_t k = gallop_right(t, tmp[ct], a + base_a, len_a, len_a - 1);
            if (FAILED)
                return;
            wins_a = len_a - k;
            if (wins_a > 0) {
                dest -= wins_a, ca -= wins_a;
                memmove(a + dest + 1, a + ca + 1, wins_a * sizeof *a);
                len_a -= wins_a;
                if (len_a == 0)
                    goto succeed;
            }
            a[dest--] = tmp[ct--];
            if (--len_b == 1)
                goto copy_a;
            k = gallop_left(t, a[ca], tmp, len_b, len_b - 1);
            if (FAILED)
                return;
            wins_b = len_b - k;
            if (wins_b > 0) {
                dest -= wins_b, ct -= wins_b;
                memmove(a + dest + 1, tmp + ct + 1, wins_b * sizeof *a);
                len_b -= wins_b;
                if (len_b == 1)
                    goto copy_a;
                if (len_b == 0)
                    goto succeed;
            }
            a[dest--] = a[ca--];
            if (--len_a == 0)
                goto succeed;
        }
        min_gallop++;
        t->min_gallop = min_gallop;
    }
succeed:
    if (len_b > 0)
        memmove(a + dest - (len_b - 1), tmp, len_b * sizeof *a);
    return;
copy_a:
    dest -= len_a, ca -= len_a;
    memmove(a + dest + 1, a + ca + 1, len_a * sizeof *a);
    a[dest] = tmp[ct];
}

static void merge_at(TimSort *t, size_t i)
{
    size_t base_a = t->run_base[i], len_a = t->run_len[i];
    size_t base_b = t->run_base[i + 1], len_b = t->run_len[i + 1];
    t->run_len[i] = len_a + len_b;
    if (i + 3 == t->nruns) {
        t->run_base[i + 1] = t->run_base[i + 2];
        t->run_len[i + 1] = t->run_len[i + 2];
    }
    t->nruns--;
    size_t k = gallop_right(t, t->a[base_b], t->a + base_a, len_a, 0);
    if (FAILED)
        return;
    base_a += k;
    len_a -= k;
    if (len_a == 0)
        return;
    len_b = gallop_left(t, t->a[base_a + len_a - 1], t->a + base_b, len_b, len_b - 1);
    if (FAILED || len_b == 0)
        return;
    if (len_a <= len_b)
        merge_low(t, base_a, len_a, base_b, len_b);
    else
        merge_high(t, base_a, len_a, base_b, len_b);
}

static bool run_invariant(TimSort *t, size_t n)
{
    if (n < 2)
        return true;
    return t->run_len[n - 2] > t->run_len[n - 1] + t->run_len[n];
}

static void merge_collapse(TimSort *t)
{
    while (t->nruns > 1 && !FAILED) {
        size_t n = t->nruns - 2;
        if (!run_invariant(t, n + 1) || !run_invariant(t, n)) {
            if (t->run_len[n - 1] < t->run_len[n + 1])
                n--;
            merge_at(t, n);
        } else if (t->run_len[n] <= t->run_len[n + 1]) {
            merge_at(t, n);
        } else {
            break;
        }
    }
}

static void merge_force_collapse(TimSort *t)
{
    while (t->nruns > 1 && !FAILED) {
        size_t n = t->nruns - 2;
        if (n > 0 && t->run_len[n - 1] < t->run_len[n + 1])
            n--;
        merge_at(t, n);
    }
}

#undef FAILED

void js_tim_sort(SortState *s, JSValue *v, JSValue *tmp, size_t n)
{
    if (n < 2)
        return;
    TimSort t = { .s = s, .a = v, .tmp = tmp, .min_gallop = MIN_GALLOP, .nruns = 0 };
    size_t low = 0, remaining = n, min_run = min_run_length(n);
    while (remaining != 0 && !s->failed) {
        size_t run = count_and_make_run(&t, low, low + remaining);
        if (run < min_run) {
            size_t forced = min_run < remaining ? min_run : remaining;
            binary_insertion_sort(&t, low, low + run, low + forced);
            run = forced;
        }
        t.run_base[t.nruns] = low;
        t.run_len[t.nruns] = run;
        t.nruns++;
        merge_collapse(&t);
        low += run;
        remaining -= run;
    }
    merge_force_collapse(&t);
}
