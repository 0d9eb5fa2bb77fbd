/* The URL Standard's domain processing through ICU's UTS #46, with the
 * mapping changes newer than the system ICU, and a cache of recent hosts. */
#include <unicode/uidna.h>

#include "url_internal.h"

static UIDNA *uts46(void) {
  static UIDNA *idna;
  static _Atomic int ready;
  if (!ready) {
    UErrorCode err = U_ZERO_ERROR;
    /* CheckBidi, CheckJoiners, nontransitional; CheckHyphens,
     * UseSTD3ASCIIRules and VerifyDnsLength off (their errors are ignored
     * below: ICU always reports hyphen and length problems). */
    UIDNA *p = uidna_openUTS46(UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ |
                                   UIDNA_NONTRANSITIONAL_TO_ASCII |
                                   UIDNA_NONTRANSITIONAL_TO_UNICODE,
                               &err);
    if (U_FAILURE(err) || p == NULL) return NULL;
    idna = p;
    ready = 1;
  }
  return idna;
}

#define IDNA_IGNORED_ERRORS                                                                \
  (UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | \
   UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4)

/* UTS #46 mapping changes of Unicode 15.1/16.0, which the URL Standard's
 * conformance data expects and ICU 72 (Debian 12's) predates: applied to the
 * input before ICU. With a newer ICU they change nothing. */
static const struct {
  const char *from, *to;
} newer_mappings[] = {
    {"\xE1\xA0\x8E", ""},                     /* U+180E: ignored */
    {"\xE2\x81\xAB", ""},                     /* U+206B: ignored */
    {"\xD3\x80", "\xD3\x8F"},                 /* U+04C0 -> U+04CF */
    {"\xE2\x86\x83", "\xE2\x86\x84"},         /* U+2183 -> U+2184 */
    {"\xE1\xBA\x9E", "\xC3\x9F"},             /* U+1E9E -> U+00DF */
    {"\xF0\xAF\xA1\xA8", "\xE3\x9B\xBC"},     /* U+2F868 -> U+36FC */
};

/* Rewrites s with newer_mappings into tmp; returns 1 when anything changed. */
static int apply_newer_mappings(const char *s, size_t n, lode_sbuf *tmp) {
  int changed = 0;
  tmp->len = 0;
  for (size_t i = 0; i < n;) {
    size_t k = 0, nmap = sizeof(newer_mappings) / sizeof(newer_mappings[0]);
    if ((unsigned char)s[i] >= 0x80) {
      for (; k < nmap; k++) {
        size_t fl = strlen(newer_mappings[k].from);
        if (i + fl <= n && memcmp(s + i, newer_mappings[k].from, fl) == 0) break;
      }
    } else {
      k = nmap;
    }
    if (k < nmap) {
      sb_append(tmp, newer_mappings[k].to, strlen(newer_mappings[k].to));
      i += strlen(newer_mappings[k].from);
      changed = 1;
    } else {
      sb_putc(tmp, s[i++]);
    }
  }
  return changed;
}

/* UTS #46 ToASCII or ToUnicode of UTF-8 input into out; -1 on failure. */
int lode_url_idna_convert(const char *s, size_t n, int to_unicode, lode_sbuf *out, int lenient) {
  lode_sbuf mapped = {0};
  if (apply_newer_mappings(s, n, &mapped)) {
    int r = lode_url_idna_convert(mapped.p != NULL ? mapped.p : "", mapped.len, to_unicode, out, lenient);
    lode_sbuf_free(&mapped);
    return r;
  }
  lode_sbuf_free(&mapped);
  UIDNA *idna = uts46();
  if (idna == NULL || n > INT32_MAX / 4) return -1;
  out->len = 0;
  for (int attempt = 0; attempt < 2; attempt++) {
    UErrorCode err = U_ZERO_ERROR;
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    int32_t cap = (int32_t)(out->cap > INT32_MAX ? INT32_MAX : out->cap);
    int32_t r = to_unicode
                    ? uidna_nameToUnicodeUTF8(idna, s, (int32_t)n, out->p, cap, &info, &err)
                    : uidna_nameToASCII_UTF8(idna, s, (int32_t)n, out->p, cap, &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR || err == U_STRING_NOT_TERMINATED_WARNING) {
      sb_reserve(out, (size_t)r + 1);
      continue;
    }
    if (U_FAILURE(err)) return -1;
    if (!lenient && (info.errors & ~(uint32_t)IDNA_IGNORED_ERRORS)) return -1;
    out->len = (size_t)r;
    return 0;
  }
  return -1;
}

/* UTS #46 processing costs far more than the rest of a parse: the last
 * results are kept, by input (hosts repeat). */
#define IDNA_CACHE_SIZE 64
#define IDNA_CACHE_MAX 128
typedef struct {
  size_t in_len, out_len; /* in_len 0: empty slot */
  int ok;
  char in[IDNA_CACHE_MAX], out[IDNA_CACHE_MAX * 4];
} idna_entry;
static _Thread_local idna_entry *t_idna_cache;

int lode_url_idna_cached(const char *s, size_t n, lode_sbuf *out) {
  if (n == 0 || n > IDNA_CACHE_MAX) return lode_url_idna_convert(s, n, 0, out, 0);
  if (t_idna_cache == NULL) {
    t_idna_cache = calloc(IDNA_CACHE_SIZE, sizeof(idna_entry));
    if (t_idna_cache == NULL) return lode_url_idna_convert(s, n, 0, out, 0);
  }
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
  idna_entry *e = &t_idna_cache[h % IDNA_CACHE_SIZE];
  if (e->in_len == n && memcmp(e->in, s, n) == 0) {
    if (!e->ok) return -1;
    out->len = 0;
    sb_append(out, e->out, e->out_len);
    return 0;
  }
  int r = lode_url_idna_convert(s, n, 0, out, 0);
  if (r < 0 || out->len <= sizeof(e->out)) {
    e->in_len = n;
    memcpy(e->in, s, n);
    e->ok = r == 0;
    e->out_len = r == 0 ? out->len : 0;
    if (r == 0) memcpy(e->out, out->p, out->len);
  }
  return r;
}

