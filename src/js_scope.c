/* Scope analysis for lode's JavaScript parser: see js_scope.h. */
#include "js_scope.h"

#include "js_lexer.h"

#include <stdlib.h>
#include <string.h>

/* ---- names ---- */

static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static uint32_t put_utf8(char *buf, uint32_t at, uint32_t cap, uint32_t cp) {
  unsigned char u[4];
  uint32_t n;
  if (cp < 0x80) {
    u[0] = (unsigned char)cp;
    n = 1;
  } else if (cp < 0x800) {
    u[0] = (unsigned char)(0xc0 | (cp >> 6));
    u[1] = (unsigned char)(0x80 | (cp & 0x3f));
    n = 2;
  } else if (cp < 0x10000) {
    u[0] = (unsigned char)(0xe0 | (cp >> 12));
    u[1] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    u[2] = (unsigned char)(0x80 | (cp & 0x3f));
    n = 3;
  } else {
    u[0] = (unsigned char)(0xf0 | (cp >> 18));
    u[1] = (unsigned char)(0x80 | ((cp >> 12) & 0x3f));
    u[2] = (unsigned char)(0x80 | ((cp >> 6) & 0x3f));
    u[3] = (unsigned char)(0x80 | (cp & 0x3f));
    n = 4;
  }
  for (uint32_t i = 0; i < n; i++)
    if (at + i < cap) buf[at + i] = (char)u[i];
  return n;
}

uint32_t lode_js_ident_name(const char *src, const lode_js_node *n, char *buf, uint32_t cap) {
  uint32_t out = 0;
  for (uint32_t i = n->start; i < n->end;) {
    if (src[i] != '\\' || i + 1 >= n->end || src[i + 1] != 'u') {
      if (out < cap) buf[out] = src[i];
      out++;
      i++;
      continue;
    }
    /* the parser accepted the name, so the escape is well-formed */
    uint32_t cp = 0;
    i += 2;
    if (i < n->end && src[i] == '{') {
      for (i++; i < n->end && src[i] != '}'; i++) cp = cp * 16 + (uint32_t)hexval((unsigned char)src[i]);
      i++;
    } else {
      for (int k = 0; k < 4 && i < n->end; k++, i++) cp = cp * 16 + (uint32_t)hexval((unsigned char)src[i]);
    }
    out += put_utf8(buf, out, cap, cp);
  }
  return out;
}

/* ---- state ---- */

typedef struct {
  uint32_t parent;
  uint32_t first_decl;
  uint8_t is_var; /* var declarations stop here: program, function body, static block */
} scope_t;

typedef struct {
  uint32_t name, node, next;
} decl_t;

enum { EV_REF, EV_ENTER, EV_EXIT };
typedef struct {
  uint32_t type_node; /* node or scope << 2 | type */
  uint32_t name;
} event_t;

enum { ST_VISIT, ST_VISIT_ONE, ST_ENTER, ST_EXIT };
typedef struct {
  uint32_t a, b; /* VISIT: node, parent; ENTER/EXIT: scope */
  uint32_t type;
} item_t;

typedef struct {
  const char *p;
  uint32_t len, hash, id;
} name_slot;

typedef struct {
  const char *src;
  const lode_js_node *nodes;
  uint32_t node_count;
  int sloppy;
  int oom;
  scope_t *scopes;
  uint32_t nscopes, cap_scopes;
  decl_t *decls;
  uint32_t ndecls, cap_decls;
  event_t *events;
  uint32_t nevents, cap_events;
  item_t *stack;
  uint32_t sp, cap_stack;
  name_slot *names;
  uint32_t names_cap, nnames;
  int filtered;   /* only the names interned first are resolved */
  uint8_t first_byte[32]; /* filter: bitmap of first bytes, of lengths < 64 */
  uint64_t lengths;
  char **decoded; /* names with escapes, decoded */
  uint32_t ndecoded, cap_decoded;
  uint32_t cur; /* the current scope during the walk */
} sc_state;

static int grow(void **arr, uint32_t *cap, uint32_t need, size_t elem) {
  if (need <= *cap) return 0;
  uint32_t c = *cap ? *cap : 64;
  while (c < need) {
    if (c > 0x3fffffffu) return -1;
    c *= 2;
  }
  void *n = jsp_big_realloc(*arr, (size_t)*cap * elem, (size_t)c * elem);
  if (n == NULL) return -1;
  *arr = n;
  *cap = c;
  return 0;
}

#define GROW(st, arr, cap, need) \
  (grow((void **)&(st)->arr, &(st)->cap, (need), sizeof(*(st)->arr)) == 0 || ((st)->oom = 1, 0))

static uint32_t hash_bytes(const char *s, uint32_t n) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

#define NOT_RESOLVED (UINT32_MAX - 1)

/* The id of a name (interned); UINT32_MAX when out of memory,
 * NOT_RESOLVED for a name outside the filter. */
static uint32_t intern(sc_state *st, const char *p, uint32_t len) {
  if (st->filtered) {
    unsigned char c0 = len ? (unsigned char)p[0] : 0;
    if (!(st->first_byte[c0 >> 3] & (1u << (c0 & 7))) || (len < 64 && !(st->lengths & ((uint64_t)1 << len))))
      return NOT_RESOLVED;
  }
  if ((st->nnames + 1) * 2 > st->names_cap) {
    uint32_t cap = st->names_cap ? st->names_cap * 2 : 1024;
    name_slot *t = jsp_big_zalloc((size_t)cap * sizeof *t);
    if (t == NULL) {
      st->oom = 1;
      return UINT32_MAX;
    }
    for (uint32_t i = 0; i < st->names_cap; i++) {
      if (st->names[i].p == NULL) continue;
      uint32_t j = st->names[i].hash & (cap - 1);
      while (t[j].p != NULL) j = (j + 1) & (cap - 1);
      t[j] = st->names[i];
    }
    jsp_big_free(st->names, (size_t)st->names_cap * sizeof *st->names);
    st->names = t;
    st->names_cap = cap;
  }
  uint32_t h = hash_bytes(p, len), mask = st->names_cap - 1;
  for (uint32_t j = h & mask;; j = (j + 1) & mask) {
    name_slot *s = &st->names[j];
    if (s->p == NULL) {
      if (st->filtered) return NOT_RESOLVED;
      s->p = p;
      s->len = len;
      s->hash = h;
      s->id = st->nnames++;
      return s->id;
    }
    if (s->hash == h && s->len == len && memcmp(s->p, p, len) == 0) return s->id;
  }
}

static uint32_t node_name(sc_state *st, uint32_t n) {
  const lode_js_node *x = &st->nodes[n];
  const char *p = st->src + x->start;
  uint32_t len = x->end - x->start;
  if (memchr(p, '\\', len) == NULL) return intern(st, p, len);
  if (st->filtered) {
    /* rare: decode on the stack, look up only */
    char tmp[256];
    uint32_t need = lode_js_ident_name(st->src, x, tmp, sizeof tmp);
    if (need > sizeof tmp) return NOT_RESOLVED;
    uint32_t id = intern(st, tmp, need);
    return id;
  }
  uint32_t need = lode_js_ident_name(st->src, x, NULL, 0);
  char *buf = malloc(need ? need : 1);
  if (buf == NULL || !GROW(st, decoded, cap_decoded, st->ndecoded + 1)) {
    free(buf);
    st->oom = 1;
    return UINT32_MAX;
  }
  st->decoded[st->ndecoded++] = buf;
  lode_js_ident_name(st->src, x, buf, need);
  return intern(st, buf, need);
}

static uint32_t new_scope(sc_state *st, uint32_t parent, int is_var) {
  if (!GROW(st, scopes, cap_scopes, st->nscopes + 1)) return 0;
  uint32_t s = st->nscopes++;
  st->scopes[s].parent = parent;
  st->scopes[s].first_decl = 0;
  st->scopes[s].is_var = (uint8_t)is_var;
  return s;
}

static void declare(sc_state *st, uint32_t scope, uint32_t node) {
  uint32_t name = node_name(st, node);
  if (name >= NOT_RESOLVED || !GROW(st, decls, cap_decls, st->ndecls + 1)) return;
  uint32_t d = st->ndecls++;
  st->decls[d].name = name;
  st->decls[d].node = node;
  st->decls[d].next = st->scopes[scope].first_decl;
  st->scopes[scope].first_decl = d;
}

static uint32_t var_scope(sc_state *st) {
  uint32_t s = st->cur;
  while (!st->scopes[s].is_var && st->scopes[s].parent != 0) s = st->scopes[s].parent;
  return s;
}

static void event(sc_state *st, uint32_t type, uint32_t x, uint32_t name) {
  if (!GROW(st, events, cap_events, st->nevents + 1)) return;
  st->events[st->nevents].type_node = x << 2 | type;
  st->events[st->nevents].name = name;
  st->nevents++;
}

static void push(sc_state *st, uint32_t type, uint32_t a, uint32_t b) {
  if (!GROW(st, stack, cap_stack, st->sp + 1)) return;
  st->stack[st->sp].type = type;
  st->stack[st->sp].a = a;
  st->stack[st->sp].b = b;
  st->sp++;
}

/* A node and, through ST_VISIT's sibling chaining, those after it. */
static void push_list(sc_state *st, uint32_t first, uint32_t parent) {
  if (first) push(st, ST_VISIT, first, parent);
}

static void open_scope(sc_state *st, uint32_t s) {
  event(st, EV_ENTER, s, 0);
  st->cur = s;
}

/* Visits one node: pushes what comes after it in stack order (its next
 * sibling first, then a scope's EXIT, then its first child), so that the
 * events come out nested. */
static void visit(sc_state *st, uint32_t n, uint32_t parent, int chain, uint32_t *parents) {
  const lode_js_node *x = &st->nodes[n];
  parents[n] = parent;
  if (chain && x->next) push(st, ST_VISIT, x->next, parent);
  switch (x->kind) {
    case N_IDENT_REF: {
      uint32_t name = node_name(st, n);
      if (name < NOT_RESOLVED) event(st, EV_REF, n, name);
      return;
    }
    case N_IDENT_BIND:
      switch (x->op) {
        case B_VAR: declare(st, var_scope(st), n); break;
        case B_LET: case B_CONST: case B_PARAM: case B_CATCH: case B_IMPORT:
          declare(st, st->cur, n);
          break;
        case B_ASSIGN: {
          uint32_t name = node_name(st, n);
          if (name < NOT_RESOLVED) event(st, EV_REF, n, name);
          break;
        }
        default: break; /* function/class names: declared by their parent */
      }
      return;
    case N_FUNCTION: {
      uint32_t name = x->first, params = st->nodes[name].next;
      int named = st->nodes[name].kind == N_IDENT_BIND;
      if (named) parents[name] = n;
      if (named && st->nodes[name].op == B_FUNCTION) {
        declare(st, st->cur, name);
        /* Annex B.3.3: a plain function in a sloppy block is also var-scoped */
        if (st->sloppy && !st->scopes[st->cur].is_var) declare(st, var_scope(st), name);
      } else if (named) {
        uint32_t ns = new_scope(st, st->cur, 0);
        declare(st, ns, name);
        push(st, ST_EXIT, ns, 0);
        open_scope(st, ns);
      }
      uint32_t ps = new_scope(st, st->cur, 0);
      push(st, ST_EXIT, ps, 0);
      push_list(st, params, n);
      open_scope(st, ps);
      return;
    }
    case N_ARROW: {
      uint32_t ps = new_scope(st, st->cur, 0);
      push(st, ST_EXIT, ps, 0);
      push_list(st, x->first, n);
      open_scope(st, ps);
      return;
    }
    case N_CLASS: {
      uint32_t name = x->first;
      int named = st->nodes[name].kind == N_IDENT_BIND;
      if (named) parents[name] = n;
      if (named && st->nodes[name].op == B_CLASS) declare(st, st->cur, name);
      uint32_t cs = new_scope(st, st->cur, 0);
      if (named && st->nodes[name].op != B_CLASS) declare(st, cs, name);
      push(st, ST_EXIT, cs, 0);
      push_list(st, st->nodes[name].next, n);
      open_scope(st, cs);
      return;
    }
    case N_BLOCK:
    case N_STATIC_BLOCK:
    case N_FOR:
    case N_FOR_IN:
    case N_FOR_OF:
    case N_CATCH: {
      int is_var = x->kind == N_STATIC_BLOCK ||
                   (x->kind == N_BLOCK && (st->nodes[parent].kind == N_FUNCTION || st->nodes[parent].kind == N_ARROW));
      uint32_t s = new_scope(st, st->cur, is_var);
      push(st, ST_EXIT, s, 0);
      push_list(st, x->first, n);
      open_scope(st, s);
      return;
    }
    case N_SWITCH: {
      /* the discriminant is outside the cases' block */
      uint32_t s = new_scope(st, st->cur, 0);
      push(st, ST_EXIT, s, 0);
      push_list(st, st->nodes[x->first].next, n);
      push(st, ST_ENTER, s, 0);
      push(st, ST_VISIT_ONE, x->first, n);
      return;
    }
    default:
      push_list(st, x->first, n);
      return;
  }
}

static void state_free(sc_state *st) {
  jsp_big_free(st->scopes, (size_t)st->cap_scopes * sizeof *st->scopes);
  jsp_big_free(st->decls, (size_t)st->cap_decls * sizeof *st->decls);
  jsp_big_free(st->events, (size_t)st->cap_events * sizeof *st->events);
  jsp_big_free(st->stack, (size_t)st->cap_stack * sizeof *st->stack);
  jsp_big_free(st->names, (size_t)st->names_cap * sizeof *st->names);
  for (uint32_t i = 0; i < st->ndecoded; i++) free(st->decoded[i]);
  jsp_big_free(st->decoded, (size_t)st->cap_decoded * sizeof *st->decoded);
}

/* Pass 2: replays the events with one current binding per name. */
static int replay(sc_state *st, uint32_t *decl) {
  uint32_t *current = calloc(st->nnames ? st->nnames : 1, sizeof(uint32_t));
  uint32_t *undo = NULL, nundo = 0, cap_undo = 0; /* (name, previous) pairs */
  uint32_t *marks = NULL, nmarks = 0, cap_marks = 0;
  int rc = current == NULL ? -1 : 0;
  for (uint32_t i = 0; i < st->nevents && rc == 0; i++) {
    uint32_t type = st->events[i].type_node & 3, x = st->events[i].type_node >> 2;
    if (type == EV_REF) {
      decl[x] = current[st->events[i].name];
    } else if (type == EV_ENTER) {
      if (grow((void **)&marks, &cap_marks, nmarks + 1, sizeof *marks) != 0) {
        rc = -1;
        break;
      }
      marks[nmarks++] = nundo;
      for (uint32_t d = st->scopes[x].first_decl; d; d = st->decls[d].next) {
        if (grow((void **)&undo, &cap_undo, nundo + 2, sizeof *undo) != 0) {
          rc = -1;
          break;
        }
        uint32_t name = st->decls[d].name;
        undo[nundo++] = name;
        undo[nundo++] = current[name];
        current[name] = st->decls[d].node;
      }
    } else if (nmarks > 0) {
      uint32_t m = marks[--nmarks];
      while (nundo > m) {
        nundo -= 2;
        current[undo[nundo]] = undo[nundo + 1];
      }
    }
  }
  free(current);
  jsp_big_free(undo, (size_t)cap_undo * sizeof *undo);
  jsp_big_free(marks, (size_t)cap_marks * sizeof *marks);
  return rc;
}

int lode_js_scope_analyze(const char *src, const lode_js_parse_result *r, const lode_js_str *only, uint32_t nonly,
                          lode_js_scope *out) {
  memset(out, 0, sizeof *out);
  sc_state st;
  memset(&st, 0, sizeof st);
  st.src = src;
  st.nodes = r->nodes;
  st.node_count = r->node_count;
  st.sloppy = !r->is_strict;
  out->node_count = r->node_count;
  out->decl = jsp_big_zalloc((size_t)r->node_count * sizeof(uint32_t));
  out->parent = jsp_big_zalloc((size_t)r->node_count * sizeof(uint32_t));
  if (out->decl == NULL || out->parent == NULL) return -1;
  if (r->root == 0) return 0;
  if (only != NULL) {
    for (uint32_t i = 0; i < nonly && !st.oom; i++) {
      intern(&st, only[i].p, only[i].len);
      unsigned char c0 = only[i].len ? (unsigned char)only[i].p[0] : 0;
      st.first_byte[c0 >> 3] |= (uint8_t)(1u << (c0 & 7));
      st.lengths |= only[i].len < 64 ? (uint64_t)1 << only[i].len : 0;
    }
    st.filtered = 1;
  }
  /* decl index 0 is "none": a dummy first declaration */
  if (!GROW(&st, decls, cap_decls, 1)) goto oom;
  st.ndecls = 1;
  new_scope(&st, 0, 1); /* scope 0: none */
  uint32_t prog = new_scope(&st, 0, 1);
  open_scope(&st, prog);
  push(&st, ST_EXIT, prog, 0);
  push_list(&st, r->nodes[r->root].first, r->root);
  while (st.sp > 0 && !st.oom) {
    item_t it = st.stack[--st.sp];
    if (it.type == ST_VISIT || it.type == ST_VISIT_ONE) {
      visit(&st, it.a, it.b, it.type == ST_VISIT, out->parent);
    } else if (it.type == ST_ENTER) {
      open_scope(&st, it.a);
    } else {
      event(&st, EV_EXIT, it.a, 0);
      st.cur = st.scopes[it.a].parent;
    }
  }
  if (st.oom || replay(&st, out->decl) != 0) goto oom;
  state_free(&st);
  return 0;
oom:
  state_free(&st);
  return -1;
}

void lode_js_scope_free(lode_js_scope *s) {
  jsp_big_free(s->decl, (size_t)s->node_count * sizeof(uint32_t));
  jsp_big_free(s->parent, (size_t)s->node_count * sizeof(uint32_t));
  memset(s, 0, sizeof *s);
}
