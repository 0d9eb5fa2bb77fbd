/* Early errors of regular expression literals (ECMAScript 2025, 22.2.1,
 * and the web-compatibility grammar of Annex B.1.2 when neither the u nor
 * the v flag is set): the pattern is checked, not compiled. The v flag's
 * set notation is checked for balance only. Called by the lexer. */
#include <string.h>
#include <unicode/uchar.h>

#include "js_lexer.h"

typedef struct {
  const unsigned char *s;
  uint32_t n, i;
  int u;         /* u or v flag: the strict grammar */
  int v;
  int has_named; /* the pattern has a named group: \k is a reference */
  uint32_t groups, max_backref;
  int depth;
  const char *err;
  uint32_t err_at;
  /* group names and \k references, as (offset, length) of their text */
  uint32_t names[64][2], nnames;
  uint32_t refs[64][2], nrefs;
} rx;

#define RX_MAX_DEPTH 500

static int fail(rx *r, const char *msg) {
  if (r->err == NULL) {
    r->err = msg;
    r->err_at = r->i;
  }
  return -1;
}

static int peek(rx *r, uint32_t k) { return r->i + k < r->n ? r->s[r->i + k] : -1; }

static int hexv(int c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

static int is_syntax_char(int c) { return c >= 0 && c < 128 && strchr("^$\\.*+?()[]{}|/", c) != NULL && c != 0; }

/* one code point of the pattern text */
static int32_t next_cp(rx *r) {
  uint32_t adv;
  int32_t c = jsp_utf8_decode(r->s + r->i, r->n - r->i, &adv);
  if (c < 0) {
    r->i++;
    return 0xfffd;
  }
  r->i += adv;
  return c;
}

/* {n}, {n,}, {n,m} at r->i; 1 if one is there (and consumes it) */
static int braced_quantifier(rx *r, int consume) {
  uint32_t i = r->i + 1;
  double lo = 0, hi = -1;
  if (i >= r->n || !(r->s[i] >= '0' && r->s[i] <= '9')) return 0;
  while (i < r->n && r->s[i] >= '0' && r->s[i] <= '9') lo = lo * 10 + (r->s[i++] - '0');
  if (i < r->n && r->s[i] == ',') {
    i++;
    if (i < r->n && r->s[i] >= '0' && r->s[i] <= '9') {
      hi = 0;
      while (i < r->n && r->s[i] >= '0' && r->s[i] <= '9') hi = hi * 10 + (r->s[i++] - '0');
    }
  } else {
    hi = lo;
  }
  if (i >= r->n || r->s[i] != '}') return 0;
  if (consume) {
    if (hi >= 0 && hi < lo) return fail(r, "numbers out of order in {} quantifier");
    r->i = i + 1;
  }
  return 1;
}

/* \u escapes: value or -1 */
static int32_t unicode_escape(rx *r) {
  /* at the 'u' */
  if (peek(r, 1) == '{' && r->u) {
    uint32_t j = r->i + 2;
    int32_t v = 0;
    int digits = 0;
    while (j < r->n && hexv(r->s[j]) >= 0) {
      v = v * 16 + hexv(r->s[j++]);
      digits++;
      if (v > 0x10ffff) return -1;
    }
    if (digits == 0 || j >= r->n || r->s[j] != '}') return -1;
    r->i = j + 1;
    return v;
  }
  int32_t v = 0;
  for (int k = 1; k <= 4; k++) {
    int h = hexv(peek(r, k));
    if (h < 0) return -1;
    v = v * 16 + h;
  }
  r->i += 5;
  /* a surrogate pair written as two escapes is one code point */
  if (r->u && v >= 0xd800 && v <= 0xdbff && peek(r, 0) == '\\' && peek(r, 1) == 'u') {
    int32_t w = 0;
    int ok = 1;
    for (int k = 2; k <= 5 && ok; k++) {
      int h = hexv(peek(r, k));
      if (h < 0) ok = 0;
      else w = w * 16 + h;
    }
    if (ok && w >= 0xdc00 && w <= 0xdfff) {
      r->i += 6;
      v = 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00);
    }
  }
  return v;
}

/* <name>: r->i at '<'; records the name's text */
static int group_name(rx *r, uint32_t out[2]) {
  r->i++;
  uint32_t start = r->i;
  int first = 1;
  for (;;) {
    if (r->i >= r->n) return fail(r, "Invalid capture group name");
    if (r->s[r->i] == '>') break;
    int32_t c;
    if (r->s[r->i] == '\\') {
      r->i++;
      if (peek(r, 0) != 'u') return fail(r, "Invalid capture group name");
      int save_u = r->u;
      r->u = 1;
      c = unicode_escape(r);
      r->u = save_u;
      if (c < 0) return fail(r, "Invalid capture group name");
    } else {
      c = next_cp(r);
    }
    int ok = c == '$' || c == '_' || (first ? u_hasBinaryProperty(c, UCHAR_ID_START) || (c < 128 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))
                                            : c == 0x200c || c == 0x200d || u_hasBinaryProperty(c, UCHAR_ID_CONTINUE));
    if (!ok) return fail(r, "Invalid capture group name");
    first = 0;
  }
  if (r->i == start) return fail(r, "Invalid capture group name");
  out[0] = start;
  out[1] = r->i - start;
  r->i++;
  return 0;
}

/* \p{...}: r->i after 'p' */
static int property_escape(rx *r) {
  if (peek(r, 0) != '{') return fail(r, "Invalid property name");
  uint32_t j = r->i + 1, start = j;
  while (j < r->n && r->s[j] != '}') {
    int c = r->s[j];
    if (!((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && !(c >= '0' && c <= '9') && c != '_' && c != '=')
      return fail(r, "Invalid property name");
    j++;
  }
  if (j >= r->n || j == start) return fail(r, "Invalid property name");
  r->i = j + 1;
  return 0;
}

/* An escape after '\\' (r->i at the escaped character). Returns the
 * character's value, -2 for a class escape (\d, \p{..}), -1 on error. */
static int32_t escape(rx *r, int in_class) {
  if (r->i >= r->n) return fail(r, "\\ at end of pattern");
  int c = r->s[r->i];
  switch (c) {
    case 'd': case 'D': case 's': case 'S': case 'w': case 'W':
      r->i++;
      return -2;
    case 'p': case 'P':
      r->i++;
      if (!r->u) return c;
      return property_escape(r) < 0 ? -1 : -2;
    case 'f': r->i++; return '\f';
    case 'n': r->i++; return '\n';
    case 'r': r->i++; return '\r';
    case 't': r->i++; return '\t';
    case 'v': r->i++; return '\v';
    case 'b':
      r->i++;
      return 8; /* only reached in a class */
    case '-':
      r->i++;
      if (r->u && !in_class) return fail(r, "Invalid escape");
      return '-';
    case 'c': {
      int l = peek(r, 1);
      if (l >= 0 && (((l | 0x20) >= 'a' && (l | 0x20) <= 'z') || (in_class && !r->u && ((l >= '0' && l <= '9') || l == '_')))) {
        r->i += 2;
        return l & 31;
      }
      if (r->u) return fail(r, "Invalid unicode escape");
      return '\\'; /* \c is a backslash and a c */
    }
    case 'x': {
      int a = hexv(peek(r, 1)), b = hexv(peek(r, 2));
      if (a >= 0 && b >= 0) {
        r->i += 3;
        return a * 16 + b;
      }
      if (r->u) return fail(r, "Invalid escape");
      r->i++;
      return 'x';
    }
    case 'u': {
      int32_t v = unicode_escape(r);
      if (v >= 0) return v;
      if (r->u) return fail(r, "Invalid Unicode escape");
      r->i++;
      return 'u';
    }
    case 'k':
      if (r->u || r->has_named) {
        if (in_class) {
          if (r->u) return fail(r, "Invalid escape");
          r->i++;
          return 'k';
        }
        r->i++;
        if (peek(r, 0) != '<') return fail(r, "Invalid named reference");
        if (r->nrefs < 64) {
          if (group_name(r, r->refs[r->nrefs]) < 0) return -1;
          r->nrefs++;
        } else if (group_name(r, r->refs[63]) < 0) {
          return -1;
        }
        return -2;
      }
      r->i++;
      return 'k';
    case '0':
      if (!(peek(r, 1) >= '0' && peek(r, 1) <= '9')) {
        r->i++;
        return 0;
      }
      if (r->u) return fail(r, "Invalid decimal escape");
      /* a legacy octal escape, below */
      /* fallthrough */
    default:
      if (c >= '1' && c <= '9' && !in_class) {
        uint32_t v = 0;
        while (r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '9') {
          if (v < 100000) v = v * 10 + (r->s[r->i] - '0');
          r->i++;
        }
        if (v > r->max_backref) r->max_backref = v;
        return -2;
      }
      if (c >= '0' && c <= '9') {
        if (r->u) return fail(r, "Invalid class escape");
        int v = 0, k = 0;
        while (k < 3 && r->i < r->n && r->s[r->i] >= '0' && r->s[r->i] <= '7' && v * 8 + (r->s[r->i] - '0') <= 0377) {
          v = v * 8 + (r->s[r->i] - '0');
          r->i++;
          k++;
        }
        if (k == 0) r->i++; /* \8 \9: identity */
        return k ? v : c;
      }
      if (r->u) {
        if (is_syntax_char(c) || c == '/') {
          r->i++;
          return c;
        }
        return fail(r, "Invalid escape");
      }
      return next_cp(r);
  }
}

static int disjunction(rx *r);

/* [...] ; the v flag's nested sets are only checked for balance */
static int char_class(rx *r) {
  r->i++;
  if (peek(r, 0) == '^') r->i++;
  if (r->v) {
    int depth = 1;
    while (r->i < r->n) {
      int c = r->s[r->i];
      if (c == '\\') {
        r->i += 2;
        continue;
      }
      if (c == '[') depth++;
      else if (c == ']' && --depth == 0) {
        r->i++;
        return 0;
      }
      r->i++;
    }
    return fail(r, "Unterminated character class");
  }
  for (;;) {
    if (r->i >= r->n) return fail(r, "Unterminated character class");
    if (r->s[r->i] == ']') {
      r->i++;
      return 0;
    }
    int32_t a;
    if (r->s[r->i] == '\\') {
      r->i++;
      a = escape(r, 1);
      if (a == -1) return -1;
    } else {
      a = next_cp(r);
    }
    if (peek(r, 0) == '-' && peek(r, 1) != ']' && peek(r, 1) >= 0) {
      r->i++;
      int32_t b;
      if (r->s[r->i] == '\\') {
        r->i++;
        b = escape(r, 1);
        if (b == -1) return -1;
      } else {
        b = next_cp(r);
      }
      if (a == -2 || b == -2) {
        if (r->u) return fail(r, "Invalid character class");
      } else if (a > b) {
        return fail(r, "Range out of order in character class");
      }
    }
  }
}

/* one term: assertion or atom, with its quantifier */
static int term(rx *r) {
  int c = r->s[r->i], quantifiable = 1;
  uint32_t at = r->i;
  switch (c) {
    case '^':
    case '$':
      r->i++;
      quantifiable = 0;
      break;
    case '\\':
      if (peek(r, 1) == 'b' || peek(r, 1) == 'B') {
        r->i += 2;
        quantifiable = 0;
        break;
      }
      r->i++;
      if (escape(r, 0) == -1) return -1;
      break;
    case '(': {
      r->i++;
      if (peek(r, 0) == '?') {
        int k = peek(r, 1);
        if (k == '=' || k == '!') {
          r->i += 2;
          quantifiable = !r->u;
        } else if (k == '<' && (peek(r, 2) == '=' || peek(r, 2) == '!')) {
          r->i += 3;
          quantifiable = 0;
        } else if (k == ':') {
          r->i += 2;
        } else if (k == '<') {
          r->i++;
          r->groups++;
          uint32_t tmp[2];
          if (group_name(r, r->nnames < 64 ? r->names[r->nnames] : tmp) < 0) return -1;
          if (r->nnames < 64) {
            for (uint32_t j = 0; j < r->nnames; j++)
              if (r->names[j][1] == r->names[r->nnames][1] &&
                  memcmp(r->s + r->names[j][0], r->s + r->names[r->nnames][0], r->names[j][1]) == 0)
                return fail(r, "Duplicate capture group name");
            r->nnames++;
          }
        } else {
          /* modifiers: (?ims-ims:...) */
          unsigned seen = 0;
          int minus = 0, count = 0;
          r->i++;
          for (;;) {
            int m = peek(r, 0);
            if (m == ':') break;
            if (m == '-' && !minus) {
              minus = 1;
              r->i++;
              continue;
            }
            const char *f = m > 0 ? strchr("ims", m) : NULL;
            if (f == NULL || (seen & (1u << (f - "ims")))) return fail(r, "Invalid group");
            seen |= 1u << (f - "ims");
            count++;
            r->i++;
          }
          if (count == 0 && minus) return fail(r, "Invalid group");
          if (count == 0) return fail(r, "Invalid group");
          r->i++;
        }
      } else {
        r->groups++;
      }
      if (++r->depth > RX_MAX_DEPTH) return fail(r, "Regular expression too large");
      if (disjunction(r) < 0) return -1;
      r->depth--;
      if (peek(r, 0) != ')') return fail(r, "Unterminated group");
      r->i++;
      break;
    }
    case ')':
      return fail(r, "Unmatched ')'");
    case '[':
      if (char_class(r) < 0) return -1;
      break;
    case '*':
    case '+':
    case '?':
      return fail(r, "Nothing to repeat");
    case '{':
      if (r->u) return fail(r, "Lone quantifier brackets");
      if (braced_quantifier(r, 0)) return fail(r, "Nothing to repeat");
      r->i++;
      break;
    case '}':
    case ']':
      if (r->u) return fail(r, "Lone quantifier brackets");
      r->i++;
      break;
    default:
      next_cp(r);
      break;
  }
  /* quantifier */
  int q = peek(r, 0), has_q = 0;
  if (q == '*' || q == '+' || q == '?') {
    r->i++;
    has_q = 1;
  } else if (q == '{') {
    int b = braced_quantifier(r, 1);
    if (b < 0) return -1;
    if (b) has_q = 1;
    else if (r->u) return fail(r, "Incomplete quantifier");
  }
  if (has_q) {
    if (!quantifiable) {
      r->err_at = at;
      return fail(r, "Nothing to repeat");
    }
    if (peek(r, 0) == '?') r->i++;
  }
  return 0;
}

static int disjunction(rx *r) {
  for (;;) {
    while (r->i < r->n && r->s[r->i] != '|' && r->s[r->i] != ')')
      if (term(r) < 0) return -1;
    if (r->i < r->n && r->s[r->i] == '|') {
      r->i++;
      continue;
    }
    return 0;
  }
}

/* 0, or -1 with *msg and *at (offset in the body) */
int jsp_regexp_check(const char *body, uint32_t len, int u, int v, const char **msg, uint32_t *at) {
  rx r;
  memset(&r, 0, sizeof r);
  r.s = (const unsigned char *)body;
  r.n = len;
  r.u = u || v;
  r.v = v;
  for (uint32_t i = 0; i + 2 < len; i++) {
    if (body[i] == '\\') {
      i++;
      continue;
    }
    if (body[i] == '(' && body[i + 1] == '?' && body[i + 2] == '<' && i + 3 < len && body[i + 3] != '=' &&
        body[i + 3] != '!')
      r.has_named = 1;
  }
  if (disjunction(&r) == 0 && r.i < r.n) fail(&r, "Unmatched ')'");
  if (r.err == NULL && r.u && r.max_backref > r.groups) fail(&r, "Invalid escape");
  for (uint32_t k = 0; r.err == NULL && k < r.nrefs; k++) {
    int found = 0;
    for (uint32_t j = 0; j < r.nnames && !found; j++)
      found = r.names[j][1] == r.refs[k][1] && memcmp(body + r.names[j][0], body + r.refs[k][0], r.refs[k][1]) == 0;
    if (!found && r.nnames < 64) fail(&r, "Invalid named capture referenced");
  }
  if (r.err == NULL) return 0;
  *msg = r.err;
  *at = r.err_at;
  return -1;
}
