/* lode's JavaScript parser: helpers, statements, functions, modules and the
 * public API (see js_parser.h). Expressions, classes and patterns are in
 * js_parse_expr.c, names and scopes in js_parse_scope.c.
 *
 * Recursive descent over the grammar of ECMAScript 2025; the first error
 * longjmp()s back to lode_js_parse, which frees everything at once (all
 * allocations are in the arena or in arrays owned by the parser). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_parse_internal.h"

/* statement contexts */
#define S_LIST 1     /* a statement list item: declarations allowed */
#define S_IF 2       /* the body of an if: sloppy function declarations allowed */
#define S_LABEL_FN 4 /* a labelled statement in a list: sloppy `L: function f(){}` */

/* ---- basics ---- */

_Noreturn void jsp_fail(js_parser *p, uint32_t pos, const char *msg) { jsp_lex_fail(&p->diag, pos, msg); }

_Noreturn void jsp_unexpected(js_parser *p) {
  const js_token *t = &TOK;
  const char *m;
  switch (t->type) {
    case T_EOF: jsp_fail(p, t->start, "Unexpected end of input");
    case T_STRING: m = "Unexpected string"; break;
    case T_NUMBER: case T_BIGINT: m = "Unexpected number"; break;
    case T_TEMPLATE: m = "Unexpected template string"; break;
    case T_NAME:
      if (t->kw != KW_NONE && t->kw <= KW_LAST_RESERVED) {
        m = (t->flags & TF_ESCAPED) ? "Keyword must not contain escaped characters" : "Unexpected token";
      } else if (t->kw != KW_NONE && t->kw <= KW_LAST_STRICT && p->strict) {
        m = "Unexpected strict mode reserved word";
      } else {
        m = "Unexpected identifier";
      }
      break;
    default: m = "Unexpected token"; break;
  }
  /* Quote the token, as V8 does: Unexpected token '}' */
  uint32_t n = t->end - t->start;
  if (n > 40) n = 40;
  char *buf = jsp_arena_alloc(&p->arena, strlen(m) + n + 8);
  if (t->type == T_NAME || t->type == T_NUMBER || t->type == T_BIGINT || t->type == T_STRING || t->type >= T_LBRACE)
    snprintf(buf, strlen(m) + n + 8, "%s '%.*s'", m, (int)n, p->lx.src + t->start);
  else
    snprintf(buf, strlen(m) + 1, "%s", m);
  jsp_fail(p, t->start, buf);
}

void jsp_next(js_parser *p) {
  p->prev_end = TOK.end;
  jsp_lex_next(&p->lx);
}

void jsp_expect(js_parser *p, int type) {
  if (TOK.type != type) jsp_unexpected(p);
  jsp_next(p);
}

int jsp_peek(js_parser *p, js_token *out) {
  js_lexer copy = p->lx;
  jsp_lex_next(&copy);
  *out = copy.tok;
  return out->type;
}

void jsp_semicolon(js_parser *p) {
  if (TOK.type == T_SEMI) {
    jsp_next(p);
    return;
  }
  if (TOK.type == T_RBRACE || TOK.type == T_EOF || (TOK.flags & TF_NL_BEFORE)) return;
  jsp_unexpected(p);
}

void jsp_enter(js_parser *p) {
  if (++p->depth > LODE_JS_MAX_DEPTH) jsp_fail(p, TOK.start, "too deeply nested");
}

void *jsp_grow(js_parser *p, void *arr, uint32_t *cap, uint32_t need, size_t elem) {
  if (need <= *cap) return arr;
  uint32_t c = *cap ? *cap : 16;
  while (c < need) {
    if (c > 0x7fffffffu / 2) jsp_fail(p, TOK.start, "out of memory");
    c *= 2;
  }
  void *n = jsp_big_realloc(arr, (size_t)*cap * elem, (size_t)c * elem);
  if (n == NULL) jsp_fail(p, TOK.start, "out of memory");
  *cap = c;
  return n;
}

uint32_t jsp_node(js_parser *p, int kind, uint32_t start) {
  if (p->nnodes == p->cap_nodes) p->nodes = jsp_grow(p, p->nodes, &p->cap_nodes, p->nnodes + 1, sizeof(lode_js_node));
  uint32_t i = p->nnodes++;
  lode_js_node *n = &p->nodes[i];
  n->kind = (uint8_t)kind;
  n->flags = 0;
  n->op = 0;
  n->start = n->end = start;
  n->first = n->next = 0;
  return i;
}

void jsp_add(js_parser *p, uint32_t parent, uint32_t *last, uint32_t child) {
  if (*last) ND(*last).next = child;
  else ND(parent).first = child;
  *last = child;
}

uint32_t jsp_node1(js_parser *p, int kind, uint32_t start, uint32_t a) {
  uint32_t n = jsp_node(p, kind, start);
  ND(n).first = a;
  return n;
}

uint32_t jsp_node2(js_parser *p, int kind, uint32_t start, uint32_t a, uint32_t b) {
  uint32_t n = jsp_node(p, kind, start);
  ND(n).first = a;
  ND(a).next = b;
  return n;
}

/* a zero-width node: a missing optional part, an array hole */
uint32_t jsp_empty(js_parser *p, int kind, uint32_t pos) { return jsp_node(p, kind, pos); }

uint32_t jsp_finish(js_parser *p, uint32_t n) {
  ND(n).end = p->prev_end;
  return n;
}

int jsp_is_ident_token(const js_token *t) {
  return t->type == T_NAME && (t->kw == KW_NONE || t->kw > KW_LAST_RESERVED);
}

int jsp_is_kw(js_parser *p, int kw) {
  return TOK.type == T_NAME && TOK.kw == kw && !(TOK.flags & TF_ESCAPED);
}

js_fn *jsp_nonarrow(js_parser *p) {
  js_fn *f = p->fn;
  while ((f->flags & FN_ARROW) && f->up != NULL) f = f->up;
  return f;
}

int jsp_await_reserved(js_parser *p) {
  if (p->is_module || (p->fn->flags & FN_ASYNC)) return 1;
  return (jsp_nonarrow(p)->flags & FN_STATIC_BLOCK) != 0;
}

int jsp_yield_reserved(js_parser *p) { return p->strict || (p->fn->flags & FN_GENERATOR); }

void jsp_add_item(js_parser *p, int kind, uint32_t start, uint32_t end, uint32_t node) {
  p->items = jsp_grow(p, p->items, &p->cap_items, p->nitems + 1, sizeof(lode_js_module_item));
  lode_js_module_item *it = &p->items[p->nitems++];
  memset(it, 0, sizeof *it);
  it->kind = (uint8_t)kind;
  it->start = start;
  it->end = end;
  it->node = node;
}

static void add_entry(js_parser *p, lode_js_str imported, lode_js_str local, lode_js_str exported, uint32_t start,
                      uint32_t end) {
  p->entries = jsp_grow(p, p->entries, &p->cap_entries, p->nentries + 1, sizeof(lode_js_entry));
  lode_js_entry *e = &p->entries[p->nentries++];
  e->imported = imported;
  e->local = local;
  e->exported = exported;
  e->start = start;
  e->end = end;
  e->item = p->nitems - 1;
}

/* ---- bindings ---- */

void jsp_check_binding_name(js_parser *p, const char *name, uint32_t len, int kw, uint32_t pos, int bkind) {
  (void)name;
  (void)len;
  if (kw == KW_NONE) return;
  if (kw <= KW_LAST_RESERVED) jsp_fail(p, pos, "Unexpected token");
  if (kw <= KW_LAST_STRICT && p->strict) jsp_fail(p, pos, "Unexpected strict mode reserved word");
  if (kw == KW_YIELD && (p->fn->flags & FN_GENERATOR)) jsp_fail(p, pos, "Unexpected identifier 'yield'");
  if (kw == KW_AWAIT) {
    if (jsp_await_reserved(p)) jsp_fail(p, pos, "Unexpected reserved word");
    p->last_await_ident = pos + 1;
  }
  if (kw == KW_LET && (bkind == B_LET || bkind == B_CONST || bkind == B_CLASS || bkind == B_IMPORT))
    jsp_fail(p, pos, "let is disallowed as a lexically bound name");
  if (kw == KW_EVAL || kw == KW_ARGUMENTS) {
    if (p->strict) jsp_fail(p, pos, "Unexpected eval or arguments in strict mode");
  }
  if (bkind == B_PARAM && (kw <= KW_LAST_STRICT || kw == KW_EVAL || kw == KW_ARGUMENTS) && p->fn->strict_param_pos == 0)
    p->fn->strict_param_pos = pos + 1;
}

uint32_t jsp_binding_ident(js_parser *p, int bkind) {
  if (TOK.type != T_NAME) jsp_unexpected(p);
  if (TOK.kw != KW_NONE && TOK.kw <= KW_LAST_RESERVED) jsp_unexpected(p);
  jsp_check_binding_name(p, TOK.name, TOK.name_len, TOK.kw, TOK.start, bkind);
  jsp_declare(p, TOK.name, TOK.name_len, bkind, TOK.start, 0);
  uint32_t n = jsp_node(p, N_IDENT_BIND, TOK.start);
  ND(n).op = (uint16_t)bkind;
  jsp_next(p);
  return jsp_finish(p, n);
}

uint32_t jsp_binding_element(js_parser *p, int bkind) {
  uint32_t start = TOK.start;
  uint32_t t = jsp_binding_target(p, bkind);
  if (TOK.type != T_ASSIGN) return t;
  jsp_next(p);
  uint32_t def = jsp_assign(p, 0);
  return jsp_finish(p, jsp_node2(p, N_ASSIGN_PATTERN, start, t, def));
}

uint32_t jsp_binding_target(js_parser *p, int bkind) {
  uint32_t start = TOK.start, n, last = 0;
  if (TOK.type == T_NAME) return jsp_binding_ident(p, bkind);
  jsp_enter(p);
  if (TOK.type == T_LBRACK) {
    n = jsp_node(p, N_ARRAY_PATTERN, start);
    jsp_next(p);
    while (TOK.type != T_RBRACK) {
      if (TOK.type == T_COMMA) {
        jsp_add(p, n, &last, jsp_empty(p, N_ELISION, TOK.start));
        jsp_next(p);
        continue;
      }
      if (TOK.type == T_ELLIPSIS) {
        uint32_t rs = TOK.start;
        jsp_next(p);
        uint32_t t = jsp_binding_target(p, bkind);
        jsp_add(p, n, &last, jsp_finish(p, jsp_node1(p, N_REST, rs, t)));
        if (TOK.type != T_RBRACK) jsp_fail(p, TOK.start, "Rest element must be last element");
        break;
      }
      jsp_add(p, n, &last, jsp_binding_element(p, bkind));
      if (TOK.type != T_RBRACK) jsp_expect(p, T_COMMA);
    }
    jsp_next(p);
  } else if (TOK.type == T_LBRACE) {
    n = jsp_node(p, N_OBJECT_PATTERN, start);
    jsp_next(p);
    while (TOK.type != T_RBRACE) {
      uint32_t ps = TOK.start;
      if (TOK.type == T_ELLIPSIS) {
        jsp_next(p);
        uint32_t t = jsp_binding_ident(p, bkind);
        jsp_add(p, n, &last, jsp_finish(p, jsp_node1(p, N_REST, ps, t)));
        if (TOK.type != T_RBRACE) jsp_fail(p, TOK.start, "Rest element must be last element");
        break;
      }
      uint32_t prop = jsp_node(p, N_PROPERTY, ps);
      if (TOK.type == T_NAME) {
        js_token peek;
        jsp_peek(p, &peek);
        if (peek.type != T_COLON) {
          /* shorthand: { a } or { a = 1 } */
          uint32_t id = jsp_binding_ident(p, bkind);
          if (TOK.type == T_ASSIGN) {
            jsp_next(p);
            uint32_t def = jsp_assign(p, 0);
            id = jsp_finish(p, jsp_node2(p, N_ASSIGN_PATTERN, ps, id, def));
          }
          ND(prop).first = id;
          ND(prop).flags |= NF_SHORTHAND;
          jsp_add(p, n, &last, jsp_finish(p, prop));
          if (TOK.type != T_RBRACE) jsp_expect(p, T_COMMA);
          continue;
        }
      }
      uint32_t key;
      if (TOK.type == T_LBRACK) {
        jsp_next(p);
        key = jsp_assign(p, 0);
        jsp_expect(p, T_RBRACK);
        ND(prop).flags |= NF_COMPUTED;
      } else if (TOK.type == T_NAME) {
        key = jsp_ident_name_node(p);
      } else if (TOK.type == T_STRING) {
        key = jsp_string_node(p, NULL);
      } else if (TOK.type == T_NUMBER || TOK.type == T_BIGINT) {
        if ((TOK.flags & TF_OCTAL) && p->strict) jsp_fail(p, TOK.start, "Octal literals are not allowed in strict mode.");
        key = jsp_node(p, TOK.type == T_NUMBER ? N_NUMBER : N_BIGINT, TOK.start);
        jsp_next(p);
        jsp_finish(p, key);
      } else {
        jsp_unexpected(p);
      }
      jsp_expect(p, T_COLON);
      uint32_t val = jsp_binding_element(p, bkind);
      ND(prop).first = key;
      ND(key).next = val;
      jsp_add(p, n, &last, jsp_finish(p, prop));
      if (TOK.type != T_RBRACE) jsp_expect(p, T_COMMA);
    }
    jsp_next(p);
  } else {
    jsp_unexpected(p);
  }
  p->depth--;
  return jsp_finish(p, n);
}

/* ---- functions ---- */

void jsp_fn_push(js_parser *p, js_fn *fn, unsigned flags) {
  memset(fn, 0, sizeof *fn);
  fn->up = p->fn;
  fn->flags = flags;
  fn->strict = p->strict;
  fn->label_base = p->nlabels;
  fn->saved_yield = p->last_yield;
  fn->saved_await = p->last_await;
  fn->saved_await_ident = p->last_await_ident;
  p->fn = fn;
}

void jsp_fn_pop(js_parser *p, js_fn *fn) {
  p->fn = fn->up;
  p->strict = fn->strict;
  p->nlabels = fn->label_base;
  p->last_yield = fn->saved_yield;
  p->last_await = fn->saved_await;
  p->last_await_ident = fn->saved_await_ident;
}

/* A function whose body says "use strict": what was parsed before the
 * directive must also be valid strict code. */
void jsp_strict_recheck(js_parser *p, js_fn *fn, uint32_t params) {
  (void)params;
  if (!(fn->flags & FN_SIMPLE_PARAMS))
    jsp_fail(p, TOK.start, "Illegal 'use strict' directive in function with non-simple parameter list");
  if (fn->strict_param_pos) jsp_fail(p, fn->strict_param_pos - 1, "Unexpected eval or arguments in strict mode");
  if (fn->name_node) {
    lode_js_node *n = &ND(fn->name_node);
    int kw = jsp_keyword(p->lx.src + n->start, n->end - n->start);
    if (kw == KW_EVAL || kw == KW_ARGUMENTS || (kw > KW_LAST_RESERVED && kw <= KW_LAST_STRICT))
      jsp_fail(p, n->start, "Unexpected eval or arguments in strict mode");
  }
}

/* Directive prologue then statements, up to `end_type`. */
static void statement_list(js_parser *p, uint32_t parent, uint32_t *last, int end_type, js_fn *fn, uint32_t params,
                           int directives) {
  uint32_t octal = 0;
  while (directives && TOK.type == T_STRING) {
    uint32_t s = TOK.start, e = TOK.end;
    int use_strict = e - s == 12 && memcmp(p->lx.src + s + 1, "use strict", 10) == 0;
    if ((TOK.flags & TF_OCTAL) && octal == 0) octal = s + 1;
    uint32_t st = jsp_statement_list_item(p);
    jsp_add(p, parent, last, st);
    uint32_t ex = ND(st).first;
    if (ND(st).kind != N_EXPR_STMT || ND(ex).kind != N_STRING || ND(ex).start != s || ND(ex).end != e) break;
    ND(st).flags |= NF_DIRECTIVE;
    if (use_strict) {
      if (fn != NULL && !(fn->flags & FN_TOP)) {
        if (!(fn->flags & FN_SIMPLE_PARAMS))
          jsp_fail(p, s, "Illegal 'use strict' directive in function with non-simple parameter list");
        if (!p->strict) {
          p->strict = 1;
          jsp_strict_recheck(p, fn, params);
        }
      }
      p->strict = 1;
    }
    if (p->strict && octal) jsp_fail(p, octal - 1, "Octal escape sequences are not allowed in strict mode.");
  }
  while (TOK.type != end_type) {
    if (TOK.type == T_EOF) jsp_unexpected(p);
    jsp_add(p, parent, last, jsp_statement_list_item(p));
  }
}

uint32_t jsp_function_body(js_parser *p, js_fn *fn, uint32_t params) {
  uint32_t body = jsp_node(p, N_BLOCK, TOK.start), last = 0;
  jsp_expect(p, T_LBRACE);
  statement_list(p, body, &last, T_RBRACE, fn, params, 1);
  jsp_next(p);
  if (fn->dup_param_pos && (p->strict || !(fn->flags & FN_SIMPLE_PARAMS) || (fn->flags & (FN_ARROW | FN_METHOD))))
    jsp_fail(p, fn->dup_param_pos - 1, "Duplicate parameter name not allowed in this context");
  return jsp_finish(p, body);
}

static uint32_t formal_params(js_parser *p, int kind_op) {
  uint32_t params = jsp_node(p, N_PARAMS, TOK.start), last = 0, count = 0;
  int simple = 1, rest = 0;
  jsp_expect(p, T_LPAREN);
  while (TOK.type != T_RPAREN) {
    uint32_t el;
    if (TOK.type == T_ELLIPSIS) {
      uint32_t rs = TOK.start;
      jsp_next(p);
      el = jsp_finish(p, jsp_node1(p, N_REST, rs, jsp_binding_target(p, B_PARAM)));
      simple = 0;
      rest = 1;
      jsp_add(p, params, &last, el);
      count++;
      if (TOK.type != T_RPAREN) jsp_fail(p, TOK.start, "Rest parameter must be last formal parameter");
      break;
    }
    el = jsp_binding_element(p, B_PARAM);
    if (ND(el).kind != N_IDENT_BIND) simple = 0;
    jsp_add(p, params, &last, el);
    count++;
    if (TOK.type != T_RPAREN) jsp_expect(p, T_COMMA);
  }
  jsp_next(p);
  if (kind_op == KW_GET && count != 0) jsp_fail(p, ND(params).start, "Getter must not have any formal parameters.");
  if (kind_op == KW_SET && (count != 1 || rest))
    jsp_fail(p, ND(params).start, "Setter must have exactly one formal parameter.");
  if (simple) p->fn->flags |= FN_SIMPLE_PARAMS;
  if (p->fn->dup_param_pos && (!simple || p->strict || (p->fn->flags & FN_METHOD)))
    jsp_fail(p, p->fn->dup_param_pos - 1, "Duplicate parameter name not allowed in this context");
  return jsp_finish(p, params);
}

/* Parameters and body of a function, method, getter or setter. */
uint32_t jsp_function_rest(js_parser *p, uint32_t start, unsigned fnflags, int kind_op, uint32_t name_node) {
  js_fn fn;
  js_scope sc;
  uint32_t f = jsp_node(p, N_FUNCTION, start);
  if (fnflags & FN_ASYNC) ND(f).flags |= NF_ASYNC;
  if (fnflags & FN_GENERATOR) ND(f).flags |= NF_GENERATOR;
  if (fnflags & FN_METHOD) ND(f).flags |= NF_METHOD;
  jsp_enter(p);
  jsp_fn_push(p, &fn, fnflags | FN_IN_PARAMS);
  fn.name_node = name_node;
  jsp_scope_push(p, &sc, SC_FUNCTION);
  uint32_t params = formal_params(p, kind_op);
  fn.flags &= ~(unsigned)FN_IN_PARAMS;
  uint32_t body = jsp_function_body(p, &fn, params);
  jsp_scope_pop(p, &sc);
  jsp_fn_pop(p, &fn);
  p->depth--;
  uint32_t name = name_node ? name_node : jsp_empty(p, N_EMPTY, start);
  ND(f).first = name;
  ND(name).next = params;
  ND(params).next = body;
  return jsp_finish(p, f);
}

/* `function` [*] name (...) {...}, from the `function` keyword; start is
 * where `async` or `function` began. */
uint32_t jsp_parse_function(js_parser *p, uint32_t start, unsigned fnflags, int is_decl, int name_optional) {
  jsp_next(p);
  if (TOK.type == T_STAR) {
    fnflags |= FN_GENERATOR;
    jsp_next(p);
  }
  uint32_t name = 0;
  if (TOK.type == T_NAME) {
    if (TOK.kw != KW_NONE && TOK.kw <= KW_LAST_RESERVED) jsp_unexpected(p);
    if (is_decl) {
      jsp_check_binding_name(p, TOK.name, TOK.name_len, TOK.kw, TOK.start, B_FUNCTION);
      jsp_declare(p, TOK.name, TOK.name_len, B_FUNCTION, TOK.start, fnflags);
    } else {
      /* The name of a function expression is bound inside it: its own
       * yield/await rules apply, not the enclosing ones. */
      if (TOK.kw == KW_YIELD && ((fnflags & FN_GENERATOR) || p->strict)) jsp_unexpected(p);
      if (TOK.kw == KW_AWAIT && ((fnflags & FN_ASYNC) || p->is_module)) jsp_unexpected(p);
      if (TOK.kw != KW_YIELD && TOK.kw != KW_AWAIT)
        jsp_check_binding_name(p, TOK.name, TOK.name_len, TOK.kw, TOK.start, B_FUNCTION_NAME);
    }
    name = jsp_node(p, N_IDENT_BIND, TOK.start);
    ND(name).op = is_decl ? B_FUNCTION : B_FUNCTION_NAME;
    jsp_next(p);
    jsp_finish(p, name);
  } else if (is_decl && !name_optional) {
    jsp_unexpected(p);
  }
  uint32_t f = jsp_function_rest(p, start, fnflags, 0, name);
  if (is_decl) ND(f).flags |= NF_DECL;
  return f;
}

/* ---- statements ---- */

static uint32_t statement(js_parser *p, int sflags);

/* { statements } into a node of the given kind, in the current scope. */
uint32_t jsp_block_body(js_parser *p, int kind) {
  uint32_t n = jsp_node(p, kind, TOK.start), last = 0;
  jsp_expect(p, T_LBRACE);
  statement_list(p, n, &last, T_RBRACE, NULL, 0, 0);
  jsp_next(p);
  return jsp_finish(p, n);
}

static uint32_t block(js_parser *p, int new_scope) {
  js_scope sc;
  uint32_t n = jsp_node(p, N_BLOCK, TOK.start), last = 0;
  jsp_expect(p, T_LBRACE);
  if (new_scope) jsp_scope_push(p, &sc, SC_BLOCK);
  statement_list(p, n, &last, T_RBRACE, NULL, 0, 0);
  if (new_scope) jsp_scope_pop(p, &sc);
  jsp_next(p);
  return jsp_finish(p, n);
}

static int bkind_of(int kw) { return kw == KW_VAR ? B_VAR : kw == KW_LET ? B_LET : B_CONST; }

/* var/let/const declarations (without the semicolon). */
static uint32_t var_decl(js_parser *p, int kw, int flags, int in_for) {
  uint32_t n = jsp_node(p, N_VAR, TOK.start), last = 0;
  ND(n).op = (uint16_t)kw;
  jsp_next(p);
  for (;;) {
    uint32_t ds = TOK.start;
    uint32_t target = jsp_binding_target(p, bkind_of(kw));
    uint32_t d = jsp_node1(p, N_DECLARATOR, ds, target);
    if (TOK.type == T_ASSIGN) {
      jsp_next(p);
      { uint32_t v_ = jsp_assign(p, flags); ND(target).next = v_; }
    } else if (!in_for) {
      if (kw == KW_CONST) jsp_fail(p, TOK.start, "Missing initializer in const declaration");
      if (ND(target).kind != N_IDENT_BIND) jsp_fail(p, TOK.start, "Missing initializer in destructuring declaration");
    }
    jsp_add(p, n, &last, jsp_finish(p, d));
    if (TOK.type != T_COMMA) break;
    jsp_next(p);
  }
  return jsp_finish(p, n);
}

/* `let` starts a declaration when followed by [ { or a name. */
static int let_is_decl(js_parser *p, int in_list) {
  js_token t;
  jsp_peek(p, &t);
  if (t.type == T_LBRACK) return 1;
  if (!in_list) return 0;
  if (t.type == T_LBRACE) return 1;
  return t.type == T_NAME && (t.kw == KW_NONE || t.kw > KW_LAST_RESERVED || (t.flags & TF_ESCAPED));
}

static uint32_t loop_body(js_parser *p, uint32_t nlab) {
  for (uint32_t i = p->nlabels - nlab; i < p->nlabels; i++) p->labels[i].is_loop = 1;
  p->fn->loops++;
  p->fn->breakables++;
  uint32_t b = statement(p, 0);
  p->fn->loops--;
  p->fn->breakables--;
  return b;
}

static uint32_t for_statement(js_parser *p, uint32_t nlab) {
  uint32_t start = TOK.start, init = 0, n;
  int is_await = 0, decl = 0;
  js_scope sc;
  jsp_next(p);
  if (jsp_is_kw(p, KW_AWAIT)) {
    if (!(p->fn->flags & FN_ASYNC)) jsp_unexpected(p);
    if (p->fn->flags & FN_TOP) p->has_tla = 1;
    is_await = 1;
    jsp_next(p);
  }
  jsp_expect(p, T_LPAREN);
  jsp_scope_push(p, &sc, SC_BLOCK);
  int starts_let = jsp_is_kw(p, KW_LET);
  uint32_t init_start = TOK.start;
  if (TOK.type == T_SEMI) {
    init = jsp_empty(p, N_EMPTY, TOK.start);
  } else if (jsp_is_kw(p, KW_VAR) || jsp_is_kw(p, KW_CONST) || (starts_let && let_is_decl(p, 1))) {
    init = var_decl(p, TOK.kw, E_NO_IN, 1);
    decl = 1;
  } else {
    p->cover_pos = 0;
    init = jsp_expression(p, E_NO_IN | E_COVER);
  }
  int is_of = jsp_is_kw(p, KW_OF);
  if (is_of || (TOK.type == T_NAME && TOK.kw == KW_IN && !(TOK.flags & TF_ESCAPED))) {
    if (is_await && !is_of) jsp_unexpected(p);
    if (decl) {
      uint32_t d = ND(init).first;
      if (ND(d).next != 0) jsp_fail(p, ND(d).start, "Invalid left-hand side in for-in loop: Must have a single binding.");
      uint32_t target = ND(d).first;
      if (ND(target).next != 0 &&
          (is_of || p->strict || ND(init).op != KW_VAR || ND(target).kind != N_IDENT_BIND))
        jsp_fail(p, ND(d).start, "for-in loop variable declaration may not have an initializer.");
    } else {
      lode_js_node *in = &ND(init);
      if (is_of && !is_await && in->kind == N_IDENT_REF && in->end - in->start == 5 && !(in->flags & NF_PARENS) &&
          memcmp(p->lx.src + in->start, "async", 5) == 0)
        jsp_fail(p, init_start, "The left-hand side of a for-of loop may not be 'async'.");
      if (is_of && starts_let) jsp_fail(p, init_start, "The left-hand side of a for-of loop may not be 'let'.");
      if ((in->kind == N_ARRAY || in->kind == N_OBJECT) && !(in->flags & NF_PARENS)) {
        jsp_to_pattern(p, init, B_ASSIGN);
        p->cover_pos = 0;
      } else if (!jsp_simple_target(p, init, 1)) {
        jsp_fail(p, init_start, "Invalid left-hand side in for-loop");
      }
      if (p->cover_pos) jsp_fail(p, p->cover_pos - 1, p->cover_msg);
    }
    jsp_next(p);
    uint32_t right = is_of ? jsp_assign(p, 0) : jsp_expression(p, 0);
    jsp_expect(p, T_RPAREN);
    uint32_t body = loop_body(p, nlab);
    n = jsp_node(p, is_of ? N_FOR_OF : N_FOR_IN, start);
    if (is_await) ND(n).flags |= NF_AWAIT;
    ND(n).first = init;
    ND(init).next = right;
    ND(right).next = body;
  } else {
    if (is_await) jsp_unexpected(p);
    if (decl) {
      for (uint32_t d = ND(init).first; d; d = ND(d).next) {
        uint32_t target = ND(d).first;
        if (ND(target).next == 0 && (ND(init).op == KW_CONST || ND(target).kind != N_IDENT_BIND))
          jsp_fail(p, ND(d).end, "Missing initializer in declaration");
      }
    } else if (p->cover_pos) {
      jsp_fail(p, p->cover_pos - 1, p->cover_msg);
    }
    jsp_expect(p, T_SEMI);
    uint32_t test = TOK.type == T_SEMI ? jsp_empty(p, N_EMPTY, TOK.start) : jsp_expression(p, 0);
    jsp_expect(p, T_SEMI);
    uint32_t update = TOK.type == T_RPAREN ? jsp_empty(p, N_EMPTY, TOK.start) : jsp_expression(p, 0);
    jsp_expect(p, T_RPAREN);
    uint32_t body = loop_body(p, nlab);
    n = jsp_node(p, N_FOR, start);
    ND(n).first = init;
    ND(init).next = test;
    ND(test).next = update;
    ND(update).next = body;
  }
  jsp_scope_pop(p, &sc);
  return jsp_finish(p, n);
}

static uint32_t jump_statement(js_parser *p, int kind) {
  uint32_t n = jsp_node(p, kind, TOK.start);
  jsp_next(p);
  if (TOK.type == T_NAME && !(TOK.flags & TF_NL_BEFORE) && jsp_is_ident_token(&TOK)) {
    js_label *l = jsp_label_find(p, TOK.name, TOK.name_len);
    if (l == NULL) jsp_fail(p, TOK.start, "Undefined label");
    if (kind == N_CONTINUE && !l->is_loop) jsp_fail(p, TOK.start, "Illegal continue statement: no surrounding iteration statement");
    { uint32_t v_ = jsp_node(p, N_LABEL, TOK.start); ND(n).first = v_; }
    jsp_next(p);
    jsp_finish(p, ND(n).first);
  } else if (kind == N_CONTINUE ? p->fn->loops == 0 : p->fn->breakables == 0) {
    jsp_fail(p, ND(n).start, kind == N_CONTINUE ? "Illegal continue statement: no surrounding iteration statement"
                                              : "Illegal break statement");
  }
  jsp_semicolon(p);
  return jsp_finish(p, n);
}

static uint32_t switch_statement(js_parser *p) {
  uint32_t n = jsp_node(p, N_SWITCH, TOK.start), last = 0;
  js_scope sc;
  int has_default = 0;
  jsp_next(p);
  jsp_expect(p, T_LPAREN);
  jsp_add(p, n, &last, jsp_expression(p, 0));
  jsp_expect(p, T_RPAREN);
  jsp_expect(p, T_LBRACE);
  jsp_scope_push(p, &sc, SC_BLOCK);
  p->fn->breakables++;
  while (TOK.type != T_RBRACE) {
    uint32_t c = jsp_node(p, N_CASE, TOK.start), clast = 0;
    if (jsp_is_kw(p, KW_CASE)) {
      jsp_next(p);
      jsp_add(p, c, &clast, jsp_expression(p, 0));
    } else if (jsp_is_kw(p, KW_DEFAULT)) {
      if (has_default) jsp_fail(p, TOK.start, "More than one default clause in switch statement");
      has_default = 1;
      jsp_next(p);
      jsp_add(p, c, &clast, jsp_empty(p, N_EMPTY, TOK.start));
    } else {
      jsp_unexpected(p);
    }
    jsp_expect(p, T_COLON);
    while (TOK.type != T_RBRACE && !jsp_is_kw(p, KW_CASE) && !jsp_is_kw(p, KW_DEFAULT)) {
      if (TOK.type == T_EOF) jsp_unexpected(p);
      jsp_add(p, c, &clast, jsp_statement_list_item(p));
    }
    jsp_add(p, n, &last, jsp_finish(p, c));
  }
  p->fn->breakables--;
  jsp_scope_pop(p, &sc);
  jsp_next(p);
  return jsp_finish(p, n);
}

static uint32_t try_statement(js_parser *p) {
  uint32_t n = jsp_node(p, N_TRY, TOK.start), last = 0;
  jsp_next(p);
  jsp_add(p, n, &last, block(p, 1));
  int handled = 0;
  if (jsp_is_kw(p, KW_CATCH)) {
    js_scope sc;
    uint32_t c = jsp_node(p, N_CATCH, TOK.start), clast = 0;
    jsp_next(p);
    jsp_scope_push(p, &sc, SC_CATCH);
    if (TOK.type == T_LPAREN) {
      jsp_next(p);
      sc.simple_catch = TOK.type == T_NAME;
      jsp_add(p, c, &clast, jsp_binding_target(p, B_CATCH));
      jsp_expect(p, T_RPAREN);
    } else {
      jsp_add(p, c, &clast, jsp_empty(p, N_EMPTY, TOK.start));
    }
    jsp_add(p, c, &clast, block(p, 0));
    jsp_scope_pop(p, &sc);
    jsp_add(p, n, &last, jsp_finish(p, c));
    handled = 1;
  } else {
    jsp_add(p, n, &last, jsp_empty(p, N_EMPTY, TOK.start));
  }
  if (jsp_is_kw(p, KW_FINALLY)) {
    jsp_next(p);
    jsp_add(p, n, &last, block(p, 1));
    handled = 1;
  }
  if (!handled) jsp_fail(p, TOK.start, "Missing catch or finally after try");
  return jsp_finish(p, n);
}

/* `function` in a single-statement position (Annex B.3.3/B.3.4). */
static uint32_t sloppy_function(js_parser *p, int sflags) {
  if (p->strict || !(sflags & (S_IF | S_LABEL_FN)))
    jsp_fail(p, TOK.start, p->strict ? "In strict mode code, functions can only be declared at top level or inside a block."
                                    : "In non-strict mode code, functions can only be declared at top level, inside a block, or as the body of an if statement.");
  js_token t;
  if (jsp_peek(p, &t) == T_STAR) jsp_fail(p, t.start, "Generators can only be declared at the top level or inside a block.");
  if (sflags & S_IF) {
    /* as if in a block of its own */
    js_scope sc;
    jsp_scope_push(p, &sc, SC_BLOCK);
    uint32_t f = jsp_parse_function(p, TOK.start, 0, 1, 0);
    jsp_scope_pop(p, &sc);
    return f;
  }
  return jsp_parse_function(p, TOK.start, 0, 1, 0);
}

static uint32_t statement(js_parser *p, int sflags) {
  uint32_t start = TOK.start, n;
  uint32_t nlab = p->direct_labels;
  p->direct_labels = 0;
  jsp_enter(p);
  if (TOK.type == T_LBRACE) {
    n = block(p, 1);
    goto done;
  }
  if (TOK.type == T_SEMI) {
    jsp_next(p);
    n = jsp_finish(p, jsp_node(p, N_EMPTY_STMT, start));
    goto done;
  }
  if (TOK.type == T_NAME && !(TOK.flags & TF_ESCAPED)) {
    switch (TOK.kw) {
      case KW_VAR:
        n = var_decl(p, KW_VAR, 0, 0);
        jsp_semicolon(p);
        n = jsp_finish(p, n);
        goto done;
      case KW_IF: {
        jsp_next(p);
        jsp_expect(p, T_LPAREN);
        uint32_t test = jsp_expression(p, 0);
        jsp_expect(p, T_RPAREN);
        uint32_t cons = statement(p, S_IF);
        n = jsp_node2(p, N_IF, start, test, cons);
        if (jsp_is_kw(p, KW_ELSE)) {
          jsp_next(p);
          { uint32_t v_ = statement(p, S_IF); ND(cons).next = v_; }
        }
        n = jsp_finish(p, n);
        goto done;
      }
      case KW_FOR:
        n = for_statement(p, nlab);
        goto done;
      case KW_WHILE: {
        jsp_next(p);
        jsp_expect(p, T_LPAREN);
        uint32_t test = jsp_expression(p, 0);
        jsp_expect(p, T_RPAREN);
        uint32_t body = loop_body(p, nlab);
        n = jsp_finish(p, jsp_node2(p, N_WHILE, start, test, body));
        goto done;
      }
      case KW_DO: {
        jsp_next(p);
        uint32_t body = loop_body(p, nlab);
        if (!jsp_is_kw(p, KW_WHILE)) jsp_unexpected(p);
        jsp_next(p);
        jsp_expect(p, T_LPAREN);
        uint32_t test = jsp_expression(p, 0);
        jsp_expect(p, T_RPAREN);
        if (TOK.type == T_SEMI) jsp_next(p);
        n = jsp_finish(p, jsp_node2(p, N_DO_WHILE, start, body, test));
        goto done;
      }
      case KW_CONTINUE:
        n = jump_statement(p, N_CONTINUE);
        goto done;
      case KW_BREAK:
        n = jump_statement(p, N_BREAK);
        goto done;
      case KW_RETURN: {
        if (p->fn->flags & (FN_TOP | FN_STATIC_BLOCK | FN_FIELD_INIT)) jsp_fail(p, start, "Illegal return statement");
        n = jsp_node(p, N_RETURN, start);
        jsp_next(p);
        if (TOK.type != T_SEMI && TOK.type != T_RBRACE && TOK.type != T_EOF && !(TOK.flags & TF_NL_BEFORE))
          { uint32_t v_ = jsp_expression(p, 0); ND(n).first = v_; }
        jsp_semicolon(p);
        n = jsp_finish(p, n);
        goto done;
      }
      case KW_WITH: {
        if (p->strict) jsp_fail(p, start, "Strict mode code may not include a with statement");
        jsp_next(p);
        jsp_expect(p, T_LPAREN);
        uint32_t obj = jsp_expression(p, 0);
        jsp_expect(p, T_RPAREN);
        uint32_t body = statement(p, 0);
        n = jsp_finish(p, jsp_node2(p, N_WITH, start, obj, body));
        goto done;
      }
      case KW_SWITCH:
        n = switch_statement(p);
        goto done;
      case KW_THROW: {
        jsp_next(p);
        if (TOK.flags & TF_NL_BEFORE) jsp_fail(p, TOK.start, "Illegal newline after throw");
        n = jsp_node1(p, N_THROW, start, jsp_expression(p, 0));
        jsp_semicolon(p);
        n = jsp_finish(p, n);
        goto done;
      }
      case KW_TRY:
        n = try_statement(p);
        goto done;
      case KW_DEBUGGER:
        jsp_next(p);
        jsp_semicolon(p);
        n = jsp_finish(p, jsp_node(p, N_DEBUGGER, start));
        goto done;
      case KW_FUNCTION:
        n = sloppy_function(p, sflags);
        goto done;
      case KW_CLASS:
      case KW_CONST:
      case KW_EXPORT:
        jsp_unexpected(p);
      case KW_LET:
        if (let_is_decl(p, 0)) jsp_fail(p, start, "Lexical declaration cannot appear in a single-statement context");
        break;
      case KW_IMPORT: {
        js_token t;
        jsp_peek(p, &t);
        if (t.type != T_LPAREN && t.type != T_DOT)
          jsp_fail(p, start, p->is_module ? "Unexpected token 'import'" : "Cannot use import statement outside a module");
        break;
      }
      case KW_ASYNC: {
        js_token t;
        jsp_peek(p, &t);
        if (t.type == T_NAME && t.kw == KW_FUNCTION && !(t.flags & TF_NL_BEFORE))
          jsp_fail(p, start, "Async functions can only be declared at the top level or inside a block.");
        break;
      }
      default:
        break;
    }
  }
  /* expression statement or labelled statement */
  {
    const char *label = TOK.name;
    uint32_t label_len = TOK.name_len;
    uint32_t e = jsp_expression(p, 0);
    if (ND(e).kind == N_IDENT_REF && !(ND(e).flags & NF_PARENS) && TOK.type == T_COLON) {
      jsp_next(p);
      ND(e).kind = N_LABEL;
      jsp_label_push(p, label, label_len, start);
      p->direct_labels = nlab + 1;
      if (jsp_is_kw(p, KW_FUNCTION)) {
        p->direct_labels = 0;
        { uint32_t v_ = sloppy_function(p, (sflags & (S_LIST | S_LABEL_FN)) ? S_LABEL_FN : 0); ND(e).next = v_; }
      } else {
        { uint32_t v_ = statement(p, (sflags & (S_LIST | S_LABEL_FN)) ? S_LABEL_FN : 0); ND(e).next = v_; }
      }
      p->nlabels--;
      n = jsp_finish(p, jsp_node1(p, N_LABELED, start, e));
      goto done;
    }
    n = jsp_node1(p, N_EXPR_STMT, start, e);
    jsp_semicolon(p);
    n = jsp_finish(p, n);
  }
done:
  p->depth--;
  return n;
}

uint32_t jsp_statement_list_item(js_parser *p) {
  if (TOK.type == T_NAME && !(TOK.flags & TF_ESCAPED)) {
    uint32_t start = TOK.start, n;
    switch (TOK.kw) {
      case KW_FUNCTION:
        return jsp_parse_function(p, start, 0, 1, 0);
      case KW_CLASS:
        return jsp_parse_class(p, start, 1, 0);
      case KW_CONST:
        n = var_decl(p, KW_CONST, 0, 0);
        jsp_semicolon(p);
        return jsp_finish(p, n);
      case KW_LET:
        if (!let_is_decl(p, 1)) break;
        n = var_decl(p, KW_LET, 0, 0);
        jsp_semicolon(p);
        return jsp_finish(p, n);
      case KW_ASYNC: {
        js_token t;
        jsp_peek(p, &t);
        if (t.type == T_NAME && t.kw == KW_FUNCTION && !(t.flags & TF_ESCAPED) && !(t.flags & TF_NL_BEFORE)) {
          jsp_next(p);
          return jsp_parse_function(p, start, FN_ASYNC, 1, 0);
        }
        break;
      }
      default:
        break;
    }
  }
  return statement(p, S_LIST);
}

/* ---- modules ---- */

static lode_js_str str_of(const char *p, uint32_t n) {
  lode_js_str s = {p, n};
  return s;
}

/* A string used as a module export name must be well-formed Unicode. */
static void check_well_formed(js_parser *p, lode_js_str s, uint32_t pos) {
  for (uint32_t i = 0; i + 1 < s.len; i++)
    if ((unsigned char)s.p[i] == 0xed && (unsigned char)s.p[i + 1] >= 0xa0)
      jsp_fail(p, pos, "Invalid module export name: contains unpaired surrogate");
}

/* IdentifierName or string: the node, and its decoded value. */
static uint32_t module_export_name(js_parser *p, lode_js_str *value, int *is_string) {
  if (TOK.type == T_STRING) {
    uint32_t n = jsp_string_node(p, value);
    check_well_formed(p, *value, ND(n).start);
    *is_string = 1;
    return n;
  }
  if (TOK.type != T_NAME) jsp_unexpected(p);
  *value = str_of(TOK.name, TOK.name_len);
  *is_string = 0;
  return jsp_ident_name_node(p);
}

static uint32_t module_specifier(js_parser *p, uint32_t item) {
  if (TOK.type != T_STRING) jsp_unexpected(p);
  lode_js_module_item *it = &p->items[item];
  it->spec_start = TOK.start;
  it->spec_end = TOK.end;
  it->has_specifier = 1;
  lode_js_str v;
  uint32_t n = jsp_string_node(p, &v);
  p->items[item].specifier = v;
  return n;
}

/* with { type: 'json' } */
static uint32_t attributes(js_parser *p, uint32_t item) {
  uint32_t n = jsp_node(p, N_ATTRIBUTES, TOK.start), last = 0;
  lode_js_str keys[32];
  uint32_t nkeys = 0;
  jsp_next(p);
  jsp_expect(p, T_LBRACE);
  while (TOK.type != T_RBRACE) {
    lode_js_str key, val;
    int is_string;
    uint32_t kpos = TOK.start;
    jsp_add(p, n, &last, module_export_name(p, &key, &is_string));
    jsp_expect(p, T_COLON);
    if (TOK.type != T_STRING) jsp_unexpected(p);
    jsp_add(p, n, &last, jsp_string_node(p, &val));
    for (uint32_t k = 0; k < nkeys; k++)
      if (keys[k].len == key.len && memcmp(keys[k].p, key.p, key.len) == 0)
        jsp_fail(p, kpos, "Import attribute has duplicate key");
    if (nkeys == 32) jsp_fail(p, kpos, "Too many import attributes");
    keys[nkeys++] = key;
    if (key.len == 4 && memcmp(key.p, "type", 4) == 0) {
      p->items[item].attr_type = val;
    }
    if (TOK.type != T_RBRACE) jsp_expect(p, T_COMMA);
  }
  jsp_next(p);
  return jsp_finish(p, n);
}

static int at_attributes(js_parser *p) {
  if (jsp_is_kw(p, KW_WITH)) return 1;
  /* Node 20 still accepts the older `assert` form */
  return TOK.type == T_NAME && TOK.name_len == 6 && memcmp(TOK.name, "assert", 6) == 0 && !(TOK.flags & TF_NL_BEFORE) &&
         !(TOK.flags & TF_ESCAPED);
}

static void expect_from(js_parser *p) {
  if (!jsp_is_kw(p, KW_FROM)) jsp_unexpected(p);
  jsp_next(p);
}

static uint32_t import_declaration(js_parser *p) {
  uint32_t start = TOK.start, n = jsp_node(p, N_IMPORT, start), last = 0;
  jsp_add_item(p, LODE_JS_IMPORT, start, start, n);
  uint32_t item = p->nitems - 1;
  jsp_next(p);
  if (TOK.type != T_STRING) {
    if (TOK.type == T_NAME) {
      uint32_t s = TOK.start;
      lode_js_str local = str_of(TOK.name, TOK.name_len);
      uint32_t id = jsp_binding_ident(p, B_IMPORT);
      uint32_t spec = jsp_finish(p, jsp_node1(p, N_IMPORT_SPEC, s, id));
      ND(spec).op = KW_DEFAULT;
      jsp_add(p, n, &last, spec);
      add_entry(p, str_of("default", 7), local, str_of(NULL, 0), s, p->prev_end);
      if (TOK.type == T_COMMA) {
        jsp_next(p);
        if (TOK.type != T_STAR && TOK.type != T_LBRACE) jsp_unexpected(p);
      }
    }
    if (TOK.type == T_STAR) {
      uint32_t s = TOK.start;
      jsp_next(p);
      if (!jsp_is_kw(p, KW_AS)) jsp_unexpected(p);
      jsp_next(p);
      lode_js_str local = str_of(TOK.name, TOK.name_len);
      uint32_t id = jsp_binding_ident(p, B_IMPORT);
      uint32_t spec = jsp_finish(p, jsp_node1(p, N_IMPORT_SPEC, s, id));
      ND(spec).op = T_STAR;
      jsp_add(p, n, &last, spec);
      add_entry(p, str_of("*", 1), local, str_of(NULL, 0), s, p->prev_end);
    } else if (TOK.type == T_LBRACE) {
      jsp_next(p);
      while (TOK.type != T_RBRACE) {
        uint32_t s = TOK.start;
        lode_js_str imported, local;
        int is_string;
        js_token name_tok = TOK;
        uint32_t name = module_export_name(p, &imported, &is_string);
        uint32_t id;
        if (jsp_is_kw(p, KW_AS)) {
          jsp_next(p);
          local = str_of(TOK.name, TOK.name_len);
          id = jsp_binding_ident(p, B_IMPORT);
        } else {
          if (is_string) jsp_unexpected(p);
          /* `import {a}`: a is also the binding */
          if (name_tok.kw != KW_NONE && name_tok.kw <= KW_LAST_RESERVED) jsp_fail(p, s, "Unexpected reserved word");
          jsp_check_binding_name(p, name_tok.name, name_tok.name_len, name_tok.kw, s, B_IMPORT);
          jsp_declare(p, name_tok.name, name_tok.name_len, B_IMPORT, s, 0);
          local = imported;
          id = name;
          ND(id).kind = N_IDENT_BIND;
          ND(id).op = B_IMPORT;
          name = jsp_finish(p, jsp_node(p, N_IDENT_NAME, s));
          ND(name).end = ND(id).end;
        }
        ND(name).next = id;
        uint32_t spec = jsp_finish(p, jsp_node1(p, N_IMPORT_SPEC, s, name));
        jsp_add(p, n, &last, spec);
        add_entry(p, imported, local, str_of(NULL, 0), s, p->prev_end);
        if (TOK.type != T_RBRACE) jsp_expect(p, T_COMMA);
      }
      jsp_next(p);
    } else if (last == 0) {
      jsp_unexpected(p);
    }
    expect_from(p);
  }
  jsp_add(p, n, &last, module_specifier(p, item));
  if (at_attributes(p)) jsp_add(p, n, &last, attributes(p, item));
  jsp_semicolon(p);
  jsp_finish(p, n);
  p->items[item].end = ND(n).end;
  return n;
}

static void export_ref(js_parser *p, uint32_t entry) {
  p->export_refs = jsp_grow(p, p->export_refs, &p->cap_export_refs, p->nexport_refs + 1, sizeof(uint32_t));
  p->export_refs[p->nexport_refs++] = entry;
}

static uint32_t export_declaration(js_parser *p) {
  uint32_t start = TOK.start, n = 0, last = 0;
  jsp_next(p);
  if (TOK.type == T_STAR) {
    n = jsp_node(p, N_EXPORT_ALL, start);
    jsp_add_item(p, LODE_JS_EXPORT_ALL, start, start, n);
    uint32_t item = p->nitems - 1, s = TOK.start;
    lode_js_str exported = str_of(NULL, 0);
    jsp_next(p);
    if (jsp_is_kw(p, KW_AS)) {
      jsp_next(p);
      int is_string;
      uint32_t es = TOK.start;
      jsp_add(p, n, &last, module_export_name(p, &exported, &is_string));
      jsp_export_name(p, exported.p, exported.len, es);
    } else {
      jsp_add(p, n, &last, jsp_empty(p, N_EMPTY, TOK.start));
    }
    add_entry(p, str_of("*", 1), str_of("*", 1), exported, s, p->prev_end);
    expect_from(p);
    jsp_add(p, n, &last, module_specifier(p, item));
    if (at_attributes(p)) jsp_add(p, n, &last, attributes(p, item));
    jsp_semicolon(p);
    jsp_finish(p, n);
    p->items[item].end = ND(n).end;
    return n;
  }
  if (TOK.type == T_LBRACE) {
    n = jsp_node(p, N_EXPORT_NAMED, start);
    jsp_add_item(p, LODE_JS_EXPORT_LOCAL, start, start, n);
    uint32_t item = p->nitems - 1, first_entry = p->nentries;
    jsp_next(p);
    while (TOK.type != T_RBRACE) {
      uint32_t s = TOK.start;
      lode_js_str local, exported;
      int local_string, exported_string;
      int kw = TOK.type == T_NAME ? TOK.kw : KW_NONE;
      uint32_t ln = module_export_name(p, &local, &local_string), en;
      /* keep what a local export needs to check: string or reserved word */
      if (local_string) ND(ln).op = 1;
      else if (kw != KW_NONE && (kw <= KW_LAST_STRICT || kw == KW_AWAIT)) ND(ln).op = 2;
      uint32_t es = TOK.start;
      if (jsp_is_kw(p, KW_AS)) {
        jsp_next(p);
        es = TOK.start;
        en = module_export_name(p, &exported, &exported_string);
      } else {
        exported = local;
        en = jsp_finish(p, jsp_node(p, N_IDENT_NAME, s));
        ND(en).end = ND(ln).end;
        es = s;
      }
      jsp_export_name(p, exported.p, exported.len, es);
      ND(ln).next = en;
      jsp_add(p, n, &last, jsp_finish(p, jsp_node1(p, N_EXPORT_SPEC, s, ln)));
      add_entry(p, local, local, exported, s, p->prev_end);
      if (TOK.type != T_RBRACE) jsp_expect(p, T_COMMA);
    }
    jsp_next(p);
    if (jsp_is_kw(p, KW_FROM)) {
      jsp_next(p);
      p->items[item].kind = LODE_JS_EXPORT_FROM;
      for (uint32_t e = first_entry; e < p->nentries; e++) p->entries[e].local = str_of(NULL, 0);
      jsp_add(p, n, &last, module_specifier(p, item));
      if (at_attributes(p)) jsp_add(p, n, &last, attributes(p, item));
    } else {
      for (uint32_t s = ND(n).first, e = first_entry; s; s = ND(s).next, e++) {
        uint32_t ln = ND(s).first;
        if (ND(ln).op == 1) jsp_fail(p, ND(ln).start, "Unexpected string");
        if (ND(ln).op == 2) jsp_fail(p, ND(ln).start, "Unexpected reserved word");
        ND(ln).kind = N_IDENT_REF;
        ND(ln).op = 0;
        p->entries[e].imported = str_of(NULL, 0);
        export_ref(p, e);
      }
    }
    jsp_semicolon(p);
    jsp_finish(p, n);
    p->items[item].end = ND(n).end;
    return n;
  }
  if (jsp_is_kw(p, KW_DEFAULT)) {
    uint32_t ds = TOK.start;
    n = jsp_node(p, N_EXPORT_DEFAULT, start);
    jsp_add_item(p, LODE_JS_EXPORT_DEFAULT, start, start, n);
    uint32_t item = p->nitems - 1, d;
    jsp_export_name(p, "default", 7, ds);
    jsp_next(p);
    uint32_t s = TOK.start;
    js_token t;
    lode_js_str local = str_of("*default*", 9);
    if (jsp_is_kw(p, KW_FUNCTION) ||
        (jsp_is_kw(p, KW_ASYNC) && jsp_peek(p, &t) == T_NAME && t.kw == KW_FUNCTION && !(t.flags & (TF_NL_BEFORE | TF_ESCAPED)))) {
      unsigned flags = 0;
      if (jsp_is_kw(p, KW_ASYNC)) {
        flags = FN_ASYNC;
        jsp_next(p);
      }
      d = jsp_parse_function(p, s, flags, 1, 1);
      ND(n).flags |= NF_DECL;
    } else if (jsp_is_kw(p, KW_CLASS)) {
      d = jsp_parse_class(p, s, 1, 1);
      ND(n).flags |= NF_DECL;
    } else {
      d = jsp_assign(p, 0);
      jsp_semicolon(p);
    }
    if (ND(n).flags & NF_DECL) {
      uint32_t name = ND(d).first;
      if (ND(name).kind == N_IDENT_BIND) local = str_of(p->lx.src + ND(name).start, ND(name).end - ND(name).start);
    }
    ND(n).first = d;
    jsp_finish(p, n);
    lode_js_module_item *it = &p->items[item];
    it->decl_start = ND(d).start;
    it->decl_end = ND(d).end;
    it->end = ND(n).end;
    add_entry(p, str_of(NULL, 0), local, str_of("default", 7), ds, ND(n).end);
    return n;
  }
  /* export var|let|const|function|async function|class: the bound names
   * are recorded by jsp_declare while p->exporting is set */
  n = jsp_node(p, N_EXPORT_DECL, start);
  jsp_add_item(p, LODE_JS_EXPORT_LOCAL, start, start, n);
  uint32_t item = p->nitems - 1, d, s = TOK.start;
  p->exporting = 1;
  p->export_item = item;
  js_token t;
  if (jsp_is_kw(p, KW_VAR) || jsp_is_kw(p, KW_CONST) || jsp_is_kw(p, KW_LET)) {
    d = var_decl(p, TOK.kw, 0, 0);
    jsp_semicolon(p);
    jsp_finish(p, d);
  } else if (jsp_is_kw(p, KW_FUNCTION)) {
    d = jsp_parse_function(p, s, 0, 1, 0);
  } else if (jsp_is_kw(p, KW_ASYNC) && jsp_peek(p, &t) == T_NAME && t.kw == KW_FUNCTION &&
             !(t.flags & (TF_NL_BEFORE | TF_ESCAPED))) {
    jsp_next(p);
    d = jsp_parse_function(p, s, FN_ASYNC, 1, 0);
  } else if (jsp_is_kw(p, KW_CLASS)) {
    d = jsp_parse_class(p, s, 1, 0);
  } else {
    jsp_unexpected(p);
  }
  p->exporting = 0;
  ND(n).first = d;
  jsp_finish(p, n);
  p->items[item].end = ND(n).end;
  return n;
}

/* Called by jsp_declare for module-level names while exporting. */
void jsp_export_binding(js_parser *p, const char *name, uint32_t len, uint32_t pos) {
  jsp_export_name(p, name, len, pos);
  add_entry(p, str_of(NULL, 0), str_of(name, len), str_of(name, len), pos, pos + len);
  /* initializers may have added import() items since the export's own */
  p->entries[p->nentries - 1].item = p->export_item;
}

/* ---- program ---- */

static uint32_t program(js_parser *p) {
  js_fn fn;
  js_scope sc;
  uint32_t n = jsp_node(p, N_PROGRAM, 0), last = 0;
  p->strict = p->is_module;
  jsp_fn_push(p, &fn, FN_TOP | (p->is_module ? FN_ASYNC : 0));
  jsp_scope_push(p, &sc, p->is_module ? SC_MODULE : SC_SCRIPT);
  jsp_next(p);
  uint32_t octal = 0;
  /* directive prologue */
  while (TOK.type == T_STRING) {
    uint32_t s = TOK.start, e = TOK.end;
    int use_strict = e - s == 12 && memcmp(p->lx.src + s + 1, "use strict", 10) == 0;
    if ((TOK.flags & TF_OCTAL) && octal == 0) octal = s + 1;
    uint32_t st = jsp_statement_list_item(p);
    jsp_add(p, n, &last, st);
    uint32_t ex = ND(st).first;
    if (ND(st).kind != N_EXPR_STMT || ND(ex).kind != N_STRING || ND(ex).start != s || ND(ex).end != e) break;
    ND(st).flags |= NF_DIRECTIVE;
    if (use_strict) p->strict = 1;
    if (p->strict && octal) jsp_fail(p, octal - 1, "Octal escape sequences are not allowed in strict mode.");
  }
  while (TOK.type != T_EOF) {
    if (p->is_module && TOK.type == T_NAME && !(TOK.flags & TF_ESCAPED)) {
      if (TOK.kw == KW_IMPORT) {
        js_token t;
        jsp_peek(p, &t);
        if (t.type != T_LPAREN && t.type != T_DOT) {
          jsp_add(p, n, &last, import_declaration(p));
          continue;
        }
      } else if (TOK.kw == KW_EXPORT) {
        jsp_add(p, n, &last, export_declaration(p));
        continue;
      }
    }
    jsp_add(p, n, &last, jsp_statement_list_item(p));
  }
  /* `export {x}` needs a declaration of x in the module */
  for (uint32_t i = 0; i < p->nexport_refs; i++) {
    lode_js_entry *e = &p->entries[p->export_refs[i]];
    if (!jsp_scope_has(p, &sc, e->local.p, e->local.len)) jsp_fail(p, e->start, "Export is not defined in module");
  }
  ND(n).end = p->lx.len;
  if (p->is_module) ND(n).flags |= NF_MODULE;
  if (p->strict) ND(n).flags |= NF_STRICT;
  jsp_scope_pop(p, &sc);
  jsp_fn_pop(p, &fn);
  return n;
}

static void free_parser(js_parser *p) {
  jsp_big_free(p->nodes, (size_t)p->cap_nodes * sizeof(lode_js_node));
  jsp_big_free(p->items, (size_t)p->cap_items * sizeof(lode_js_module_item));
  jsp_big_free(p->entries, (size_t)p->cap_entries * sizeof(lode_js_entry));
  jsp_big_free(p->export_refs, (size_t)p->cap_export_refs * sizeof(uint32_t));
  jsp_scope_free(p);
  jsp_arena_free(&p->arena);
  free(p);
}

void lode_js_parse_result_free(lode_js_parse_result *out) {
  if (out->internal != NULL) free_parser(out->internal);
  memset(out, 0, sizeof *out);
}

/* Entries in the order of their items (an export's entries may be
 * interleaved with the import() items of its initializers). */
static int sort_entries(js_parser *p) {
  uint32_t n = p->nentries;
  if (n == 0) return 0;
  lode_js_entry *sorted = jsp_big_realloc(NULL, 0, (size_t)n * sizeof *sorted);
  if (sorted == NULL) return -1;
  for (uint32_t i = 0; i < p->nitems; i++) p->items[i].entry_count = 0;
  for (uint32_t e = 0; e < n; e++) p->items[p->entries[e].item].entry_count++;
  uint32_t at = 0;
  for (uint32_t i = 0; i < p->nitems; i++) {
    p->items[i].first_entry = at;
    at += p->items[i].entry_count;
  }
  for (uint32_t i = 0; i < p->nitems; i++) p->items[i].entry_count = 0;
  for (uint32_t e = 0; e < n; e++) {
    lode_js_module_item *it = &p->items[p->entries[e].item];
    sorted[it->first_entry + it->entry_count++] = p->entries[e];
  }
  jsp_big_free(p->entries, (size_t)p->cap_entries * sizeof(lode_js_entry));
  p->entries = sorted;
  p->cap_entries = n;
  return 0;
}

static void locate(const char *src, uint32_t len, uint32_t off, uint32_t *line, uint32_t *col) {
  uint32_t l = 1, c = 1;
  if (off > len) off = len;
  for (uint32_t i = 0; i < off; i++) {
    unsigned char ch = (unsigned char)src[i];
    if (ch == '\n' || (ch == '\r' && !(i + 1 < len && src[i + 1] == '\n'))) {
      l++;
      c = 1;
    } else if (ch == 0xe2 && i + 2 < len && (unsigned char)src[i + 1] == 0x80 &&
               ((unsigned char)src[i + 2] == 0xa8 || (unsigned char)src[i + 2] == 0xa9)) {
      l++;
      c = 1;
      i += 2;
    } else if ((ch & 0xc0) != 0x80 && ch != '\r') {
      c++;
    }
  }
  *line = l;
  *col = c;
}

int lode_js_parse(const char *src, size_t len, int is_module, lode_js_parse_result *out) {
  memset(out, 0, sizeof *out);
  if (len >= 0xfffffff0u) {
    out->error_message = "source too large";
    out->error_line = out->error_column = 1;
    return -1;
  }
  js_parser *p = calloc(1, sizeof *p);
  if (p == NULL) {
    out->error_message = "out of memory";
    out->error_line = out->error_column = 1;
    return -1;
  }
  out->internal = p;
  p->diag.jmp = &p->jmp;
  p->arena.diag = &p->diag;
  p->is_module = is_module != 0;
  jsp_lex_init(&p->lx, src, (uint32_t)len, p->is_module, &p->diag, &p->arena);
  if (setjmp(p->jmp) == 0) {
    /* Room for the tree at once: minified code has a node every 3 bytes
     * or so. A large array is a mapping whose untouched pages cost nothing,
     * so the guess errs on the large side. */
    uint32_t guess = len / 2 < (1u << 28) ? (uint32_t)(len / 2) + 64 : (1u << 28);
    p->nodes = jsp_grow(p, p->nodes, &p->cap_nodes, guess, sizeof(lode_js_node));
    jsp_node(p, N_NONE, 0); /* index 0 means "none" */
    out->root = program(p);
    if (sort_entries(p) != 0) jsp_fail(p, 0, "out of memory");
    out->nodes = p->nodes;
    out->node_count = p->nnodes;
    out->items = p->items;
    out->item_count = p->nitems;
    out->entries = p->entries;
    out->entry_count = p->nentries;
    out->has_top_level_await = (uint8_t)p->has_tla;
    out->is_strict = (uint8_t)((p->nodes[out->root].flags & NF_STRICT) != 0);
    return 0;
  }
  out->error_offset = p->diag.pos;
  out->error_message = p->diag.msg;
  locate(src, (uint32_t)len, p->diag.pos, &out->error_line, &out->error_column);
  return -1;
}

const char *lode_js_node_kind_name(int kind) {
  static const char *const names[N_KIND_COUNT] = {
      "NONE", "EMPTY", "PROGRAM", "VAR", "DECLARATOR", "FUNCTION", "PARAMS", "BLOCK", "EMPTY_STMT", "EXPR_STMT",
      "IF", "FOR", "FOR_IN", "FOR_OF", "WHILE", "DO_WHILE", "CONTINUE", "BREAK", "RETURN", "WITH", "SWITCH", "CASE",
      "LABELED", "THROW", "TRY", "CATCH", "DEBUGGER", "CLASS", "CLASS_BODY", "METHOD", "FIELD", "STATIC_BLOCK",
      "IMPORT", "IMPORT_SPEC", "EXPORT_NAMED", "EXPORT_SPEC", "EXPORT_ALL", "EXPORT_DECL", "EXPORT_DEFAULT",
      "ATTRIBUTES", "IDENT_REF", "IDENT_BIND", "IDENT_NAME", "LABEL", "PRIVATE_NAME", "THIS", "SUPER", "NULL",
      "TRUE", "FALSE", "NUMBER", "BIGINT", "STRING", "REGEXP", "TEMPLATE", "TEMPLATE_PIECE", "TAGGED_TEMPLATE",
      "ARRAY", "ELISION", "OBJECT", "PROPERTY", "COVER_INIT", "SPREAD", "ARROW", "UNARY", "UPDATE", "BINARY",
      "LOGICAL", "ASSIGN", "CONDITIONAL", "CALL", "NEW", "MEMBER", "CHAIN", "SEQUENCE", "PAREN", "YIELD", "AWAIT",
      "META", "IMPORT_CALL", "PRIVATE_IN", "ARRAY_PATTERN", "OBJECT_PATTERN", "ASSIGN_PATTERN", "REST"};
  return kind >= 0 && kind < N_KIND_COUNT ? names[kind] : "?";
}
