/* The module rewrite and the import() rewrite of scripts: see js_rewrite.h
 * and /work/notes/esm-contract.md ("Code").
 *
 * The rewrite is a list of edits on the source (byte ranges replaced by
 * text, or blanked), applied in one pass. Every edit keeps the line
 * terminators of what it replaces, so line numbers do not move. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* memmem */
#endif
#include "js_rewrite.h"

#include <ctype.h>
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "js_lexer.h"
#include "js_scope.h"

/* ---- buffers (out of memory longjmps to the call's recovery point) ---- */

typedef struct {
  char *p;
  size_t n, cap;
} buf_t;

typedef struct {
  uint32_t start, end;
  uint32_t text, text_len; /* in rw->text */
  uint32_t seq;
  uint8_t blank; /* 1: `;` then spaces, 2: spaces */
} edit_t;

typedef struct {
  uint32_t node; /* the N_IDENT_BIND */
  uint32_t request;
  lode_js_str local, imported;
  uint32_t access, access_len; /* `$lode$n0.x` in rw->text */
} import_t;

typedef struct {
  const char *src;
  uint32_t len;
  jmp_buf jmp;
  js_diag diag;
  js_arena arena; /* decoded strings and the record's own strings */
  js_lexer lx;    /* only to decode string literals */
  lode_js_parse_result pr;
  lode_js_scope sc;
  const lode_js_node *nodes;
  edit_t *edits;
  uint32_t nedits, cap_edits;
  buf_t text;
  buf_t code; /* the result (the record's code points into it) */
  import_t *imports;
  uint32_t nimports, cap_imports;
  char prefix[64];
  uint32_t prefix_len;
  int plain;         /* LODE_ESM_PLAIN: a plain function, no `yield;` */
  size_t yield_at;   /* where `yield;` is (or would be) in the code */
  int assign_helper; /* an import is assigned to: emit the throwing target */
  int default_name;  /* `export default function () {}`: fix its .name */
  char message[160]; /* a syntax error's message */
  uint32_t *lit; /* html_comments: literal ranges */
  uint32_t cap_lit;
  /* the record */
  lode_esm_request *requests;
  uint32_t nrequests, cap_requests;
  lode_esm_attribute *unsupported;
  uint32_t nunsupported, cap_unsupported;
  lode_esm_local_export *locals;
  uint32_t nlocals, cap_locals;
  lode_esm_binding *indirect;
  uint32_t nindirect, cap_indirect;
  uint32_t *star;
  uint32_t nstar, cap_star;
  lode_esm_binding *imp_rec;
  uint32_t nimp_rec, cap_imp_rec;
} rw_state;

static _Noreturn void oom(rw_state *rw) { longjmp(rw->jmp, 1); }

static void *grow_arr(rw_state *rw, void *arr, uint32_t *cap, uint32_t need, size_t elem) {
  if (need <= *cap) return arr;
  uint32_t c = *cap ? *cap : 16;
  while (c < need) {
    if (c > 0x3fffffffu) oom(rw);
    c *= 2;
  }
  void *n = jsp_big_realloc(arr, (size_t)*cap * elem, (size_t)c * elem);
  if (n == NULL) oom(rw);
  *cap = c;
  return n;
}

#define PUSH(rw, arr, n, cap) \
  ((rw)->arr = grow_arr((rw), (rw)->arr, &(rw)->cap, (rw)->n + 1, sizeof(*(rw)->arr)), &(rw)->arr[(rw)->n++])

static void b_reserve(rw_state *rw, buf_t *b, size_t n) {
  if (b->n + n + 1 > b->cap) {
    size_t c = b->cap ? b->cap : 256;
    while (c < b->n + n + 1) c *= 2;
    char *p = jsp_big_realloc(b->p, b->cap, c);
    if (p == NULL) oom(rw);
    b->p = p;
    b->cap = c;
  }
}

static void b_put(rw_state *rw, buf_t *b, const char *s, size_t n) {
  b_reserve(rw, b, n);
  memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
}

static void b_puts(rw_state *rw, buf_t *b, const char *s) { b_put(rw, b, s, strlen(s)); }

/* Appends b's own bytes [off, off + n) (which a realloc may move). */
static void b_put_self(rw_state *rw, buf_t *b, size_t off, size_t n) {
  b_reserve(rw, b, n);
  memcpy(b->p + b->n, b->p + off, n);
  b->n += n;
  b->p[b->n] = 0;
}

static void b_putu(rw_state *rw, buf_t *b, uint32_t v) {
  char tmp[16];
  int n = snprintf(tmp, sizeof tmp, "%u", v);
  b_put(rw, b, tmp, (size_t)n);
}

/* A string literal with the given UTF-8 contents (well-formed: export
 * names are checked by the parser). */
static void b_quote(rw_state *rw, buf_t *b, const char *s, uint32_t n) {
  b_put(rw, b, "\"", 1);
  for (uint32_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '"' || c == '\\') {
      char e[2] = {'\\', (char)c};
      b_put(rw, b, e, 2);
    } else if (c < 0x20) {
      char e[8];
      snprintf(e, sizeof e, "\\u%04x", c);
      b_put(rw, b, e, 6);
    } else if (c == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
               ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
      /* U+2028/U+2029 end a line: on line 1 they would move every line */
      b_puts(rw, b, (unsigned char)s[i + 2] == 0xa8 ? "\\u2028" : "\\u2029");
      i += 2;
    } else {
      b_put(rw, b, (const char *)&s[i], 1);
    }
  }
  b_put(rw, b, "\"", 1);
}

static int is_ident_ascii(const char *s, uint32_t n) {
  if (n == 0 || (s[0] >= '0' && s[0] <= '9')) return 0;
  for (uint32_t i = 0; i < n; i++) {
    char c = s[i];
    if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'))
      return 0;
  }
  return 1;
}

static lode_js_str str_of(const char *p, uint32_t n) {
  lode_js_str s = {p, n};
  return s;
}

static lode_js_str arena_str(rw_state *rw, const char *a, uint32_t an, const char *b, uint32_t bn) {
  char *p = jsp_arena_alloc(&rw->arena, an + bn + 1);
  memcpy(p, a, an);
  memcpy(p + an, b, bn);
  p[an + bn] = 0;
  return str_of(p, an + bn);
}

/* ---- edits ---- */

static void edit(rw_state *rw, uint32_t start, uint32_t end, const char *text, size_t n, int blank) {
  edit_t *e = PUSH(rw, edits, nedits, cap_edits);
  e->start = start;
  e->end = end;
  e->text = (uint32_t)rw->text.n;
  e->text_len = (uint32_t)n;
  e->seq = rw->nedits - 1;
  e->blank = (uint8_t)blank;
  if (n) b_put(rw, &rw->text, text, n);
}

/* An edit whose text is what was appended to rw->text since `mark`. */
static void edit_since(rw_state *rw, uint32_t start, uint32_t end, size_t mark) {
  edit_t *e = PUSH(rw, edits, nedits, cap_edits);
  e->start = start;
  e->end = end;
  e->text = (uint32_t)mark;
  e->text_len = (uint32_t)(rw->text.n - mark);
  e->seq = rw->nedits - 1;
  e->blank = 0;
}

static int edit_cmp(const void *a, const void *b) {
  const edit_t *x = a, *y = b;
  if (x->start != y->start) return x->start < y->start ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

/* Line terminators of src[start, end): \n, \r, U+2028, U+2029. */
static void put_newlines(rw_state *rw, buf_t *out, uint32_t start, uint32_t end) {
  const unsigned char *s = (const unsigned char *)rw->src;
  for (uint32_t i = start; i < end; i++) {
    if (s[i] == '\n' || s[i] == '\r') {
      b_put(rw, out, (const char *)&s[i], 1);
    } else if (s[i] == 0xe2 && i + 2 < end && s[i + 1] == 0x80 && (s[i + 2] == 0xa8 || s[i + 2] == 0xa9)) {
      b_put(rw, out, (const char *)&s[i], 3);
      i += 2;
    }
  }
}

static void put_blank(rw_state *rw, buf_t *out, uint32_t start, uint32_t end, int semi) {
  const unsigned char *s = (const unsigned char *)rw->src;
  uint32_t i = start;
  while (i < end) {
    uint32_t run = i;
    while (run < end && s[run] != '\n' && s[run] != '\r' &&
           !(s[run] == 0xe2 && run + 2 < end && s[run + 1] == 0x80 && (s[run + 2] == 0xa8 || s[run + 2] == 0xa9)))
      run++;
    if (run > i) {
      /* a space a byte (a multi-byte character becomes several) */
      size_t at = out->n;
      b_reserve(rw, out, run - i);
      memset(out->p + at, ' ', run - i);
      out->n += run - i;
      out->p[out->n] = 0;
      if (semi) {
        out->p[at] = ';';
        semi = 0;
      }
    }
    if (run >= end) break;
    uint32_t nl = s[run] == 0xe2 ? 3 : 1;
    b_put(rw, out, (const char *)&s[run], nl);
    i = run + nl;
  }
}

/* Edits by start, then in the order they were made. Each pass appends its
 * edits in source order, so the list is a few sorted runs: merged here
 * (qsort would take a scratch buffer of its own, fresh memory each time). */
static void sort_edits(rw_state *rw) {
  uint32_t n = rw->nedits;
  uint32_t i = 1;
  while (i < n && edit_cmp(&rw->edits[i - 1], &rw->edits[i]) <= 0) i++;
  if (i >= n) return;
  size_t bytes = (size_t)n * sizeof(edit_t);
  edit_t *tmp = jsp_big_realloc(NULL, 0, bytes);
  if (tmp == NULL) oom(rw);
  edit_t *a = rw->edits, *b = tmp;
  for (uint32_t width = 1; width < n; width *= 2) {
    for (uint32_t lo = 0; lo < n; lo += 2 * width) {
      uint32_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      uint32_t x = lo, y = mid, o = lo;
      while (x < mid && y < hi) b[o++] = edit_cmp(&a[y], &a[x]) < 0 ? a[y++] : a[x++];
      while (x < mid) b[o++] = a[x++];
      while (y < hi) b[o++] = a[y++];
    }
    edit_t *t = a;
    a = b;
    b = t;
  }
  if (a != rw->edits) memcpy(rw->edits, a, bytes);
  jsp_big_free(tmp, bytes);
}

static void apply_edits(rw_state *rw, buf_t *out) {
  sort_edits(rw);
  uint32_t pos = 0;
  for (uint32_t i = 0; i < rw->nedits; i++) {
    edit_t *e = &rw->edits[i];
    if (e->start < pos) continue; /* inside a blanked range (an import in `export {x}`) */
    b_put(rw, out, rw->src + pos, e->start - pos);
    if (e->blank) {
      put_blank(rw, out, e->start, e->end, e->blank == 1);
    } else {
      b_put(rw, out, rw->text.p + e->text, e->text_len);
      put_newlines(rw, out, e->start, e->end);
    }
    pos = e->end;
  }
  b_put(rw, out, rw->src + pos, rw->len - pos);
}

/* ---- records ---- */

static const char *decode_string(rw_state *rw, uint32_t node, uint32_t *len) {
  js_token t;
  memset(&t, 0, sizeof t);
  t.type = T_STRING;
  t.start = rw->nodes[node].start;
  t.end = rw->nodes[node].end;
  return jsp_lex_string_value(&rw->lx, &t, len);
}

/* An export name, attribute key or import name node: its value. */
static lode_js_str name_value(rw_state *rw, uint32_t node) {
  const lode_js_node *x = &rw->nodes[node];
  uint32_t len;
  if (x->kind == N_STRING) {
    const char *p = decode_string(rw, node, &len);
    return str_of(p, len);
  }
  const char *p = rw->src + x->start;
  len = x->end - x->start;
  if (memchr(p, '\\', len) == NULL) return str_of(p, len);
  uint32_t need = lode_js_ident_name(rw->src, x, NULL, 0);
  char *buf = jsp_arena_alloc(&rw->arena, need + 1);
  lode_js_ident_name(rw->src, x, buf, need);
  buf[need] = 0;
  return str_of(buf, need);
}

static int str_eq(lode_js_str a, lode_js_str b) {
  if (a.p == NULL || b.p == NULL) return a.p == b.p;
  return a.len == b.len && memcmp(a.p, b.p, a.len) == 0;
}

/* The request index of a module item, added on first appearance. */
static uint32_t request_of(rw_state *rw, const lode_js_module_item *it) {
  lode_js_str type = it->attr_type;
  for (uint32_t i = 0; i < rw->nrequests; i++)
    if (str_eq(rw->requests[i].specifier, it->specifier) && str_eq(rw->requests[i].type, type)) return i;
  lode_esm_request *r = PUSH(rw, requests, nrequests, cap_requests);
  r->specifier = it->specifier;
  r->type = type;
  uint32_t k = rw->nrequests - 1;
  /* attribute keys other than `type` */
  const lode_js_node *n = &rw->nodes[it->node];
  for (uint32_t c = n->first; c; c = rw->nodes[c].next) {
    if (rw->nodes[c].kind != N_ATTRIBUTES) continue;
    for (uint32_t key = rw->nodes[c].first; key; key = rw->nodes[rw->nodes[key].next].next) {
      lode_js_str name = name_value(rw, key);
      if (name.len == 4 && memcmp(name.p, "type", 4) == 0) continue;
      lode_esm_attribute *a = PUSH(rw, unsupported, nunsupported, cap_unsupported);
      a->request = k;
      a->key = name;
      a->value = name_value(rw, rw->nodes[key].next);
    }
  }
  return k;
}

static import_t *import_by_name(rw_state *rw, lode_js_str name) {
  for (uint32_t i = 0; i < rw->nimports; i++)
    if (str_eq(rw->imports[i].local, name)) return &rw->imports[i];
  return NULL;
}

static import_t *import_by_node(rw_state *rw, uint32_t node) {
  uint32_t lo = 0, hi = rw->nimports;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (rw->imports[mid].node < node) lo = mid + 1;
    else hi = mid;
  }
  return lo < rw->nimports && rw->imports[lo].node == node ? &rw->imports[lo] : NULL;
}

static int import_node_cmp(const void *a, const void *b) {
  const import_t *x = a, *y = b;
  return x->node < y->node ? -1 : x->node > y->node;
}

static void add_local(rw_state *rw, lode_js_str exported, lode_js_str local) {
  lode_esm_local_export *e = PUSH(rw, locals, nlocals, cap_locals);
  e->exported = exported;
  e->local = local;
}

static void add_binding(rw_state *rw, int indirect, lode_js_str name, uint32_t k, lode_js_str imported) {
  lode_esm_binding *b = indirect ? PUSH(rw, indirect, nindirect, cap_indirect) : PUSH(rw, imp_rec, nimp_rec, cap_imp_rec);
  b->name = name;
  b->request = k;
  b->imported = imported;
}

/* `$lode$n3.name`, `$lode$n3["a b"]`, or `$lode$n3` for a namespace. */
static void make_access(rw_state *rw, import_t *im) {
  size_t mark = rw->text.n;
  b_put(rw, &rw->text, rw->prefix, rw->prefix_len);
  b_put(rw, &rw->text, "n", 1);
  b_putu(rw, &rw->text, im->request);
  if (!(im->imported.len == 1 && im->imported.p[0] == '*')) {
    if (is_ident_ascii(im->imported.p, im->imported.len)) {
      b_put(rw, &rw->text, ".", 1);
      b_put(rw, &rw->text, im->imported.p, im->imported.len);
    } else {
      b_put(rw, &rw->text, "[", 1);
      b_quote(rw, &rw->text, im->imported.p, im->imported.len);
      b_put(rw, &rw->text, "]", 1);
    }
  }
  im->access = (uint32_t)mark;
  im->access_len = (uint32_t)(rw->text.n - mark);
}

static void collect_imports(rw_state *rw) {
  const lode_js_parse_result *r = &rw->pr;
  for (uint32_t i = 0; i < r->item_count; i++) {
    const lode_js_module_item *it = &r->items[i];
    if (it->kind != LODE_JS_IMPORT && it->kind != LODE_JS_EXPORT_FROM && it->kind != LODE_JS_EXPORT_ALL) continue;
    uint32_t k = request_of(rw, it);
    if (it->kind != LODE_JS_IMPORT) continue;
    uint32_t e = it->first_entry;
    for (uint32_t spec = rw->nodes[it->node].first; spec; spec = rw->nodes[spec].next) {
      if (rw->nodes[spec].kind != N_IMPORT_SPEC) continue;
      uint32_t bind = rw->nodes[spec].first;
      while (rw->nodes[bind].next) bind = rw->nodes[bind].next;
      const lode_js_entry *en = &r->entries[e++];
      import_t *im = PUSH(rw, imports, nimports, cap_imports);
      im->node = bind;
      im->request = k;
      im->local = en->local;
      im->imported = en->imported;
      make_access(rw, im);
      add_binding(rw, 0, en->local, k, en->imported);
    }
  }
  /* source order is node order, but sort to be sure of the binary search */
  if (rw->nimports > 1) qsort(rw->imports, rw->nimports, sizeof(import_t), import_node_cmp);
}

static int is_anonymous_fn(rw_state *rw, uint32_t n) {
  while (rw->nodes[n].kind == N_PAREN) n = rw->nodes[n].first;
  const lode_js_node *x = &rw->nodes[n];
  if (x->kind == N_ARROW) return 1;
  if (x->kind == N_FUNCTION || x->kind == N_CLASS) return rw->nodes[x->first].kind == N_EMPTY;
  return 0;
}

static void export_default(rw_state *rw, const lode_js_module_item *it) {
  const lode_js_node *n = &rw->nodes[it->node];
  uint32_t d = n->first;
  const lode_js_node *dx = &rw->nodes[d];
  lode_js_str def = arena_str(rw, rw->prefix, rw->prefix_len, "default", 7);
  lode_js_str exported = str_of("default", 7);
  size_t mark = rw->text.n;
  if (n->flags & NF_DECL) {
    uint32_t name = dx->first;
    if (rw->nodes[name].kind == N_IDENT_BIND) {
      edit(rw, it->start, dx->start, NULL, 0, 2);
      add_local(rw, exported, name_value(rw, name));
      return;
    }
    add_local(rw, exported, def);
    if (dx->kind == N_FUNCTION) {
      /* keep the hoisted declaration; its name is fixed in the prologue */
      edit(rw, it->start, dx->start, NULL, 0, 2);
      b_put(rw, &rw->text, " ", 1);
      b_put(rw, &rw->text, def.p, def.len);
      uint32_t params = rw->nodes[name].next;
      edit_since(rw, rw->nodes[params].start, rw->nodes[params].start, mark);
      rw->default_name = 1;
      return;
    }
    /* a class: an expression named by a property definition */
    b_puts(rw, &rw->text, "const ");
    b_put(rw, &rw->text, def.p, def.len);
    b_puts(rw, &rw->text, " = ({default: ");
    edit_since(rw, it->start, dx->start, mark);
    edit(rw, dx->end, dx->end, "}).default;", 11, 0);
    return;
  }
  add_local(rw, exported, def);
  int anon = is_anonymous_fn(rw, d);
  b_puts(rw, &rw->text, "const ");
  b_put(rw, &rw->text, def.p, def.len);
  b_puts(rw, &rw->text, anon ? " = ({default: " : " = ");
  edit_since(rw, it->start, dx->start, mark);
  if (anon) edit(rw, dx->end, dx->end, "}).default;", 11, 0);
}

static void collect_exports(rw_state *rw) {
  const lode_js_parse_result *r = &rw->pr;
  uint32_t k = 0;
  for (uint32_t i = 0; i < r->item_count; i++) {
    const lode_js_module_item *it = &r->items[i];
    const lode_js_entry *en = r->entries != NULL ? &r->entries[it->first_entry] : NULL;
    switch (it->kind) {
      case LODE_JS_IMPORT:
        edit(rw, it->start, it->end, NULL, 0, 1);
        break;
      case LODE_JS_EXPORT_FROM:
        k = request_of(rw, it);
        for (uint32_t e = 0; e < it->entry_count; e++) add_binding(rw, 1, en[e].exported, k, en[e].imported);
        edit(rw, it->start, it->end, NULL, 0, 1);
        break;
      case LODE_JS_EXPORT_ALL:
        k = request_of(rw, it);
        if (it->entry_count && en[0].exported.p != NULL) {
          add_binding(rw, 1, en[0].exported, k, str_of("*", 1));
        } else {
          uint32_t *s = PUSH(rw, star, nstar, cap_star);
          *s = k;
        }
        edit(rw, it->start, it->end, NULL, 0, 1);
        break;
      case LODE_JS_EXPORT_LOCAL:
        if (rw->nodes[it->node].kind == N_EXPORT_NAMED) {
          for (uint32_t e = 0; e < it->entry_count; e++) {
            import_t *im = import_by_name(rw, en[e].local);
            if (im != NULL) add_binding(rw, 1, en[e].exported, im->request, im->imported);
            else add_local(rw, en[e].exported, en[e].local);
          }
          edit(rw, it->start, it->end, NULL, 0, 1);
        } else {
          for (uint32_t e = 0; e < it->entry_count; e++) add_local(rw, en[e].exported, en[e].local);
          edit(rw, it->start, rw->nodes[rw->nodes[it->node].first].start, NULL, 0, 2);
        }
        break;
      case LODE_JS_EXPORT_DEFAULT:
        export_default(rw, it);
        break;
      case LODE_JS_IMPORT_CALL: {
        size_t mark = rw->text.n;
        b_put(rw, &rw->text, rw->prefix, rw->prefix_len);
        b_puts(rw, &rw->text, ".import");
        edit_since(rw, it->start, it->start + 6, mark);
        break;
      }
      case LODE_JS_IMPORT_META: {
        size_t mark = rw->text.n;
        b_put(rw, &rw->text, rw->prefix, rw->prefix_len);
        b_puts(rw, &rw->text, ".meta");
        edit_since(rw, it->start, it->end, mark);
        break;
      }
      default:
        break;
    }
  }
}

/* ---- references to imports ---- */

static int is_list(int kind) {
  return kind == N_PROGRAM || kind == N_BLOCK || kind == N_CASE || kind == N_STATIC_BLOCK;
}

/* Does the reference start an expression statement in a statement list
 * (where a `(` put first could continue the previous line)? */
static int starts_statement(rw_state *rw, uint32_t ref) {
  uint32_t start = rw->nodes[ref].start, n = ref;
  for (;;) {
    uint32_t p = rw->sc.parent[n];
    if (p == 0 || rw->nodes[p].start != start) return 0;
    if (rw->nodes[p].kind == N_EXPR_STMT) return is_list(rw->nodes[rw->sc.parent[p]].kind);
    n = p;
  }
}

enum { USE_READ, USE_CALL, USE_TARGET };

static void rewrite_ref(rw_state *rw, uint32_t ref, import_t *im) {
  uint32_t c = ref, p = rw->sc.parent[ref];
  int use = USE_READ, key = 0;
  int pk = rw->nodes[p].kind;
  if (pk == N_EXPORT_SPEC) return; /* `export {x}`: removed */
  if (pk == N_PROPERTY && (rw->nodes[p].flags & NF_SHORTHAND)) {
    key = 1;
    use = rw->nodes[rw->sc.parent[p]].kind == N_OBJECT_PATTERN ? USE_TARGET : USE_READ;
  } else {
    while (rw->nodes[p].kind == N_PAREN) {
      c = p;
      p = rw->sc.parent[p];
    }
    const lode_js_node *px = &rw->nodes[p];
    int first = px->first == c;
    switch (px->kind) {
      case N_ASSIGN: case N_FOR_IN: case N_FOR_OF:
        if (first) use = USE_TARGET;
        break;
      case N_UPDATE: case N_ARRAY_PATTERN:
        use = USE_TARGET;
        break;
      case N_REST: {
        int gk = rw->nodes[rw->sc.parent[p]].kind;
        if (gk == N_ARRAY_PATTERN || gk == N_OBJECT_PATTERN) use = USE_TARGET;
        break;
      }
      case N_ASSIGN_PATTERN:
        if (first) {
          use = USE_TARGET;
          uint32_t g = rw->sc.parent[p];
          if (rw->nodes[g].kind == N_PROPERTY && (rw->nodes[g].flags & NF_SHORTHAND)) key = 1;
        }
        break;
      case N_PROPERTY:
        if (!first && rw->nodes[rw->sc.parent[p]].kind == N_OBJECT_PATTERN) use = USE_TARGET;
        break;
      case N_CALL: case N_TAGGED_TEMPLATE:
        if (first) use = USE_CALL;
        break;
      default:
        break;
    }
  }
  const lode_js_node *x = &rw->nodes[ref];
  size_t mark = rw->text.n;
  if (key) {
    b_put(rw, &rw->text, rw->src + x->start, x->end - x->start);
    b_put(rw, &rw->text, ": ", 2);
  }
  if (use == USE_TARGET) {
    /* a target that reads the import and throws on assignment */
    rw->assign_helper = 1;
    b_put(rw, &rw->text, rw->prefix, rw->prefix_len);
    b_puts(rw, &rw->text, "c(() => ");
    b_put_self(rw, &rw->text, im->access, im->access_len);
    b_puts(rw, &rw->text, ").v");
  } else if (use == USE_CALL) {
    if (starts_statement(rw, ref)) b_put(rw, &rw->text, ";", 1);
    b_puts(rw, &rw->text, "(0, ");
    b_put_self(rw, &rw->text, im->access, im->access_len);
    b_put(rw, &rw->text, ")", 1);
  } else {
    b_put_self(rw, &rw->text, im->access, im->access_len);
  }
  edit_since(rw, x->start, x->end, mark);
}

static void rewrite_refs(rw_state *rw) {
  if (rw->nimports == 0) return;
  lode_js_str *names = malloc(rw->nimports * sizeof *names);
  if (names == NULL) oom(rw);
  for (uint32_t i = 0; i < rw->nimports; i++) names[i] = rw->imports[i].local;
  int rc = lode_js_scope_analyze(rw->src, &rw->pr, names, rw->nimports, &rw->sc);
  free(names);
  if (rc != 0) oom(rw);
  const lode_js_node *nodes = rw->nodes;
  for (uint32_t i = 1; i < rw->pr.node_count; i++) {
    if (nodes[i].kind != N_IDENT_REF) continue;
    uint32_t d = rw->sc.decl[i];
    if (d == 0 || nodes[d].op != B_IMPORT) continue;
    import_t *im = import_by_node(rw, d);
    if (im != NULL) rewrite_ref(rw, i, im);
  }
}

/* ---- `arguments` outside any function ---- */

static int start_cmp(const void *a, const void *b) {
  const uint32_t *x = a, *y = b;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

static int is_arguments(rw_state *rw, uint32_t n) {
  const lode_js_node *x = &rw->nodes[n];
  if (x->end - x->start == 9) return memcmp(rw->src + x->start, "arguments", 9) == 0;
  char buf[16];
  return memchr(rw->src + x->start, '\\', x->end - x->start) != NULL &&
         lode_js_ident_name(rw->src, x, buf, sizeof buf) == 9 && memcmp(buf, "arguments", 9) == 0;
}

/* A module has no `arguments` binding (typeof gives 'undefined', a read
 * throws), but its wrapper function has one: a reference outside every
 * non-arrow function becomes an undeclared name of ours. No scope analysis
 * is needed: strict code cannot declare `arguments`. */
static void free_arguments(rw_state *rw) {
  if (memmem(rw->src, rw->len, "arguments", 9) == NULL && memmem(rw->src, rw->len, "\\u", 2) == NULL) return;
  /* (start, end, is_function) triples of functions and references, by start */
  uint32_t n = 0, nrefs = 0;
  for (uint32_t i = 1; i < rw->pr.node_count; i++) {
    int k = rw->nodes[i].kind;
    if (k == N_IDENT_REF && is_arguments(rw, i)) nrefs++;
    else if (k != N_FUNCTION) continue;
    rw->lit = grow_arr(rw, rw->lit, &rw->cap_lit, n + 3, sizeof *rw->lit);
    rw->lit[n++] = rw->nodes[i].start;
    rw->lit[n++] = k == N_FUNCTION ? rw->nodes[i].end : i;
    rw->lit[n++] = k == N_FUNCTION;
  }
  if (nrefs == 0) return;
  qsort(rw->lit, n / 3, 3 * sizeof *rw->lit, start_cmp);
  /* a sweep with the stack of the functions still open (nested ranges) */
  uint32_t *open = NULL, nopen = 0, cap_open = 0;
  for (uint32_t i = 0; i < n; i += 3) {
    while (nopen > 0 && open[nopen - 1] <= rw->lit[i]) nopen--;
    if (rw->lit[i + 2]) {
      if (nopen == cap_open) {
        uint32_t c = cap_open ? cap_open * 2 : 16;
        uint32_t *o = realloc(open, c * sizeof *o);
        if (o == NULL) {
          free(open);
          oom(rw);
        }
        open = o;
        cap_open = c;
      }
      open[nopen++] = rw->lit[i + 1];
    } else if (nopen == 0) {
      uint32_t ref = rw->lit[i + 1];
      const lode_js_node *x = &rw->nodes[ref];
      size_t mark = rw->text.n;
      /* `{ arguments }`: the key stays (the property node is made just before its key) */
      const lode_js_node *prop = &rw->nodes[ref - 1];
      if (prop->kind == N_PROPERTY && prop->first == ref && (prop->flags & NF_SHORTHAND)) {
        b_put(rw, &rw->text, rw->src + x->start, x->end - x->start);
        b_put(rw, &rw->text, ": ", 2);
      }
      b_put(rw, &rw->text, rw->prefix, rw->prefix_len);
      b_puts(rw, &rw->text, "arguments");
      edit_since(rw, x->start, x->end, mark);
    }
  }
  free(open);
}

/* ---- what a script would read differently ---- */

static int literal_cmp(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

/* The module runs as script code, where `<!--` starts a comment (Annex
 * B); in a module it is `<`, `!`, `--`. A space keeps them apart. (`-->`
 * only starts a comment first on a line, where a module cannot have it.) */
static void html_comments(rw_state *rw) {
  if (memmem(rw->src, rw->len, "<!--", 4) == NULL) return;
  /* start/end pairs of the literals, where the text is not code */
  uint32_t n = 0;
  for (uint32_t i = 1; i < rw->pr.node_count; i++) {
    int k = rw->nodes[i].kind;
    if (k != N_STRING && k != N_TEMPLATE_PIECE && k != N_REGEXP) continue;
    rw->lit = grow_arr(rw, rw->lit, &rw->cap_lit, n + 2, sizeof *rw->lit);
    rw->lit[n++] = rw->nodes[i].start;
    rw->lit[n++] = rw->nodes[i].end;
  }
  uint32_t *lit = rw->lit;
  if (n > 2) qsort(lit, n / 2, 2 * sizeof *lit, literal_cmp);
  const char *p = rw->src, *end = rw->src + rw->len;
  while ((p = memmem(p, (size_t)(end - p), "<!--", 4)) != NULL) {
    uint32_t at = (uint32_t)(p - rw->src), lo = 0, hi = n / 2;
    while (lo < hi) { /* the last literal starting at or before `at` */
      uint32_t mid = (lo + hi) / 2;
      if (lit[mid * 2] <= at) lo = mid + 1;
      else hi = mid;
    }
    if (lo == 0 || lit[(lo - 1) * 2 + 1] <= at) edit(rw, at + 1, at + 1, " ", 1, 0);
    p += 4;
  }
}

/* ---- the function ---- */

static void choose_prefix(rw_state *rw) {
  memcpy(rw->prefix, "$lode$", 6);
  rw->prefix_len = 6;
  while (rw->prefix_len + 1 < sizeof rw->prefix && memmem(rw->src, rw->len, rw->prefix, rw->prefix_len) != NULL)
    rw->prefix[rw->prefix_len++] = '$';
  rw->prefix[rw->prefix_len] = 0;
}

static void build_code(rw_state *rw, buf_t *out) {
  const char *P = rw->prefix;
  size_t PL = rw->prefix_len;
  /* one allocation: the source, the edits' text, and room for line 1 */
  b_reserve(rw, out, (size_t)rw->len + rw->text.n + 512 + (size_t)rw->nlocals * 32 + (size_t)rw->nrequests * 16);
  if (rw->plain) b_puts(rw, out, rw->pr.has_top_level_await ? "(async function (" : "(function (");
  else b_puts(rw, out, rw->pr.has_top_level_await ? "(async function* (" : "(function* (");
  b_put(rw, out, P, PL);
  for (uint32_t k = 0; k < rw->nrequests; k++) {
    b_put(rw, out, ", ", 2);
    b_put(rw, out, P, PL);
    b_put(rw, out, "n", 1);
    b_putu(rw, out, k);
  }
  b_puts(rw, out, ") {\"use strict\";");
  if (rw->assign_helper) {
    /* TypeError read from a real one: the module may shadow the global */
    b_puts(rw, out, "const ");
    b_put(rw, out, P, PL);
    b_puts(rw, out, "c = (g) => ({ get v() { return g(); }, set v(_) { let E; try { null.x; } catch (e) { E = "
                    "e.constructor; } throw new E(\"Assignment to constant variable.\"); } });");
  }
  if (rw->default_name) {
    b_puts(rw, out, "Object.defineProperty(");
    b_put(rw, out, P, PL);
    b_puts(rw, out, "default, \"name\", { value: \"default\" });");
  }
  b_put(rw, out, P, PL);
  b_puts(rw, out, ".e({");
  for (uint32_t i = 0; i < rw->nlocals; i++) {
    if (i) b_put(rw, out, ", ", 2);
    b_quote(rw, out, rw->locals[i].exported.p, rw->locals[i].exported.len);
    b_puts(rw, out, ": () => ");
    b_put(rw, out, rw->locals[i].local.p, rw->locals[i].local.len);
  }
  b_puts(rw, out, "});");
  rw->yield_at = out->n;
  if (!rw->plain) b_puts(rw, out, "yield;");
  apply_edits(rw, out);
  b_puts(rw, out, "\n})");
}

#define FREE_ARR(rw, arr, cap) jsp_big_free((rw)->arr, (size_t)(rw)->cap * sizeof *(rw)->arr)

static void free_state(rw_state *rw) {
  lode_js_parse_result_free(&rw->pr);
  lode_js_scope_free(&rw->sc);
  jsp_arena_free(&rw->arena);
  FREE_ARR(rw, edits, cap_edits);
  jsp_big_free(rw->text.p, rw->text.cap);
  jsp_big_free(rw->code.p, rw->code.cap);
  FREE_ARR(rw, imports, cap_imports);
  FREE_ARR(rw, requests, cap_requests);
  FREE_ARR(rw, unsupported, cap_unsupported);
  FREE_ARR(rw, locals, cap_locals);
  FREE_ARR(rw, indirect, cap_indirect);
  FREE_ARR(rw, star, cap_star);
  FREE_ARR(rw, imp_rec, cap_imp_rec);
  FREE_ARR(rw, lit, cap_lit);
  free(rw);
}

static uint32_t utf16_column(const char *src, size_t len, uint32_t off) {
  const unsigned char *s = (const unsigned char *)src;
  if (off > len) off = (uint32_t)len;
  uint32_t start = off;
  while (start > 0) {
    unsigned char c = s[start - 1];
    if (c == '\n' || c == '\r') break;
    if (start >= 3 && s[start - 3] == 0xe2 && s[start - 2] == 0x80 && (c == 0xa8 || c == 0xa9)) break;
    start--;
  }
  uint32_t col = 0;
  for (uint32_t i = start; i < off; i++) {
    if ((s[i] & 0xc0) != 0x80) col++;
    if (s[i] >= 0xf0) col++; /* a surrogate pair */
  }
  return col;
}

static uint32_t line_of(const char *src, size_t len, uint32_t off) {
  uint32_t line = 1;
  const unsigned char *s = (const unsigned char *)src;
  if (off > len) off = (uint32_t)len;
  for (uint32_t i = 0; i < off; i++) {
    if (s[i] == '\n' || (s[i] == '\r' && !(i + 1 < len && s[i + 1] == '\n'))) line++;
    else if (s[i] == 0xe2 && i + 2 < len && s[i + 1] == 0x80 && (s[i + 2] == 0xa8 || s[i + 2] == 0xa9)) line++;
  }
  return line;
}

/* The parser's messages that V8 spells with the name in them. */
static void v8_message(const char *src, size_t len, const char *msg, uint32_t off, char *buf, size_t cap) {
  static const struct {
    const char *ours, *before, *after;
  } named[] = {
      {"Identifier has already been declared", "Identifier '", "' has already been declared"},
      {"Export is not defined in module", "Export '", "' is not defined in module"},
      {"Duplicate export of a name", "Duplicate export of '", "'"},
      {"Label has already been declared", "Label '", "' has already been declared"},
      {"Undefined label", "Undefined label '", "'"},
      {"Private field must be declared in an enclosing class", "Private field '", "' must be declared in an enclosing class"},
  };
  if (msg == NULL) msg = "Invalid or unexpected token";
  snprintf(buf, cap, "%s", msg);
  if (strncmp(msg, "Unexpected strict mode reserved word '", 38) == 0) {
    snprintf(buf, cap, "Unexpected strict mode reserved word");
    return;
  }
  if (strcmp(msg, "Octal literals are not allowed in strict mode.") == 0) {
    /* 08, 09: V8 calls them decimals */
    for (uint32_t i = off; i < len && src[i] >= '0' && src[i] <= '9'; i++)
      if (src[i] >= '8') {
        snprintf(buf, cap, "Decimals with leading zeros are not allowed in strict mode.");
        return;
      }
    return;
  }
  for (size_t k = 0; k < sizeof named / sizeof named[0]; k++) {
    if (strcmp(msg, named[k].ours) != 0) continue;
    /* the name at the offset: an identifier (maybe #private), or a string */
    uint32_t s = off, e = off;
    const char *name = src + off;
    if (e < len && (src[e] == '"' || src[e] == '\'')) {
      char q = src[e++];
      while (e < len && src[e] != q && src[e] != '\n') e += src[e] == '\\' ? 2 : 1;
      name = src + s + 1;
      e = e > len ? (uint32_t)len : e;
      s++;
    } else {
      if (e < len && src[e] == '#') e++;
      while (e < len && (isalnum((unsigned char)src[e]) || src[e] == '_' || src[e] == '$' || src[e] == '\\' ||
                         (unsigned char)src[e] >= 0x80))
        e++;
    }
    if (e == s) return;
    if (k == 2 && e - s == 7 && memcmp(name, "default", 7) == 0) {
      /* a second `export default` */
      uint32_t b = s;
      while (b > 0 && (src[b - 1] == ' ' || src[b - 1] == '\t' || src[b - 1] == '\n' || src[b - 1] == '\r')) b--;
      if (b >= 6 && memcmp(src + b - 6, "export", 6) == 0) {
        snprintf(buf, cap, "Identifier '.default' has already been declared");
        return;
      }
    }
    snprintf(buf, cap, "%s%.*s%s", named[k].before, (int)(e - s > 64 ? 64 : e - s), name, named[k].after);
    return;
  }
}

void lode_esm_set_error(lode_esm_error *err, const char *src, size_t len, const char *msg, uint32_t offset) {
  v8_message(src, len, msg, offset, err->buf, sizeof err->buf);
  err->message = err->buf;
  err->offset = offset;
  err->line = line_of(src, len, offset);
  err->column = utf16_column(src, len, offset);
}

int lode_esm_parse_module(const char *src, size_t len, lode_esm_module *out) {
  return lode_esm_parse_module_ex(src, len, 0, out);
}

int lode_esm_parse_module_ex(const char *src, size_t len, int flags, lode_esm_module *out) {
  memset(out, 0, sizeof *out);
  rw_state *rw = calloc(1, sizeof *rw);
  if (rw == NULL) {
    out->error_message = "out of memory";
    out->error_line = 1;
    return -1;
  }
  out->internal = rw;
  rw->src = src;
  rw->len = (uint32_t)len;
  rw->plain = (flags & LODE_ESM_PLAIN) != 0;
  if (setjmp(rw->jmp) != 0) {
    out->error_message = "out of memory";
    out->error_line = 1;
    return -1;
  }
  if (lode_js_parse(src, len, 1, &rw->pr) != 0) {
    v8_message(src, len, rw->pr.error_message, rw->pr.error_offset, rw->message, sizeof rw->message);
    out->error_message = rw->message;
    out->error_offset = rw->pr.error_offset;
    out->error_line = rw->pr.error_line;
    out->error_column = utf16_column(src, len, rw->pr.error_offset);
    return -1;
  }
  rw->nodes = rw->pr.nodes;
  rw->diag.jmp = &rw->jmp;
  rw->arena.diag = &rw->diag;
  jsp_lex_init(&rw->lx, src, (uint32_t)len, 1, &rw->diag, &rw->arena);
  choose_prefix(rw);
  if (len >= 2 && src[0] == '#' && src[1] == '!') {
    uint32_t e = 2;
    while (e < len && src[e] != '\n' && src[e] != '\r') e++;
    edit(rw, 0, e, NULL, 0, 2);
  }
  collect_imports(rw);
  collect_exports(rw);
  rewrite_refs(rw);
  free_arguments(rw);
  html_comments(rw);
  build_code(rw, &rw->code);
  out->code = rw->code.p;
  out->code_len = rw->code.n;
  out->yield_at = rw->yield_at;
  out->requests = rw->requests;
  out->nrequests = rw->nrequests;
  out->unsupported = rw->unsupported;
  out->nunsupported = rw->nunsupported;
  out->local_exports = rw->locals;
  out->nlocal_exports = rw->nlocals;
  out->indirect_exports = rw->indirect;
  out->nindirect_exports = rw->nindirect;
  out->star_exports = rw->star;
  out->nstar_exports = rw->nstar;
  out->imports = rw->imp_rec;
  out->nimports = rw->nimp_rec;
  out->has_tla = rw->pr.has_top_level_await;
  for (uint32_t i = 0; i < rw->pr.item_count; i++)
    if (rw->pr.items[i].kind == LODE_JS_IMPORT_META) out->uses_meta = 1;
  out->prefix = rw->prefix;
  return 0;
}

void lode_esm_module_free(lode_esm_module *m) {
  if (m->internal != NULL) free_state(m->internal); /* with the code */
  memset(m, 0, sizeof *m);
}

/* ---- scripts ---- */

static const char CJS_HEAD[] = "(function (exports, require, module, __filename, __dirname) {";

int lode_esm_parse_cjs_body(const char *src, size_t len, lode_js_parse_result *r, char **copy, uint32_t *shift) {
  size_t hl = sizeof CJS_HEAD - 1;
  *shift = (uint32_t)hl;
  *copy = NULL;
  if (len > 0xfffffff0u - hl - 8) {
    memset(r, 0, sizeof *r);
    r->error_message = "source too large";
    return -1;
  }
  char *buf = malloc(hl + len + 4);
  if (buf == NULL) {
    memset(r, 0, sizeof *r);
    r->error_message = "out of memory";
    return -1;
  }
  memcpy(buf, CJS_HEAD, hl);
  memcpy(buf + hl, src, len);
  /* a hashbang is only allowed first: blank it */
  if (len >= 2 && src[0] == '#' && src[1] == '!')
    for (size_t i = 0; i < len && src[i] != '\n' && src[i] != '\r'; i++) buf[hl + i] = ' ';
  memcpy(buf + hl + len, "\n})", 4);
  *copy = buf;
  int rc = lode_js_parse(buf, hl + len + 3, 0, r);
  if (rc != 0) {
    r->error_offset = r->error_offset >= hl ? r->error_offset - (uint32_t)hl : 0;
    if (r->error_offset > len) r->error_offset = (uint32_t)len;
  }
  return rc;
}

/* Could the source contain an import() call? (`import` then `(`, or a
 * comment before it) */
static int maybe_import_call(const char *src, size_t len) {
  const char *p = src, *end = src + len;
  while ((p = memmem(p, (size_t)(end - p), "import", 6)) != NULL) {
    const unsigned char *q = (const unsigned char *)p + 6;
    int before_ok = p == src || !(((unsigned char)p[-1] >= 'a' && (unsigned char)p[-1] <= 'z') ||
                                  ((unsigned char)p[-1] >= 'A' && (unsigned char)p[-1] <= 'Z') ||
                                  ((unsigned char)p[-1] >= '0' && (unsigned char)p[-1] <= '9') ||
                                  p[-1] == '_' || p[-1] == '$' || (unsigned char)p[-1] >= 0x80);
    p += 6;
    if (!before_ok) continue;
    while (q < (const unsigned char *)end && (*q == ' ' || *q == '\t' || *q == '\n' || *q == '\r' || *q == '\v' || *q == '\f'))
      q++;
    /* a comment, or other white space (non-ASCII) may come first */
    if (q < (const unsigned char *)end && (*q == '(' || *q == '/' || *q >= 0x80)) return 1;
  }
  return 0;
}

int lode_esm_parse_script(const char *src, size_t len, char **out, size_t *out_len, lode_esm_error *err) {
  *out = NULL;
  *out_len = 0;
  memset(err, 0, sizeof *err);
  if (!maybe_import_call(src, len)) return 0;
  lode_js_parse_result r;
  char *copy;
  uint32_t shift;
  if (lode_esm_parse_cjs_body(src, len, &r, &copy, &shift) != 0) {
    lode_esm_set_error(err, src, len, r.error_message, r.error_offset);
    lode_js_parse_result_free(&r);
    free(copy);
    return -1;
  }
  uint32_t calls = 0;
  for (uint32_t i = 0; i < r.item_count; i++) calls += r.items[i].kind == LODE_JS_IMPORT_CALL;
  int rc = 0;
  if (calls > 0) {
    static const char repl[] = "$lode$import";
    size_t n = len + calls * (sizeof repl - 1 - 6);
    char *o = malloc(n + 1);
    if (o == NULL) {
      lode_esm_set_error(err, src, len, "out of memory", 0);
      rc = -1;
    } else {
      /* items are in source order */
      size_t at = 0, pos = 0;
      for (uint32_t i = 0; i < r.item_count; i++) {
        if (r.items[i].kind != LODE_JS_IMPORT_CALL) continue;
        size_t s = r.items[i].start - shift;
        memcpy(o + at, src + pos, s - pos);
        at += s - pos;
        memcpy(o + at, repl, sizeof repl - 1);
        at += sizeof repl - 1;
        pos = s + 6;
      }
      memcpy(o + at, src + pos, len - pos);
      at += len - pos;
      o[at] = 0;
      *out = o;
      *out_len = at;
    }
  }
  lode_js_parse_result_free(&r);
  free(copy);
  return rc;
}
