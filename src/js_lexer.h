/* The tokenizer of lode's own JavaScript parser (src/js_parser.c), written
 * from the ECMAScript 2025 specification, clause 12 (lexical grammar) and
 * Annex B.1 (HTML-like comments, legacy octal literals and escapes).
 *
 * Engine-free C. The lexer is pull-based and driven by the parser, which
 * knows the one thing the lexer cannot: whether a `/` starts a regular
 * expression or is a division, and whether a `}` closes a template
 * substitution. A `/` is always lexed as division; the parser calls
 * jsp_lex_regexp() or jsp_lex_template_continue() to re-scan the current
 * token in those positions.
 *
 * Errors are fatal: the lexer stores a message and offset in its js_diag
 * and longjmp()s to the parser's recovery point. */
#ifndef LODE_JS_LEXER_H
#define LODE_JS_LEXER_H

#include <setjmp.h>
#include <stddef.h>
#include <stdint.h>

/* Token types. Punctuators are named after their spelling. */
enum {
  T_EOF = 0,
  T_NAME,     /* IdentifierName, including reserved words (see kw) */
  T_PRIVATE,  /* #name */
  T_NUMBER,
  T_BIGINT,
  T_STRING,
  T_TEMPLATE, /* a template piece: `...` `...${ }...${ }...` (see TF_TAIL) */
  T_REGEXP,
  T_LBRACE, T_RBRACE, T_LPAREN, T_RPAREN, T_LBRACK, T_RBRACK,
  T_DOT, T_ELLIPSIS, T_SEMI, T_COMMA, T_QUESTION, T_OPTCHAIN, T_COLON, T_ARROW,
  T_LT, T_GT, T_LE, T_GE, T_EQ, T_NE, T_SEQ, T_SNE,
  T_PLUS, T_MINUS, T_STAR, T_SLASH, T_PERCENT, T_STARSTAR,
  T_INC, T_DEC, T_SHL, T_SAR, T_SHR, T_AMP, T_BAR, T_CARET,
  T_BANG, T_TILDE, T_AND, T_OR, T_NULLISH,
  /* assignment operators, contiguous: T_ASSIGN first */
  T_ASSIGN, T_ADD_ASSIGN, T_SUB_ASSIGN, T_MUL_ASSIGN, T_DIV_ASSIGN, T_MOD_ASSIGN,
  T_EXP_ASSIGN, T_SHL_ASSIGN, T_SAR_ASSIGN, T_SHR_ASSIGN, T_AND_ASSIGN, T_OR_ASSIGN,
  T_XOR_ASSIGN, T_LAND_ASSIGN, T_LOR_ASSIGN, T_NULLISH_ASSIGN,
  T_COUNT
};

/* Keywords and the contextual words the parser cares about (tok.kw for
 * T_NAME). Reserved words first, up to KW_LAST_RESERVED. */
enum {
  KW_NONE = 0,
  KW_BREAK, KW_CASE, KW_CATCH, KW_CLASS, KW_CONST, KW_CONTINUE, KW_DEBUGGER,
  KW_DEFAULT, KW_DELETE, KW_DO, KW_ELSE, KW_ENUM, KW_EXPORT, KW_EXTENDS,
  KW_FALSE, KW_FINALLY, KW_FOR, KW_FUNCTION, KW_IF, KW_IMPORT, KW_IN,
  KW_INSTANCEOF, KW_NEW, KW_NULL, KW_RETURN, KW_SUPER, KW_SWITCH, KW_THIS,
  KW_THROW, KW_TRUE, KW_TRY, KW_TYPEOF, KW_VAR, KW_VOID, KW_WHILE, KW_WITH,
  KW_LAST_RESERVED = KW_WITH,
  /* reserved in strict mode code only */
  KW_IMPLEMENTS, KW_INTERFACE, KW_LET, KW_PACKAGE, KW_PRIVATE, KW_PROTECTED,
  KW_PUBLIC, KW_STATIC, KW_YIELD,
  KW_LAST_STRICT = KW_YIELD,
  /* contextual */
  KW_AWAIT, KW_ASYNC, KW_OF, KW_GET, KW_SET, KW_AS, KW_FROM, KW_META,
  KW_TARGET, KW_EVAL, KW_ARGUMENTS, KW_CONSTRUCTOR, KW_PROTOTYPE
};

/* Token flags */
#define TF_NL_BEFORE 0x01  /* a line terminator precedes the token */
#define TF_ESCAPED 0x02    /* a name spelled with \u escapes */
#define TF_OCTAL 0x04      /* legacy octal number or string escape (\0NN, \8) */
#define TF_TAIL 0x08       /* template piece that ends with ` */
#define TF_BAD_ESCAPE 0x10 /* template piece with an invalid escape */
#define TF_HEAD 0x20       /* template piece that starts with ` */

typedef struct {
  uint8_t type;
  uint8_t kw;
  uint8_t flags;
  uint32_t start, end;  /* byte offsets; template pieces include ` ${ } */
  const char *name;     /* T_NAME/T_PRIVATE: decoded name (into source unless escaped) */
  uint32_t name_len;
} js_token;

/* Where the first error is reported. */
typedef struct {
  jmp_buf *jmp;
  uint32_t pos;
  const char *msg;
} js_diag;

/* Bump allocator: every allocation of one parse lives until jsp_arena_free. */
typedef struct js_arena_block js_arena_block;
typedef struct {
  js_arena_block *head;
  char *cur, *limit;
  js_diag *diag; /* out of memory is reported as an error here */
} js_arena;
void *jsp_arena_alloc(js_arena *a, size_t n);
void jsp_arena_free(js_arena *a);

/* Growable arrays that may get large (the tree, the scope tables, the
 * rewritten code). From 1 MiB on they are mapped directly, on 2 MiB
 * boundaries and marked for transparent huge pages: filling fresh memory
 * 4 KiB page by page is the largest cost of parsing a big module where
 * page faults are expensive (virtual machines). Sizes are the capacities
 * in bytes, which the caller keeps; the old size picks the allocator, so
 * every call for one array must pass its current capacity. realloc never
 * shrinks a mapping; zalloc memory is zeroed. NULL when out of memory. */
void *jsp_big_realloc(void *p, size_t old_size, size_t new_size);
void *jsp_big_zalloc(size_t size);
void jsp_big_free(void *p, size_t size);

typedef struct {
  const char *src;
  uint32_t len;
  uint32_t pos;
  int is_module; /* no HTML-like comments */
  int seen_nl;   /* a line terminator since the previous token */
  js_token tok;  /* the current token */
  js_diag *diag;
  js_arena *arena;
} js_lexer;

void jsp_lex_init(js_lexer *lx, const char *src, uint32_t len, int is_module, js_diag *diag,
                 js_arena *arena);
/* Reads the next token into lx->tok. */
void jsp_lex_next(js_lexer *lx);
/* Re-scans the current `/` or `/=` token as a regular expression literal. */
void jsp_lex_regexp(js_lexer *lx);
/* Re-scans the current `}` token as the continuation of a template. */
void jsp_lex_template_continue(js_lexer *lx);
/* Decodes the value of a string literal token into UTF-8 (lone surrogates
 * as 3-byte sequences), allocated in the arena. */
const char *jsp_lex_string_value(js_lexer *lx, const js_token *t, uint32_t *out_len);
/* Reports an error at pos (never returns). */
_Noreturn void jsp_lex_fail(js_diag *d, uint32_t pos, const char *msg);
/* Checks a regular expression body (between the slashes) for early
 * errors; u/v: the flags. 0, or -1 with a message and the offset in body. */
int jsp_regexp_check(const char *body, uint32_t len, int u, int v, const char **msg, uint32_t *at);
/* Keyword id for a name (KW_NONE if none). */
int jsp_keyword(const char *s, size_t n);
/* Decodes one UTF-8 sequence at s[0..n); returns the code point and sets
 * *adv, or -1 for an invalid sequence. */
int32_t jsp_utf8_decode(const unsigned char *s, size_t n, uint32_t *adv);

#endif
