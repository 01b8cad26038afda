/* inspect_layout.c - how the value printer lays out a value's entries
 * (node's reduceToSingleString, isBelowBreakLength, groupArrayElements):
 * all on one line when they fit in breakLength and the value is among the
 * `compact` innermost levels, else one entry per line; arrays of more than
 * six short items first gathered into aligned columns.  The entries come
 * formatted from console_inspect.c. */
#include <math.h>
#include <string.h>

#include "console.h"
#include "inspect_priv.h"

static bool is_below_break_length(Insp *in, List *out, double start, const char *base)
{
    double total = out->n + start;
    if (total + out->n > in->break_length)
        return false;
    for (uint32_t i = 0; i < out->n; i++) {
        total += width(insp_remove_colors(in, out->v[i]));
        if (total > in->break_length)
            return false;
    }
    return !strchr(base, '\n');
}

/* An element of the array being printed is a number (for right-aligned columns). */
static bool elem_is_number(JSObject *a, uint32_t i)
{
    if (!a || a->h.class_id != JS_CLASS_ARRAY || !(a->h.flags & JS_OBJ_FAST_ARRAY))
        return false;
    return i < a->u.array.len && js_is_number(a->u.array.elems[i]);
}

/* node's groupArrayElements: many short items in aligned columns. */
static List group_array_elements(Insp *in, List *out, JSObject *value)
{
    double total = 0, maxlen = 0;
    uint32_t outlen = out->n;
    if (in->max_array_length < out->n)
        outlen--;  /* leave out the "... more items" entry */
    const double sep = 2;
    double *dlen = js_malloc_atomic(sizeof(double) * (outlen + 1));
    for (uint32_t i = 0; i < outlen; i++) {
        double len = (double)js_display_width(insp_remove_colors(in, out->v[i]));  /* node: getStringWidth */
        dlen[i] = len;
        total += len + sep;
        if (maxlen < len)
            maxlen = len;
    }
    double actual_max = maxlen + sep;
    if (actual_max * 3 + in->indent < in->break_length &&
        (total / actual_max > 5 || maxlen <= 6)) {
        double bias = sqrt(actual_max - total / out->n);
        double biased_max = fmax(actual_max - 3 - bias, 1);
        double columns = fmin(fmin(round(sqrt(2.5 * biased_max * outlen) / biased_max),
                                   floor((in->break_length - in->indent) / actual_max)),
                              fmin(in->compact * 4.0, 15));
        if (columns <= 1)
            return *out;
        uint32_t cols = (uint32_t)columns;
        double *max_line = js_malloc_atomic(sizeof(double) * cols);
        for (uint32_t i = 0; i < cols; i++) {
            double line = 0;
            for (uint32_t j = i; j < out->n; j += cols)
                if (j < outlen && dlen[j] > line)
                    line = dlen[j];
            max_line[i] = line + sep;
        }
        bool pad_start = value != NULL;
        for (uint32_t i = 0; i < out->n && pad_start; i++)
            if (!elem_is_number(value, i))
                pad_start = false;
        List tmp = { NULL, 0, 0 };
        for (uint32_t i = 0; i < outlen; i += cols) {
            uint32_t max = i + cols < outlen ? i + cols : outlen;
            Str line;
            str_init(&line);
            uint32_t j = i;
            for (; j < max - 1; j++) {
                int pad = (int)(max_line[j - i] - dlen[j] - sep);
                if (pad_start)
                    str_spaces(&line, pad);
                str_puts(&line, out->v[j]);
                str_puts(&line, ", ");
                if (!pad_start)
                    str_spaces(&line, pad);
            }
            if (pad_start) {
                int pad = (int)(max_line[j - i] - sep - dlen[j]);
                str_spaces(&line, pad);
            }
            str_puts(&line, out->v[j]);
            list_push(&tmp, line.p);
        }
        if (in->max_array_length < out->n)
            list_push(&tmp, out->v[outlen]);
        return tmp;
    }
    return *out;
}

static char *join(List *out, const char *sep)
{
    Str s;
    str_init(&s);
    for (uint32_t i = 0; i < out->n; i++) {
        if (i)
            str_puts(&s, sep);
        str_puts(&s, out->v[i]);
    }
    return s.p;
}

char *insp_reduce_to_single_string(Insp *in, List *out, const char *base, const char *b0, const char *b1,
                                   int extras, int rt, JSObject *value)
{
    Str s;
    str_init(&s);
    List grouped;
    if (in->compact != COMPACT_TRUE) {
        if (in->compact >= 1) {
            uint32_t entries = out->n;
            grouped = *out;
            if (extras == K_ARRAY_EXTRAS && entries > 6)
                grouped = group_array_elements(in, out, value);
            out = &grouped;
            if (in->current_depth - rt < in->compact && entries == out->n) {
                double start = out->n + in->indent + (double)width(b0) + (double)width(base) + 10;
                if (is_below_break_length(in, out, start, base)) {
                    char *joined = join(out, ", ");
                    if (!strchr(joined, '\n')) {
                        if (*base) {
                            str_puts(&s, base);
                            str_putc(&s, ' ');
                        }
                        str_puts(&s, b0);
                        str_putc(&s, ' ');
                        str_puts(&s, joined);
                        str_putc(&s, ' ');
                        str_puts(&s, b1);
                        return s.p;
                    }
                }
            }
        }
        Str ind;
        str_init(&ind);
        str_putc(&ind, '\n');
        str_spaces(&ind, in->indent);
        if (*base) {
            str_puts(&s, base);
            str_putc(&s, ' ');
        }
        str_puts(&s, b0);
        str_puts(&s, ind.p);
        str_puts(&s, "  ");
        str_puts(&s, join(out, str_printf(",%s  ", ind.p)));
        str_puts(&s, ind.p);
        str_puts(&s, b1);
        return s.p;
    }
    /* compact: true */
    if (is_below_break_length(in, out, 0, base)) {
        str_puts(&s, b0);
        if (*base) {
            str_putc(&s, ' ');
            str_puts(&s, base);
        }
        str_putc(&s, ' ');
        str_puts(&s, join(out, ", "));
        str_putc(&s, ' ');
        str_puts(&s, b1);
        return s.p;
    }
    Str ind;
    str_init(&ind);
    str_spaces(&ind, in->indent);
    str_puts(&s, b0);
    if (!*base && width(b0) == 1) {
        str_putc(&s, ' ');
    } else {
        if (*base) {
            str_putc(&s, ' ');
            str_puts(&s, base);
        }
        str_putc(&s, '\n');
        str_puts(&s, ind.p);
        str_puts(&s, "  ");
    }
    str_puts(&s, join(out, str_printf(",\n%s  ", ind.p)));
    str_putc(&s, ' ');
    str_puts(&s, b1);
    return s.p;
}
