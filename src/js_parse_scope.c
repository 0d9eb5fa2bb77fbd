/* Declarations, labels and private names for lode's JavaScript parser: the
 * early errors of the specification that need names (redeclarations,
 * undefined labels, undeclared private names, duplicate exports). */
#include <stdlib.h>
#include <string.h>

#include "js_parse_internal.h"

/* flags of a name in one scope */
#define D_LEX 1       /* let, const, class, import, block-level function */
#define D_VAR 2       /* var declared here or hoisted through here */
#define D_FN 4        /* function declaration at function top level (var-like) */
#define D_PARAM 8
#define D_CATCH 16
#define D_SLOPPY_FN 32 /* plain function in a sloppy-mode block (Annex B.3.2.4) */

#define EXPORTS_SCOPE 0xffffffffu

static uint32_t hash_name(const char *s, uint32_t n) {
  uint32_t h = 2166136261u;
  for (uint32_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  return h;
}

static js_decl *lookup(js_parser *p, uint32_t scope, const char *name, uint32_t len) {
  if (p->decl_count * 2 >= p->decl_cap) {
    uint32_t cap = p->decl_cap ? p->decl_cap * 2 : 256;
    js_decl *t = jsp_big_zalloc((size_t)cap * sizeof(js_decl));
    if (t == NULL) jsp_fail(p, 0, "out of memory");
    for (uint32_t i = 0; i < p->decl_cap; i++) {
      js_decl *d = &p->decls[i];
      if (d->name == NULL) continue;
      uint32_t j = (d->hash ^ (d->scope * 0x9e3779b1u)) & (cap - 1);
      while (t[j].name != NULL) j = (j + 1) & (cap - 1);
      t[j] = *d;
    }
    jsp_big_free(p->decls, (size_t)p->decl_cap * sizeof(js_decl));
    p->decls = t;
    p->decl_cap = cap;
  }
  uint32_t h = hash_name(name, len);
  uint32_t j = (h ^ (scope * 0x9e3779b1u)) & (p->decl_cap - 1);
  for (;;) {
    js_decl *d = &p->decls[j];
    if (d->name == NULL) {
      d->name = name;
      d->len = len;
      d->hash = h;
      d->scope = scope;
      d->flags = 0;
      p->decl_count++;
      if (scope != EXPORTS_SCOPE) {
        p->dlog = jsp_grow(p, p->dlog, &p->cap_dlog, p->ndlog + 1, sizeof(js_decl));
        p->dlog[p->ndlog++] = *d;
      }
      return &p->decls[j];
    }
    if (d->hash == h && d->scope == scope && d->len == len && memcmp(d->name, name, len) == 0) return d;
    j = (j + 1) & (p->decl_cap - 1);
  }
}

static uint32_t home_slot(js_parser *p, const js_decl *d) {
  return (d->hash ^ (d->scope * 0x9e3779b1u)) & (p->decl_cap - 1);
}

/* Removes a name from the table (linear probing: later entries of the
 * cluster move back so that every entry stays reachable from its home). */
static void remove_decl(js_parser *p, const js_decl *key) {
  uint32_t mask = p->decl_cap - 1, j = home_slot(p, key);
  while (p->decls[j].name != NULL) {
    js_decl *d = &p->decls[j];
    if (d->scope == key->scope && d->len == key->len && d->hash == key->hash && memcmp(d->name, key->name, key->len) == 0)
      break;
    j = (j + 1) & mask;
  }
  if (p->decls[j].name == NULL) return;
  for (uint32_t k = (j + 1) & mask; p->decls[k].name != NULL; k = (k + 1) & mask) {
    uint32_t h = home_slot(p, &p->decls[k]);
    /* the entry at k may move to j unless its home lies cyclically in (j, k] */
    int stays = j < k ? (h > j && h <= k) : (h > j || h <= k);
    if (!stays) {
      p->decls[j] = p->decls[k];
      j = k;
    }
  }
  p->decls[j].name = NULL;
  p->decl_count--;
}

void jsp_scope_free(js_parser *p) {
  jsp_big_free(p->dlog, (size_t)p->cap_dlog * sizeof(js_decl));
  p->dlog = NULL;
  jsp_big_free(p->decls, (size_t)p->decl_cap * sizeof(js_decl));
  jsp_big_free(p->labels, (size_t)p->cap_labels * sizeof(js_label));
  jsp_big_free(p->privs, (size_t)p->cap_privs * sizeof(js_private));
  jsp_big_free(p->prefs, (size_t)p->cap_prefs * sizeof(js_private));
  p->decls = NULL;
  p->labels = NULL;
  p->privs = p->prefs = NULL;
}

void jsp_scope_push(js_parser *p, js_scope *s, int kind) {
  s->up = p->scope;
  s->id = ++p->scope_serial;
  s->kind = (uint8_t)kind;
  s->simple_catch = 0;
  s->log_base = p->ndlog;
  p->scope = s;
}

void jsp_scope_pop(js_parser *p, js_scope *s) {
  /* names of enclosing scopes inserted meanwhile (hoisted vars) stay */
  uint32_t keep = s->log_base;
  for (uint32_t i = s->log_base; i < p->ndlog; i++) {
    if (p->dlog[i].scope == s->id) remove_decl(p, &p->dlog[i]);
    else p->dlog[keep++] = p->dlog[i];
  }
  p->ndlog = keep;
  p->scope = s->up;
}

int jsp_scope_has(js_parser *p, js_scope *s, const char *name, uint32_t len) {
  if (p->decl_cap == 0) return 0;
  return lookup(p, s->id, name, len)->flags != 0;
}

static _Noreturn void redeclared(js_parser *p, uint32_t pos) {
  jsp_fail(p, pos, "Identifier has already been declared");
}

void jsp_declare(js_parser *p, const char *name, uint32_t len, int bkind, uint32_t pos, unsigned fnflags) {
  js_scope *s = p->scope;
  js_decl *d;
  if (p->exporting && s->kind == SC_MODULE && bkind != B_PARAM && bkind != B_FUNCTION_NAME && bkind != B_ASSIGN)
    jsp_export_binding(p, name, len, pos);
  switch (bkind) {
    case B_VAR:
      for (;; s = s->up) {
        d = lookup(p, s->id, name, len);
        if (d->flags & (D_LEX | D_SLOPPY_FN)) redeclared(p, pos);
        if ((d->flags & D_CATCH) && !s->simple_catch) redeclared(p, pos);
        d->flags |= D_VAR;
        if (s->kind == SC_FUNCTION || s->kind == SC_SCRIPT || s->kind == SC_MODULE) break;
      }
      break;
    case B_FUNCTION:
      d = lookup(p, s->id, name, len);
      if (s->kind == SC_FUNCTION || s->kind == SC_SCRIPT) {
        if (d->flags & D_LEX) redeclared(p, pos);
        d->flags |= D_FN;
      } else {
        int sloppy_plain = !p->strict && s->kind != SC_MODULE && !(fnflags & (FN_ASYNC | FN_GENERATOR));
        if (d->flags != 0 && !(sloppy_plain && d->flags == (D_LEX | D_SLOPPY_FN))) redeclared(p, pos);
        d->flags |= D_LEX | (sloppy_plain ? D_SLOPPY_FN : 0);
      }
      break;
    case B_LET:
    case B_CONST:
    case B_CLASS:
    case B_IMPORT:
      d = lookup(p, s->id, name, len);
      if (d->flags != 0) redeclared(p, pos);
      d->flags |= D_LEX;
      break;
    case B_PARAM:
      d = lookup(p, s->id, name, len);
      if ((d->flags & D_PARAM) && p->fn->dup_param_pos == 0) p->fn->dup_param_pos = pos + 1;
      d->flags |= D_PARAM;
      break;
    case B_CATCH:
      d = lookup(p, s->id, name, len);
      if (d->flags != 0) redeclared(p, pos);
      d->flags |= D_CATCH;
      break;
    default:
      break; /* names of function/class expressions, assignment targets */
  }
}

int jsp_export_name(js_parser *p, const char *name, uint32_t len, uint32_t pos) {
  js_decl *d = lookup(p, EXPORTS_SCOPE, name, len);
  if (d->flags != 0) jsp_fail(p, pos, "Duplicate export of a name");
  d->flags = 1;
  return 0;
}

/* ---- labels ---- */

js_label *jsp_label_find(js_parser *p, const char *name, uint32_t len) {
  for (uint32_t i = p->nlabels; i > p->fn->label_base; i--) {
    js_label *l = &p->labels[i - 1];
    if (l->len == len && memcmp(l->name, name, len) == 0) return l;
  }
  return NULL;
}

void jsp_label_push(js_parser *p, const char *name, uint32_t len, uint32_t pos) {
  if (jsp_label_find(p, name, len) != NULL) jsp_fail(p, pos, "Label has already been declared");
  p->labels = jsp_grow(p, p->labels, &p->cap_labels, p->nlabels + 1, sizeof(js_label));
  js_label *l = &p->labels[p->nlabels++];
  l->name = name;
  l->len = len;
  l->is_loop = 0;
}

/* ---- private names ---- */

void jsp_class_push(js_parser *p, js_class *c) {
  c->up = p->cls;
  c->decl_base = p->nprivs;
  c->ref_base = p->nprefs;
  p->cls = c;
}

static int same(const js_private *a, const char *name, uint32_t len) {
  return a->len == len && memcmp(a->name, name, len) == 0;
}

void jsp_class_pop(js_parser *p, js_class *c) {
  uint32_t keep = c->ref_base;
  for (uint32_t i = c->ref_base; i < p->nprefs; i++) {
    js_private *r = &p->prefs[i];
    int found = 0;
    for (uint32_t j = c->decl_base; j < p->nprivs && !found; j++) found = same(&p->privs[j], r->name, r->len);
    if (!found) p->prefs[keep++] = *r;
  }
  p->nprefs = keep;
  p->nprivs = c->decl_base;
  p->cls = c->up;
  if (p->cls == NULL && p->nprefs > 0)
    jsp_fail(p, p->prefs[0].pos, "Private field must be declared in an enclosing class");
}

void jsp_private_declare(js_parser *p, const char *name, uint32_t len, uint32_t pos, uint32_t kind) {
  if (len == 11 && memcmp(name, "constructor", 11) == 0) jsp_fail(p, pos, "Classes may not have a private field named '#constructor'");
  for (uint32_t j = p->cls->decl_base; j < p->nprivs; j++) {
    js_private *d = &p->privs[j];
    if (!same(d, name, len)) continue;
    uint32_t acc = PV_GET | PV_SET;
    if ((d->kind & acc) && (kind & acc) && !(d->kind & kind & acc) && (d->kind & PV_STATIC) == (kind & PV_STATIC) &&
        (d->kind & acc) != acc) {
      d->kind |= kind;
      return;
    }
    jsp_fail(p, pos, "Identifier has already been declared");
  }
  p->privs = jsp_grow(p, p->privs, &p->cap_privs, p->nprivs + 1, sizeof(js_private));
  js_private *d = &p->privs[p->nprivs++];
  d->name = name;
  d->len = len;
  d->pos = pos;
  d->kind = kind;
}

void jsp_private_ref(js_parser *p, const char *name, uint32_t len, uint32_t pos) {
  if (p->cls == NULL) jsp_fail(p, pos, "Private field must be declared in an enclosing class");
  p->prefs = jsp_grow(p, p->prefs, &p->cap_prefs, p->nprefs + 1, sizeof(js_private));
  js_private *r = &p->prefs[p->nprefs++];
  r->name = name;
  r->len = len;
  r->pos = pos;
  r->kind = 0;
}
