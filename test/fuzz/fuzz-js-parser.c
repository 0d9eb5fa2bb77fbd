// link: src/js_lexer.c src/js_parser.c src/js_parse_expr.c src/js_parse_scope.c src/js_regexp.c src/js_scope.c src/js_rewrite.c src/js_cjs.c -licuuc
/* libFuzzer target for lode's JavaScript parser (src/js_parser.c).
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc test/fuzz/fuzz-js-parser.c \
 *     src/js_lexer.c src/js_parser.c src/js_parse_expr.c src/js_parse_scope.c src/js_regexp.c \
 *     src/js_scope.c src/js_rewrite.c src/js_cjs.c -licuuc -o /tmp/fuzz-js
 *   /tmp/fuzz-js -max_len=4096
 *
 * Each input is parsed as a script and as a module. Checks, on top of
 * memory safety and termination: an error has a message and a position in
 * the input; a tree has every node inside its parent and inside the input,
 * and the module records point into the input.
 *
 * The ES module layer runs on the same input (js_scope.c, js_rewrite.c,
 * js_cjs.c): a module that parses is rewritten, the rewrite keeps every
 * line terminator and is itself valid script code (parsed again), every
 * resolved reference points at a binding; the import() rewrite of
 * scripts, CommonJS export detection and module detection must not fail
 * on anything. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "js_parser.h"
#include "js_rewrite.h"
#include "js_scope.h"

static void check_tree(const lode_js_parse_result *r, size_t size) {
  if (r->root == 0 || r->root >= r->node_count || r->nodes[r->root].kind != N_PROGRAM) abort();
  /* iterative walk: (node, parent) pairs */
  uint32_t cap = 256, sp = 0;
  uint32_t *stack = malloc(cap * 2 * sizeof(uint32_t));
  if (stack == NULL) return;
  stack[0] = r->root;
  stack[1] = 0;
  sp = 1;
  uint32_t visited = 0;
  while (sp > 0) {
    sp--;
    uint32_t n = stack[sp * 2], parent = stack[sp * 2 + 1];
    const lode_js_node *x = &r->nodes[n];
    if (n >= r->node_count || x->kind == N_NONE || x->kind >= N_KIND_COUNT) abort();
    if (x->start > x->end || x->end > size) abort();
    if (parent != 0 && (x->start < r->nodes[parent].start || x->end > r->nodes[parent].end)) abort();
    if (++visited > r->node_count) abort(); /* a cycle */
    for (uint32_t c = x->first; c; c = r->nodes[c].next) {
      if (c >= r->node_count) abort();
      if (sp == cap) {
        uint32_t *s2 = realloc(stack, cap * 4 * sizeof(uint32_t));
        if (s2 == NULL) {
          free(stack);
          return;
        }
        stack = s2;
        cap *= 2;
      }
      stack[sp * 2] = c;
      stack[sp * 2 + 1] = n;
      sp++;
    }
  }
  free(stack);
  for (uint32_t i = 0; i < r->item_count; i++) {
    const lode_js_module_item *it = &r->items[i];
    if (it->start > it->end || it->end > size) abort();
    if (it->has_specifier && (it->spec_start < it->start || it->spec_end > it->end)) abort();
    if (it->first_entry + it->entry_count > r->entry_count) abort();
  }
}

/* \n, \r, U+2028 and U+2029 counted apart */
static void terminators(const char *s, size_t n, size_t out[4]) {
  out[0] = out[1] = out[2] = out[3] = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '\n') out[0]++;
    else if (s[i] == '\r') out[1]++;
    else if ((unsigned char)s[i] == 0xe2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9))
      out[(unsigned char)s[i + 2] == 0xa8 ? 2 : 3]++;
  }
}

static void check_esm(const char *src, size_t size, int module_ok, const lode_js_parse_result *mod) {
  if (module_ok) {
    lode_js_scope sc;
    if (lode_js_scope_analyze(src, mod, NULL, 0, &sc) == 0) {
      for (uint32_t i = 1; i < mod->node_count; i++)
        if (sc.decl[i] != 0 && (sc.decl[i] >= mod->node_count || mod->nodes[sc.decl[i]].kind != N_IDENT_BIND)) abort();
    }
    lode_js_scope_free(&sc);
  }
  lode_esm_module m;
  int rc = lode_esm_parse_module(src, size, &m);
  if (rc == 0 && !module_ok) abort();
  if (rc != 0 && module_ok && strcmp(m.error_message, "out of memory") != 0) abort();
  if (rc == 0) {
    size_t a[4], b[4];
    terminators(src, size, a);
    terminators(m.code, m.code_len, b);
    if (b[0] != a[0] + 1 || b[1] != a[1] || b[2] != a[2] || b[3] != a[3]) abort();
    lode_js_parse_result again;
    if (lode_js_parse(m.code, m.code_len, 0, &again) != 0 && strcmp(again.error_message, "out of memory") != 0 &&
        strcmp(again.error_message, "too deeply nested") != 0)
      abort();
    lode_js_parse_result_free(&again);
  }
  lode_esm_module_free(&m);
  char *out;
  size_t out_len;
  lode_esm_error err;
  if (lode_esm_parse_script(src, size, &out, &out_len, &err) == 0 && out != NULL && out_len < size) abort();
  free(out);
  lode_cjs_exports e;
  lode_cjs_exports_parse(src, size, &e);
  lode_cjs_exports_free(&e);
  lode_esm_detect_module(src, size);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int module = 0; module < 2; module++) {
    lode_js_parse_result r;
    int ok = lode_js_parse((const char *)data, size, module, &r) == 0;
    if (ok) {
      check_tree(&r, size);
    } else if (r.error_message == NULL || r.error_offset > size || r.error_line < 1 || r.error_column < 1) {
      abort();
    }
    if (module) check_esm((const char *)data, size, ok, &r);
    lode_js_parse_result_free(&r);
  }
  return 0;
}
