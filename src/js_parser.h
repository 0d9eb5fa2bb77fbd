/* lode's own JavaScript parser: the whole ECMAScript 2025 grammar, scripts
 * and modules, with the early errors (redeclarations, strict mode rules,
 * labels, private names, ...), written from the specification. Engine-free
 * C, like http_parser.c and url_parser.c, so that it is unit-tested
 * (test/c/test-js-parser.c), checked against the test262-parser-tests
 * corpus (make test-parser) and fuzzed (test/fuzz/fuzz-js-parser.c).
 *
 * Output, for the ES module loader and the later scope analysis/rewrite:
 *  - a compact tree (20 bytes a node, first-child/next-sibling links, byte
 *    offsets into the source) in which every identifier says what it is: a
 *    reference, a binding (with its declaration kind), a property or
 *    member name, or a label;
 *  - the module's import/export declarations, `import()` calls and
 *    `import.meta` occurrences, with offsets and decoded names.
 * Everything lives in one arena per parse: memory proportional to the
 * source. Nesting deeper than LODE_JS_MAX_DEPTH is refused with an error
 * rather than overflowing the C stack. */
#ifndef LODE_JS_PARSER_H
#define LODE_JS_PARSER_H

#include <stddef.h>
#include <stdint.h>

#define LODE_JS_MAX_DEPTH 1000

/* Node kinds. Children are listed in order; "[x]" is optional and then an
 * N_EMPTY node stands in its place when later children follow. */
enum {
  N_NONE = 0,
  N_EMPTY,        /* placeholder for a missing optional child */
  N_PROGRAM,      /* statements... (flags: NF_MODULE, NF_STRICT) */
  /* statements */
  N_VAR,          /* op = KW_VAR/KW_LET/KW_CONST: N_DECLARATOR... */
  N_DECLARATOR,   /* target [init] */
  N_FUNCTION,     /* declaration or expression: [name] N_PARAMS body(N_BLOCK or expr for arrows) */
  N_PARAMS,       /* targets (N_IDENT_BIND, patterns, N_ASSIGN_PATTERN, N_REST)... */
  N_BLOCK,        /* statements... */
  N_EMPTY_STMT,
  N_EXPR_STMT,    /* expr (flags: NF_DIRECTIVE for a directive) */
  N_IF,           /* test consequent [alternate] */
  N_FOR,          /* [init] [test] [update] body */
  N_FOR_IN,       /* left right body */
  N_FOR_OF,       /* left right body (flags: NF_AWAIT) */
  N_WHILE,        /* test body */
  N_DO_WHILE,     /* body test */
  N_CONTINUE,     /* [label] */
  N_BREAK,        /* [label] */
  N_RETURN,       /* [expr] */
  N_WITH,         /* object body */
  N_SWITCH,       /* discriminant N_CASE... */
  N_CASE,         /* test-or-N_EMPTY(default) statements... */
  N_LABELED,      /* N_LABEL statement */
  N_THROW,        /* expr */
  N_TRY,          /* block [N_CATCH] [finalizer block] */
  N_CATCH,        /* [param] block */
  N_DEBUGGER,
  N_CLASS,        /* [name] [heritage] N_CLASS_BODY (declaration or expression) */
  N_CLASS_BODY,   /* N_METHOD / N_FIELD / N_STATIC_BLOCK... */
  N_METHOD,       /* key N_FUNCTION (op: 0 method, KW_GET, KW_SET; flags NF_STATIC/NF_COMPUTED) */
  N_FIELD,        /* key [value] (flags NF_STATIC/NF_COMPUTED) */
  N_STATIC_BLOCK, /* statements... */
  N_IMPORT,       /* specifiers... N_STRING [N_ATTRIBUTES] */
  N_IMPORT_SPEC,  /* N_IDENT_NAME-or-N_STRING(imported) N_IDENT_BIND(local) (op: 0, KW_DEFAULT, T_STAR for namespace) */
  N_EXPORT_NAMED, /* N_EXPORT_SPEC... [N_STRING from] [N_ATTRIBUTES] */
  N_EXPORT_SPEC,  /* local(N_IDENT_REF, or name/string when re-exported) exported(N_IDENT_NAME or N_STRING) */
  N_EXPORT_ALL,   /* [exported name] N_STRING [N_ATTRIBUTES] */
  N_EXPORT_DECL,  /* declaration (N_VAR, N_FUNCTION, N_CLASS) */
  N_EXPORT_DEFAULT, /* expression, or N_FUNCTION/N_CLASS declaration (flags NF_DECL) */
  N_ATTRIBUTES,   /* with { key: 'value', ... }: (N_IDENT_NAME-or-N_STRING N_STRING)... */
  /* expressions */
  N_IDENT_REF,    /* a reference to a binding */
  N_IDENT_BIND,   /* a binding (op: declaration kind, see B_*) */
  N_IDENT_NAME,   /* a property/member/export name: not a reference */
  N_LABEL,
  N_PRIVATE_NAME, /* #x */
  N_THIS, N_SUPER, N_NULL, N_TRUE, N_FALSE,
  N_NUMBER, N_BIGINT, N_STRING, N_REGEXP,
  N_TEMPLATE,     /* N_TEMPLATE_PIECE (expr N_TEMPLATE_PIECE)... */
  N_TEMPLATE_PIECE,
  N_TAGGED_TEMPLATE, /* tag N_TEMPLATE */
  N_ARRAY,        /* elements (N_ELISION for holes, N_SPREAD)... */
  N_ELISION,
  N_OBJECT,       /* N_PROPERTY / N_SPREAD... */
  N_PROPERTY,     /* key value (op: 0, KW_GET, KW_SET; NF_SHORTHAND: one child;
                     NF_METHOD: value is N_FUNCTION; NF_COMPUTED) */
  N_COVER_INIT,   /* {a = 1} in an object literal that becomes a pattern: N_IDENT_REF default */
  N_SPREAD,       /* expr */
  N_ARROW,        /* N_PARAMS body (flags NF_ASYNC, NF_EXPR_BODY) */
  N_UNARY,        /* op: T_MINUS, T_PLUS, T_BANG, T_TILDE, KW_TYPEOF, KW_VOID, KW_DELETE */
  N_UPDATE,       /* op: T_INC/T_DEC (flags NF_PREFIX) */
  N_BINARY,       /* left right (op: token; KW_IN, KW_INSTANCEOF) */
  N_LOGICAL,      /* left right (op: T_AND, T_OR, T_NULLISH) */
  N_ASSIGN,       /* target value (op: T_ASSIGN...) */
  N_CONDITIONAL,  /* test consequent alternate */
  N_CALL,         /* callee args... (flags NF_OPTIONAL for ?.( ) */
  N_NEW,          /* callee args... */
  N_MEMBER,       /* object property(N_IDENT_NAME, N_PRIVATE_NAME or expr) (flags NF_COMPUTED, NF_OPTIONAL) */
  N_CHAIN,        /* an optional chain as a whole: expr */
  N_SEQUENCE,     /* exprs... */
  N_PAREN,        /* expr */
  N_YIELD,        /* [expr] (flags NF_DELEGATE) */
  N_AWAIT,        /* expr */
  N_META,         /* new.target or import.meta (op: KW_TARGET/KW_META) */
  N_IMPORT_CALL,  /* specifier [options] */
  N_PRIVATE_IN,   /* #x in obj: N_PRIVATE_NAME expr */
  /* patterns (from declarations, parameters, or converted from literals) */
  N_ARRAY_PATTERN,  /* targets or N_ELISION... [N_REST] */
  N_OBJECT_PATTERN, /* N_PROPERTY(key, target)... [N_REST] */
  N_ASSIGN_PATTERN, /* target default */
  N_REST,           /* target */
  N_KIND_COUNT
};

/* Operators: N_BINARY/N_LOGICAL/N_ASSIGN/N_UNARY/N_UPDATE op is the token
 * type of js_lexer.h (T_PLUS, ...), or LODE_JS_OP_KW(KW_IN), (KW_INSTANCEOF),
 * (KW_TYPEOF), (KW_VOID), (KW_DELETE) for the keyword operators. */
#define LODE_JS_OP_KW(kw) (0x100 + (kw))

/* Node flags */
#define NF_STATIC 0x01
#define NF_COMPUTED 0x02
#define NF_OPTIONAL 0x04
#define NF_ASYNC 0x08
#define NF_GENERATOR 0x10
#define NF_SHORTHAND 0x20
#define NF_METHOD 0x40
#define NF_DECL 0x80   /* N_FUNCTION/N_CLASS: a declaration */
/* aliases for kinds where the above do not apply */
#define NF_MODULE 0x01 /* N_PROGRAM */
#define NF_STRICT 0x02 /* N_PROGRAM */
#define NF_DIRECTIVE 0x01 /* N_EXPR_STMT */
#define NF_AWAIT 0x01  /* N_FOR_OF */
#define NF_PREFIX 0x01 /* N_UPDATE */
#define NF_DELEGATE 0x01 /* N_YIELD */
#define NF_EXPR_BODY 0x01 /* N_ARROW */
#define NF_ARROW 0x01  /* N_PARAMS of an arrow */

/* Declaration kinds of N_IDENT_BIND (op). */
enum {
  B_VAR = 1, B_LET, B_CONST, B_FUNCTION, B_CLASS, B_PARAM, B_CATCH, B_IMPORT,
  B_FUNCTION_NAME, /* the own name of a function or class expression */
  B_ASSIGN         /* an assignment-pattern target that is an identifier: a reference */
};

typedef struct {
  uint8_t kind;
  uint8_t flags;
  uint16_t op;
  uint32_t start, end; /* byte offsets in the source */
  uint32_t first;      /* first child (0: none) */
  uint32_t next;       /* next sibling (0: none) */
} lode_js_node;

typedef struct {
  const char *p; /* UTF-8, points into the source or into the result's arena */
  uint32_t len;
} lode_js_str;

/* Module records, in source order. */
enum {
  LODE_JS_IMPORT = 1,     /* import ... from 'x' / import 'x' */
  LODE_JS_EXPORT_FROM,    /* export {a as b} from 'x' */
  LODE_JS_EXPORT_ALL,     /* export * from 'x' / export * as ns from 'x' */
  LODE_JS_EXPORT_LOCAL,   /* export {a as b} / export var|let|const|function|class */
  LODE_JS_EXPORT_DEFAULT, /* export default ... */
  LODE_JS_IMPORT_CALL,    /* import(...) */
  LODE_JS_IMPORT_META     /* import.meta */
};

/* One name of a module record. For imports: imported is the exporter's
 * name ("default", or "*" for a namespace), local the binding. For
 * exports: local is the local binding (or the exporter's name for
 * re-exports; "*" for export * as), exported the name others see. */
typedef struct {
  lode_js_str imported;
  lode_js_str local;
  lode_js_str exported;
  uint32_t start, end;
  uint32_t item; /* index of its module record */
} lode_js_entry;

typedef struct {
  uint8_t kind;
  uint8_t has_specifier;
  uint16_t reserved;
  uint32_t start, end;           /* the whole declaration / expression */
  uint32_t spec_start, spec_end; /* the specifier string literal, quotes included */
  lode_js_str specifier;         /* decoded; for import(), only a plain string argument */
  lode_js_str attr_type;         /* the `type` import attribute, if any */
  uint32_t node;                 /* the tree node */
  uint32_t first_entry, entry_count;
  /* EXPORT_DEFAULT: the expression or declaration; NF_DECL on `node` tells which */
  uint32_t decl_start, decl_end;
} lode_js_module_item;

typedef struct lode_js_parse_result {
  /* error (when lode_js_parse returned non-zero) */
  uint32_t error_offset;
  uint32_t error_line;   /* 1-based */
  uint32_t error_column; /* 1-based, in code points */
  const char *error_message;
  /* the tree: nodes[0] is unused, nodes[root] is the N_PROGRAM */
  lode_js_node *nodes;
  uint32_t node_count;
  uint32_t root;
  lode_js_module_item *items;
  uint32_t item_count;
  lode_js_entry *entries;
  uint32_t entry_count;
  uint8_t has_top_level_await;
  uint8_t is_strict;
  void *internal;
} lode_js_parse_result;

/* Parses src[0..len) (UTF-8) as a module or a script. Returns 0, or -1 with
 * out->error_* set (a syntax error; "out of memory"). In both cases
 * lode_js_parse_result_free(out) must be called. */
int lode_js_parse(const char *src, size_t len, int is_module, lode_js_parse_result *out);
void lode_js_parse_result_free(lode_js_parse_result *out);
/* The name of a node kind, for tests and debugging. */
const char *lode_js_node_kind_name(int kind);

#endif
