// link: src/utf8.c
/* Unit tests for UTF-16 -> UTF-8 (whole characters only, lone surrogates
 * as U+FFFD), lengths, validation and the incomplete-tail helper. */
#include <stdio.h>
#include <string.h>

#include "utf8.h"

static int failures;

static void check_enc(const char *name, const uint16_t *in, size_t n, size_t cap,
                      const char *want, size_t nwant, size_t want_read) {
  unsigned char out[64];
  size_t read = 99;
  size_t got = lode_utf16_to_utf8(in, n, out, cap, &read);
  if (got != nwant || memcmp(out, want, got) != 0 || read != want_read) {
    failures++;
    printf("FAIL %s: got %zu bytes, read %zu\n", name, got, read);
  }
  if (cap >= 64 && lode_utf16_utf8_length(in, n) != nwant) {
    failures++;
    printf("FAIL %s: length %zu\n", name, lode_utf16_utf8_length(in, n));
  }
}

#define ENC(name, cap, want, nread, ...)                                     \
  do {                                                                       \
    const uint16_t in[] = {__VA_ARGS__};                                     \
    check_enc(name, in, sizeof(in) / sizeof(in[0]), cap, want, sizeof(want) - 1, nread); \
  } while (0)

#define VALID(name, in, want)                                                \
  do {                                                                       \
    if (lode_utf8_valid((const unsigned char *)in, sizeof(in) - 1) != want) { \
      failures++;                                                            \
      printf("FAIL valid %s\n", name);                                      \
    }                                                                        \
  } while (0)

#define TAIL(name, in, want)                                                 \
  do {                                                                       \
    if (lode_utf8_incomplete_tail((const unsigned char *)in, sizeof(in) - 1) != want) { \
      failures++;                                                            \
      printf("FAIL tail %s: %zu\n", name,                                    \
             lode_utf8_incomplete_tail((const unsigned char *)in, sizeof(in) - 1)); \
    }                                                                        \
  } while (0)

int main(void) {
  ENC("ascii", 64, "abcdefghi", 9, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i');
  ENC("two", 64, "\xc3\xa9", 1, 0xe9);
  ENC("three", 64, "\xe2\x82\xac", 1, 0x20ac);
  ENC("pair", 64, "\xf0\x9f\x98\x80", 2, 0xd83d, 0xde00);
  ENC("lone high", 64, "\xef\xbf\xbd" "x", 2, 0xd800, 'x');
  ENC("lone low", 64, "\xef\xbf\xbd", 1, 0xdc00);
  ENC("high at end", 64, "a\xef\xbf\xbd", 2, 'a', 0xdbff);
  ENC("reversed pair", 64, "\xef\xbf\xbd\xef\xbf\xbd", 2, 0xdc00, 0xd800);
  ENC("cap splits 3-byte", 2, "a", 1, 'a', 0x20ac);
  ENC("cap splits pair", 3, "", 0, 0xd83d, 0xde00);
  ENC("cap exact", 4, "a\xe2\x82\xac", 2, 'a', 0x20ac);
  ENC("cap in ascii run", 5, "abcde", 5, 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h');
  ENC("cap zero", 0, "", 0, 'a');
  {
    const unsigned char s[] = "a\xc3\xa9\xf0\x9f\x98\x80\xff";
    size_t want = 1 + 1 + 2 + 1;
    if (lode_utf8_utf16_length(s, sizeof(s) - 1) != want) {
      failures++;
      printf("FAIL utf16 length\n");
    }
  }
  VALID("empty", "", 1);
  VALID("ascii", "hello world, long enough for the fast path", 1);
  VALID("multi", "h\xc3\xa9llo \xe2\x82\xac \xf0\x9f\x98\x80", 1);
  VALID("overlong", "\xc0\xaf", 0);
  VALID("surrogate", "\xed\xa0\x80", 0);
  VALID("truncated", "abc\xe2\x82", 0);
  VALID("bad after run", "abcdefghij\x80", 0);
  if (!lode_is_ascii((const unsigned char *)"abcdefghijklmnop", 16) ||
      lode_is_ascii((const unsigned char *)"abcdefghijklmno\x80", 16) ||
      lode_is_ascii((const unsigned char *)"\xff", 1) || !lode_is_ascii(NULL, 0)) {
    failures++;
    printf("FAIL is_ascii\n");
  }
  TAIL("none", "abc", 0);
  TAIL("complete 2", "\xc3\xa9", 0);
  TAIL("lead 2", "a\xc3", 1);
  TAIL("lead 3", "a\xe2", 1);
  TAIL("lead 3 + 1", "a\xe2\x82", 2);
  TAIL("lead 4 + 2", "\xf0\x9f\x98", 3);
  TAIL("complete 4", "\xf0\x9f\x98\x80", 0);
  TAIL("invalid lead", "a\xc0", 0);
  TAIL("bad second", "\xe0\x80", 0);
  TAIL("surrogate prefix", "\xed\xa0", 0);
  TAIL("lone continuation", "a\x80", 0);
  TAIL("F4 90", "\xf4\x90", 0);
  TAIL("F4 8F", "\xf4\x8f", 2);
  if (failures) return 1;
  printf("utf8 encode: all passed\n");
  return 0;
}
