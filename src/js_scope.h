/* Scope analysis over the tree of lode's JavaScript parser (js_parser.h):
 * every N_IDENT_REF is resolved to the N_IDENT_BIND that declares it, with
 * the scoping rules of ECMAScript (var hoisting to the function, block
 * scoped let/const/class and block-level functions, parameters with their
 * own scope apart from the body's, catch parameters, the own name of a
 * function or class expression, for-let heads, switch blocks, class static
 * blocks). Property names, object keys, labels and member names are not
 * references in the tree and are never resolved.
 *
 * Two passes, both without recursion: a walk with an explicit stack that
 * records scopes, declarations and the references in order, then a replay
 * of that record with one "current binding" slot per distinct name, saved
 * and restored as scopes open and close (linear in the size of the tree).
 *
 * Not modelled (script code only, never in modules): `with` and the
 * bindings a sloppy direct eval may add; names resolve lexically. */
#ifndef LODE_JS_SCOPE_H
#define LODE_JS_SCOPE_H

#include <stdint.h>

#include "js_parser.h"

typedef struct {
  /* per node (node_count entries): for an N_IDENT_REF the index of the
   * N_IDENT_BIND it refers to, 0 when no declaration is in scope (a
   * global); 0 for other nodes */
  uint32_t *decl;
  /* per node: its parent (0 for the root) */
  uint32_t *parent;
  uint32_t node_count;
} lode_js_scope;

/* src: the parsed source (names are read from it). only/nonly: when only
 * is not NULL, just the references named so are resolved (the others stay
 * 0), which is much faster. Returns 0, or -1 when out of memory.
 * lode_js_scope_free must be called in both cases. */
int lode_js_scope_analyze(const char *src, const lode_js_parse_result *r, const lode_js_str *only, uint32_t nonly,
                          lode_js_scope *out);
void lode_js_scope_free(lode_js_scope *s);

/* The decoded name of an identifier node (\u escapes resolved) into buf
 * (cap bytes); returns its length, or the length it needs when larger
 * than cap. */
uint32_t lode_js_ident_name(const char *src, const lode_js_node *n, char *buf, uint32_t cap);

#endif
