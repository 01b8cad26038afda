/* math.c - the Math namespace object of ES2023.
 *
 * One-argument functions share a table of C functions (math_unary with a
 * magic index); the rest are written out.  Math.random is xorshift128+
 * seeded from the clock; Math.round and max/min follow JS's -0/NaN rules,
 * which C's round/fmax do not. */
#include <math.h>
#include <stdint.h>
#include <time.h>

#include "builtins.h"

typedef double UnaryFn(double);

static double js_round(double x)
{
    /* floor(x + 0.5) except that it must not round 0.49999999999999994 up
     * and must keep -0 for -0.5 <= x < 0 */
    if (!isfinite(x) || x == 0)
        return x;
    if (x > 0 && x < 0.5)
        return 0.0;
    if (x < 0 && x >= -0.5)
        return -0.0;
    double f = floor(x);
    return (x - f >= 0.5) ? f + 1 : f;
}

static double js_sign(double x)
{
    if (isnan(x) || x == 0)
        return x;
    return x > 0 ? 1 : -1;
}

/* glibc's cbrt can miss exact cubes by an ulp (cbrt(27) = 3.0000000000000004);
 * V8's does not. */
static double js_cbrt(double x)
{
    double r = cbrt(x), n = round(r);
    return n * n * n == x ? n : r;
}

static double js_fround(double x)
{
    return (double)(float)x;
}

static double js_clz32_d(double x)
{
    uint32_t u = (uint32_t)js_double_to_int32(x);
    return u == 0 ? 32 : __builtin_clz(u);
}

static UnaryFn *const unary_fns[] = {
    fabs, acos, acosh, asin, asinh, atan, atanh, js_cbrt, ceil, cos, cosh, exp,
    expm1, floor, js_fround, log, log1p, log10, log2, js_round, js_sign, sin,
    sinh, sqrt, tan, tanh, trunc, js_clz32_d,
};
static const char *const unary_names[] = {
    "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cbrt", "ceil", "cos", "cosh", "exp",
    "expm1", "floor", "fround", "log", "log1p", "log10", "log2", "round", "sign", "sin",
    "sinh", "sqrt", "tan", "tanh", "trunc", "clz32",
};

static JSValue math_unary(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int magic)
{
    double d;
    if (js_to_number(ctx, argv[0], &d) < 0)
        return JS_EXCEPTION;
    return js_new_number(unary_fns[magic](d));
}

static JSValue Math_atan2(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double y, x;
    if (js_to_number(ctx, argv[0], &y) < 0 || js_to_number(ctx, argv[1], &x) < 0)
        return JS_EXCEPTION;
    return js_new_number(atan2(y, x));
}

static JSValue Math_pow(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    double x, y;
    if (js_to_number(ctx, argv[0], &x) < 0 || js_to_number(ctx, argv[1], &y) < 0)
        return JS_EXCEPTION;
    /* JS: 1 ** NaN and (+-1) ** +-Infinity are NaN, C says 1 */
    if (isnan(y) || (fabs(x) == 1 && isinf(y)))
        return js_new_double(NAN);
    return js_new_number(pow(x, y));
}

static JSValue Math_imul(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    int32_t a, b;
    if (js_to_int32(ctx, argv[0], &a) < 0 || js_to_int32(ctx, argv[1], &b) < 0)
        return JS_EXCEPTION;
    return js_new_int((int32_t)((uint32_t)a * (uint32_t)b));
}

/* max (magic 1) and min (magic 0): every argument is converted first, NaN
 * wins, and +0 beats -0 for max (the reverse for min). */
static JSValue math_minmax(JSContext *ctx, JSValue this_val, int argc, JSValue *argv, int is_max)
{
    double r = is_max ? -INFINITY : INFINITY;
    bool nan = false;
    for (int i = 0; i < argc; i++) {
        double d;
        if (js_to_number(ctx, argv[i], &d) < 0)
            return JS_EXCEPTION;
        if (isnan(d)) {
            nan = true;
        } else if (is_max ? (d > r || (d == 0 && r == 0 && !signbit(d))) :
                            (d < r || (d == 0 && r == 0 && signbit(d)))) {
            r = d;
        }
    }
    return nan ? js_new_double(NAN) : js_new_number(r);
}

static JSValue Math_hypot(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    bool inf = false, nan = false;
    double maxv = 0;
    double *vals = js_malloc_atomic(sizeof(double) * (size_t)(argc ? argc : 1));
    for (int i = 0; i < argc; i++) {
        if (js_to_number(ctx, argv[i], &vals[i]) < 0)
            return JS_EXCEPTION;
        double a = fabs(vals[i]);
        if (isinf(a))
            inf = true;
        else if (isnan(a))
            nan = true;
        else if (a > maxv)
            maxv = a;
    }
    if (inf)
        return js_new_double(INFINITY);
    if (nan)
        return js_new_double(NAN);
    if (maxv == 0)
        return js_new_int(0);
    /* scaled sum with Kahan compensation, as V8 does */
    double sum = 0, comp = 0;
    for (int i = 0; i < argc; i++) {
        double r = fabs(vals[i]) / maxv;
        double s = r * r - comp;
        double t = sum + s;
        comp = (t - sum) - s;
        sum = t;
    }
    return js_new_number(sqrt(sum) * maxv);
}

static uint64_t rng_state[2];

static JSValue Math_random(JSContext *ctx, JSValue this_val, int argc, JSValue *argv)
{
    uint64_t s1 = rng_state[0];
    const uint64_t s0 = rng_state[1];
    rng_state[0] = s0;
    s1 ^= s1 << 23;
    rng_state[1] = s1 ^ s0 ^ (s1 >> 17) ^ (s0 >> 26);
    uint64_t r = rng_state[1] + s0;
    return js_new_double((double)(r >> 11) * 0x1.0p-53);
}

static uint64_t splitmix(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

static const JSFunctionEntry math_funcs[] = {
    { "atan2", Math_atan2, 2 },
    { "pow", Math_pow, 2 },
    { "imul", Math_imul, 2 },
    { "hypot", Math_hypot, 2 },
    { "random", Math_random, 0 },
};

/* V8's order of Math's functions, which getOwnPropertyNames and inspect
 * with showHidden reveal. */
static const char *const v8_order[] = {
    "abs", "acos", "acosh", "asin", "asinh", "atan", "atanh", "atan2", "ceil", "cbrt", "expm1", "clz32",
    "cos", "cosh", "exp", "floor", "fround", "hypot", "imul", "log", "log1p", "log2", "log10", "max",
    "min", "pow", "random", "round", "sign", "sin", "sinh", "sqrt", "tan", "tanh", "trunc",
};

void js_init_math(JSContext *ctx)
{
    JSValue fns = js_new_object(ctx), math = js_new_object(ctx);
    for (size_t i = 0; i < JS_COUNTOF(unary_fns); i++)
        js_define_value_str(ctx, fns, unary_names[i],
                            js_new_cfunction_magic(ctx, math_unary, unary_names[i], 1, (int)i), JS_PROP_CW);
    js_define_value_str(ctx, fns, "max", js_new_cfunction_magic(ctx, math_minmax, "max", 2, 1), JS_PROP_CW);
    js_define_value_str(ctx, fns, "min", js_new_cfunction_magic(ctx, math_minmax, "min", 2, 0), JS_PROP_CW);
    js_define_functions(ctx, fns, math_funcs, JS_COUNTOF(math_funcs));
    for (size_t i = 0; i < JS_COUNTOF(v8_order); i++)
        js_define_value_str(ctx, math, v8_order[i], js_get_str(ctx, fns, v8_order[i]), JS_PROP_CW);

    static const struct { const char *name; double v; } consts[] = {
        { "E", 2.718281828459045 }, { "LN10", 2.302585092994046 },
        { "LN2", 0.6931471805599453 }, { "LOG10E", 0.4342944819032518 },
        { "LOG2E", 1.4426950408889634 }, { "PI", 3.141592653589793 },
        { "SQRT1_2", 0.7071067811865476 }, { "SQRT2", 1.4142135623730951 },
    };
    for (size_t i = 0; i < JS_COUNTOF(consts); i++)
        js_define_value_str(ctx, math, consts[i].name, js_new_double(consts[i].v), 0);
    js_define_value(ctx, math, ctx->sym.to_string_tag, js_new_string(ctx, "Math"), JS_PROP_CONFIGURABLE);
    js_define_value_str(ctx, ctx->global, "Math", math, JS_PROP_CW);

    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t seed = (uint64_t)ts.tv_sec * 1000000007ull ^ (uint64_t)ts.tv_nsec ^ (uint64_t)(uintptr_t)ctx;
    rng_state[0] = splitmix(&seed);
    rng_state[1] = splitmix(&seed);
}
