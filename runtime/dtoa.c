/* dtoa.c - numbers to strings, as Number.prototype.toString() with no radix.
 *
 * The digits are the shortest that read back as the same double: try
 * "%.{p}e" for p = 14..16 and keep the first that strtod maps to the input
 * (see shortest_digits for why 14 is low enough).
 * The C library rounds correctly, so this is exact, if not the fastest way;
 * integers, the common case, take a direct path.  The digits are then laid
 * out per Number::toString: plain notation for exponents in [-7, 21),
 * exponent form ("1e+21", "1.5e-7") outside. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>

#include "atom.h"

/* Shortest digits of d > 0 (finite) into digits (no dot, no trailing zeros);
 * returns the count and sets *point so that d = 0.digits * 10^point. */
static int shortest_digits(double d, char *digits, int *point)
{
    char tmp[40];
    /* Any decimal of at most 15 significant digits survives the round trip,
     * and the 15-digit rounding of d is then that decimal padded with zeros:
     * start at 15 digits and strip the zeros below. */
    int first = d < 2.2250738585072014e-308 ? 0 : 14;   /* subnormals have fewer bits */
    for (int p = first; p <= 16; p++) {
        snprintf(tmp, sizeof tmp, "%.*e", p, d);
        if (p == 16 || strtod(tmp, NULL) == d)
            break;
    }
    /* tmp is "D.DDDDe[+-]XX" or "De[+-]XX" */
    int k = 0;
    char *s = tmp;
    for (; *s && *s != 'e'; s++)
        if (*s >= '0' && *s <= '9')
            digits[k++] = *s;
    int exp = atoi(s + 1);
    while (k > 1 && digits[k - 1] == '0')
        k--;
    digits[k] = 0;
    *point = exp + 1;
    return k;
}

const char *js_number_to_cstr(double d, char *buf)
{
    if (d != d)
        return strcpy(buf, "NaN");
    if (d == 0)
        return strcpy(buf, "0");
    if (isinf(d))
        return strcpy(buf, d < 0 ? "-Infinity" : "Infinity");
    if (d == (double)(int64_t)d && fabs(d) < 9007199254740992.0) {
        snprintf(buf, 32, "%lld", (long long)d);
        return buf;
    }
    char *p = buf;
    if (d < 0) {
        *p++ = '-';
        d = -d;
    }
    char digits[24];
    int n, k = shortest_digits(d, digits, &n);
    if (k <= n && n <= 21) {
        memcpy(p, digits, (size_t)k);
        p += k;
        for (int i = k; i < n; i++)
            *p++ = '0';
    } else if (0 < n && n <= 21) {
        memcpy(p, digits, (size_t)n);
        p += n;
        *p++ = '.';
        memcpy(p, digits + n, (size_t)(k - n));
        p += k - n;
    } else if (-6 < n && n <= 0) {
        *p++ = '0';
        *p++ = '.';
        for (int i = 0; i < -n; i++)
            *p++ = '0';
        memcpy(p, digits, (size_t)k);
        p += k;
    } else {
        *p++ = digits[0];
        if (k > 1) {
            *p++ = '.';
            memcpy(p, digits + 1, (size_t)(k - 1));
            p += k - 1;
        }
        p += sprintf(p, "e%c%d", n - 1 < 0 ? '-' : '+', abs(n - 1));
    }
    *p = 0;
    return buf;
}

JSValue js_number_to_string(JSContext *ctx, double d)
{
    if (d >= 0 && d < 1024 && d == (double)(int)d)
        return js_atom_from_uint(ctx, (uint32_t)d);   /* small integers: cached */
    char buf[40];
    const char *s;
    if (d >= -2147483648.0 && d <= 2147483647.0 && d == (double)(int32_t)d && !(d == 0 && signbit(d))) {
        js_fmt_int(buf, (int32_t)d);   /* skip the double path */
        s = buf;
    } else {
        s = js_number_to_cstr(d, buf);
    }
    return js_new_string_latin1(ctx, (const uint8_t *)s, (uint32_t)strlen(s));
}

/* ToInt32: the integer part modulo 2^32, exactly. */
int32_t js_double_to_int32(double d)
{
    if (d >= -2147483648.0 && d <= 2147483647.0)
        return (int32_t)d;   /* truncates toward zero; NaN fails the test */
    if (!isfinite(d))
        return 0;
    double m = fmod(trunc(d), 4294967296.0);
    if (m < 0)
        m += 4294967296.0;
    return (int32_t)(uint32_t)m;
}
