/* Expressions, patterns and classes for lode's JavaScript parser.
 *
 * Cover grammars: a parenthesized expression, an `async(...)` call and an
 * array/object literal are parsed as expressions and converted in place
 * into arrow parameters or assignment patterns when `=>` or `=` follows
 * (jsp_to_pattern). What is valid only in a pattern ({a = 1}, a second
 * __proto__) is remembered in p->cover_pos and reported if the literal
 * ends up as an expression. yield/await expressions met before a `=>` are
 * found through p->last_yield/last_await. */
#include <string.h>

#include "js_parse_internal.h"

static uint32_t unary(js_parser *p);
static uint32_t template_literal(js_parser *p, int tagged);

/* ---- small nodes ---- */

uint32_t jsp_string_node(js_parser *p, lode_js_str *value) {
  if ((TOK.flags & TF_OCTAL) && p->strict) jsp_fail(p, TOK.start, "Octal escape sequences are not allowed in strict mode.");
  if (value != NULL) value->p = jsp_lex_string_value(&p->lx, &TOK, &value->len);
  uint32_t n = jsp_node(p, N_STRING, TOK.start);
  jsp_next(p);
  return jsp_finish(p, n);
}

uint32_t jsp_ident_name_node(js_parser *p) {
  uint32_t n = jsp_node(p, N_IDENT_NAME, TOK.start);
  jsp_next(p);
  return jsp_finish(p, n);
}

static uint32_t number_node(js_parser *p) {
  if ((TOK.flags & TF_OCTAL) && p->strict) jsp_fail(p, TOK.start, "Octal literals are not allowed in strict mode.");
  uint32_t n = jsp_node(p, TOK.type == T_NUMBER ? N_NUMBER : N_BIGINT, TOK.start);
  jsp_next(p);
  return jsp_finish(p, n);
}

/* The decoded name of an identifier node (re-lexed if it has escapes). */
static const char *ident_name(js_parser *p, uint32_t n, uint32_t *len, int *kw) {
  lode_js_node *x = &ND(n);
  const char *s = p->lx.src + x->start;
  if (memchr(s, '\\', x->end - x->start) == NULL) {
    *len = x->end - x->start;
    *kw = jsp_keyword(s, *len);
    return s;
  }
  js_lexer copy = p->lx;
  copy.pos = x->start;
  jsp_lex_next(&copy);
  *len = copy.tok.name_len;
  *kw = copy.tok.kw;
  return copy.tok.name;
}

/* An IdentifierReference at the current token. */
static void check_ident_ref(js_parser *p) {
  int kw = TOK.kw;
  if (kw == KW_NONE) return;
  if (kw <= KW_LAST_RESERVED) jsp_unexpected(p);
  if (kw <= KW_LAST_STRICT && p->strict) jsp_unexpected(p);
  if (kw == KW_YIELD && (p->fn->flags & FN_GENERATOR)) jsp_unexpected(p);
  if (kw == KW_AWAIT) {
    if (jsp_await_reserved(p)) jsp_fail(p, TOK.start, "Unexpected reserved word");
    p->last_await_ident = TOK.start + 1;
  }
  if (kw == KW_ARGUMENTS && (jsp_nonarrow(p)->flags & (FN_FIELD_INIT | FN_STATIC_BLOCK)))
    jsp_fail(p, TOK.start, "'arguments' is not allowed in class field initializer or static initialization block");
}

static uint32_t ident_ref(js_parser *p) {
  check_ident_ref(p);
  uint32_t n = jsp_node(p, N_IDENT_REF, TOK.start);
  jsp_next(p);
  return jsp_finish(p, n);
}

static int is_eval_or_arguments(js_parser *p, uint32_t n) {
  uint32_t len;
  int kw;
  ident_name(p, n, &len, &kw);
  return kw == KW_EVAL || kw == KW_ARGUMENTS;
}

/* ---- assignment targets and patterns ---- */

int jsp_simple_target(js_parser *p, uint32_t n, int allow_call) {
  while (ND(n).kind == N_PAREN) n = ND(n).first;
  switch (ND(n).kind) {
    case N_IDENT_REF:
      if (p->strict && is_eval_or_arguments(p, n)) jsp_fail(p, ND(n).start, "Unexpected eval or arguments in strict mode");
      return 1;
    case N_MEMBER:
      return 1;
    case N_CALL:
      /* web compatibility: f() = 1 is a runtime error in sloppy code */
      return allow_call && !p->strict && ND(n).op != OP_ASYNC_HEAD;
    default:
      return 0;
  }
}

static _Noreturn void bad_target(js_parser *p, uint32_t n) {
  jsp_fail(p, ND(n).start, "Invalid destructuring assignment target");
}

/* Converts an expression into a target: an assignment target (bkind
 * B_ASSIGN) or arrow parameters (B_PARAM, names declared). elem: an
 * element position, where `x = default` is allowed. */
static void to_target(js_parser *p, uint32_t n, int bkind, int elem) {
  lode_js_node *x = &ND(n);
  int parens = (x->flags & NF_PARENS) != 0;
  switch (x->kind) {
    case N_IDENT_REF:
      if (bkind == B_ASSIGN) {
        jsp_simple_target(p, n, 0);
      } else {
        if (parens) bad_target(p, n);
        uint32_t len;
        int kw;
        const char *name = ident_name(p, n, &len, &kw);
        jsp_check_binding_name(p, name, len, kw, x->start, bkind);
        jsp_declare(p, name, len, bkind, x->start, 0);
        ND(n).kind = N_IDENT_BIND;
        ND(n).op = (uint16_t)bkind;
      }
      return;
    case N_MEMBER:
    case N_PAREN:
      if (bkind != B_ASSIGN || !jsp_simple_target(p, n, 0)) bad_target(p, n);
      return;
    case N_ARRAY:
    case N_ARRAY_PATTERN: /* already converted by an inner `=`: ({a} = b) => 1 */
      if (parens) bad_target(p, n);
      x->kind = N_ARRAY_PATTERN;
      for (uint32_t c = x->first; c; c = ND(c).next) {
        lode_js_node *cn = &ND(c);
        if (cn->kind == N_ELISION) continue;
        if (cn->kind == N_SPREAD || cn->kind == N_REST) {
          if (cn->next != 0 || (cn->flags & NF_COMMA_AFTER)) jsp_fail(p, cn->start, "Rest element must be last element");
          cn->kind = N_REST;
          if (ND(cn->first).kind == N_ASSIGN && !(ND(cn->first).flags & NF_PARENS)) bad_target(p, cn->first);
          to_target(p, cn->first, bkind, 0);
          continue;
        }
        to_target(p, c, bkind, 1);
      }
      return;
    case N_OBJECT:
    case N_OBJECT_PATTERN:
      if (parens) bad_target(p, n);
      x->kind = N_OBJECT_PATTERN;
      for (uint32_t c = x->first; c; c = ND(c).next) {
        lode_js_node *cn = &ND(c);
        if (cn->kind == N_SPREAD || cn->kind == N_REST) {
          if (cn->next != 0 || (cn->flags & NF_COMMA_AFTER)) jsp_fail(p, cn->start, "Rest element must be last element");
          cn->kind = N_REST;
          uint32_t t = cn->first;
          if (bkind == B_ASSIGN ? !jsp_simple_target(p, t, 0) : ND(t).kind != N_IDENT_REF) bad_target(p, t);
          to_target(p, t, bkind, 0);
          continue;
        }
        if (cn->op != 0 || (cn->flags & NF_METHOD)) bad_target(p, c);
        if (cn->flags & NF_SHORTHAND) {
          uint32_t t = cn->first;
          if (ND(t).kind == N_COVER_INIT || ND(t).kind == N_ASSIGN_PATTERN) {
            ND(t).kind = N_ASSIGN_PATTERN;
            to_target(p, ND(t).first, bkind, 0);
          } else {
            to_target(p, t, bkind, 0);
          }
        } else {
          to_target(p, ND(cn->first).next, bkind, 1);
        }
      }
      return;
    case N_ASSIGN:
    case N_ASSIGN_PATTERN:
      if (!elem || parens || (x->kind == N_ASSIGN && x->op != T_ASSIGN)) bad_target(p, n);
      x->kind = N_ASSIGN_PATTERN;
      x->op = 0;
      to_target(p, x->first, bkind, 0);
      return;
    default:
      bad_target(p, n);
  }
}

void jsp_to_pattern(js_parser *p, uint32_t n, int bkind) { to_target(p, n, bkind, 0); }

/* ---- arrow functions ---- */

/* head: the identifier, the parenthesized cover or the async(...) call
 * parsed before the `=>` (the current token). */
static uint32_t arrow_function(js_parser *p, uint32_t head, uint32_t start, int is_async, int flags) {
  js_fn fn;
  js_scope sc;
  uint32_t ps = ND(head).start;
  if (p->last_yield > ps) jsp_fail(p, p->last_yield - 1, "Yield expression not allowed in formal parameter");
  if (p->last_await > ps) jsp_fail(p, p->last_await - 1, "Illegal await-expression in formal parameters of async function");
  if (is_async && p->last_await_ident > ps)
    jsp_fail(p, p->last_await_ident - 1, "'await' is not a valid identifier name in an async function");
  jsp_enter(p);
  jsp_fn_push(p, &fn, FN_ARROW | (is_async ? FN_ASYNC : 0) | FN_IN_PARAMS);
  jsp_scope_push(p, &sc, SC_FUNCTION);
  uint32_t params = jsp_node(p, N_PARAMS, ps), list;
  ND(params).flags = NF_ARROW;
  switch (ND(head).kind) {
    case N_IDENT_REF:
      list = head;
      break;
    case N_PAREN:
      /* the parentheses are the parameter list's own */
      list = ND(head).first;
      if (list && ND(list).kind != N_FUNCTION && ND(list).kind != N_CLASS) ND(list).flags &= ~NF_PARENS;
      if (list && ND(list).kind == N_SEQUENCE) list = ND(list).first;
      break;
    default: /* async(...) */
      list = ND(ND(head).first).next;
      break;
  }
  int simple = 1;
  for (uint32_t c = list; c; c = ND(c).next) {
    lode_js_node *cn = &ND(c);
    if (cn->kind == N_SPREAD) {
      if (cn->next != 0 || (cn->flags & NF_COMMA_AFTER)) jsp_fail(p, cn->start, "Rest parameter must be last formal parameter");
      cn->kind = N_REST;
      if (ND(cn->first).kind == N_ASSIGN) bad_target(p, cn->first);
      to_target(p, cn->first, B_PARAM, 0);
      simple = 0;
      continue;
    }
    if (cn->kind != N_IDENT_REF) simple = 0;
    to_target(p, c, B_PARAM, 1);
  }
  ND(params).first = list;
  ND(params).end = ND(head).end;
  if (simple) fn.flags |= FN_SIMPLE_PARAMS;
  fn.flags &= ~(unsigned)FN_IN_PARAMS;
  if (fn.dup_param_pos) jsp_fail(p, fn.dup_param_pos - 1, "Duplicate parameter name not allowed in this context");
  jsp_next(p); /* => */
  uint32_t body, n = jsp_node(p, N_ARROW, start);
  if (is_async) ND(n).flags |= NF_ASYNC;
  if (TOK.type == T_LBRACE) {
    body = jsp_function_body(p, &fn, params);
  } else {
    if (p->strict && fn.strict_param_pos) jsp_fail(p, fn.strict_param_pos - 1, "Unexpected eval or arguments in strict mode");
    body = jsp_assign(p, flags & E_NO_IN);
    ND(n).flags |= NF_EXPR_BODY;
  }
  if (p->strict && fn.strict_param_pos) jsp_fail(p, fn.strict_param_pos - 1, "Unexpected eval or arguments in strict mode");
  jsp_scope_pop(p, &sc);
  jsp_fn_pop(p, &fn);
  p->depth--;
  ND(n).first = params;
  ND(params).next = body;
  return jsp_finish(p, n);
}

/* ---- primary expressions ---- */

static uint32_t paren_expr(js_parser *p) {
  uint32_t start = TOK.start, first = 0, last = 0, count = 0;
  int arrow_only = 0;
  jsp_next(p);
  if (TOK.type == T_RPAREN) {
    arrow_only = 1;
  } else {
    for (;;) {
      uint32_t e;
      if (TOK.type == T_ELLIPSIS) {
        uint32_t s = TOK.start;
        jsp_next(p);
        uint32_t t = jsp_assign(p, E_COVER);
        e = jsp_finish(p, jsp_node1(p, N_SPREAD, s, t));
        arrow_only = 1;
        if (TOK.type != T_RPAREN) jsp_fail(p, TOK.start, "Rest parameter must be last formal parameter");
      } else {
        e = jsp_assign(p, E_COVER);
      }
      if (last) ND(last).next = e;
      else first = e;
      last = e;
      count++;
      if (TOK.type != T_COMMA) break;
      jsp_next(p);
      if (TOK.type == T_RPAREN) {
        arrow_only = 1;
        break;
      }
    }
  }
  jsp_expect(p, T_RPAREN);
  uint32_t inner = first;
  if (count > 1) {
    inner = jsp_node1(p, N_SEQUENCE, ND(first).start, first);
    ND(inner).end = ND(last).end;
  }
  if (inner && ND(inner).kind != N_FUNCTION && ND(inner).kind != N_CLASS) ND(inner).flags |= NF_PARENS;
  uint32_t n = jsp_finish(p, jsp_node1(p, N_PAREN, start, inner));
  if (arrow_only) {
    ND(n).op = OP_ARROW_ONLY;
    if (TOK.type != T_ARROW) jsp_unexpected(p);
  }
  return n;
}

static uint32_t array_literal(js_parser *p) {
  uint32_t n = jsp_node(p, N_ARRAY, TOK.start), last = 0;
  jsp_next(p);
  while (TOK.type != T_RBRACK) {
    if (TOK.type == T_COMMA) {
      jsp_add(p, n, &last, jsp_empty(p, N_ELISION, TOK.start));
      jsp_next(p);
      continue;
    }
    uint32_t e;
    if (TOK.type == T_ELLIPSIS) {
      uint32_t s = TOK.start;
      jsp_next(p);
      e = jsp_finish(p, jsp_node1(p, N_SPREAD, s, jsp_assign(p, E_COVER)));
    } else {
      e = jsp_assign(p, E_COVER);
    }
    jsp_add(p, n, &last, e);
    if (TOK.type != T_RBRACK) {
      jsp_expect(p, T_COMMA);
      if (ND(e).kind == N_SPREAD) ND(e).flags |= NF_COMMA_AFTER;
    }
  }
  jsp_next(p);
  return jsp_finish(p, n);
}

/* A property name: identifier name, string, number, [computed], #private. */
static uint32_t property_key(js_parser *p, uint32_t prop, int allow_private) {
  switch (TOK.type) {
    case T_NAME:
      return jsp_ident_name_node(p);
    case T_STRING:
      return jsp_string_node(p, NULL);
    case T_NUMBER:
    case T_BIGINT:
      return number_node(p);
    case T_LBRACK: {
      jsp_next(p);
      uint32_t k = jsp_assign(p, 0);
      jsp_expect(p, T_RBRACK);
      ND(prop).flags |= NF_COMPUTED;
      return k;
    }
    case T_PRIVATE:
      if (allow_private) {
        uint32_t n = jsp_node(p, N_PRIVATE_NAME, TOK.start);
        jsp_next(p);
        return jsp_finish(p, n);
      }
      /* fallthrough */
    default:
      jsp_unexpected(p);
  }
}

/* The name a non-computed key spells ("constructor", "__proto__"). */
static int key_is(js_parser *p, uint32_t key, const char *name) {
  lode_js_node *k = &ND(key);
  size_t n = strlen(name);
  if (k->kind == N_IDENT_NAME) {
    uint32_t len;
    int kw;
    const char *s = ident_name(p, key, &len, &kw);
    return len == n && memcmp(s, name, n) == 0;
  }
  if (k->kind == N_STRING) {
    js_token t;
    t.start = k->start;
    t.end = k->end;
    uint32_t len;
    const char *s = jsp_lex_string_value(&p->lx, &t, &len);
    return len == n && memcmp(s, name, n) == 0;
  }
  return 0;
}

/* Peeked token after get/set/async/static: is the word itself the name? */
static int word_is_name(const js_token *t) {
  return t->type == T_COMMA || t->type == T_COLON || t->type == T_LPAREN || t->type == T_RBRACE ||
         t->type == T_ASSIGN || t->type == T_SEMI || t->type == T_EOF;
}

static uint32_t object_literal(js_parser *p) {
  uint32_t n = jsp_node(p, N_OBJECT, TOK.start), last = 0;
  int has_proto = 0;
  jsp_next(p);
  while (TOK.type != T_RBRACE) {
    uint32_t ps = TOK.start, e;
    if (TOK.type == T_ELLIPSIS) {
      jsp_next(p);
      e = jsp_finish(p, jsp_node1(p, N_SPREAD, ps, jsp_assign(p, E_COVER)));
    } else {
      uint32_t prop = jsp_node(p, N_PROPERTY, ps);
      unsigned fnflags = FN_METHOD;
      int op = 0;
      js_token t;
      if (TOK.type == T_NAME && !(TOK.flags & TF_ESCAPED) &&
          (TOK.kw == KW_ASYNC || TOK.kw == KW_GET || TOK.kw == KW_SET)) {
        jsp_peek(p, &t);
        if (!word_is_name(&t) && !(TOK.kw == KW_ASYNC && (t.flags & TF_NL_BEFORE))) {
          if (TOK.kw == KW_ASYNC) fnflags |= FN_ASYNC;
          else op = TOK.kw;
          jsp_next(p);
        }
      }
      if (TOK.type == T_STAR) {
        if (op) jsp_unexpected(p);
        fnflags |= FN_GENERATOR;
        jsp_next(p);
      }
      js_token key_tok = TOK;
      uint32_t key = property_key(p, prop, 0);
      ND(prop).first = key;
      if ((fnflags & (FN_ASYNC | FN_GENERATOR)) || op || TOK.type == T_LPAREN) {
        { uint32_t v_ = jsp_function_rest(p, TOK.start, fnflags, op, 0); ND(key).next = v_; }
        ND(prop).flags |= NF_METHOD;
        ND(prop).op = (uint16_t)op;
      } else if (TOK.type == T_COLON) {
        jsp_next(p);
        { uint32_t v_ = jsp_assign(p, E_COVER); ND(key).next = v_; }
        if (!(ND(prop).flags & NF_COMPUTED) && key_is(p, key, "__proto__")) {
          if (has_proto && p->cover_pos == 0) {
            p->cover_pos = ps + 1;
            p->cover_msg = "Duplicate __proto__ fields are not allowed in object literals";
          }
          has_proto = 1;
        }
      } else {
        /* shorthand: an identifier reference */
        if (key_tok.type != T_NAME || (ND(prop).flags & NF_COMPUTED)) jsp_unexpected(p);
        js_token save = TOK;
        TOK = key_tok;
        check_ident_ref(p);
        TOK = save;
        ND(key).kind = N_IDENT_REF;
        ND(prop).flags |= NF_SHORTHAND;
        if (TOK.type == T_ASSIGN) {
          jsp_next(p);
          uint32_t def = jsp_assign(p, 0);
          { uint32_t v_ = jsp_finish(p, jsp_node2(p, N_COVER_INIT, ps, key, def)); ND(prop).first = v_; }
          if (p->cover_pos == 0) {
            p->cover_pos = ps + 1;
            p->cover_msg = "Invalid shorthand property initializer";
          }
        }
      }
      e = jsp_finish(p, prop);
    }
    jsp_add(p, n, &last, e);
    if (TOK.type != T_RBRACE) {
      jsp_expect(p, T_COMMA);
      if (ND(e).kind == N_SPREAD) ND(e).flags |= NF_COMMA_AFTER;
    }
  }
  jsp_next(p);
  return jsp_finish(p, n);
}

static uint32_t template_literal(js_parser *p, int tagged) {
  uint32_t n = jsp_node(p, N_TEMPLATE, TOK.start), last = 0;
  for (;;) {
    if ((TOK.flags & TF_BAD_ESCAPE) && !tagged) jsp_fail(p, TOK.start, "Invalid escape sequence in template");
    uint32_t piece = jsp_node(p, N_TEMPLATE_PIECE, TOK.start);
    ND(piece).end = TOK.end;
    jsp_add(p, n, &last, piece);
    if (TOK.flags & TF_TAIL) {
      jsp_next(p);
      break;
    }
    jsp_next(p);
    jsp_add(p, n, &last, jsp_expression(p, 0));
    if (TOK.type != T_RBRACE) jsp_unexpected(p);
    jsp_lex_template_continue(&p->lx);
  }
  return jsp_finish(p, n);
}

static uint32_t primary(js_parser *p) {
  uint32_t start = TOK.start, n;
  js_token t;
  switch (TOK.type) {
    case T_NAME:
      if (!(TOK.flags & TF_ESCAPED)) {
        switch (TOK.kw) {
          case KW_THIS: n = N_THIS; goto simple;
          case KW_NULL: n = N_NULL; goto simple;
          case KW_TRUE: n = N_TRUE; goto simple;
          case KW_FALSE: n = N_FALSE; goto simple;
          case KW_FUNCTION:
            return jsp_parse_function(p, start, 0, 0, 1);
          case KW_CLASS:
            return jsp_parse_class(p, start, 0, 1);
          case KW_ASYNC:
            jsp_peek(p, &t);
            if (t.flags & TF_NL_BEFORE) break;
            if (t.type == T_NAME && t.kw == KW_FUNCTION && !(t.flags & TF_ESCAPED)) {
              jsp_next(p);
              return jsp_parse_function(p, start, FN_ASYNC, 0, 1);
            }
            if (t.type == T_NAME && (t.kw == KW_NONE || t.kw > KW_LAST_RESERVED)) {
              /* async x => ... */
              jsp_next(p);
              uint32_t param = ident_ref(p);
              if (TOK.type != T_ARROW || (TOK.flags & TF_NL_BEFORE)) jsp_unexpected(p);
              return arrow_function(p, param, start, 1, 0);
            }
            break;
          default:
            break;
        }
      }
      return ident_ref(p);
    simple:
      n = jsp_node(p, (int)n, start);
      jsp_next(p);
      return jsp_finish(p, n);
    case T_NUMBER:
    case T_BIGINT:
      return number_node(p);
    case T_STRING:
      return jsp_string_node(p, NULL);
    case T_TEMPLATE:
      return template_literal(p, 0);
    case T_SLASH:
    case T_DIV_ASSIGN:
      jsp_lex_regexp(&p->lx);
      n = jsp_node(p, N_REGEXP, start);
      jsp_next(p);
      return jsp_finish(p, n);
    case T_LBRACK:
      return array_literal(p);
    case T_LBRACE:
      return object_literal(p);
    case T_LPAREN:
      return paren_expr(p);
    default:
      jsp_unexpected(p);
  }
}

/* ---- calls and members ---- */

/* ( args ) appended to a call node; cover: may become async arrow params */
static void arguments(js_parser *p, uint32_t call, uint32_t last, int cover) {
  jsp_expect(p, T_LPAREN);
  while (TOK.type != T_RPAREN) {
    uint32_t e;
    if (TOK.type == T_ELLIPSIS) {
      uint32_t s = TOK.start;
      jsp_next(p);
      e = jsp_finish(p, jsp_node1(p, N_SPREAD, s, jsp_assign(p, cover ? E_COVER : 0)));
    } else {
      e = jsp_assign(p, cover ? E_COVER : 0);
    }
    jsp_add(p, call, &last, e);
    if (TOK.type != T_RPAREN) {
      jsp_expect(p, T_COMMA);
      if (ND(e).kind == N_SPREAD) ND(e).flags |= NF_COMMA_AFTER;
    }
  }
  jsp_next(p);
}

static uint32_t member_name(js_parser *p) {
  if (TOK.type == T_PRIVATE) {
    jsp_private_ref(p, TOK.name, TOK.name_len, TOK.start);
    uint32_t n = jsp_node(p, N_PRIVATE_NAME, TOK.start);
    jsp_next(p);
    return jsp_finish(p, n);
  }
  if (TOK.type != T_NAME) jsp_unexpected(p);
  return jsp_ident_name_node(p);
}

static uint32_t call_tail(js_parser *p, uint32_t e, uint32_t start, int allow_call) {
  int chain = 0;
  lode_js_node *x = &ND(e);
  int async_head = allow_call && x->kind == N_IDENT_REF && x->end - x->start == 5 &&
                   memcmp(p->lx.src + x->start, "async", 5) == 0;
  for (;;) {
    uint32_t n, prop;
    switch (TOK.type) {
      case T_DOT:
        jsp_next(p);
        prop = member_name(p);
        n = jsp_node2(p, N_MEMBER, start, e, prop);
        break;
      case T_OPTCHAIN:
        if (!allow_call) jsp_fail(p, TOK.start, "Invalid optional chain from new expression");
        jsp_next(p);
        chain = 1;
        if (TOK.type == T_LPAREN) {
          n = jsp_node1(p, N_CALL, start, e);
          arguments(p, n, e, 0);
        } else if (TOK.type == T_LBRACK) {
          jsp_next(p);
          prop = jsp_expression(p, 0);
          jsp_expect(p, T_RBRACK);
          n = jsp_node2(p, N_MEMBER, start, e, prop);
          ND(n).flags |= NF_COMPUTED;
        } else if (TOK.type == T_TEMPLATE) {
          jsp_fail(p, TOK.start, "Invalid tagged template on optional chain");
        } else {
          prop = member_name(p);
          n = jsp_node2(p, N_MEMBER, start, e, prop);
        }
        ND(n).flags |= NF_OPTIONAL;
        break;
      case T_LBRACK:
        jsp_next(p);
        prop = jsp_expression(p, 0);
        jsp_expect(p, T_RBRACK);
        n = jsp_node2(p, N_MEMBER, start, e, prop);
        ND(n).flags |= NF_COMPUTED;
        break;
      case T_TEMPLATE:
        if (chain) jsp_fail(p, TOK.start, "Invalid tagged template on optional chain");
        prop = template_literal(p, 1);
        n = jsp_node2(p, N_TAGGED_TEMPLATE, start, e, prop);
        break;
      case T_LPAREN:
        if (!allow_call) goto done;
        n = jsp_node1(p, N_CALL, start, e);
        if (async_head && !(TOK.flags & TF_NL_BEFORE)) {
          ND(n).op = OP_ASYNC_HEAD;
          arguments(p, n, e, 1);
        } else {
          arguments(p, n, e, 0);
        }
        break;
      default:
        goto done;
    }
    async_head = 0;
    e = jsp_finish(p, n);
  }
done:
  if (chain) e = jsp_finish(p, jsp_node1(p, N_CHAIN, start, e));
  return e;
}

static uint32_t super_expr(js_parser *p, int allow_call) {
  uint32_t start = TOK.start;
  uint32_t s = jsp_node(p, N_SUPER, start);
  jsp_next(p);
  jsp_finish(p, s);
  js_fn *f = jsp_nonarrow(p);
  if (TOK.type == T_LPAREN && allow_call) {
    if (!(f->flags & FN_DERIVED_CTOR)) jsp_fail(p, start, "'super' keyword unexpected here");
    uint32_t n = jsp_node1(p, N_CALL, start, s);
    arguments(p, n, s, 0);
    return jsp_finish(p, n);
  }
  if ((TOK.type == T_DOT || TOK.type == T_LBRACK) && (f->flags & FN_METHOD)) {
    uint32_t prop;
    int computed = TOK.type == T_LBRACK;
    jsp_next(p);
    if (computed) {
      prop = jsp_expression(p, 0);
      jsp_expect(p, T_RBRACK);
    } else {
      if (TOK.type != T_NAME) jsp_unexpected(p);
      prop = jsp_ident_name_node(p);
    }
    uint32_t n = jsp_node2(p, N_MEMBER, start, s, prop);
    if (computed) ND(n).flags |= NF_COMPUTED;
    return jsp_finish(p, n);
  }
  jsp_fail(p, start, "'super' keyword unexpected here");
}

static uint32_t import_expr(js_parser *p) {
  uint32_t start = TOK.start, n;
  jsp_next(p);
  if (TOK.type == T_DOT) {
    jsp_next(p);
    if (!jsp_is_kw(p, KW_META)) jsp_unexpected(p);
    if (!p->is_module) jsp_fail(p, start, "Cannot use 'import.meta' outside a module");
    jsp_next(p);
    n = jsp_finish(p, jsp_node(p, N_META, start));
    ND(n).op = KW_META;
    jsp_add_item(p, LODE_JS_IMPORT_META, start, ND(n).end, n);
    return n;
  }
  if (TOK.type != T_LPAREN) jsp_unexpected(p);
  n = jsp_node(p, N_IMPORT_CALL, start);
  jsp_add_item(p, LODE_JS_IMPORT_CALL, start, start, n);
  uint32_t item = p->nitems - 1;
  jsp_next(p);
  int plain_string = TOK.type == T_STRING;
  js_token spec = TOK;
  uint32_t arg = jsp_assign(p, 0), last = arg;
  ND(n).first = arg;
  plain_string = plain_string && ND(arg).kind == N_STRING && ND(arg).end == spec.end;
  if (TOK.type == T_COMMA) {
    jsp_next(p);
    if (TOK.type != T_RPAREN) {
      jsp_add(p, n, &last, jsp_assign(p, 0));
      if (TOK.type == T_COMMA) jsp_next(p);
    }
  }
  jsp_expect(p, T_RPAREN);
  jsp_finish(p, n);
  lode_js_module_item *it = &p->items[item];
  it->end = ND(n).end;
  if (plain_string) {
    it->has_specifier = 1;
    it->spec_start = spec.start;
    it->spec_end = spec.end;
    it->specifier.p = jsp_lex_string_value(&p->lx, &spec, &it->specifier.len);
  }
  return n;
}

static uint32_t new_expr(js_parser *p) {
  uint32_t start = TOK.start, callee;
  jsp_next(p);
  if (TOK.type == T_DOT) {
    jsp_next(p);
    if (!jsp_is_kw(p, KW_TARGET)) jsp_unexpected(p);
    if (jsp_nonarrow(p)->flags & FN_TOP) jsp_fail(p, start, "new.target expression is not allowed here");
    jsp_next(p);
    uint32_t n = jsp_finish(p, jsp_node(p, N_META, start));
    ND(n).op = KW_TARGET;
    return n;
  }
  jsp_enter(p);
  uint32_t cs = TOK.start;
  if (jsp_is_kw(p, KW_NEW)) callee = new_expr(p);
  else if (jsp_is_kw(p, KW_SUPER)) callee = super_expr(p, 0);
  else if (jsp_is_kw(p, KW_IMPORT)) jsp_fail(p, cs, "Cannot use new with import");
  else callee = primary(p);
  callee = call_tail(p, callee, cs, 0);
  uint32_t n = jsp_node1(p, N_NEW, start, callee);
  if (TOK.type == T_LPAREN) arguments(p, n, callee, 0);
  p->depth--;
  return jsp_finish(p, n);
}

uint32_t jsp_lhs_expression(js_parser *p) {
  uint32_t start = TOK.start, e;
  if (jsp_is_kw(p, KW_NEW)) e = new_expr(p);
  else if (jsp_is_kw(p, KW_SUPER)) e = super_expr(p, 1);
  else if (jsp_is_kw(p, KW_IMPORT)) e = import_expr(p);
  else e = primary(p);
  return call_tail(p, e, start, 1);
}

/* ---- operators ---- */

static uint32_t unary(js_parser *p) {
  uint32_t start = TOK.start, n, arg;
  int op = 0;
  jsp_enter(p);
  switch (TOK.type) {
    case T_PLUS: case T_MINUS: case T_BANG: case T_TILDE:
      op = TOK.type;
      break;
    case T_INC:
    case T_DEC:
      op = TOK.type;
      jsp_next(p);
      arg = unary(p);
      if (!jsp_simple_target(p, arg, 1)) jsp_fail(p, ND(arg).start, "Invalid left-hand side expression in prefix operation");
      n = jsp_node1(p, N_UPDATE, start, arg);
      ND(n).op = (uint16_t)op;
      ND(n).flags |= NF_PREFIX;
      goto out;
    case T_NAME:
      if (TOK.flags & TF_ESCAPED) break;
      if (TOK.kw == KW_TYPEOF || TOK.kw == KW_VOID || TOK.kw == KW_DELETE) {
        op = LODE_JS_OP_KW(TOK.kw);
      } else if (TOK.kw == KW_AWAIT && (p->fn->flags & FN_ASYNC)) {
        if (p->fn->flags & FN_IN_PARAMS) jsp_fail(p, start, "Illegal await-expression in formal parameters of async function");
        jsp_next(p);
        arg = unary(p);
        n = jsp_node1(p, N_AWAIT, start, arg);
        p->last_await = start + 1;
        if (p->fn->flags & FN_TOP) p->has_tla = 1;
        goto out;
      }
      break;
    default:
      break;
  }
  if (op) {
    jsp_next(p);
    arg = unary(p);
    if (op == LODE_JS_OP_KW(KW_DELETE)) {
      uint32_t a = arg;
      while (ND(a).kind == N_PAREN) a = ND(a).first;
      if (ND(a).kind == N_CHAIN) a = ND(a).first;
      if (p->strict && ND(a).kind == N_IDENT_REF) jsp_fail(p, start, "Delete of an unqualified identifier in strict mode.");
      if (ND(a).kind == N_MEMBER && ND(ND(ND(a).first).next).kind == N_PRIVATE_NAME)
        jsp_fail(p, start, "Private fields can not be deleted");
    }
    n = jsp_node1(p, N_UNARY, start, arg);
    ND(n).op = (uint16_t)op;
    goto out;
  }
  n = jsp_lhs_expression(p);
  if ((TOK.type == T_INC || TOK.type == T_DEC) && !(TOK.flags & TF_NL_BEFORE)) {
    if (!jsp_simple_target(p, n, 1)) jsp_fail(p, ND(n).start, "Invalid left-hand side expression in postfix operation");
    op = TOK.type;
    jsp_next(p);
    n = jsp_node1(p, N_UPDATE, start, n);
    ND(n).op = (uint16_t)op;
  } else {
    p->depth--;
    return n;
  }
out:
  p->depth--;
  return jsp_finish(p, n);
}

static int binary_prec(js_parser *p, int flags, int *op) {
  *op = TOK.type;
  switch (TOK.type) {
    case T_NULLISH: return 1;
    case T_OR: return 2;
    case T_AND: return 3;
    case T_BAR: return 4;
    case T_CARET: return 5;
    case T_AMP: return 6;
    case T_EQ: case T_NE: case T_SEQ: case T_SNE: return 7;
    case T_LT: case T_GT: case T_LE: case T_GE: return 8;
    case T_SHL: case T_SAR: case T_SHR: return 9;
    case T_PLUS: case T_MINUS: return 10;
    case T_STAR: case T_SLASH: case T_PERCENT: return 11;
    case T_STARSTAR: return 12;
    case T_NAME:
      if (TOK.flags & TF_ESCAPED) return 0;
      if (TOK.kw == KW_INSTANCEOF || (TOK.kw == KW_IN && !(flags & E_NO_IN))) {
        *op = LODE_JS_OP_KW(TOK.kw);
        return 8;
      }
      return 0;
    default:
      return 0;
  }
}

static int is_logical(js_parser *p, uint32_t n, int a, int b) {
  lode_js_node *x = &ND(n);
  return x->kind == N_LOGICAL && !(x->flags & NF_PARENS) && (x->op == a || x->op == b);
}

static uint32_t make_binary(js_parser *p, uint32_t left, int op, uint32_t right) {
  int kind = N_BINARY;
  if (op == T_AND || op == T_OR || op == T_NULLISH) {
    kind = N_LOGICAL;
    if (op == T_NULLISH ? (is_logical(p, left, T_AND, T_OR) || is_logical(p, right, T_AND, T_OR))
                        : (is_logical(p, left, T_NULLISH, T_NULLISH) || is_logical(p, right, T_NULLISH, T_NULLISH)))
      jsp_fail(p, ND(right).start, "Unexpected token: ?? cannot be mixed with && or || without parentheses");
  } else if (ND(left).kind == N_PRIVATE_NAME) {
    kind = N_PRIVATE_IN;
  }
  uint32_t n = jsp_node2(p, kind, ND(left).start, left, right);
  ND(n).op = (uint16_t)op;
  ND(n).end = ND(right).end;
  return n;
}

/* The operator stack only grows when precedence rises: 11 levels. */
#define BIN_STACK 16

/* After `left` with ** as the current token: the right operand. */
static uint32_t exponent_rhs(js_parser *p, uint32_t left) {
  lode_js_node *l = &ND(left);
  if ((l->kind == N_UNARY || l->kind == N_AWAIT) && !(l->flags & NF_PARENS))
    jsp_fail(p, TOK.start, "Unary operator used immediately before exponentiation expression.");
  jsp_next(p);
  jsp_enter(p);
  uint32_t right = unary(p);
  if (TOK.type == T_STARSTAR) right = make_binary(p, right, T_STARSTAR, exponent_rhs(p, right));
  p->depth--;
  return right;
}

static uint32_t binary(js_parser *p, int flags) {
  struct {
    uint32_t left;
    int op, prec;
  } st[BIN_STACK];
  int sp = 0;
  uint32_t left;
  for (;;) {
    /* operand: #x only as the left side of `in` */
    if (TOK.type == T_PRIVATE) {
      int op;
      jsp_private_ref(p, TOK.name, TOK.name_len, TOK.start);
      left = jsp_node(p, N_PRIVATE_NAME, TOK.start);
      jsp_next(p);
      jsp_finish(p, left);
      if (binary_prec(p, flags, &op) != 8 || op != LODE_JS_OP_KW(KW_IN) || (sp > 0 && st[sp - 1].prec >= 8))
        jsp_unexpected(p);
    } else {
      left = unary(p);
    }
    int op, prec;
  next_operator:
    prec = binary_prec(p, flags, &op);
    while (sp > 0 && prec <= st[sp - 1].prec) {
      sp--;
      left = make_binary(p, st[sp].left, st[sp].op, left);
    }
    if (prec == 0) return left;
    if (prec == 12) {
      /* the highest precedence, right-associative: a ** b ** c */
      left = make_binary(p, left, T_STARSTAR, exponent_rhs(p, left));
      goto next_operator;
    }
    if (sp == BIN_STACK) jsp_fail(p, TOK.start, "too deeply nested");
    st[sp].left = left;
    st[sp].op = op;
    st[sp].prec = prec;
    sp++;
    jsp_next(p);
  }
}

static uint32_t conditional(js_parser *p, int flags) {
  uint32_t start = TOK.start, test = binary(p, flags);
  if (TOK.type != T_QUESTION) return test;
  jsp_next(p);
  uint32_t cons = jsp_assign(p, 0);
  jsp_expect(p, T_COLON);
  uint32_t alt = jsp_assign(p, flags & E_NO_IN);
  uint32_t n = jsp_node2(p, N_CONDITIONAL, start, test, cons);
  ND(cons).next = alt;
  return jsp_finish(p, n);
}

static int starts_expression(const js_token *t) {
  switch (t->type) {
    case T_NAME:
      return !(t->kw == KW_IN || t->kw == KW_INSTANCEOF) || (t->flags & TF_ESCAPED);
    case T_PRIVATE: case T_NUMBER: case T_BIGINT: case T_STRING: case T_TEMPLATE: case T_SLASH:
    case T_DIV_ASSIGN: case T_LBRACK: case T_LBRACE: case T_LPAREN: case T_PLUS: case T_MINUS:
    case T_BANG: case T_TILDE: case T_INC: case T_DEC:
      return 1;
    default:
      return 0;
  }
}

static uint32_t yield_expr(js_parser *p, int flags) {
  uint32_t start = TOK.start;
  if (p->fn->flags & FN_IN_PARAMS) jsp_fail(p, start, "Yield expression not allowed in formal parameter");
  jsp_next(p);
  uint32_t n = jsp_node(p, N_YIELD, start);
  if (!(TOK.flags & TF_NL_BEFORE)) {
    if (TOK.type == T_STAR) {
      jsp_next(p);
      ND(n).flags |= NF_DELEGATE;
      { uint32_t v_ = jsp_assign(p, flags & E_NO_IN); ND(n).first = v_; }
    } else if (starts_expression(&TOK)) {
      { uint32_t v_ = jsp_assign(p, flags & E_NO_IN); ND(n).first = v_; }
    }
  }
  p->last_yield = start + 1;
  return jsp_finish(p, n);
}

uint32_t jsp_assign(js_parser *p, int flags) {
  uint32_t start = TOK.start, n;
  jsp_enter(p);
  if (TOK.type == T_NAME && TOK.kw == KW_YIELD && !(TOK.flags & TF_ESCAPED) && (p->fn->flags & FN_GENERATOR)) {
    n = yield_expr(p, flags);
    p->depth--;
    return n;
  }
  uint32_t saved_cover = p->cover_pos;
  const char *saved_msg = p->cover_msg;
  p->cover_pos = 0;
  uint32_t lhs = conditional(p, flags);
  lode_js_node *l = &ND(lhs);
  if (TOK.type == T_ARROW) {
    int is_async = l->kind == N_CALL && l->op == OP_ASYNC_HEAD;
    if (!((l->kind == N_IDENT_REF && !(l->flags & NF_PARENS)) || l->kind == N_PAREN || is_async) ||
        (TOK.flags & TF_NL_BEFORE))
      jsp_unexpected(p);
    n = arrow_function(p, lhs, start, is_async, flags);
  } else if (TOK.type >= T_ASSIGN && TOK.type <= T_NULLISH_ASSIGN) {
    int op = TOK.type;
    if (op == T_ASSIGN && (l->kind == N_ARRAY || l->kind == N_OBJECT) && !(l->flags & NF_PARENS)) {
      jsp_to_pattern(p, lhs, B_ASSIGN);
    } else {
      int logical = op == T_LAND_ASSIGN || op == T_LOR_ASSIGN || op == T_NULLISH_ASSIGN;
      if (!jsp_simple_target(p, lhs, !logical)) jsp_fail(p, start, "Invalid left-hand side in assignment");
      if (p->cover_pos) jsp_fail(p, p->cover_pos - 1, p->cover_msg);
    }
    p->cover_pos = 0;
    jsp_next(p);
    uint32_t rhs = jsp_assign(p, flags & E_NO_IN);
    n = jsp_finish(p, jsp_node2(p, N_ASSIGN, start, lhs, rhs));
    ND(n).op = (uint16_t)op;
  } else {
    if (p->cover_pos) {
      if (!(flags & E_COVER) || !((l->kind == N_ARRAY || l->kind == N_OBJECT) && !(l->flags & NF_PARENS)))
        jsp_fail(p, p->cover_pos - 1, p->cover_msg);
      if (saved_cover) {
        p->cover_pos = saved_cover;
        p->cover_msg = saved_msg;
      }
    } else {
      p->cover_pos = saved_cover;
      p->cover_msg = saved_msg;
    }
    p->depth--;
    return lhs;
  }
  p->cover_pos = saved_cover;
  p->cover_msg = saved_msg;
  p->depth--;
  return n;
}

uint32_t jsp_expression(js_parser *p, int flags) {
  uint32_t start = TOK.start, e = jsp_assign(p, flags);
  if (TOK.type != T_COMMA) return e;
  uint32_t seq = jsp_node1(p, N_SEQUENCE, start, e), last = e;
  while (TOK.type == T_COMMA) {
    jsp_next(p);
    uint32_t x = jsp_assign(p, flags);
    ND(last).next = x;
    last = x;
  }
  return jsp_finish(p, seq);
}

/* ---- classes ---- */

static uint32_t class_element(js_parser *p, int derived, int *has_ctor) {
  uint32_t es = TOK.start;
  int is_static = 0, op = 0;
  unsigned fnflags = FN_METHOD;
  js_token t;
  if (jsp_is_kw(p, KW_STATIC)) {
    jsp_peek(p, &t);
    if (t.type == T_LBRACE) {
      /* static { ... } */
      js_fn fn;
      js_scope sc;
      jsp_next(p);
      jsp_fn_push(p, &fn, FN_STATIC_BLOCK | FN_METHOD);
      jsp_scope_push(p, &sc, SC_FUNCTION);
      uint32_t b = jsp_block_body(p, N_STATIC_BLOCK);
      jsp_scope_pop(p, &sc);
      jsp_fn_pop(p, &fn);
      ND(b).start = es;
      return b;
    }
    if (!word_is_name(&t)) {
      is_static = 1;
      jsp_next(p);
    }
  }
  if (jsp_is_kw(p, KW_ASYNC)) {
    jsp_peek(p, &t);
    if (!word_is_name(&t) && !(t.flags & TF_NL_BEFORE)) {
      fnflags |= FN_ASYNC;
      jsp_next(p);
    }
  }
  if (TOK.type == T_STAR) {
    fnflags |= FN_GENERATOR;
    jsp_next(p);
  }
  if (!(fnflags & (FN_ASYNC | FN_GENERATOR)) && (jsp_is_kw(p, KW_GET) || jsp_is_kw(p, KW_SET))) {
    jsp_peek(p, &t);
    if (!word_is_name(&t)) {
      op = TOK.kw;
      jsp_next(p);
    }
  }
  uint32_t el = jsp_node(p, N_METHOD, es);
  js_token key_tok = TOK;
  uint32_t key = property_key(p, el, 1);
  ND(el).first = key;
  int computed = (ND(el).flags & NF_COMPUTED) != 0, is_private = ND(key).kind == N_PRIVATE_NAME;
  if (is_static) ND(el).flags |= NF_STATIC;
  unsigned pv = is_static ? PV_STATIC : 0;
  if ((fnflags & (FN_ASYNC | FN_GENERATOR)) || op || TOK.type == T_LPAREN) {
    if (!computed && !is_private && !is_static && key_is(p, key, "constructor")) {
      if (op || (fnflags & (FN_ASYNC | FN_GENERATOR))) jsp_fail(p, es, "Class constructor may not be an accessor, a generator or async");
      if (*has_ctor) jsp_fail(p, es, "A class may only have one constructor");
      *has_ctor = 1;
      if (derived) fnflags |= FN_DERIVED_CTOR;
    }
    if (!computed && is_static && key_is(p, key, "prototype"))
      jsp_fail(p, es, "Classes may not have a static property named 'prototype'");
    if (is_private)
      jsp_private_declare(p, key_tok.name, key_tok.name_len, key_tok.start,
                         pv | (op == KW_GET ? PV_GET : op == KW_SET ? PV_SET : PV_METHOD));
    { uint32_t v_ = jsp_function_rest(p, TOK.start, fnflags, op, 0); ND(key).next = v_; }
    ND(el).op = (uint16_t)op;
    return jsp_finish(p, el);
  }
  ND(el).kind = N_FIELD;
  if (!computed && !is_private && (key_is(p, key, "constructor") || (is_static && key_is(p, key, "prototype"))))
    jsp_fail(p, es, "Classes may not have a field named 'constructor' or a static field named 'prototype'");
  if (is_private) jsp_private_declare(p, key_tok.name, key_tok.name_len, key_tok.start, pv | PV_FIELD);
  if (TOK.type == T_ASSIGN) {
    js_fn fn;
    jsp_next(p);
    jsp_fn_push(p, &fn, FN_FIELD_INIT | FN_METHOD);
    { uint32_t v_ = jsp_assign(p, 0); ND(key).next = v_; }
    jsp_fn_pop(p, &fn);
  }
  jsp_semicolon(p);
  return jsp_finish(p, el);
}

uint32_t jsp_parse_class(js_parser *p, uint32_t start, int is_decl, int name_optional) {
  int saved_strict = p->strict;
  uint32_t n = jsp_node(p, N_CLASS, start), name, heritage, body;
  if (is_decl) ND(n).flags |= NF_DECL;
  p->strict = 1;
  jsp_next(p);
  if (TOK.type == T_NAME && !jsp_is_kw(p, KW_EXTENDS)) {
    if (TOK.kw != KW_NONE && TOK.kw <= KW_LAST_RESERVED) jsp_unexpected(p);
    jsp_check_binding_name(p, TOK.name, TOK.name_len, TOK.kw, TOK.start, B_CLASS);
    if (is_decl) {
      /* declared in the enclosing scope, with the enclosing strictness */
      p->strict = saved_strict;
      jsp_declare(p, TOK.name, TOK.name_len, B_CLASS, TOK.start, 0);
      p->strict = 1;
    }
    name = jsp_node(p, N_IDENT_BIND, TOK.start);
    ND(name).op = is_decl ? B_CLASS : B_FUNCTION_NAME;
    jsp_next(p);
    jsp_finish(p, name);
  } else {
    if (is_decl && !name_optional) jsp_unexpected(p);
    name = jsp_empty(p, N_EMPTY, TOK.start);
  }
  int derived = 0;
  if (jsp_is_kw(p, KW_EXTENDS)) {
    jsp_next(p);
    jsp_enter(p);
    heritage = jsp_lhs_expression(p);
    p->depth--;
    derived = 1;
  } else {
    heritage = jsp_empty(p, N_EMPTY, TOK.start);
  }
  js_class cls;
  int has_ctor = 0;
  body = jsp_node(p, N_CLASS_BODY, TOK.start);
  uint32_t last = 0;
  jsp_expect(p, T_LBRACE);
  jsp_class_push(p, &cls);
  jsp_enter(p);
  while (TOK.type != T_RBRACE) {
    if (TOK.type == T_SEMI) {
      jsp_next(p);
      continue;
    }
    jsp_add(p, body, &last, class_element(p, derived, &has_ctor));
  }
  p->depth--;
  jsp_class_pop(p, &cls);
  jsp_next(p);
  jsp_finish(p, body);
  p->strict = saved_strict;
  ND(n).first = name;
  ND(name).next = heritage;
  ND(heritage).next = body;
  return jsp_finish(p, n);
}
