/* ES modules for lode without engine support: a module's source becomes
 * the source of one generator function whose references to imported
 * bindings read the exporters' namespace objects (live bindings), plus the
 * records the loader needs (requests, exports, imports). The interface is
 * /work/notes/esm-contract.md; the JS side is lib/internal/modules/esm/.
 * Also: the import() rewrite for scripts, static detection of CommonJS
 * export names, and Node's module syntax detection.
 *
 * Engine-free C over js_parser.h and js_scope.h (unit tests in
 * test/c/test-js-rewrite.c, fuzzing in test/fuzz/fuzz-js-parser.c); the
 * binding that exposes it is src/esm_binding.c. */
#ifndef LODE_JS_REWRITE_H
#define LODE_JS_REWRITE_H

#include <stddef.h>
#include <stdint.h>

#include "js_parser.h"

typedef struct {
  lode_js_str specifier;
  lode_js_str type; /* the `type` import attribute; p == NULL when absent */
} lode_esm_request;

typedef struct {
  uint32_t request;
  lode_js_str key, value;
} lode_esm_attribute;

typedef struct {
  lode_js_str exported, local;
} lode_esm_local_export;

typedef struct {
  lode_js_str name; /* exported name (indirect) or local name (imports) */
  uint32_t request;
  lode_js_str imported; /* "*" for a namespace */
} lode_esm_binding;

typedef struct lode_esm_module {
  char *code; /* owned by the record */
  size_t code_len;
  size_t yield_at; /* offset in code of the `yield;` after `PREFIX.e({...});` (with LODE_ESM_PLAIN: where it would go) */
  lode_esm_request *requests;
  uint32_t nrequests;
  lode_esm_attribute *unsupported; /* attribute keys other than `type` */
  uint32_t nunsupported;
  lode_esm_local_export *local_exports;
  uint32_t nlocal_exports;
  lode_esm_binding *indirect_exports;
  uint32_t nindirect_exports;
  uint32_t *star_exports;
  uint32_t nstar_exports;
  lode_esm_binding *imports;
  uint32_t nimports;
  int has_tla, uses_meta;
  char *prefix; /* "$lode$", or with more '$' when the source contains it */
  /* a syntax error (when lode_esm_parse_module returned -1) */
  const char *error_message;
  uint32_t error_offset;
  uint32_t error_line;   /* 1-based */
  uint32_t error_column; /* 0-based, in UTF-16 code units */
  void *internal;
} lode_esm_module;

/* Parses and rewrites a module (UTF-8). Returns 0, or -1 with the error
 * fields set. lode_esm_module_free must be called in both cases; the
 * record's strings may point into src, which must outlive it. */
int lode_esm_parse_module(const char *src, size_t len, lode_esm_module *out);
void lode_esm_module_free(lode_esm_module *m);
/* The same with flags: LODE_ESM_PLAIN makes the code a plain (async)
 * function, without the `*` and the `yield;` (the loader runs a module
 * outside an import cycle that way: JSC's generator transformation of a
 * large body is slow); yield_at tells where the generator form differs. */
#define LODE_ESM_PLAIN 1
int lode_esm_parse_module_ex(const char *src, size_t len, int flags, lode_esm_module *out);

/* A script (CommonJS body or -e code): *out = NULL when it has no import()
 * call, else a malloc'd copy with every `import(` made `$lode$import(`.
 * Returns 0, or -1 with a syntax error in err (message, offset, line,
 * column as above; out of memory is an error too). */
typedef struct {
  const char *message; /* static, or owned by the call's arena: copy before the next call */
  uint32_t offset, line, column;
  char buf[160];
} lode_esm_error;
int lode_esm_parse_script(const char *src, size_t len, char **out, size_t *out_len, lode_esm_error *err);

/* Export names of a CommonJS module found statically (the rules Node
 * documents for named imports from CommonJS, those of cjs-module-lexer),
 * in order of discovery, without duplicates. Never fails except out of
 * memory (-1); a source with a syntax error gives no names. */
typedef struct {
  lode_js_str *names;
  uint32_t nnames, cap_names;
  lode_js_str *reexports;
  uint32_t nreexports, cap_reexports;
  void *internal;
} lode_cjs_exports;
int lode_cjs_exports_parse(const char *src, size_t len, lode_cjs_exports *out);
void lode_cjs_exports_free(lode_cjs_exports *e);

/* Node's syntax detection for ambiguous .js files: 1 when the source does
 * not parse as CommonJS because of ES module syntax, else 0. */
int lode_esm_detect_module(const char *src, size_t len);

/* Internal, shared by js_rewrite.c and js_cjs.c: parses src as the body of
 * the CommonJS wrapper function. *shift is the wrapper's length, to
 * subtract from the result's offsets. */
int lode_esm_parse_cjs_body(const char *src, size_t len, lode_js_parse_result *r, char **copy, uint32_t *shift);
/* Fills err from a failed parse of src (offsets already in src). */
void lode_esm_set_error(lode_esm_error *err, const char *src, size_t len, const char *msg, uint32_t offset);

#endif
