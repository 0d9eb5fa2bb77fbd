// link: src/utf8.c
/* Unit tests for lode_utf8_to_utf16: valid text, and the WHATWG
 * replacement of invalid sequences (one U+FFFD per maximal subpart). */
#include <stdio.h>
#include <string.h>

#include "utf8.h"

static int failures;

static void check(const char *name, const char *in, size_t len, const uint16_t *want, size_t nwant) {
  uint16_t out[64];
  size_t n = lode_utf8_to_utf16((const unsigned char *)in, len, out);
  if (n != nwant || memcmp(out, want, n * sizeof(uint16_t)) != 0) {
    failures++;
    printf("FAIL %s: got %zu units:", name, n);
    for (size_t i = 0; i < n; i++) printf(" %04x", out[i]);
    printf("\n");
  }
}

#define CHECK(name, in, ...)                                             \
  do {                                                                   \
    const uint16_t want[] = {__VA_ARGS__};                               \
    check(name, in, sizeof(in) - 1, want, sizeof(want) / sizeof(want[0])); \
  } while (0)

int main(void) {
  CHECK("ascii", "abc", 'a', 'b', 'c');
  CHECK("two bytes", "\xc3\xa9", 0xe9);
  CHECK("three bytes", "\xe2\x82\xac", 0x20ac);
  CHECK("four bytes", "\xf0\x9f\x98\x80", 0xd83d, 0xde00);
  CHECK("lone continuation", "\x80" "a", 0xfffd, 'a');
  CHECK("overlong C0", "\xc0\xaf", 0xfffd, 0xfffd);
  CHECK("overlong E0", "\xe0\x80\xaf", 0xfffd, 0xfffd, 0xfffd);
  CHECK("surrogate ED A0", "\xed\xa0\x80", 0xfffd, 0xfffd, 0xfffd);
  CHECK("above U+10FFFF", "\xf4\x90\x80\x80", 0xfffd, 0xfffd, 0xfffd, 0xfffd);
  CHECK("F5 lead", "\xf5" "a", 0xfffd, 'a');
  CHECK("truncated 3", "\xe2\x82", 0xfffd);
  CHECK("truncated 4 then ascii", "\xf0\x9f\x98" "x", 0xfffd, 'x');
  CHECK("bad second byte", "\xe2" "a", 0xfffd, 'a');
  CHECK("max", "\xf4\x8f\xbf\xbf", 0xdbff, 0xdfff);
  CHECK("nul", "a\0b", 'a', 0, 'b');
  uint16_t none[1];
  if (lode_utf8_to_utf16((const unsigned char *)"", 0, none) != 0) {
    failures++;
    printf("FAIL empty\n");
  }
  if (failures) return 1;
  printf("utf8: all passed\n");
  return 0;
}
