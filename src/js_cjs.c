/* CommonJS export names and module syntax detection (see js_rewrite.h).
 *
 * Export detection follows the patterns Node documents for named imports
 * from CommonJS (those of cjs-module-lexer, observed with node 20 for the
 * details), matched on the tree of lode's parser instead of a token
 * stream: `exports.a =`, `exports['a'] =`, `module.exports.a =`,
 * Object.defineProperty(exports, 'a', {value | safe getter}),
 * `module.exports = {a, b: c, 'd': e, ...require('x')}`,
 * `module.exports = require('x')`, and the top-level star re-export forms
 * of TypeScript and Babel. Like the lexer there is no scope analysis: a
 * shadowed `exports` still counts. */
#include "js_rewrite.h"

#include <setjmp.h>
#include <stdlib.h>
#include <string.h>

#include "js_lexer.h"
#include "js_scope.h"

typedef struct {
  lode_js_str s;
  uint32_t pos;
} found_t;

typedef struct {
  const char *src; /* the wrapped copy the tree's offsets are in */
  uint32_t len;
  const lode_js_node *nodes;
  jmp_buf jmp;
  js_diag diag;
  js_arena arena;
  js_lexer lx;
  found_t *names, *unsafe, *stars;
  uint32_t nnames, cap_names, nunsafe, cap_unsafe, nstars, cap_stars;
  found_t *last_re; /* re-exports of the last `module.exports =` require/literal */
  uint32_t nlast_re, cap_last_re;
  uint32_t last_pos; /* +1: where that assignment was */
  found_t *cur_re;
  uint32_t ncur_re, cap_cur_re;
  /* top-level `var x = require('y')`: x, y */
  found_t *req_vars;
  uint32_t nreq_vars, cap_req_vars;
  found_t *star_libs; /* identifiers of Object.keys(x).forEach(...) */
  uint32_t nstar_libs, cap_star_libs;
} cj_state;

static _Noreturn void cj_oom(cj_state *st) { longjmp(st->jmp, 1); }

static void add(cj_state *st, found_t **arr, uint32_t *n, uint32_t *cap, lode_js_str s, uint32_t pos) {
  if (*n == *cap) {
    uint32_t c = *cap ? *cap * 2 : 16;
    found_t *a = realloc(*arr, c * sizeof(found_t));
    if (a == NULL) cj_oom(st);
    *arr = a;
    *cap = c;
  }
  (*arr)[*n].s = s;
  (*arr)[(*n)++].pos = pos;
}

#define ADD(st, list, s, pos) add((st), &(st)->list, &(st)->n##list, &(st)->cap_##list, (s), (pos))

static const lode_js_node *N(cj_state *st, uint32_t n) { return &st->nodes[n]; }

static int text_is(cj_state *st, uint32_t n, const char *s) {
  const lode_js_node *x = N(st, n);
  size_t l = strlen(s);
  return x->end - x->start == l && memcmp(st->src + x->start, s, l) == 0;
}

static int is_ident(cj_state *st, uint32_t n, const char *s) {
  return n != 0 && N(st, n)->kind == N_IDENT_REF && text_is(st, n, s);
}

static uint32_t second(cj_state *st, uint32_t n) { return N(st, N(st, n)->first)->next; }

/* obj.name (not computed) */
static int is_member(cj_state *st, uint32_t n, const char *obj, const char *name) {
  const lode_js_node *x = N(st, n);
  if (x->kind != N_MEMBER || (x->flags & (NF_COMPUTED | NF_OPTIONAL))) return 0;
  return (obj == NULL || is_ident(st, x->first, obj)) && N(st, second(st, n))->kind == N_IDENT_NAME &&
         text_is(st, second(st, n), name);
}

static int is_module_exports(cj_state *st, uint32_t n) { return is_member(st, n, "module", "exports"); }

static int is_exports(cj_state *st, uint32_t n) { return is_ident(st, n, "exports") || is_module_exports(st, n); }

static lode_js_str string_value(cj_state *st, uint32_t n) {
  js_token t;
  memset(&t, 0, sizeof t);
  t.type = T_STRING;
  t.start = N(st, n)->start;
  t.end = N(st, n)->end;
  lode_js_str s;
  s.p = jsp_lex_string_value(&st->lx, &t, &s.len);
  return s;
}

static lode_js_str text_of(cj_state *st, uint32_t n) {
  lode_js_str s = {st->src + N(st, n)->start, N(st, n)->end - N(st, n)->start};
  return s;
}

/* require('x') -> the node of 'x', else 0 */
static uint32_t require_arg(cj_state *st, uint32_t n) {
  const lode_js_node *x = N(st, n);
  if (x->kind != N_CALL || (x->flags & NF_OPTIONAL) || !is_ident(st, x->first, "require")) return 0;
  uint32_t a = N(st, x->first)->next;
  return a != 0 && N(st, a)->kind == N_STRING && N(st, a)->next == 0 ? a : 0;
}

static int ident_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$' ||
         c >= 0x80;
}

/* The identifier-like word at pos (no escapes), its length; 0 if none. */
static uint32_t word_at(cj_state *st, uint32_t pos) {
  const unsigned char *s = (const unsigned char *)st->src;
  if (pos >= st->len || !ident_char(s[pos]) || (s[pos] >= '0' && s[pos] <= '9')) return 0;
  uint32_t e = pos;
  while (e < st->len && ident_char(s[e])) e++;
  return e - pos;
}

/* Is the next token after pos (past spaces and comments) one that starts
 * with `=`? The lexer's test is that loose: `exports.a === 1` counts. */
static int eq_follows(cj_state *st, uint32_t pos) {
  const char *s = st->src;
  while (pos < st->len) {
    char c = s[pos];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f') {
      pos++;
    } else if (c == '/' && pos + 1 < st->len && s[pos + 1] == '/') {
      while (pos < st->len && s[pos] != '\n') pos++;
    } else if (c == '/' && pos + 1 < st->len && s[pos + 1] == '*') {
      const char *e = strstr(s + pos + 2, "*/");
      if (e == NULL) return 0;
      pos = (uint32_t)(e - s) + 2;
    } else {
      return c == '=';
    }
  }
  return 0;
}

/* exports.a = / exports['a'] = / module.exports.a = */
static void member_assign(cj_state *st, uint32_t target) {
  const lode_js_node *x = N(st, target);
  if (x->kind != N_MEMBER || (x->flags & NF_OPTIONAL) || !is_exports(st, x->first) || !eq_follows(st, x->end)) return;
  uint32_t prop = second(st, target);
  if (x->flags & NF_COMPUTED) {
    if (N(st, prop)->kind == N_STRING) ADD(st, names, string_value(st, prop), x->start);
    return;
  }
  lode_js_str name = text_of(st, prop);
  if (N(st, prop)->kind != N_IDENT_NAME || memchr(name.p, '\\', name.len) != NULL) return;
  ADD(st, names, name, x->start);
}

/* `return id;`, `return id.name;` or `return id['name'];`, alone in a body */
static int safe_getter_body(cj_state *st, uint32_t fn) {
  const lode_js_node *f = N(st, fn);
  if (f->kind != N_FUNCTION || (f->flags & (NF_ASYNC | NF_GENERATOR))) return 0;
  uint32_t params = N(st, f->first)->next, body = N(st, params)->next;
  if (N(st, params)->first != 0) return 0;
  uint32_t ret = N(st, body)->first;
  if (ret == 0 || N(st, ret)->kind != N_RETURN || N(st, ret)->next != 0) return 0;
  uint32_t e = N(st, ret)->first;
  if (e == 0) return 0;
  if (N(st, e)->kind == N_IDENT_REF) return 1;
  if (N(st, e)->kind != N_MEMBER || (N(st, e)->flags & NF_OPTIONAL) || N(st, N(st, e)->first)->kind != N_IDENT_REF)
    return 0;
  int pk = N(st, second(st, e))->kind;
  return (N(st, e)->flags & NF_COMPUTED) ? pk == N_STRING : pk == N_IDENT_NAME;
}

static int key_is(cj_state *st, uint32_t prop, const char *name) {
  const lode_js_node *p = N(st, prop);
  return p->kind == N_PROPERTY && !(p->flags & (NF_COMPUTED | NF_SHORTHAND)) && N(st, p->first)->kind == N_IDENT_NAME &&
         text_is(st, p->first, name);
}

/* Object.defineProperty(exports, 'name', { ... }) */
static void define_property(cj_state *st, uint32_t call) {
  const lode_js_node *c = N(st, call);
  if (!is_member(st, c->first, "Object", "defineProperty")) return;
  uint32_t target = N(st, c->first)->next;
  if (target == 0 || !is_exports(st, target)) return;
  uint32_t name = N(st, target)->next;
  if (name == 0 || N(st, name)->kind != N_STRING) return;
  lode_js_str s = string_value(st, name);
  uint32_t desc = N(st, name)->next;
  int ok = 0;
  if (desc != 0 && N(st, desc)->kind == N_OBJECT) {
    uint32_t p = N(st, desc)->first;
    if (p && key_is(st, p, "enumerable") && N(st, second(st, p))->kind == N_TRUE) p = N(st, p)->next;
    if (p && key_is(st, p, "value") && !(N(st, p)->flags & NF_METHOD)) {
      ok = 1;
    } else if (p && N(st, p)->next == 0 && N(st, p)->kind == N_PROPERTY && !(N(st, p)->flags & (NF_COMPUTED | NF_SHORTHAND)) &&
               N(st, p)->op == 0 && N(st, N(st, p)->first)->kind == N_IDENT_NAME && text_is(st, N(st, p)->first, "get")) {
      ok = safe_getter_body(st, second(st, p));
    }
  }
  if (ok) ADD(st, names, s, c->start);
  else ADD(st, unsafe, s, c->start);
}

/* module.exports = { a, b: c, 'd': e, ...f, ...require('g') } */
static void exports_literal(cj_state *st, uint32_t obj) {
  st->ncur_re = 0;
  for (uint32_t p = N(st, obj)->first; p; p = N(st, p)->next) {
    const lode_js_node *x = N(st, p);
    if (x->kind == N_SPREAD) {
      uint32_t a = x->first, r;
      while (N(st, a)->kind == N_MEMBER || N(st, a)->kind == N_CALL) {
        if ((r = require_arg(st, a)) != 0) break;
        a = N(st, a)->first;
      }
      if ((r = require_arg(st, a)) != 0) ADD(st, cur_re, string_value(st, r), N(st, r)->start);
      if (a != x->first || (N(st, a)->kind != N_IDENT_REF && r == 0)) return;
      continue;
    }
    if (x->kind != N_PROPERTY || (x->flags & NF_COMPUTED)) return;
    uint32_t key = x->first;
    if (x->flags & NF_SHORTHAND) {
      if (N(st, key)->kind != N_IDENT_REF || memchr(st->src + N(st, key)->start, '\\', N(st, key)->end - N(st, key)->start))
        return;
      ADD(st, names, text_of(st, key), x->start);
      continue;
    }
    if ((x->flags & NF_METHOD) || x->op != 0) {
      /* the lexer takes the first word (`get`, `async`, the name) as a shorthand and stops */
      uint32_t w = word_at(st, x->start);
      lode_js_str word = {st->src + x->start, w};
      if (w) ADD(st, names, word, x->start);
      return;
    }
    lode_js_str name;
    if (N(st, key)->kind == N_STRING) name = string_value(st, key);
    else if (N(st, key)->kind == N_IDENT_NAME && !memchr(st->src + N(st, key)->start, '\\', N(st, key)->end - N(st, key)->start))
      name = text_of(st, key);
    else return;
    uint32_t v = N(st, key)->next, vs = N(st, v)->start;
    uint32_t w = word_at(st, vs);
    if (w == 0) return;
    ADD(st, names, name, x->start);
    /* only a plain identifier followed at once by a comma goes on */
    if (vs + w != N(st, v)->end || N(st, v)->end >= st->len || st->src[N(st, v)->end] != ',') return;
  }
}

/* require('x') at the very start of an expression (`require('x').y`,
 * `require('x')(z)`, `require('x') + 1`), as a token scan sees it. */
static uint32_t leading_require(cj_state *st, uint32_t value) {
  for (uint32_t n = value; n != 0 && N(st, n)->start == N(st, value)->start; n = N(st, n)->first) {
    uint32_t r = require_arg(st, n);
    if (r != 0) return r;
    int k = N(st, n)->kind;
    if (k == N_PAREN || k == N_FUNCTION || k == N_ARROW || k == N_CLASS || k == N_OBJECT || k == N_ARRAY) return 0;
  }
  return 0;
}

static void module_exports_assign(cj_state *st, uint32_t assign, uint32_t value) {
  uint32_t r = leading_require(st, value);
  if (r == 0 && N(st, value)->kind != N_OBJECT) return;
  if (r != 0) {
    st->ncur_re = 0;
    ADD(st, cur_re, string_value(st, r), N(st, r)->start);
  } else {
    exports_literal(st, value);
  }
  /* the last one in the source wins */
  if (N(st, assign)->start + 1 >= st->last_pos) {
    st->last_pos = N(st, assign)->start + 1;
    st->nlast_re = 0;
    for (uint32_t i = 0; i < st->ncur_re; i++) ADD(st, last_re, st->cur_re[i].s, st->cur_re[i].pos);
  }
}

/* ---- top-level star re-exports ---- */

static int str_is(cj_state *st, uint32_t n, const char *s) {
  if (N(st, n)->kind != N_STRING) return 0;
  lode_js_str v = string_value(st, n);
  return v.len == strlen(s) && memcmp(v.p, s, v.len) == 0;
}

static int same_text(cj_state *st, uint32_t a, uint32_t b) {
  const lode_js_node *x = N(st, a), *y = N(st, b);
  return x->end - x->start == y->end - y->start && memcmp(st->src + x->start, st->src + y->start, x->end - x->start) == 0;
}

/* an identifier reference spelled like the binding k */
static int is_k(cj_state *st, uint32_t n, uint32_t k) {
  return n != 0 && N(st, n)->kind == N_IDENT_REF && same_text(st, n, k);
}

/* k OP 'str' */
static int is_compare(cj_state *st, uint32_t n, int op, uint32_t k, const char *s) {
  return N(st, n)->kind == N_BINARY && N(st, n)->op == op && is_k(st, N(st, n)->first, k) && str_is(st, second(st, n), s);
}

/* obj[k], obj given as an exports identifier (id == 0) or spelled like id */
static int is_index(cj_state *st, uint32_t n, uint32_t id, uint32_t k) {
  const lode_js_node *x = N(st, n);
  if (x->kind != N_MEMBER || (x->flags & (NF_COMPUTED | NF_OPTIONAL)) != NF_COMPUTED) return 0;
  if (!(id == 0 ? is_exports(st, x->first) : is_k(st, x->first, id))) return 0;
  return is_k(st, second(st, n), k);
}

/* `if (test) return;` */
static uint32_t if_return(cj_state *st, uint32_t n) {
  const lode_js_node *x = N(st, n);
  if (x->kind != N_IF) return 0;
  uint32_t cons = N(st, x->first)->next;
  if (N(st, cons)->next != 0 || N(st, cons)->kind != N_RETURN || N(st, cons)->first != 0) return 0;
  return x->first;
}

/* Object.keys(x).forEach(function (k) { ... exports[k] = x[k] ... }):
 * the node of x, or 0. */
static uint32_t star_lib(cj_state *st, uint32_t call) {
  const lode_js_node *c = N(st, call);
  if (c->kind != N_CALL || !is_member(st, c->first, NULL, "forEach")) return 0;
  uint32_t keys = N(st, c->first)->first;
  if (N(st, keys)->kind != N_CALL || !is_member(st, N(st, keys)->first, "Object", "keys")) return 0;
  uint32_t id = N(st, N(st, keys)->first)->next;
  if (id == 0 || N(st, id)->kind != N_IDENT_REF || N(st, id)->next != 0) return 0;
  uint32_t fn = N(st, c->first)->next;
  if (fn == 0 || N(st, fn)->next != 0 || N(st, fn)->kind != N_FUNCTION || (N(st, fn)->flags & (NF_ASYNC | NF_GENERATOR)))
    return 0;
  uint32_t params = N(st, N(st, fn)->first)->next, body = N(st, params)->next;
  uint32_t k = N(st, params)->first;
  if (k == 0 || N(st, k)->kind != N_IDENT_BIND || N(st, k)->next != 0) return 0;
  uint32_t s = N(st, body)->first, t;
  /* the default/__esModule guard */
  if (s && (t = if_return(st, s)) != 0 && N(st, t)->kind == N_LOGICAL && N(st, t)->op == T_OR &&
      is_compare(st, N(st, t)->first, T_SEQ, k, "default") && is_compare(st, second(st, t), T_SEQ, k, "__esModule")) {
    s = N(st, s)->next;
  } else if (s && N(st, s)->kind == N_IF && N(st, s)->next == 0 && is_compare(st, N(st, s)->first, T_SNE, k, "default") &&
             N(st, second(st, s))->next == 0) {
    s = second(st, s);
  } else {
    return 0;
  }
  /* if (Object.prototype.hasOwnProperty.call(names, k)) return; */
  if (s && (t = if_return(st, s)) != 0 && N(st, t)->kind == N_CALL && N(st, N(st, t)->first)->kind == N_MEMBER &&
      text_is(st, second(st, N(st, t)->first), "call")) {
    uint32_t a = N(st, N(st, t)->first)->next;
    if (a && N(st, a)->kind == N_IDENT_REF && is_k(st, N(st, a)->next, k)) s = N(st, s)->next;
  }
  /* if (k in exports && exports[k] === x[k]) return; */
  if (s && (t = if_return(st, s)) != 0 && N(st, t)->kind == N_LOGICAL && N(st, t)->op == T_AND) {
    uint32_t in = N(st, t)->first, eq = second(st, t);
    if (N(st, in)->kind == N_BINARY && N(st, in)->op == LODE_JS_OP_KW(KW_IN) && is_k(st, N(st, in)->first, k) &&
        is_exports(st, second(st, in)) && N(st, eq)->kind == N_BINARY && N(st, eq)->op == T_SEQ &&
        is_index(st, N(st, eq)->first, 0, k) && is_index(st, second(st, eq), id, k))
      s = N(st, s)->next;
  }
  if (s == 0 || N(st, s)->next != 0 || N(st, s)->kind != N_EXPR_STMT) return 0;
  uint32_t e = N(st, s)->first;
  if (N(st, e)->kind == N_ASSIGN && N(st, e)->op == T_ASSIGN && is_index(st, N(st, e)->first, 0, k) &&
      is_index(st, second(st, e), id, k))
    return id;
  /* Object.defineProperty(exports, k, { enumerable: true, get: function () { return x[k]; } }) */
  if (N(st, e)->kind != N_CALL || !is_member(st, N(st, e)->first, "Object", "defineProperty")) return 0;
  uint32_t a = N(st, N(st, e)->first)->next;
  if (a == 0 || !is_exports(st, a) || !is_k(st, N(st, a)->next, k)) return 0;
  uint32_t d = N(st, N(st, a)->next)->next;
  if (d == 0 || N(st, d)->kind != N_OBJECT || N(st, d)->next != 0) return 0;
  uint32_t p = N(st, d)->first;
  if (!p || !key_is(st, p, "enumerable") || N(st, second(st, p))->kind != N_TRUE) return 0;
  p = N(st, p)->next;
  if (!p || N(st, p)->next != 0 || !key_is(st, p, "get") || (N(st, p)->flags & NF_METHOD)) return 0;
  /* function () { return x[k]; } */
  uint32_t g = second(st, p);
  if (N(st, g)->kind != N_FUNCTION || (N(st, g)->flags & (NF_ASYNC | NF_GENERATOR))) return 0;
  uint32_t gparams = N(st, N(st, g)->first)->next, ret = N(st, N(st, gparams)->next)->first;
  if (N(st, gparams)->first != 0 || ret == 0 || N(st, ret)->kind != N_RETURN || N(st, ret)->next != 0) return 0;
  return N(st, ret)->first != 0 && is_index(st, N(st, ret)->first, id, k) ? id : 0;
}

/* A statement at the top level of the module (the wrapper's body, not
 * inside braces: the body of an `if` without a block counts). */
static void top_level(cj_state *st, uint32_t s) {
  const lode_js_node *x = N(st, s);
  if (x->kind == N_IF) {
    for (uint32_t c = N(st, x->first)->next; c; c = N(st, c)->next)
      if (N(st, c)->kind != N_BLOCK) top_level(st, c);
    return;
  }
  if (x->kind == N_VAR) {
    /* var x = require('y'): the first declarator only */
    uint32_t t = N(st, x->first)->first, init = N(st, t)->next, r;
    if (N(st, t)->kind == N_IDENT_BIND && init != 0 && (r = require_arg(st, init)) != 0) {
      ADD(st, req_vars, text_of(st, t), N(st, t)->start);
      ADD(st, req_vars, string_value(st, r), N(st, r)->start);
    }
    return;
  }
  if (x->kind != N_EXPR_STMT) return;
  uint32_t e = x->first;
  uint32_t list = N(st, e)->kind == N_SEQUENCE ? N(st, e)->first : e;
  for (uint32_t c = list; c; c = c == e ? 0 : N(st, c)->next) {
    uint32_t id;
    if (N(st, c)->kind != N_CALL) continue;
    uint32_t callee = N(st, c)->first, arg = N(st, callee)->next, r;
    int star = is_ident(st, callee, "__export") || is_ident(st, callee, "__exportStar") ||
               is_member(st, callee, NULL, "__export") || is_member(st, callee, NULL, "__exportStar");
    if (star && arg != 0 && (r = require_arg(st, arg)) != 0) ADD(st, stars, string_value(st, r), N(st, r)->start);
    else if ((id = star_lib(st, c)) != 0) ADD(st, star_libs, text_of(st, id), N(st, id)->start);
  }
}

static void scan(cj_state *st, uint32_t count, uint32_t body) {
  for (uint32_t n = 1; n < count; n++) {
    const lode_js_node *x = N(st, n);
    if (x->kind == N_MEMBER) {
      member_assign(st, n);
    } else if (x->kind == N_ASSIGN && x->op == T_ASSIGN) {
      if (is_module_exports(st, x->first)) module_exports_assign(st, n, second(st, n));
    } else if (x->kind == N_CALL) {
      define_property(st, n);
    }
  }
  for (uint32_t s = N(st, body)->first; s; s = N(st, s)->next) top_level(st, s);
}

static int pos_cmp(const void *a, const void *b) {
  const found_t *x = a, *y = b;
  return x->pos < y->pos ? -1 : x->pos > y->pos;
}

static int in_list(const found_t *l, uint32_t n, lode_js_str s) {
  for (uint32_t i = 0; i < n; i++)
    if (l[i].s.len == s.len && memcmp(l[i].s.p, s.p, s.len) == 0) return 1;
  return 0;
}

static int str_in(const lode_js_str *l, uint32_t n, lode_js_str s) {
  for (uint32_t i = 0; i < n; i++)
    if (l[i].len == s.len && memcmp(l[i].p, s.p, s.len) == 0) return 1;
  return 0;
}

static void out_add(cj_state *st, lode_js_str **arr, uint32_t *n, uint32_t *cap, lode_js_str s) {
  if (str_in(*arr, *n, s)) return;
  if (*n == *cap) {
    uint32_t c = *cap ? *cap * 2 : 16;
    lode_js_str *a = realloc(*arr, c * sizeof *a);
    if (a == NULL) cj_oom(st);
    *arr = a;
    *cap = c;
  }
  (*arr)[(*n)++] = s;
}

static void free_state(cj_state *st) {
  jsp_arena_free(&st->arena);
  free(st->names);
  free(st->unsafe);
  free(st->stars);
  free(st->last_re);
  free(st->cur_re);
  free(st->req_vars);
  free(st->star_libs);
}

/* Names point into the wrapped copy or the arena: both are kept. */
typedef struct {
  char *copy;
  cj_state st;
} cj_keep;

int lode_cjs_exports_parse(const char *src, size_t len, lode_cjs_exports *out) {
  memset(out, 0, sizeof *out);
  cj_keep *keep = calloc(1, sizeof *keep);
  if (keep == NULL) return -1;
  out->internal = keep;
  cj_state *st = &keep->st;
  lode_js_parse_result r;
  uint32_t shift;
  if (lode_esm_parse_cjs_body(src, len, &r, &keep->copy, &shift) != 0) {
    int rc = r.error_message != NULL && strcmp(r.error_message, "out of memory") == 0 ? -1 : 0;
    lode_js_parse_result_free(&r);
    return rc;
  }
  st->src = keep->copy;
  st->len = (uint32_t)(len + shift + 3);
  st->nodes = r.nodes;
  st->diag.jmp = &st->jmp;
  st->arena.diag = &st->diag;
  jsp_lex_init(&st->lx, st->src, st->len, 0, &st->diag, &st->arena);
  if (setjmp(st->jmp) != 0) {
    lode_js_parse_result_free(&r);
    return -1;
  }
  /* program > expression statement > ( function ) > body */
  uint32_t fn = N(st, N(st, N(st, r.root)->first)->first)->first;
  uint32_t body = N(st, N(st, N(st, fn)->first)->next)->next;
  scan(st, r.node_count, body);
  if (st->nnames > 1) qsort(st->names, st->nnames, sizeof(found_t), pos_cmp);
  for (uint32_t i = 0; i < st->nnames; i++)
    if (!in_list(st->unsafe, st->nunsafe, st->names[i].s))
      out_add(st, &out->names, &out->nnames, &out->cap_names, st->names[i].s);
  for (uint32_t i = 0; i < st->nlast_re; i++)
    out_add(st, &out->reexports, &out->nreexports, &out->cap_reexports, st->last_re[i].s);
  /* top-level star re-exports, with those of Object.keys(x) where x = require('y') */
  for (uint32_t i = 0; i < st->nstar_libs; i++)
    for (uint32_t v = 0; v + 1 < st->nreq_vars; v += 2)
      if (st->req_vars[v].s.len == st->star_libs[i].s.len &&
          memcmp(st->req_vars[v].s.p, st->star_libs[i].s.p, st->star_libs[i].s.len) == 0)
        ADD(st, stars, st->req_vars[v + 1].s, st->star_libs[i].pos);
  if (st->nstars > 1) qsort(st->stars, st->nstars, sizeof(found_t), pos_cmp);
  for (uint32_t i = 0; i < st->nstars; i++)
    out_add(st, &out->reexports, &out->nreexports, &out->cap_reexports, st->stars[i].s);
  lode_js_parse_result_free(&r);
  return 0;
}

void lode_cjs_exports_free(lode_cjs_exports *e) {
  cj_keep *keep = e->internal;
  if (keep != NULL) {
    free_state(&keep->st);
    free(keep->copy);
    free(keep);
  }
  free(e->names);
  free(e->reexports);
  memset(e, 0, sizeof *e);
}

/* ---- module syntax detection ---- */

int lode_esm_detect_module(const char *src, size_t len) {
  lode_js_parse_result r;
  char *copy;
  uint32_t shift;
  int cjs_ok = lode_esm_parse_cjs_body(src, len, &r, &copy, &shift) == 0;
  int esm_error = 0;
  if (!cjs_ok && r.error_message != NULL) {
    static const char *const msgs[] = {"Cannot use import statement outside a module", "Unexpected token 'export'",
                                       "Cannot use 'import.meta' outside a module"};
    for (size_t i = 0; i < sizeof msgs / sizeof msgs[0]; i++)
      if (strcmp(r.error_message, msgs[i]) == 0) esm_error = 1;
  }
  lode_js_parse_result_free(&r);
  free(copy);
  if (cjs_ok) return 0;
  if (esm_error) return 1;
  /* top-level await, or `const require` and the like: valid as a module */
  int ok = lode_js_parse(src, len, 1, &r) == 0;
  lode_js_parse_result_free(&r);
  return ok;
}
