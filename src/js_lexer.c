/* Tokenizer for lode's JavaScript parser; see js_lexer.h. */
#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* mremap, MAP_ANONYMOUS */
#endif
#include "js_lexer.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unicode/uchar.h>

/* ---- large arrays ---- */

#if defined(__SANITIZE_ADDRESS__)
#define LODE_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define LODE_ASAN 1
#endif
#endif
#ifdef LODE_ASAN
#define BIG_MIN SIZE_MAX /* all through malloc, where overruns are caught */
#else
#define BIG_MIN ((size_t)1 << 20)
#endif
#define HUGE_PAGE ((size_t)2 << 20)

static size_t big_round(size_t n) { return (n + HUGE_PAGE - 1) & ~(HUGE_PAGE - 1); }

/* A zeroed mapping of n bytes (a multiple of HUGE_PAGE) on a 2 MiB
 * boundary, so that the kernel can back it with huge pages. */
static void *big_map(size_t n) {
  if (n > SIZE_MAX - HUGE_PAGE) return NULL;
  char *p = mmap(NULL, n + HUGE_PAGE, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED) return NULL;
  uintptr_t a = ((uintptr_t)p + HUGE_PAGE - 1) & ~(uintptr_t)(HUGE_PAGE - 1);
  size_t head = a - (uintptr_t)p;
  if (head) munmap(p, head);
  if (HUGE_PAGE - head) munmap((char *)a + n, HUGE_PAGE - head);
#ifdef MADV_HUGEPAGE
  madvise((void *)a, n, MADV_HUGEPAGE); /* advice only: fine if refused */
#endif
  return (void *)a;
}

void *jsp_big_realloc(void *p, size_t old_size, size_t new_size) {
  if (new_size < BIG_MIN) {
    if (old_size >= BIG_MIN) return p; /* never shrinks */
    return realloc(p, new_size ? new_size : 1);
  }
  size_t n = big_round(new_size);
  if (old_size >= BIG_MIN) {
    size_t o = big_round(old_size);
    if (n <= o) return p;
    void *q = mremap(p, o, n, MREMAP_MAYMOVE);
    if (q == MAP_FAILED) return NULL;
#ifdef MADV_HUGEPAGE
    madvise(q, n, MADV_HUGEPAGE);
#endif
    return q;
  }
  void *q = big_map(n);
  if (q == NULL) return NULL;
  if (p != NULL) {
    memcpy(q, p, old_size);
    free(p);
  }
  return q;
}

void *jsp_big_zalloc(size_t size) {
  if (size < BIG_MIN) return calloc(1, size ? size : 1);
  return big_map(big_round(size));
}

void jsp_big_free(void *p, size_t size) {
  if (p == NULL) return;
  if (size < BIG_MIN) free(p);
  else munmap(p, big_round(size));
}

/* ---- arena ---- */

struct js_arena_block {
  js_arena_block *next;
  size_t size;
  char data[];
};

void *jsp_arena_alloc(js_arena *a, size_t n) {
  n = (n + 7) & ~(size_t)7;
  if ((size_t)(a->limit - a->cur) < n) {
    size_t size = n > 65536 - sizeof(js_arena_block) ? n : 65536 - sizeof(js_arena_block);
    js_arena_block *b = malloc(sizeof(js_arena_block) + size);
    if (b == NULL) jsp_lex_fail(a->diag, 0, "out of memory");
    b->next = a->head;
    b->size = size;
    a->head = b;
    a->cur = b->data;
    a->limit = b->data + size;
  }
  void *p = a->cur;
  a->cur += n;
  return p;
}

void jsp_arena_free(js_arena *a) {
  js_arena_block *b = a->head;
  while (b != NULL) {
    js_arena_block *next = b->next;
    free(b);
    b = next;
  }
  a->head = NULL;
  a->cur = a->limit = NULL;
}

_Noreturn void jsp_lex_fail(js_diag *d, uint32_t pos, const char *msg) {
  if (d->msg == NULL) {
    d->msg = msg;
    d->pos = pos;
  }
  longjmp(*d->jmp, 1);
}

/* ---- characters ---- */

enum { C_IDS = 1, C_IDP = 2, C_DIG = 4, C_HEX = 8, C_WS = 16 };
static const uint8_t cclass[128] = {
    ['\t'] = C_WS, [0x0b] = C_WS, [0x0c] = C_WS, [' '] = C_WS,
    ['$'] = C_IDS | C_IDP, ['_'] = C_IDS | C_IDP,
    ['0'] = C_IDP | C_DIG | C_HEX, ['1'] = C_IDP | C_DIG | C_HEX, ['2'] = C_IDP | C_DIG | C_HEX,
    ['3'] = C_IDP | C_DIG | C_HEX, ['4'] = C_IDP | C_DIG | C_HEX, ['5'] = C_IDP | C_DIG | C_HEX,
    ['6'] = C_IDP | C_DIG | C_HEX, ['7'] = C_IDP | C_DIG | C_HEX, ['8'] = C_IDP | C_DIG | C_HEX,
    ['9'] = C_IDP | C_DIG | C_HEX,
#define L(c) [c] = C_IDS | C_IDP
#define H(c) [c] = C_IDS | C_IDP | C_HEX
    H('a'), H('b'), H('c'), H('d'), H('e'), H('f'), L('g'), L('h'), L('i'), L('j'), L('k'),
    L('l'), L('m'), L('n'), L('o'), L('p'), L('q'), L('r'), L('s'), L('t'), L('u'), L('v'),
    L('w'), L('x'), L('y'), L('z'),
    H('A'), H('B'), H('C'), H('D'), H('E'), H('F'), L('G'), L('H'), L('I'), L('J'), L('K'),
    L('L'), L('M'), L('N'), L('O'), L('P'), L('Q'), L('R'), L('S'), L('T'), L('U'), L('V'),
    L('W'), L('X'), L('Y'), L('Z'),
#undef L
#undef H
};

static int is_id_start(int32_t c) {
  if (c < 128) return c >= 0 && (cclass[c] & C_IDS);
  return u_hasBinaryProperty(c, UCHAR_ID_START);
}
static int is_id_part(int32_t c) {
  if (c < 128) return c >= 0 && (cclass[c] & C_IDP);
  return c == 0x200c || c == 0x200d || u_hasBinaryProperty(c, UCHAR_ID_CONTINUE);
}
static int is_space_cp(int32_t c) {
  return c == 0xa0 || c == 0xfeff || (c > 0x7f && u_charType(c) == U_SPACE_SEPARATOR);
}
static int hexval(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

int32_t jsp_utf8_decode(const unsigned char *s, size_t n, uint32_t *adv) {
  unsigned c = s[0];
  if (c < 0x80) {
    *adv = 1;
    return (int32_t)c;
  }
  int len;
  int32_t cp;
  if (c >= 0xc2 && c <= 0xdf) len = 2, cp = c & 0x1f;
  else if (c >= 0xe0 && c <= 0xef) len = 3, cp = c & 0x0f;
  else if (c >= 0xf0 && c <= 0xf4) len = 4, cp = c & 0x07;
  else return -1;
  if ((size_t)len > n) return -1;
  for (int k = 1; k < len; k++) {
    if ((s[k] & 0xc0) != 0x80) return -1;
    cp = (cp << 6) | (s[k] & 0x3f);
  }
  if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10ffff))) return -1;
  *adv = (uint32_t)len;
  return cp;
}

static int32_t cp_at(js_lexer *lx, uint32_t i, uint32_t *adv) {
  if (i >= lx->len) {
    *adv = 0;
    return -1;
  }
  int32_t c = jsp_utf8_decode((const unsigned char *)lx->src + i, lx->len - i, adv);
  if (c < 0) jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
  return c;
}

static size_t utf8_put(char *o, uint32_t c) {
  if (c < 0x80) {
    o[0] = (char)c;
    return 1;
  }
  if (c < 0x800) {
    o[0] = (char)(0xc0 | (c >> 6));
    o[1] = (char)(0x80 | (c & 0x3f));
    return 2;
  }
  if (c < 0x10000) {
    o[0] = (char)(0xe0 | (c >> 12));
    o[1] = (char)(0x80 | ((c >> 6) & 0x3f));
    o[2] = (char)(0x80 | (c & 0x3f));
    return 3;
  }
  o[0] = (char)(0xf0 | (c >> 18));
  o[1] = (char)(0x80 | ((c >> 12) & 0x3f));
  o[2] = (char)(0x80 | ((c >> 6) & 0x3f));
  o[3] = (char)(0x80 | (c & 0x3f));
  return 4;
}

#define AT(i) ((i) < lx->len ? (unsigned char)lx->src[i] : 0)

/* ---- keywords ---- */

int jsp_keyword(const char *s, size_t n) {
#define K(str, id) \
  if (n == sizeof(str) - 1 && memcmp(s, str, n) == 0) return id
  if (n < 2 || n > 11) return KW_NONE;
  switch (s[0]) {
    case 'a': K("async", KW_ASYNC); K("await", KW_AWAIT); K("as", KW_AS); K("arguments", KW_ARGUMENTS); break;
    case 'b': K("break", KW_BREAK); break;
    case 'c':
      K("const", KW_CONST); K("case", KW_CASE); K("catch", KW_CATCH); K("class", KW_CLASS);
      K("continue", KW_CONTINUE); K("constructor", KW_CONSTRUCTOR); break;
    case 'd': K("do", KW_DO); K("default", KW_DEFAULT); K("delete", KW_DELETE); K("debugger", KW_DEBUGGER); break;
    case 'e': K("else", KW_ELSE); K("export", KW_EXPORT); K("extends", KW_EXTENDS); K("enum", KW_ENUM); K("eval", KW_EVAL); break;
    case 'f': K("for", KW_FOR); K("function", KW_FUNCTION); K("false", KW_FALSE); K("finally", KW_FINALLY); K("from", KW_FROM); break;
    case 'g': K("get", KW_GET); break;
    case 'i':
      K("if", KW_IF); K("in", KW_IN); K("import", KW_IMPORT); K("instanceof", KW_INSTANCEOF);
      K("implements", KW_IMPLEMENTS); K("interface", KW_INTERFACE); break;
    case 'l': K("let", KW_LET); break;
    case 'm': K("meta", KW_META); break;
    case 'n': K("new", KW_NEW); K("null", KW_NULL); break;
    case 'o': K("of", KW_OF); break;
    case 'p':
      K("package", KW_PACKAGE); K("private", KW_PRIVATE); K("protected", KW_PROTECTED);
      K("public", KW_PUBLIC); K("prototype", KW_PROTOTYPE); break;
    case 'r': K("return", KW_RETURN); break;
    case 's': K("switch", KW_SWITCH); K("super", KW_SUPER); K("static", KW_STATIC); K("set", KW_SET); break;
    case 't': K("this", KW_THIS); K("true", KW_TRUE); K("typeof", KW_TYPEOF); K("throw", KW_THROW); K("try", KW_TRY); K("target", KW_TARGET); break;
    case 'v': K("var", KW_VAR); K("void", KW_VOID); break;
    case 'w': K("while", KW_WHILE); K("with", KW_WITH); break;
    case 'y': K("yield", KW_YIELD); break;
  }
  return KW_NONE;
#undef K
}

/* ---- whitespace and comments ---- */

static void skip_line(js_lexer *lx, uint32_t *pi) {
  uint32_t i = *pi;
  const unsigned char *s = (const unsigned char *)lx->src;
  while (i < lx->len) {
    unsigned char c = s[i];
    if (c == '\n' || c == '\r') break;
    /* U+2028/U+2029 end a line too */
    if (c == 0xe2 && AT(i + 1) == 0x80 && (AT(i + 2) == 0xa8 || AT(i + 2) == 0xa9)) break;
    i++;
  }
  *pi = i;
}

static void skip_space(js_lexer *lx) {
  const unsigned char *s = (const unsigned char *)lx->src;
  uint32_t i = lx->pos, n = lx->len;
  int nl = lx->seen_nl;
  while (i < n) {
    unsigned char c = s[i];
    if (c < 128 && (cclass[c] & C_WS)) {
      i++;
    } else if (c == '\n' || c == '\r') {
      nl = 1;
      i++;
    } else if (c == '/') {
      if (AT(i + 1) == '/') {
        i += 2;
        skip_line(lx, &i);
      } else if (AT(i + 1) == '*') {
        uint32_t start = i;
        i += 2;
        for (;;) {
          if (i >= n) jsp_lex_fail(lx->diag, start, "Invalid or unexpected token");
          c = s[i];
          if (c == '*' && AT(i + 1) == '/') {
            i += 2;
            break;
          }
          if (c == '\n' || c == '\r') nl = 1;
          else if (c == 0xe2 && AT(i + 1) == 0x80 && (AT(i + 2) == 0xa8 || AT(i + 2) == 0xa9)) nl = 1;
          i++;
        }
      } else {
        break;
      }
    } else if (c == '<' && !lx->is_module && AT(i + 1) == '!' && AT(i + 2) == '-' && AT(i + 3) == '-') {
      skip_line(lx, &i);
    } else if (c == '-' && !lx->is_module && (nl || lx->tok.end == 0) && AT(i + 1) == '-' && AT(i + 2) == '>') {
      skip_line(lx, &i);
    } else if (c >= 0x80) {
      uint32_t adv;
      int32_t cp = cp_at(lx, i, &adv);
      if (cp == 0x2028 || cp == 0x2029) nl = 1;
      else if (!is_space_cp(cp)) break;
      i += adv;
    } else {
      break;
    }
  }
  lx->pos = i;
  lx->seen_nl = nl;
}

void jsp_lex_init(js_lexer *lx, const char *src, uint32_t len, int is_module, js_diag *diag,
                 js_arena *arena) {
  memset(lx, 0, sizeof *lx);
  lx->src = src;
  lx->len = len;
  lx->is_module = is_module;
  lx->diag = diag;
  lx->arena = arena;
  /* Hashbang comment, only at the very start. */
  if (len >= 2 && src[0] == '#' && src[1] == '!') {
    uint32_t i = 2;
    skip_line(lx, &i);
    lx->pos = i;
  }
}

/* ---- names ---- */

/* \uXXXX or \u{X...} at i (pointing at the backslash); returns the code
 * point and advances *pi, or fails. */
static int32_t read_unicode_escape(js_lexer *lx, uint32_t *pi, int fail) {
  uint32_t i = *pi;
  if (AT(i) != '\\' || AT(i + 1) != 'u') goto bad;
  i += 2;
  int32_t v = 0;
  if (AT(i) == '{') {
    i++;
    int digits = 0;
    while (hexval(AT(i)) >= 0) {
      v = v * 16 + hexval(AT(i));
      if (v > 0x10ffff) goto bad;
      i++;
      digits++;
    }
    if (digits == 0 || AT(i) != '}') goto bad;
    i++;
  } else {
    for (int k = 0; k < 4; k++) {
      int h = hexval(AT(i));
      if (h < 0) goto bad;
      v = v * 16 + h;
      i++;
    }
  }
  *pi = i;
  return v;
bad:
  if (fail) jsp_lex_fail(lx->diag, *pi, "Invalid Unicode escape sequence");
  return -1;
}

static void lex_name(js_lexer *lx, uint32_t start, uint32_t i, int private_name) {
  const unsigned char *s = (const unsigned char *)lx->src;
  js_token *t = &lx->tok;
  uint32_t n = lx->len;
  while (i < n && s[i] < 128 && (cclass[s[i]] & C_IDP)) i++;
  uint32_t name_start = start + (private_name ? 1 : 0);
  if (i >= n || (s[i] != '\\' && s[i] < 128)) {
    t->name = lx->src + name_start;
    t->name_len = i - name_start;
  } else {
    /* Slow path: escapes or non-ASCII characters. */
    int escaped = 0;
    uint32_t j = name_start;
    for (;;) {
      uint32_t adv;
      if (AT(j) == '\\') {
        read_unicode_escape(lx, &j, 1);
        escaped = 1;
        continue;
      }
      int32_t c = j < n ? cp_at(lx, j, &adv) : -1;
      if (c < 0 || !is_id_part(c)) break;
      j += adv;
    }
    i = j;
    if (!escaped) {
      t->name = lx->src + name_start;
      t->name_len = i - name_start;
      for (uint32_t k = name_start; k < i;) {
        uint32_t adv;
        int32_t c = cp_at(lx, k, &adv);
        if (k == name_start ? !is_id_start(c) : !is_id_part(c))
          jsp_lex_fail(lx->diag, k, "Invalid or unexpected token");
        k += adv;
      }
    } else {
      char *o = jsp_arena_alloc(lx->arena, i - name_start + 1);
      size_t ol = 0;
      for (uint32_t k = name_start; k < i;) {
        int32_t c;
        uint32_t at = k, adv;
        if (AT(k) == '\\') {
          c = read_unicode_escape(lx, &k, 1);
        } else {
          c = cp_at(lx, k, &adv);
          k += adv;
        }
        if (at == name_start ? !is_id_start(c) : !is_id_part(c))
          jsp_lex_fail(lx->diag, at, "Invalid Unicode escape sequence");
        ol += utf8_put(o + ol, (uint32_t)c);
      }
      t->name = o;
      t->name_len = (uint32_t)ol;
      t->flags |= TF_ESCAPED;
    }
  }
  if (t->name_len == 0) jsp_lex_fail(lx->diag, start, "Invalid or unexpected token");
  t->type = private_name ? T_PRIVATE : T_NAME;
  t->kw = private_name ? KW_NONE : (uint8_t)jsp_keyword(t->name, t->name_len);
  lx->pos = i;
}

/* ---- numbers ---- */

/* Digits of a radix (2, 8, 10, 16) with numeric separators between digits;
 * returns the number of digits. */
static uint32_t scan_digits(js_lexer *lx, uint32_t *pi, int radix) {
  uint32_t i = *pi, count = 0;
  for (;;) {
    int c = AT(i), v = hexval(c);
    if (c == '_') {
      if (count == 0 || hexval(AT(i + 1)) < 0 || hexval(AT(i + 1)) >= radix) {
        jsp_lex_fail(lx->diag, i, count == 0 ? "Numeric separators are not allowed here"
                                            : "Numeric separators are not allowed at the end of numeric literals");
      }
      i++;
      continue;
    }
    if (v < 0 || v >= radix) break;
    count++;
    i++;
  }
  *pi = i;
  return count;
}

static void lex_number(js_lexer *lx, uint32_t start) {
  js_token *t = &lx->tok;
  uint32_t i = start;
  int c = AT(i), integer = 1;
  t->type = T_NUMBER;
  int r = AT(i + 1) | 0x20;
  if (c == '0' && (r == 'x' || r == 'o' || r == 'b')) {
    int radix = r == 'x' ? 16 : r == 'o' ? 8 : 2;
    i += 2;
    if (scan_digits(lx, &i, radix) == 0) jsp_lex_fail(lx->diag, start, "Invalid or unexpected token");
    if (AT(i) == 'n') {
      t->type = T_BIGINT;
      i++;
    }
  } else if (c == '0' && AT(i + 1) >= '0' && AT(i + 1) <= '9') {
    /* Legacy octal 017 or a decimal with a leading zero (08.5). */
    int octal = 1;
    i++;
    while (AT(i) >= '0' && AT(i) <= '9') {
      if (AT(i) >= '8') octal = 0;
      i++;
    }
    if (AT(i) == '_') jsp_lex_fail(lx->diag, i, "Numeric separator can not be used after leading 0.");
    t->flags |= TF_OCTAL;
    if (!octal) {
      if (AT(i) == '.') {
        i++;
        while (AT(i) >= '0' && AT(i) <= '9') i++;
      }
      if ((AT(i) | 0x20) == 'e') {
        uint32_t e = i++;
        if (AT(i) == '+' || AT(i) == '-') i++;
        if (!(AT(i) >= '0' && AT(i) <= '9')) jsp_lex_fail(lx->diag, e, "Invalid or unexpected token");
        while (AT(i) >= '0' && AT(i) <= '9') i++;
      }
    }
  } else {
    if (c != '.') {
      if (c == '0' && AT(i + 1) == '_') jsp_lex_fail(lx->diag, i + 1, "Numeric separator can not be used after leading 0.");
      scan_digits(lx, &i, 10);
    }
    if (AT(i) == '.') {
      integer = 0;
      i++;
      if (AT(i) == '_') jsp_lex_fail(lx->diag, i, "Numeric separators are not allowed here");
      scan_digits(lx, &i, 10);
    }
    if ((AT(i) | 0x20) == 'e') {
      integer = 0;
      uint32_t e = i++;
      if (AT(i) == '+' || AT(i) == '-') i++;
      if (scan_digits(lx, &i, 10) == 0) jsp_lex_fail(lx->diag, e, "Invalid or unexpected token");
    }
    if (AT(i) == 'n') {
      if (!integer) jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
      t->type = T_BIGINT;
      i++;
    }
  }
  /* The next character may not start an identifier or be a digit. */
  uint32_t adv;
  int32_t next = i < lx->len ? cp_at(lx, i, &adv) : -1;
  if (next == '\\' || (next >= '0' && next <= '9') || (next >= 0 && is_id_start(next)))
    jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
  lx->pos = i;
}

/* ---- strings and templates ---- */

static int is_ls_ps(js_lexer *lx, uint32_t i) {
  return AT(i) == 0xe2 && AT(i + 1) == 0x80 && (AT(i + 2) == 0xa8 || AT(i + 2) == 0xa9);
}

/* An escape at i (pointing after the backslash). In strings, errors are
 * fatal and legacy octal escapes set TF_OCTAL; in templates, bad escapes
 * set TF_BAD_ESCAPE (only tagged templates allow them). */
static uint32_t scan_escape(js_lexer *lx, uint32_t i, int in_template) {
  js_token *t = &lx->tok;
  int c = AT(i);
  if (i >= lx->len) jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
  switch (c) {
    case '\r':
      return AT(i + 1) == '\n' ? i + 2 : i + 1;
    case 'x':
      if (hexval(AT(i + 1)) < 0 || hexval(AT(i + 2)) < 0) {
        if (!in_template) jsp_lex_fail(lx->diag, i - 1, "Invalid hexadecimal escape sequence");
        t->flags |= TF_BAD_ESCAPE;
        return i + 1;
      }
      return i + 3;
    case 'u': {
      uint32_t j = i - 1;
      if (read_unicode_escape(lx, &j, 0) < 0) {
        if (!in_template) jsp_lex_fail(lx->diag, i - 1, "Invalid Unicode escape sequence");
        t->flags |= TF_BAD_ESCAPE;
        return i + 1;
      }
      return j;
    }
    case '0':
      if (!(AT(i + 1) >= '0' && AT(i + 1) <= '9')) return i + 1;
      /* fallthrough */
    case '1': case '2': case '3': case '4': case '5': case '6': case '7': case '8': case '9':
      if (in_template) {
        t->flags |= TF_BAD_ESCAPE;
        return i + 1;
      }
      t->flags |= TF_OCTAL;
      if (c >= '8') return i + 1;
      i++;
      if (AT(i) >= '0' && AT(i) <= '7') {
        i++;
        if (c <= '3' && AT(i) >= '0' && AT(i) <= '7') i++;
      }
      return i;
    default:
      if (c >= 0x80) {
        uint32_t adv;
        cp_at(lx, i, &adv);
        return i + adv;
      }
      return i + 1;
  }
}

static void lex_string(js_lexer *lx, uint32_t start) {
  const unsigned char *s = (const unsigned char *)lx->src;
  unsigned char q = s[start];
  uint32_t i = start + 1, n = lx->len;
  for (;;) {
    while (i < n && s[i] != q && s[i] != '\\' && s[i] != '\n' && s[i] != '\r') i++;
    if (i >= n || s[i] == '\n' || s[i] == '\r') jsp_lex_fail(lx->diag, start, "Invalid or unexpected token");
    if (s[i] == q) break;
    i = scan_escape(lx, i + 1, 0);
  }
  lx->tok.type = T_STRING;
  lx->pos = i + 1;
}

/* From i (just after ` or }), up to and including ` or ${. */
static void lex_template_piece(js_lexer *lx, uint32_t i) {
  const unsigned char *s = (const unsigned char *)lx->src;
  uint32_t n = lx->len;
  lx->tok.type = T_TEMPLATE;
  for (;;) {
    while (i < n && s[i] != '`' && s[i] != '\\' && s[i] != '$') i++;
    if (i >= n) jsp_lex_fail(lx->diag, lx->tok.start, "Unterminated template literal");
    if (s[i] == '`') {
      lx->tok.flags |= TF_TAIL;
      i++;
      break;
    }
    if (s[i] == '$') {
      if (AT(i + 1) == '{') {
        i += 2;
        break;
      }
      i++;
      continue;
    }
    i = scan_escape(lx, i + 1, 1);
  }
  lx->pos = i;
}

void jsp_lex_template_continue(js_lexer *lx) {
  js_token *t = &lx->tok;
  t->flags &= TF_NL_BEFORE;
  lex_template_piece(lx, t->start + 1);
  t->end = lx->pos;
}

/* ---- regular expressions ---- */

void jsp_lex_regexp(js_lexer *lx) {
  js_token *t = &lx->tok;
  uint32_t i = t->start + 1, n = lx->len;
  int in_class = 0;
  for (;;) {
    if (i >= n) jsp_lex_fail(lx->diag, t->start, "Invalid regular expression: missing /");
    unsigned char c = (unsigned char)lx->src[i];
    if (c == '\n' || c == '\r' || is_ls_ps(lx, i)) jsp_lex_fail(lx->diag, t->start, "Invalid regular expression: missing /");
    if (c == '\\') {
      i++;
      if (i >= n || AT(i) == '\n' || AT(i) == '\r' || is_ls_ps(lx, i))
        jsp_lex_fail(lx->diag, t->start, "Invalid regular expression: missing /");
      i++;
      continue;
    }
    if (c == '[') in_class = 1;
    else if (c == ']') in_class = 0;
    else if (c == '/' && !in_class) break;
    i++;
  }
  uint32_t body_end = i;
  i++;
  /* Flags: each of dgimsuyv at most once, not both u and v. */
  unsigned seen = 0;
  for (;;) {
    uint32_t adv;
    int32_t c = i < n ? cp_at(lx, i, &adv) : -1;
    if (c == '\\') jsp_lex_fail(lx->diag, i, "Invalid regular expression flags");
    if (c < 0 || !is_id_part(c)) break;
    const char *f = c < 128 ? strchr("dgimsuyv", (int)c) : NULL;
    if (f == NULL || *f == 0 || (seen & (1u << (f - "dgimsuyv"))))
      jsp_lex_fail(lx->diag, t->start, "Invalid regular expression flags");
    seen |= 1u << (f - "dgimsuyv");
    i += adv;
  }
  if ((seen & (1u << 5)) && (seen & (1u << 7))) jsp_lex_fail(lx->diag, t->start, "Invalid regular expression flags");
  const char *msg;
  uint32_t at;
  if (jsp_regexp_check(lx->src + t->start + 1, body_end - t->start - 1, (seen >> 5) & 1, (seen >> 7) & 1, &msg, &at) != 0) {
    static const char prefix[] = "Invalid regular expression: ";
    size_t ml = strlen(msg);
    char *m = jsp_arena_alloc(lx->arena, sizeof prefix + ml);
    memcpy(m, prefix, sizeof prefix - 1);
    memcpy(m + sizeof prefix - 1, msg, ml + 1);
    jsp_lex_fail(lx->diag, t->start + 1 + at, m);
  }
  t->type = T_REGEXP;
  t->end = lx->pos = i;
}

/* ---- the token loop ---- */

void jsp_lex_next(js_lexer *lx) {
  js_token *t = &lx->tok;
  lx->seen_nl = 0;
  skip_space(lx);
  t->flags = lx->seen_nl ? TF_NL_BEFORE : 0;
  uint32_t i = lx->pos;
  t->start = i;
  t->kw = KW_NONE;
  if (i >= lx->len) {
    t->type = T_EOF;
    t->end = i;
    return;
  }
  unsigned char c = (unsigned char)lx->src[i];
  int type;
#define P(len, ty) (type = (ty), i += (len))
  switch (c) {
    case '{': P(1, T_LBRACE); break;
    case '}': P(1, T_RBRACE); break;
    case '(': P(1, T_LPAREN); break;
    case ')': P(1, T_RPAREN); break;
    case '[': P(1, T_LBRACK); break;
    case ']': P(1, T_RBRACK); break;
    case ';': P(1, T_SEMI); break;
    case ',': P(1, T_COMMA); break;
    case ':': P(1, T_COLON); break;
    case '~': P(1, T_TILDE); break;
    case '.':
      if (AT(i + 1) >= '0' && AT(i + 1) <= '9') {
        lex_number(lx, i);
        t->end = lx->pos;
        return;
      }
      if (AT(i + 1) == '.' && AT(i + 2) == '.') P(3, T_ELLIPSIS);
      else P(1, T_DOT);
      break;
    case '?':
      if (AT(i + 1) == '?') {
        if (AT(i + 2) == '=') P(3, T_NULLISH_ASSIGN);
        else P(2, T_NULLISH);
      } else if (AT(i + 1) == '.' && !(AT(i + 2) >= '0' && AT(i + 2) <= '9')) {
        P(2, T_OPTCHAIN);
      } else {
        P(1, T_QUESTION);
      }
      break;
    case '=':
      if (AT(i + 1) == '>') P(2, T_ARROW);
      else if (AT(i + 1) == '=') {
        if (AT(i + 2) == '=') P(3, T_SEQ);
        else P(2, T_EQ);
      } else P(1, T_ASSIGN);
      break;
    case '!':
      if (AT(i + 1) == '=') {
        if (AT(i + 2) == '=') P(3, T_SNE);
        else P(2, T_NE);
      } else P(1, T_BANG);
      break;
    case '<':
      if (AT(i + 1) == '<') {
        if (AT(i + 2) == '=') P(3, T_SHL_ASSIGN);
        else P(2, T_SHL);
      } else if (AT(i + 1) == '=') P(2, T_LE);
      else P(1, T_LT);
      break;
    case '>':
      if (AT(i + 1) == '>') {
        if (AT(i + 2) == '>') {
          if (AT(i + 3) == '=') P(4, T_SHR_ASSIGN);
          else P(3, T_SHR);
        } else if (AT(i + 2) == '=') P(3, T_SAR_ASSIGN);
        else P(2, T_SAR);
      } else if (AT(i + 1) == '=') P(2, T_GE);
      else P(1, T_GT);
      break;
    case '+':
      if (AT(i + 1) == '+') P(2, T_INC);
      else if (AT(i + 1) == '=') P(2, T_ADD_ASSIGN);
      else P(1, T_PLUS);
      break;
    case '-':
      if (AT(i + 1) == '-') P(2, T_DEC);
      else if (AT(i + 1) == '=') P(2, T_SUB_ASSIGN);
      else P(1, T_MINUS);
      break;
    case '*':
      if (AT(i + 1) == '*') {
        if (AT(i + 2) == '=') P(3, T_EXP_ASSIGN);
        else P(2, T_STARSTAR);
      } else if (AT(i + 1) == '=') P(2, T_MUL_ASSIGN);
      else P(1, T_STAR);
      break;
    case '/':
      if (AT(i + 1) == '=') P(2, T_DIV_ASSIGN);
      else P(1, T_SLASH);
      break;
    case '%':
      if (AT(i + 1) == '=') P(2, T_MOD_ASSIGN);
      else P(1, T_PERCENT);
      break;
    case '&':
      if (AT(i + 1) == '&') {
        if (AT(i + 2) == '=') P(3, T_LAND_ASSIGN);
        else P(2, T_AND);
      } else if (AT(i + 1) == '=') P(2, T_AND_ASSIGN);
      else P(1, T_AMP);
      break;
    case '|':
      if (AT(i + 1) == '|') {
        if (AT(i + 2) == '=') P(3, T_LOR_ASSIGN);
        else P(2, T_OR);
      } else if (AT(i + 1) == '=') P(2, T_OR_ASSIGN);
      else P(1, T_BAR);
      break;
    case '^':
      if (AT(i + 1) == '=') P(2, T_XOR_ASSIGN);
      else P(1, T_CARET);
      break;
    case '"':
    case '\'':
      lex_string(lx, i);
      t->end = lx->pos;
      return;
    case '`':
      t->flags |= TF_HEAD;
      lex_template_piece(lx, i + 1);
      t->end = lx->pos;
      return;
    case '#':
      if (is_id_start(AT(i + 1)) || AT(i + 1) == '\\' || AT(i + 1) >= 0x80) {
        lex_name(lx, i, i + 1, 1);
        t->end = lx->pos;
        return;
      }
      jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
    default:
      if (c >= '0' && c <= '9') {
        lex_number(lx, i);
        t->end = lx->pos;
        return;
      }
      if (c < 128 ? (cclass[c] & C_IDS) != 0 : 1) {
        if (c >= 0x80) {
          uint32_t adv;
          int32_t cp = cp_at(lx, i, &adv);
          if (!is_id_start(cp)) jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
        }
        lex_name(lx, i, i, 0);
        t->end = lx->pos;
        return;
      }
      if (c == '\\') {
        lex_name(lx, i, i, 0);
        t->end = lx->pos;
        return;
      }
      jsp_lex_fail(lx->diag, i, "Invalid or unexpected token");
  }
#undef P
  t->type = (uint8_t)type;
  t->end = lx->pos = i;
}

/* ---- string values ---- */

const char *jsp_lex_string_value(js_lexer *lx, const js_token *t, uint32_t *out_len) {
  uint32_t i = t->start + 1, end = t->end - 1;
  const char *s = lx->src;
  if (memchr(s + i, '\\', end - i) == NULL) {
    *out_len = end - i;
    return s + i;
  }
  char *o = jsp_arena_alloc(lx->arena, end - i + 1);
  size_t ol = 0;
  int32_t pending_hi = -1; /* a high surrogate waiting for its low half */
  while (i < end) {
    uint32_t c = (unsigned char)s[i];
    if (c != '\\') {
      if (pending_hi >= 0) ol += utf8_put(o + ol, (uint32_t)pending_hi), pending_hi = -1;
      o[ol++] = (char)c;
      i++;
      continue;
    }
    i++;
    c = (unsigned char)s[i];
    int32_t v;
    switch (c) {
      case 'n': v = '\n'; i++; break;
      case 't': v = '\t'; i++; break;
      case 'r': v = '\r'; i++; break;
      case 'b': v = '\b'; i++; break;
      case 'f': v = '\f'; i++; break;
      case 'v': v = '\v'; i++; break;
      case 'x': v = hexval(s[i + 1]) * 16 + hexval(s[i + 2]); i += 3; break;
      case 'u': {
        uint32_t j = i - 1;
        v = read_unicode_escape(lx, &j, 1);
        i = j;
        break;
      }
      case '\r':
        i += (s[i + 1] == '\n') ? 2 : 1;
        continue;
      case '\n':
        i++;
        continue;
      default:
        if (c >= '0' && c <= '7') {
          v = (int32_t)(c - '0');
          i++;
          if (s[i] >= '0' && s[i] <= '7') {
            v = v * 8 + (s[i] - '0');
            i++;
            if (c <= '3' && s[i] >= '0' && s[i] <= '7') v = v * 8 + (s[i++] - '0');
          }
        } else if (c == 0xe2 && (unsigned char)s[i + 1] == 0x80 &&
                   ((unsigned char)s[i + 2] == 0xa8 || (unsigned char)s[i + 2] == 0xa9)) {
          i += 3; /* line continuation with LS/PS */
          continue;
        } else if (c >= 0x80) {
          uint32_t adv;
          v = cp_at(lx, i, &adv);
          i += adv;
        } else {
          v = (int32_t)c;
          i++;
        }
    }
    if (pending_hi >= 0) {
      if (v >= 0xdc00 && v <= 0xdfff) {
        v = 0x10000 + ((pending_hi - 0xd800) << 10) + (v - 0xdc00);
        pending_hi = -1;
      } else {
        ol += utf8_put(o + ol, (uint32_t)pending_hi);
        pending_hi = -1;
      }
    }
    if (v >= 0xd800 && v <= 0xdbff) {
      pending_hi = v;
      continue;
    }
    ol += utf8_put(o + ol, (uint32_t)v);
  }
  if (pending_hi >= 0) ol += utf8_put(o + ol, (uint32_t)pending_hi);
  o[ol] = 0;
  *out_len = (uint32_t)ol;
  return o;
}
