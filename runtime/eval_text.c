/* eval_text.c - an expression written back as text the way V8's call
 * printer shows it in error messages ("obj.a?.b is not a function").
 * Only the evaluator's error paths come here (eval_node_text,
 * eval_callee_text); evaluation itself is eval_expr.c's. */
#include "eval.h"
#include "lexer.h"

/* An expression as V8's call printer shows it in "x is not a function":
 * obj.a?.b, obj.key for obj["key"], (a + b), (a , b), [1,2], (typeof x). */
static void text_of(Frame *f, Node *n, JSStringBuilder *sb, int depth);

static void text_of_string(Frame *f, Node *n, JSStringBuilder *sb)
{
    if (n->val)
        js_sb_put_string(sb, n->val);
    else if (n->str)
        js_sb_put_string(sb, js_new_string16(f->ctx, n->str, n->str_len));
}

/* a template without substitutions is a string literal to V8 */
static Node *plain_template(Node *n)
{
    return n->kind == AST_TEMPLATE && n->list.len == 1 && n->list.items[0]->str ? n->list.items[0] : NULL;
}

static void text_of_binary(Frame *f, Node *n, JSStringBuilder *sb, int depth, bool open)
{
    if (open)
        js_sb_puts(sb, "(");
    Node *l = n->a;
    /* a chain of one operator prints flat, as V8's n-ary node: (a + b + 1) */
    if (l->kind == n->kind && l->op == n->op && !(l->flags & AST_F_PARENS))
        text_of_binary(f, l, sb, depth + 1, false);
    else
        text_of(f, l, sb, depth + 1);
    js_sb_puts(sb, " ");
    js_sb_puts(sb, lex_token_text(n->op));
    js_sb_puts(sb, " ");
    text_of(f, n->b, sb, depth + 1);
    if (open)
        js_sb_puts(sb, ")");
}

static void text_of_list(Frame *f, NodeList *l, JSStringBuilder *sb, int depth, const char *sep)
{
    for (uint32_t i = 0; i < l->len; i++) {
        if (i)
            js_sb_puts(sb, sep);
        Node *e = l->items[i];
        if (e->kind == AST_HOLE) {
            js_sb_puts(sb, "(intermediate value)");
        } else if (e->kind == AST_SPREAD) {
            js_sb_puts(sb, "(...");
            text_of(f, e->a, sb, depth + 1);
            js_sb_puts(sb, ")");
        } else {
            text_of(f, e, sb, depth + 1);
        }
    }
}

static void text_of(Frame *f, Node *n, JSStringBuilder *sb, int depth)
{
    if (depth > 8) {
        js_sb_puts(sb, "(intermediate value)");
        return;
    }
    bool opt = (n->flags & AST_F_OPTIONAL) != 0;
    switch (n->kind) {
    case AST_IDENT:
        js_sb_put_string(sb, n->val ? n->val : js_new_string16(f->ctx, n->str, n->str_len));
        break;
    case AST_THIS: js_sb_puts(sb, "this"); break;
    case AST_MEMBER:
        text_of(f, n->a, sb, depth + 1);
        js_sb_puts(sb, opt ? "?." : ".");
        js_sb_put_string(sb, n->val);
        break;
    case AST_PRIVATE_MEMBER:   /* V8 prints this.#m as this[#m] */
        text_of(f, n->a, sb, depth + 1);
        js_sb_puts(sb, opt ? "?.[" : "[");
        js_sb_put_string(sb, n->val);
        js_sb_puts(sb, "]");
        break;
    case AST_INDEX: {
        text_of(f, n->a, sb, depth + 1);
        Node *key = plain_template(n->b) ? plain_template(n->b) : n->b;
        if (key->kind == AST_STRING) {
            js_sb_puts(sb, opt ? "?." : ".");
            text_of_string(f, key, sb);
            break;
        }
        js_sb_puts(sb, opt ? "?.[" : "[");
        text_of(f, key, sb, depth + 1);
        js_sb_puts(sb, "]");
        break;
    }
    case AST_CALL:
        text_of(f, n->a, sb, depth + 1);
        js_sb_puts(sb, "(...)");
        break;
    case AST_NUMBER: {
        char buf[40];
        js_sb_puts(sb, js_number_to_cstr(n->num, buf));
        break;
    }
    case AST_TEMPLATE:
        if (!plain_template(n)) {
            js_sb_puts(sb, "(intermediate value)");
            break;
        }
        n = plain_template(n);
        /* fall through */
    case AST_STRING:
        js_sb_puts(sb, "\"");
        text_of_string(f, n, sb);
        js_sb_puts(sb, "\"");
        break;
    case AST_REGEX:
        js_sb_puts(sb, "/");
        js_sb_put_string(sb, js_new_string16(f->ctx, n->str, n->str_len));
        js_sb_puts(sb, "/");
        if (n->str2)
            js_sb_put_string(sb, js_new_string16(f->ctx, n->str2, n->str2_len));
        break;
    case AST_NULL: js_sb_puts(sb, "null"); break;
    case AST_TRUE: js_sb_puts(sb, "true"); break;
    case AST_FALSE: js_sb_puts(sb, "false"); break;
    case AST_OBJECT:
        js_sb_puts(sb, n->list.len ? "{(intermediate value)}" : "{}");
        break;
    case AST_ARRAY:
        js_sb_puts(sb, "[");
        text_of_list(f, &n->list, sb, depth, ",");
        js_sb_puts(sb, "]");
        break;
    case AST_SEQ:
        js_sb_puts(sb, "(");
        text_of_list(f, &n->list, sb, depth, " , ");
        js_sb_puts(sb, ")");
        break;
    case AST_BINARY:
    case AST_LOGICAL:
        text_of_binary(f, n, sb, depth, true);
        break;
    case AST_UNARY:
        if (n->a->kind == AST_NUMBER && (n->op == LEX_MINUS || n->op == LEX_PLUS)) {
            /* V8 folds -1 and +1 into literals */
            char buf[40];
            js_sb_puts(sb, js_number_to_cstr(n->op == LEX_MINUS ? -n->a->num : n->a->num, buf));
            break;
        }
        js_sb_puts(sb, "(");
        js_sb_puts(sb, lex_token_text(n->op));
        if (n->op == LEX_TYPEOF || n->op == LEX_VOID || n->op == LEX_DELETE)
            js_sb_puts(sb, " ");
        text_of(f, n->a, sb, depth + 1);
        js_sb_puts(sb, ")");
        break;
    case AST_UPDATE:
        js_sb_puts(sb, "(");
        if (n->flags & AST_F_PREFIX)
            js_sb_puts(sb, lex_token_text(n->op));
        text_of(f, n->a, sb, depth + 1);
        if (!(n->flags & AST_F_PREFIX))
            js_sb_puts(sb, lex_token_text(n->op));
        js_sb_puts(sb, ")");
        break;
    case AST_ASSIGN:
        text_of(f, n->a, sb, depth + 1);
        break;
    case AST_COND:
        js_sb_puts(sb, "(intermediate value)(intermediate value)(intermediate value)");
        break;
    case AST_OPT_CHAIN:
        if (n->flags & AST_F_PARENS)   /* V8 names (a?.b) no further */
            js_sb_puts(sb, "(intermediate value)");
        else
            text_of(f, n->a, sb, depth + 1);
        break;
    default:   /* super too: V8 shows super.m as (intermediate value).m */
        js_sb_puts(sb, "(intermediate value)");
        break;
    }
}

const char *eval_node_text(Frame *f, Node *n)
{
    JSStringBuilder sb;
    js_sb_init(&sb, f->ctx);
    text_of(f, n, &sb, 0);
    return js_to_utf8(f->ctx, js_sb_finish(&sb), NULL);
}

JSValue eval_callee_text(Frame *f, Node *n)
{
    return js_new_string(f->ctx, eval_node_text(f, n));
}
