// link: src/js_lexer.c src/js_parser.c src/js_parse_expr.c src/js_parse_scope.c src/js_regexp.c -licuuc
/* libFuzzer target for lode's JavaScript parser (src/js_parser.c).
 *
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc test/fuzz/fuzz-js-parser.c \
 *     src/js_lexer.c src/js_parser.c src/js_parse_expr.c src/js_parse_scope.c src/js_regexp.c \
 *     -licuuc -o /tmp/fuzz-js
 *   /tmp/fuzz-js -max_len=4096
 *
 * Each input is parsed as a script and as a module. Checks, on top of
 * memory safety and termination: an error has a message and a position in
 * the input; a tree has every node inside its parent and inside the input,
 * and the module records point into the input. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "js_parser.h"

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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  for (int module = 0; module < 2; module++) {
    lode_js_parse_result r;
    if (lode_js_parse((const char *)data, size, module, &r) == 0) {
      check_tree(&r, size);
    } else if (r.error_message == NULL || r.error_offset > size || r.error_line < 1 || r.error_column < 1) {
      abort();
    }
    lode_js_parse_result_free(&r);
  }
  return 0;
}
