/* Internals shared by js_parser.c (statements, functions, modules),
 * js_parse_expr.c (expressions, classes, patterns) and js_parse_scope.c
 * (declarations, labels, private names). Not a public header. */
#ifndef LODE_JS_PARSE_INTERNAL_H
#define LODE_JS_PARSE_INTERNAL_H

#include <setjmp.h>
#include <stdint.h>

#include "js_lexer.h"
#include "js_parser.h"

/* function context flags */
#define FN_TOP 0x001          /* script or module top level */
#define FN_ARROW 0x002
#define FN_ASYNC 0x004        /* await expressions allowed */
#define FN_GENERATOR 0x008    /* yield expressions allowed */
#define FN_METHOD 0x010       /* super.x allowed */
#define FN_DERIVED_CTOR 0x020 /* super() allowed */
#define FN_FIELD_INIT 0x040   /* class field initializer: no `arguments` */
#define FN_STATIC_BLOCK 0x080 /* no `arguments`, no `await` */
#define FN_IN_PARAMS 0x100    /* parsing the formal parameters */
#define FN_SIMPLE_PARAMS 0x200

typedef struct js_fn {
  struct js_fn *up;
  unsigned flags;
  int strict;
  uint32_t label_base;    /* labels of this function start here in p->labels */
  int loops, breakables;  /* enclosing iteration / switch statements */
  uint32_t dup_param_pos;    /* +1: a duplicate parameter name */
  uint32_t strict_param_pos; /* +1: a parameter name invalid in strict code */
  uint32_t name_node;        /* the function's own name (for the strict check) */
  uint32_t saved_yield, saved_await, saved_await_ident;
} js_fn;

/* scope kinds */
enum { SC_FUNCTION = 1, SC_BLOCK, SC_CATCH, SC_MODULE, SC_SCRIPT };

typedef struct js_scope {
  struct js_scope *up;
  uint32_t id;
  uint32_t log_base; /* its names are removed from the table when it closes */
  uint8_t kind;
  uint8_t simple_catch;
} js_scope;

/* one name declared in one scope */
typedef struct {
  const char *name;
  uint32_t len, hash;
  uint32_t scope;
  uint32_t flags;
} js_decl;

typedef struct {
  const char *name;
  uint32_t len;
  int is_loop;
} js_label;

typedef struct {
  const char *name;
  uint32_t len;
  uint32_t pos;
  uint32_t kind; /* declarations: PV_* flags */
} js_private;

typedef struct js_class {
  struct js_class *up;
  uint32_t decl_base, ref_base;
} js_class;

/* expression parsing flags */
#define E_NO_IN 1 /* `in` is not an operator (for-statement heads) */
#define E_COVER 2 /* the expression may still become a pattern */

/* internal node marks */
#define OP_ASYNC_HEAD 1  /* N_CALL: `async(...)`, may become an async arrow head */
#define OP_ARROW_ONLY 1  /* N_PAREN: `()`, `(a,)`, `(...a)`: must be arrow parameters */
#define NF_PARENS 0x80   /* expression nodes wrapped in parentheses at least once (not used on N_FUNCTION/N_CLASS) */
#define NF_COMMA_AFTER 0x40 /* N_SPREAD: a comma follows it */

typedef struct js_parser {
  js_lexer lx;
  js_diag diag;
  js_arena arena;
  jmp_buf jmp;
  lode_js_node *nodes;
  uint32_t nnodes, cap_nodes;
  uint32_t prev_end; /* end offset of the last consumed token */
  int is_module;
  int strict; /* the current code is strict */
  int depth;
  js_fn *fn;
  js_scope *scope;
  uint32_t scope_serial;
  /* a pending cover-grammar error (+1 offset): {a = 1} or a duplicate
   * __proto__ in a literal that may still become a pattern */
  uint32_t cover_pos;
  const char *cover_msg;
  /* last yield/await expression and `await` identifier (+1 offsets), to
   * reject them in arrow parameters parsed before the `=>` */
  uint32_t last_yield, last_await, last_await_ident;
  uint32_t direct_labels; /* labels directly on the statement being parsed */
  /* declarations: open-addressing hash table */
  js_decl *decls;
  uint32_t decl_cap, decl_count;
  js_decl *dlog; /* names inserted, in order, for removal */
  uint32_t ndlog, cap_dlog;
  js_label *labels;
  uint32_t nlabels, cap_labels;
  js_private *privs, *prefs;
  uint32_t nprivs, cap_privs, nprefs, cap_prefs;
  js_class *cls;
  /* module records */
  lode_js_module_item *items;
  uint32_t nitems, cap_items;
  lode_js_entry *entries;
  uint32_t nentries, cap_entries;
  uint32_t *export_refs; /* N_IDENT_REF nodes of `export {x}` */
  uint32_t nexport_refs, cap_export_refs;
  int has_tla;
  int exporting; /* module-level bindings being declared are exported */
  uint32_t export_item; /* ... by this module record */
} js_parser;

#define ND(i) (p->nodes[(i)])
#define TOK (p->lx.tok)

/* js_parser.c */
_Noreturn void jsp_fail(js_parser *p, uint32_t pos, const char *msg);
_Noreturn void jsp_unexpected(js_parser *p);
void jsp_next(js_parser *p);
void jsp_expect(js_parser *p, int type);
int jsp_peek(js_parser *p, js_token *out);
void jsp_semicolon(js_parser *p);
void jsp_enter(js_parser *p);
uint32_t jsp_node(js_parser *p, int kind, uint32_t start);
void jsp_add(js_parser *p, uint32_t parent, uint32_t *last, uint32_t child);
uint32_t jsp_node1(js_parser *p, int kind, uint32_t start, uint32_t a);
uint32_t jsp_node2(js_parser *p, int kind, uint32_t start, uint32_t a, uint32_t b);
uint32_t jsp_finish(js_parser *p, uint32_t n);
uint32_t jsp_empty(js_parser *p, int kind, uint32_t pos);
void *jsp_grow(js_parser *p, void *arr, uint32_t *cap, uint32_t need, size_t elem);
int jsp_is_ident_token(const js_token *t);
int jsp_is_kw(js_parser *p, int kw);
uint32_t jsp_binding_ident(js_parser *p, int bkind);
uint32_t jsp_binding_target(js_parser *p, int bkind);
uint32_t jsp_binding_element(js_parser *p, int bkind);
void jsp_check_binding_name(js_parser *p, const char *name, uint32_t len, int kw, uint32_t pos, int bkind);
uint32_t jsp_parse_function(js_parser *p, uint32_t start, unsigned fnflags, int is_decl, int name_optional);
uint32_t jsp_function_rest(js_parser *p, uint32_t start, unsigned fnflags, int kind_op, uint32_t name_node);
uint32_t jsp_function_body(js_parser *p, js_fn *fn, uint32_t params);
uint32_t jsp_statement_list_item(js_parser *p);
uint32_t jsp_block_body(js_parser *p, int kind);
void jsp_export_binding(js_parser *p, const char *name, uint32_t len, uint32_t pos);
void jsp_fn_push(js_parser *p, js_fn *fn, unsigned flags);
void jsp_fn_pop(js_parser *p, js_fn *fn);
void jsp_strict_recheck(js_parser *p, js_fn *fn, uint32_t params);
void jsp_add_item(js_parser *p, int kind, uint32_t start, uint32_t end, uint32_t node);
js_fn *jsp_nonarrow(js_parser *p);
int jsp_await_reserved(js_parser *p);
int jsp_yield_reserved(js_parser *p);

/* js_parse_expr.c */
uint32_t jsp_expression(js_parser *p, int flags);
uint32_t jsp_assign(js_parser *p, int flags);
uint32_t jsp_lhs_expression(js_parser *p);
uint32_t jsp_parse_class(js_parser *p, uint32_t start, int is_decl, int name_optional);
void jsp_to_pattern(js_parser *p, uint32_t n, int bkind);
int jsp_simple_target(js_parser *p, uint32_t n, int allow_call);
uint32_t jsp_string_node(js_parser *p, lode_js_str *value);
uint32_t jsp_ident_name_node(js_parser *p);

/* js_parse_scope.c */
void jsp_scope_push(js_parser *p, js_scope *s, int kind);
void jsp_scope_pop(js_parser *p, js_scope *s);
void jsp_declare(js_parser *p, const char *name, uint32_t len, int bkind, uint32_t pos, unsigned fnflags);
int jsp_scope_has(js_parser *p, js_scope *s, const char *name, uint32_t len);
int jsp_export_name(js_parser *p, const char *name, uint32_t len, uint32_t pos);
void jsp_label_push(js_parser *p, const char *name, uint32_t len, uint32_t pos);
js_label *jsp_label_find(js_parser *p, const char *name, uint32_t len);
void jsp_class_push(js_parser *p, js_class *c);
void jsp_class_pop(js_parser *p, js_class *c);
void jsp_private_declare(js_parser *p, const char *name, uint32_t len, uint32_t pos, uint32_t kind);
void jsp_private_ref(js_parser *p, const char *name, uint32_t len, uint32_t pos);
void jsp_scope_free(js_parser *p);

#define PV_FIELD 1
#define PV_METHOD 2
#define PV_GET 4
#define PV_SET 8
#define PV_STATIC 16

#endif
