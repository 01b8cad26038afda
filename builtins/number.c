/* number.c - Number, Boolean and the numeric globals (parseInt, parseFloat,
 * isNaN, isFinite, NaN, Infinity, undefined).
 *
 * Number formatting that needs exact decimal expansions (toFixed,
 * toExponential, toPrecision) asks glibc's printf for the exact digits of the
 * double (glibc prints every digit exactly) and rounds them here, half up, as
 * the spec's "if there are two such n, pick the larger" demands.  The
 * shortest round-trip form comes from js_number_to_cstr (runtime/dtoa.c). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "builtins.h"
#include "textbuf.h"

/* ---------------------------------------------------------------- helpers */

/* thisNumberValue / thisBooleanValue: v itself when it is of the primitive
 * type, the [[NumberData]] / [[BooleanData]] of a wrapper of class cls, else
 * V8's TypeError naming Type.prototype.method. */
static int this_primitive(JSContext *ctx, JSValue v, int cls, const char *type, const char *method, JSValue *out)
{
    if (cls == JS_CLASS_NUMBER ? js_is_number(v) : js_is_bool(v)) {
        *out = v;
        return 0;
    }
    if (js_class_of(v) == cls) {
        *out = js_obj(v)->u.prim;
        return 0;
    }
    js_throw_type_error(ctx, "%s.prototype.%s requires that 'this' be a %s", type, method, type);
    return -1;
}

static int this_number(JSContext *ctx, JSValue v, const char *method, double *out)
{
    JSValue n;
    if (this_primitive(ctx, v, JS_CLASS_NUMBER, "Number", method, &n) < 0)
        return -1;
    *out = js_get_number(n);
    return 0;
}

/* The exact decimal digits of |d| (d finite), no sign, as "<int>.<frac>" with
 * at least `frac` fraction digits, then rounded half-up to `frac` digits.
 * Returns a collector string. */
static char *fixed_digits(double d, int frac)
{
    /* exact expansion: at most ~1075 fraction digits and 309 integer digits */
    size_t cap = 1500;
    char *buf = js_malloc_atomic(cap);
    snprintf(buf, cap, "%.1100f", fabs(d));
    char *dot = strchr(buf, '.');
    size_t ilen = (size_t)(dot - buf);
    /* digits string without the dot */
    size_t total = ilen + (size_t)frac;
    char *dig = js_malloc_atomic(total + 3);
    dig[0] = '0';  /* room for a carry */
    memcpy(dig + 1, buf, ilen);
    memcpy(dig + 1 + ilen, dot + 1, (size_t)frac);
    dig[total + 1] = 0;
    /* round half up on the next digit (the exact remainder >= .5 iff that digit >= 5) */
    if (dot[1 + frac] >= '5') {
        size_t i = total;
        while (dig[i] == '9')
            dig[i--] = '0';
        dig[i]++;
    }
    /* re-insert the dot, drop the leading carry zero if unused */
    char *res = js_malloc_atomic(total + 4);
    size_t start = dig[0] == '0' ? 1 : 0;
    size_t ip = ilen + 1 - start;
    memcpy(res, dig + start, ip);
    if (frac > 0) {
        res[ip] = '.';
        memcpy(res + ip + 1, dig + 1 + ilen, (size_t)frac);
        res[ip + 1 + frac] = 0;
    } else {
        res[ip] = 0;
    }
    return res;
}

/* n significant digits of |d| (d finite, nonzero), rounded half up on the
 * exact value: digits into out (n chars), returns the decimal exponent e
 * such that the value ~ 0.d1d2... * 10^(e+1), i.e. d1 is at 10^e. */
static int exact_sig_digits(double d, int n, char *out)
{
    size_t cap = 1200;
    char *buf = js_malloc_atomic(cap);
    snprintf(buf, cap, "%.1100e", fabs(d));  /* d.ddd...e+XX, exact */
    char *epos = strchr(buf, 'e');
    int e = atoi(epos + 1);
    /* mantissa digits: buf[0], buf[2..] */
    char *m = js_malloc_atomic((size_t)n + 2);
    m[0] = buf[0];
    for (int i = 1; i < n; i++)
        m[i] = buf[1 + i];
    char next = n < 1101 ? buf[1 + n] : '0';
    if (next >= '5') {
        int i = n - 1;
        while (i >= 0 && m[i] == '9')
            m[i--] = '0';
        if (i < 0) {
            m[0] = '1';
            e++;
        } else {
            m[i]++;
        }
    }
    memcpy(out, m, (size_t)n);
    return e;
}

/* Shortest round-trip digits of |d| (finite, nonzero); returns the exponent of
 * the first digit, *n gets the digit count. */
static int shortest_digits(double d, char *out, int *n)
{
    char buf[40];
    double a = fabs(d);
    for (int p = 1; p <= 17; p++) {
        snprintf(buf, sizeof buf, "%.*e", p - 1, a);
        if (strtod(buf, NULL) == a || p == 17) {
            int k = 0;
            for (char *s = buf; *s && *s != 'e'; s++)
                if (*s >= '0' && *s <= '9')
                    out[k++] = *s;
            while (k > 1 && out[k - 1] == '0')
                k--;
            out[k] = 0;
            *n = k;
            return atoi(strchr(buf, 'e') + 1);
        }
    }
    return 0;
}

/* Format digits (n of them, first at 10^e) in exponential form with the given digit count. */
static JSValue exp_string(JSContext *ctx, bool neg, const char *dig, int n, int e)
{
    char buf[160];
    int k = 0;
    if (neg)
        buf[k++] = '-';
    buf[k++] = dig[0];
    if (n > 1) {
        buf[k++] = '.';
        memcpy(buf + k, dig + 1, (size_t)n - 1);
        k += n - 1;
    }
    k += snprintf(buf + k, sizeof buf - (size_t)k, "e%c%d", e < 0 ? '-' : '+', abs(e));
    return js_new_string_len(ctx, buf, (size_t)k);
}

/* ---------------------------------------------------------------- radix */

/* Number.prototype.toString(radix) for radix != 10, printing fractions the
 * way V8 does: digits until the remaining fraction is below half an ulp. */
static JSValue number_to_radix(JSContext *ctx, double value, int radix)
{
    static const char chars[] = "0123456789abcdefghijklmnopqrstuvwxyz";
    enum { SIZE = 2200 };
    char *buffer = js_malloc_atomic(SIZE);
    int icur = SIZE / 2, fcur = icur;
    bool negative = value < 0;
    if (negative)
        value = -value;
    double integer = floor(value);
    double fraction = value - integer;
    double delta = 0.5 * (nextafter(value, INFINITY) - value);
    double tiny = nextafter(0.0, 1.0);
    if (delta < tiny)
        delta = tiny;
    if (fraction >= delta) {
        buffer[fcur++] = '.';
        do {
            fraction *= radix;
            delta *= radix;
            int digit = (int)fraction;
            buffer[fcur++] = chars[digit];
            fraction -= digit;
            if (fraction > 0.5 || (fraction == 0.5 && (digit & 1))) {
                if (fraction + delta > 1) {
                    /* round up, propagating the carry backwards */
                    for (;;) {
                        fcur--;
                        if (fcur == SIZE / 2) {
                            integer += 1;
                            break;
                        }
                        char c = buffer[fcur];
                        int dg = c > '9' ? (c - 'a' + 10) : (c - '0');
                        if (dg + 1 < radix) {
                            buffer[fcur++] = chars[dg + 1];
                            break;
                        }
                    }
                    break;
                }
            }
        } while (fraction >= delta);
    }
    /* integer digits; those below the double's precision are zeros */
    for (;;) {
        int ex;
        frexp(integer / radix, &ex);
        if (ex - 53 <= 0)
            break;
        integer /= radix;
        buffer[--icur] = '0';
    }
    do {
        double rem = fmod(integer, radix);
        buffer[--icur] = chars[(int)rem];
        integer = (integer - rem) / radix;
    } while (integer > 0);
    if (negative)
        buffer[--icur] = '-';
    return js_new_string_len(ctx, buffer + icur, (size_t)(fcur - icur));
}

/* ---------------------------------------------------------------- Number */

static JSValue Number_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue n = js_new_int(0);
    if (argc > 0) {
        n = js_to_numeric(ctx, argv[0]);
        if (js_is_exception(n))
            return n;
    }
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return n;
    JSObject *proto = js_proto_from_ctor(ctx, nt, ctx->number_proto);
    JSValue obj = js_new_object_class(ctx, proto, JS_CLASS_NUMBER);
    if (js_is_exception(obj))
        return obj;
    js_obj(obj)->u.prim = n;
    return obj;
}

static JSValue Number_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x, r = 10;
    if (this_number(ctx, this_val, "toString", &x) < 0)
        return JS_EXCEPTION;
    if (!js_is_undefined(argv[0]) && js_to_integer_or_infinity(ctx, argv[0], &r) < 0)
        return JS_EXCEPTION;
    if (r < 2 || r > 36)
        return js_throw_range_error(ctx, "toString() radix argument must be between 2 and 36");
    if (r == 10 || isnan(x) || isinf(x))
        return js_number_to_string(ctx, x);
    if (x == 0)
        return js_new_string(ctx, "0");
    return number_to_radix(ctx, x, (int)r);
}

/* toLocaleString as node's ICU formats numbers, for the options everyday
 * scripts pass: minimum/maximumFractionDigits, minimumIntegerDigits,
 * minimum/maximumSignificantDigits, useGrouping, style 'percent' and
 * 'currency' (currency, currencyDisplay 'symbol' or 'code').  The locale
 * picks separators: en (default, and any locale not known here), en-IN
 * (lakh grouping), de, fr; currency placement follows en, de and fr. */
typedef struct LocaleFmt {
    int minfd, maxfd, minid, minsd, maxsd;  /* maxsd 0: fraction digits rule */
    bool grouping, indian, sym_after, percent;
    const char *group, *dec, *pct, *sym;    /* sym NULL: not currency */
} LocaleFmt;

/* An option's integer value in [lo, hi], dflt when undefined; -1 on exception. */
static int digit_option(JSContext *ctx, JSValue opts, const char *name, int lo, int hi, int dflt, int *out)
{
    JSValue v = js_get_str(ctx, opts, name);
    if (js_is_exception(v))
        return -1;
    if (js_is_undefined(v)) {
        *out = dflt;
        return 0;
    }
    double d;
    if (js_to_number(ctx, v, &d) < 0)
        return -1;
    if (isnan(d) || d < lo || d > hi) {
        js_throw_range_error(ctx, "%s value is out of range.", name);
        return -1;
    }
    *out = (int)floor(d);
    return 0;
}

static const char *currency_symbol(const char *code, bool en, int *digits)
{
    static const struct { const char *code, *en, *other; int digits; } tab[] = {
        { "USD", "$", "$", 2 }, { "EUR", "€", "€", 2 }, { "GBP", "£", "£", 2 }, { "JPY", "¥", "¥", 0 },
        { "INR", "₹", "₹", 2 }, { "CNY", "CN¥", "CN¥", 2 }, { "KRW", "₩", "₩", 0 }, { "CAD", "CA$", "CA$", 2 },
        { "AUD", "A$", "AU$", 2 }, { "MXN", "MX$", "MX$", 2 }, { "BRL", "R$", "R$", 2 },
        { "NZD", "NZ$", "NZ$", 2 }, { "HKD", "HK$", "HK$", 2 }, { "ILS", "₪", "₪", 2 }, { "VND", "₫", "₫", 0 },
        { "TWD", "NT$", "NT$", 2 }, { "PHP", "₱", "₱", 2 },
    };
    for (size_t i = 0; i < sizeof tab / sizeof tab[0]; i++)
        if (!strcmp(tab[i].code, code)) {
            *digits = tab[i].digits;
            return en ? tab[i].en : tab[i].other;
        }
    *digits = 2;
    return NULL;
}

/* Reads locale and options into f; -1 on exception. */
static int locale_options(JSContext *ctx, JSValue locale, JSValue opts, LocaleFmt *f)
{
    memset(f, 0, sizeof *f);
    f->group = ",", f->dec = ".", f->pct = "%", f->grouping = true;
    const char *loc = "en";
    if (js_is_string(locale))
        loc = js_to_utf8(ctx, locale, NULL);
    bool en = true;
    if (!strncmp(loc, "de", 2) && (!loc[2] || loc[2] == '-')) {
        f->group = ".", f->dec = ",", f->pct = "\u00a0%", f->sym_after = true, en = false;
    } else if (!strncmp(loc, "fr", 2) && (!loc[2] || loc[2] == '-')) {
        f->group = "\u202f", f->dec = ",", f->pct = "\u202f%", f->sym_after = true, en = false;
    } else if (!strcmp(loc, "en-IN") || !strcmp(loc, "hi-IN")) {
        f->indian = true;
    }
    int dmin = 0, dmax = 3;
    if (js_is_object(opts)) {
        JSValue style = js_get_str(ctx, opts, "style");
        if (js_is_exception(style))
            return -1;
        const char *st = js_is_undefined(style) ? "decimal" : NULL;
        if (!st) {
            JSValue s = js_to_string(ctx, style);
            if (js_is_exception(s))
                return -1;
            st = js_to_utf8(ctx, s, NULL);
        }
        JSValue cur = js_get_str(ctx, opts, "currency");
        if (js_is_exception(cur))
            return -1;
        if (!strcmp(st, "currency")) {
            if (js_is_undefined(cur)) {
                js_throw_type_error(ctx, "Currency code is required with currency style.");
                return -1;
            }
            JSValue cs = js_to_string(ctx, cur);
            if (js_is_exception(cs))
                return -1;
            char code[4] = { 0 };
            const char *c = js_to_utf8(ctx, cs, NULL);
            if (strlen(c) != 3) {
                js_throw_range_error(ctx, "Invalid currency code : %s", c);
                return -1;
            }
            for (int i = 0; i < 3; i++)
                code[i] = (char)(c[i] >= 'a' && c[i] <= 'z' ? c[i] - 32 : c[i]);
            JSValue disp = js_get_str(ctx, opts, "currencyDisplay");
            if (js_is_exception(disp))
                return -1;
            const char *sym = currency_symbol(code, en, &dmin);
            bool as_code = js_is_string(disp) && !strcmp(js_to_utf8(ctx, disp, NULL), "code");
            if (!sym || as_code)
                sym = str_printf(f->sym_after ? "%s" : "%s\u00a0", code);
            f->sym = sym;
            dmax = dmin;
        } else if (!strcmp(st, "percent")) {
            f->percent = true;
            dmax = 0;
        } else if (strcmp(st, "decimal") && strcmp(st, "unit")) {
            js_throw_range_error(ctx, "Value %s out of range for Number.prototype.toLocaleString options property style", st);
            return -1;
        }
        if (digit_option(ctx, opts, "minimumIntegerDigits", 1, 21, 1, &f->minid) < 0)
            return -1;
        int mn, mx;
        if (digit_option(ctx, opts, "minimumFractionDigits", 0, 100, -1, &mn) < 0 ||
            digit_option(ctx, opts, "maximumFractionDigits", 0, 100, -1, &mx) < 0)
            return -1;
        if (mn < 0 && mx < 0)
            mn = dmin, mx = dmax;
        else if (mn < 0)
            mn = dmin < mx ? dmin : mx;
        else if (mx < 0)
            mx = dmax > mn ? dmax : mn;
        else if (mn > mx) {
            js_throw_range_error(ctx, "maximumFractionDigits value is out of range.");
            return -1;
        }
        f->minfd = mn, f->maxfd = mx;
        int smn, smx;
        if (digit_option(ctx, opts, "minimumSignificantDigits", 1, 21, -1, &smn) < 0 ||
            digit_option(ctx, opts, "maximumSignificantDigits", 1, 21, -1, &smx) < 0)
            return -1;
        if (smn > 0 || smx > 0) {
            if (smn < 0)
                smn = 1;
            if (smx < 0)
                smx = 21;
            if (smn > smx) {
                js_throw_range_error(ctx, "maximumSignificantDigits value is out of range.");
                return -1;
            }
            f->minsd = smn, f->maxsd = smx;
        }
        JSValue g = js_get_str(ctx, opts, "useGrouping");
        if (js_is_exception(g))
            return -1;
        if (!js_is_undefined(g))
            f->grouping = js_to_boolean(g);
    } else {
        f->minid = 1, f->minfd = dmin, f->maxfd = dmax;
    }
    return 0;
}

/* Round the digits dig[0..*n) (first at 10^*e) to keep digits, half away
 * from zero. */
static void round_digits(char *dig, int *n, int *e, int keep)
{
    if (keep >= *n)
        return;
    if (keep < 0) {
        *n = 0;
        return;
    }
    bool up = dig[keep] >= '5';
    *n = keep;
    if (!up) {
        while (*n > 0 && dig[*n - 1] == '0')
            (*n)--;
        return;
    }
    int i = keep - 1;
    while (i >= 0 && dig[i] == '9')
        i--;
    if (i < 0) {
        dig[0] = '1';
        *n = 1;
        (*e)++;
    } else {
        dig[i]++;
        *n = i + 1;
    }
}

static JSValue format_locale(JSContext *ctx, double x, const LocaleFmt *f)
{
    Str out_, *out = &out_;
    str_init(out);
    bool neg = signbit(x);
    if (neg)
        str_puts(out, "-");
    if (f->sym && !f->sym_after)
        str_puts(out, f->sym);
    if (isnan(x) || isinf(x)) {
        str_puts(out, isnan(x) ? "NaN" : "∞");
    } else {
        char dig[400];
        int n = 0, e = 0;
        if (x != 0)
            e = shortest_digits(x, dig, &n);
        if (f->percent && n)
            e += 2;
        int minfrac = f->minfd;
        if (f->maxsd) {
            round_digits(dig, &n, &e, f->maxsd);
            minfrac = f->minsd - (e + 1);
        } else {
            round_digits(dig, &n, &e, e + 1 + f->maxfd);
        }
        if (n == 0)
            e = 0;
        /* integer part, with leading zeros up to minid */
        int ilen = e >= 0 && n ? e + 1 : 1;
        int width = ilen > f->minid ? ilen : f->minid;
        for (int i = 0; i < width; i++) {
            int pos = i - (width - ilen);   /* index into dig */
            char c = pos >= 0 && pos < n && (e >= 0) ? dig[pos] : '0';
            str_putc(out, c);
            int left = width - 1 - i;       /* digits still to come */
            if (f->grouping && left > 0 && width > 3 &&
                (f->indian ? (left == 3 || (left > 3 && (left - 3) % 2 == 0)) : left % 3 == 0))
                str_puts(out, f->group);
        }
        /* fraction digits present, trailing zeros trimmed to minfrac */
        int flen = n - (e + 1);
        if (flen < 0)
            flen = 0;
        if (flen < minfrac)
            flen = minfrac;
        if (flen > 0) {
            str_puts(out, f->dec);
            for (int j = 0; j < flen; j++) {
                int pos = e + 1 + j;
                str_putc(out, pos >= 0 && pos < n ? dig[pos] : '0');
            }
        }
    }
    if (f->percent)
        str_puts(out, f->pct);
    if (f->sym && f->sym_after) {
        str_puts(out, "\u00a0");
        str_puts(out, f->sym);
    }
    return js_new_string(ctx, out->p);
}

static JSValue Number_prototype_toLocaleString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x;
    if (this_number(ctx, this_val, "toLocaleString", &x) < 0)
        return JS_EXCEPTION;
    LocaleFmt f;
    if (locale_options(ctx, argc > 0 ? argv[0] : JS_UNDEFINED, argc > 1 ? argv[1] : JS_UNDEFINED, &f) < 0)
        return JS_EXCEPTION;
    return format_locale(ctx, x, &f);
}

static JSValue Number_prototype_valueOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x;
    if (this_number(ctx, this_val, "valueOf", &x) < 0)
        return JS_EXCEPTION;
    return js_new_number(x);
}

static JSValue Number_prototype_toFixed(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x, f;
    if (this_number(ctx, this_val, "toFixed", &x) < 0)
        return JS_EXCEPTION;
    if (js_to_integer_or_infinity(ctx, argv[0], &f) < 0)
        return JS_EXCEPTION;
    if (!(f >= 0 && f <= 100))
        return js_throw_range_error(ctx, "toFixed() digits argument must be between 0 and 100");
    if (!isfinite(x) || fabs(x) >= 1e21)
        return js_number_to_string(ctx, x);
    char *s = fixed_digits(x, (int)f);
    if (x < 0) {
        /* -0.0001.toFixed(2) is "-0.00" in V8: the sign follows x < 0 */
        JSStringBuilder sb;
        js_sb_init(&sb, ctx);
        js_sb_putc(&sb, '-');
        js_sb_puts(&sb, s);
        return js_sb_finish(&sb);
    }
    return js_new_string(ctx, s);
}

static JSValue Number_prototype_toExponential(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x, f = 0;
    if (this_number(ctx, this_val, "toExponential", &x) < 0)
        return JS_EXCEPTION;
    if (js_to_integer_or_infinity(ctx, argv[0], &f) < 0)
        return JS_EXCEPTION;
    if (!isfinite(x))
        return js_number_to_string(ctx, x);
    if (!(f >= 0 && f <= 100))
        return js_throw_range_error(ctx, "toExponential() argument must be between 0 and 100");
    char dig[128];
    int n, e;
    bool neg = x < 0;
    if (js_is_undefined(argv[0])) {
        if (x == 0) {
            dig[0] = '0';
            n = 1;
            e = 0;
        } else {
            e = shortest_digits(x, dig, &n);
        }
    } else {
        n = (int)f + 1;
        if (x == 0) {
            memset(dig, '0', (size_t)n);
            e = 0;
        } else {
            e = exact_sig_digits(x, n, dig);
        }
    }
    return exp_string(ctx, neg, dig, n, e);
}

static JSValue Number_prototype_toPrecision(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x, p;
    if (this_number(ctx, this_val, "toPrecision", &x) < 0)
        return JS_EXCEPTION;
    if (js_is_undefined(argv[0]))
        return js_number_to_string(ctx, x);
    if (js_to_integer_or_infinity(ctx, argv[0], &p) < 0)
        return JS_EXCEPTION;
    if (!isfinite(x))
        return js_number_to_string(ctx, x);
    if (!(p >= 1 && p <= 100))
        return js_throw_range_error(ctx, "toPrecision() argument must be between 1 and 100");
    int n = (int)p, e = 0;
    char dig[128];
    bool neg = x < 0;
    if (x == 0)
        memset(dig, '0', (size_t)n);
    else
        e = exact_sig_digits(x, n, dig);
    if (e < -6 || e >= n)
        return exp_string(ctx, neg, dig, n, e);
    char buf[300];
    int k = 0;
    if (neg)
        buf[k++] = '-';
    if (e >= 0) {
        memcpy(buf + k, dig, (size_t)e + 1);
        k += e + 1;
        if (n > e + 1) {
            buf[k++] = '.';
            memcpy(buf + k, dig + e + 1, (size_t)(n - e - 1));
            k += n - e - 1;
        }
    } else {
        buf[k++] = '0';
        buf[k++] = '.';
        for (int i = 0; i < -e - 1; i++)
            buf[k++] = '0';
        memcpy(buf + k, dig, (size_t)n);
        k += n;
    }
    return js_new_string_len(ctx, buf, (size_t)k);
}

/* ---------------------------------------------------------------- statics and globals */

static JSValue Number_isFinite(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(js_is_number(argv[0]) && isfinite(js_get_number(argv[0])));
}

static JSValue Number_isNaN(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(js_is_number(argv[0]) && isnan(js_get_number(argv[0])));
}

static bool is_integral(JSValue v)
{
    if (!js_is_number(v))
        return false;
    double d = js_get_number(v);
    return isfinite(d) && trunc(d) == d;
}

static JSValue Number_isInteger(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(is_integral(argv[0]));
}

static JSValue Number_isSafeInteger(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    return js_new_bool(is_integral(argv[0]) && fabs(js_get_number(argv[0])) <= 9007199254740991.0);
}

static JSValue global_isNaN(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double d;
    if (js_to_number(ctx, argv[0], &d) < 0)
        return JS_EXCEPTION;
    return js_new_bool(isnan(d));
}

static JSValue global_isFinite(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double d;
    if (js_to_number(ctx, argv[0], &d) < 0)
        return JS_EXCEPTION;
    return js_new_bool(isfinite(d));
}

/* The string argument, flat, and the index of its first non-space unit. */
static JSString *trimmed_arg(JSContext *ctx, JSValue v, uint32_t *start)
{
    JSValue s = js_to_string(ctx, v);
    if (js_is_exception(s))
        return NULL;
    JSString *str = js_string_flat(js_str(s));
    uint32_t i = 0;
    while (i < str->len && js_is_space(js_string_at(str, i)))
        i++;
    *start = i;
    return str;
}

static JSValue global_parseFloat(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint32_t i;
    JSString *s = trimmed_arg(ctx, argv[0], &i);
    if (!s)
        return JS_EXCEPTION;
    uint32_t len = s->len;
    char *buf = js_malloc_atomic((size_t)(len - i) + 2);
    uint32_t k = 0, j = i;
    bool neg = false;
    if (j < len && (js_string_at(s, j) == '+' || js_string_at(s, j) == '-')) {
        neg = js_string_at(s, j) == '-';
        j++;
    }
    static const char inf[] = "Infinity";
    uint32_t m = 0;
    while (m < 8 && j + m < len && js_string_at(s, j + m) == (uint16_t)inf[m])
        m++;
    if (m == 8)
        return js_new_double(neg ? -INFINITY : INFINITY);
    bool digits = false;
    while (j < len && js_string_at(s, j) >= '0' && js_string_at(s, j) <= '9')
        buf[k++] = (char)js_string_at(s, j++), digits = true;
    if (j < len && js_string_at(s, j) == '.') {
        buf[k++] = '.';
        j++;
        while (j < len && js_string_at(s, j) >= '0' && js_string_at(s, j) <= '9')
            buf[k++] = (char)js_string_at(s, j++), digits = true;
    }
    if (!digits)
        return js_new_double(NAN);
    if (j < len && (js_string_at(s, j) == 'e' || js_string_at(s, j) == 'E')) {
        uint32_t save = k, jj = j + 1;
        buf[k++] = 'e';
        if (jj < len && (js_string_at(s, jj) == '+' || js_string_at(s, jj) == '-'))
            buf[k++] = (char)js_string_at(s, jj++);
        bool ed = false;
        while (jj < len && js_string_at(s, jj) >= '0' && js_string_at(s, jj) <= '9')
            buf[k++] = (char)js_string_at(s, jj++), ed = true;
        if (!ed)
            k = save;
    }
    buf[k] = 0;
    double d = strtod(buf, NULL);
    return js_new_number(neg ? -d : d);
}

static int digit_value(uint16_t c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 99;
}

/* Digits in a power-of-two radix: exact, correctly rounded (via a hex
 * string, which strtod rounds to nearest even as V8 does). */
static double parse_pow2(JSString *s, uint32_t a, uint32_t b, int r)
{
    int bits = __builtin_ctz((unsigned)r);
    size_t nbits = (size_t)(b - a) * (size_t)bits;
    uint8_t *bit = js_malloc_atomic(nbits + 4);
    size_t k = 0;
    for (uint32_t i = a; i < b; i++) {
        int v = digit_value(js_string_at(s, i));
        for (int j = bits - 1; j >= 0; j--)
            bit[k++] = (uint8_t)((v >> j) & 1);
    }
    size_t pad = (4 - nbits % 4) % 4;
    char *hex = js_malloc_atomic(nbits / 4 + 8);
    size_t h = 0;
    hex[h++] = '0';
    hex[h++] = 'x';
    unsigned acc = 0;
    for (size_t i = 0; i < nbits + pad; i++) {
        acc = acc * 2 + (i < pad ? 0 : bit[i - pad]);
        if (i % 4 == 3) {
            hex[h++] = "0123456789abcdef"[acc];
            acc = 0;
        }
    }
    hex[h] = 0;
    return strtod(hex, NULL);
}

/* Other radixes: V8's approximation, 32-bit chunks multiplied in. */
static double parse_generic(JSString *s, uint32_t a, uint32_t b, int r)
{
    double result = 0;
    uint32_t i = a;
    while (i < b) {
        uint32_t part = 0, mult = 1;
        while (i < b) {
            uint32_t m = mult * (uint32_t)r;
            if (m > 0xffffffffu / 36)
                break;
            part = part * (uint32_t)r + (uint32_t)digit_value(js_string_at(s, i));
            mult = m;
            i++;
        }
        result = result * mult + part;
    }
    return result;
}

static JSValue global_parseInt(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint32_t i;
    JSString *s = trimmed_arg(ctx, argv[0], &i);
    if (!s)
        return JS_EXCEPTION;
    int32_t r;
    if (js_to_int32(ctx, argv[1], &r) < 0)
        return JS_EXCEPTION;
    bool neg = false;
    if (i < s->len && (js_string_at(s, i) == '+' || js_string_at(s, i) == '-')) {
        neg = js_string_at(s, i) == '-';
        i++;
    }
    bool strip = true;
    if (r != 0) {
        if (r < 2 || r > 36)
            return js_new_double(NAN);
        if (r != 16)
            strip = false;
    } else {
        r = 10;
    }
    if (strip && i + 1 < s->len && js_string_at(s, i) == '0' &&
        (js_string_at(s, i + 1) == 'x' || js_string_at(s, i + 1) == 'X')) {
        i += 2;
        r = 16;
    }
    uint32_t start = i;
    while (i < s->len && digit_value(js_string_at(s, i)) < r)
        i++;
    if (i == start)
        return js_new_double(NAN);
    double d;
    if (r == 10) {
        /* correctly rounded, as V8 does for decimal */
        char *buf = js_malloc_atomic((size_t)(i - start) + 1);
        for (uint32_t k = start; k < i; k++)
            buf[k - start] = (char)js_string_at(s, k);
        buf[i - start] = 0;
        d = strtod(buf, NULL);
    } else if ((r & (r - 1)) == 0) {
        d = parse_pow2(s, start, i, r);
    } else {
        d = parse_generic(s, start, i, r);
    }
    return js_new_number(neg ? -d : d);
}

/* ---------------------------------------------------------------- Boolean */

static JSValue Boolean_ctor(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue b = js_new_bool(js_to_boolean(argv[0]));
    JSValue nt = js_new_target(ctx);
    if (js_is_undefined(nt))
        return b;
    JSObject *proto = js_proto_from_ctor(ctx, nt, ctx->boolean_proto);
    JSValue obj = js_new_object_class(ctx, proto, JS_CLASS_BOOLEAN);
    if (js_is_exception(obj))
        return obj;
    js_obj(obj)->u.prim = b;
    return obj;
}

static int this_boolean(JSContext *ctx, JSValue v, const char *method, JSValue *out)
{
    return this_primitive(ctx, v, JS_CLASS_BOOLEAN, "Boolean", method, out);
}

static JSValue Boolean_prototype_toString(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue b;
    if (this_boolean(ctx, this_val, "toString", &b) < 0)
        return JS_EXCEPTION;
    return b == JS_TRUE ? ctx->atoms.true_ : ctx->atoms.false_;
}

static JSValue Boolean_prototype_valueOf(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    JSValue b;
    if (this_boolean(ctx, this_val, "valueOf", &b) < 0)
        return JS_EXCEPTION;
    return b;
}

/* ---------------------------------------------------------------- init */

static const JSFunctionEntry number_proto_funcs[] = {
    { "toString", Number_prototype_toString, 1 },
    { "toLocaleString", Number_prototype_toLocaleString, 0 },
    { "valueOf", Number_prototype_valueOf, 0 },
    { "toFixed", Number_prototype_toFixed, 1 },
    { "toExponential", Number_prototype_toExponential, 1 },
    { "toPrecision", Number_prototype_toPrecision, 1 },
};

static const JSFunctionEntry number_funcs[] = {
    { "isFinite", Number_isFinite, 1 },
    { "isInteger", Number_isInteger, 1 },
    { "isNaN", Number_isNaN, 1 },
    { "isSafeInteger", Number_isSafeInteger, 1 },
};

static const JSFunctionEntry global_funcs[] = {
    { "isNaN", global_isNaN, 1 },
    { "isFinite", global_isFinite, 1 },
};

static const JSFunctionEntry boolean_proto_funcs[] = {
    { "toString", Boolean_prototype_toString, 0 },
    { "valueOf", Boolean_prototype_valueOf, 0 },
};

/* A prototype object that is itself a wrapper of `prim` (Number.prototype is
 * a Number object holding 0), made here unless the runtime already did. */
static JSObject *wrapper_proto(JSContext *ctx, JSObject *have, JSClassID cls, JSValue prim)
{
    if (have)
        return have;
    JSValue p = js_new_object_class(ctx, ctx->object_proto, cls);
    js_obj(p)->u.prim = prim;
    return js_obj(p);
}

void js_init_number(JSContext *ctx)
{
    ctx->number_proto = wrapper_proto(ctx, ctx->number_proto, JS_CLASS_NUMBER, js_new_int(0));
    JSValue proto = js_mkptr(ctx->number_proto);
    js_define_functions(ctx, proto, number_proto_funcs, JS_COUNTOF(number_proto_funcs));
    JSValue ctor = js_define_class(ctx, "Number", Number_ctor, 1, proto);
    js_define_functions(ctx, ctor, number_funcs, JS_COUNTOF(number_funcs));

    /* parseInt/parseFloat are the same function objects as Number's; the
     * order of Number's own keys is V8's */
    JSValue pi = js_new_cfunction(ctx, global_parseInt, "parseInt", 2);
    JSValue pf = js_new_cfunction(ctx, global_parseFloat, "parseFloat", 1);
    js_define_value_str(ctx, ctor, "parseFloat", pf, JS_PROP_CW);
    js_define_value_str(ctx, ctor, "parseInt", pi, JS_PROP_CW);
    static const struct { const char *name; double v; } consts[] = {
        { "MAX_VALUE", 1.7976931348623157e308 },
        { "MIN_VALUE", 5e-324 },
        { "NaN", NAN },
        { "NEGATIVE_INFINITY", -INFINITY },
        { "POSITIVE_INFINITY", INFINITY },
        { "MAX_SAFE_INTEGER", 9007199254740991.0 },
        { "MIN_SAFE_INTEGER", -9007199254740991.0 },
        { "EPSILON", 2.220446049250313e-16 },
    };
    for (size_t i = 0; i < JS_COUNTOF(consts); i++)
        js_define_value_str(ctx, ctor, consts[i].name, js_new_number(consts[i].v), 0);

    js_define_value_str(ctx, ctx->global, "parseInt", pi, JS_PROP_CW);
    js_define_value_str(ctx, ctx->global, "parseFloat", pf, JS_PROP_CW);
    js_define_functions(ctx, ctx->global, global_funcs, JS_COUNTOF(global_funcs));
    js_define_value_str(ctx, ctx->global, "NaN", js_new_double(NAN), 0);
    js_define_value_str(ctx, ctx->global, "Infinity", js_new_double(INFINITY), 0);
    js_define_value_str(ctx, ctx->global, "undefined", JS_UNDEFINED, 0);

    ctx->boolean_proto = wrapper_proto(ctx, ctx->boolean_proto, JS_CLASS_BOOLEAN, JS_FALSE);
    JSValue bproto = js_mkptr(ctx->boolean_proto);
    js_define_functions(ctx, bproto, boolean_proto_funcs, JS_COUNTOF(boolean_proto_funcs));
    js_define_class(ctx, "Boolean", Boolean_ctor, 1, bproto);
}
