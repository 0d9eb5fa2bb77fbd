// link: src/base64.c
/* Unit tests for the base64/base64url/hex codecs: Node's lenient decoding
 * (skipped characters, '=' ends the data, partial writes) and encoding. */
#include <stdio.h>
#include <string.h>

#include "base64.h"

static int failures;

static size_t widen(const char *s, uint16_t *out) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++) out[i] = (unsigned char)s[i];
  return n;
}

static void check_b64(const char *name, const char *in, size_t cap, const char *want, size_t nwant) {
  uint16_t w[256];
  unsigned char out[256], out8[256];
  size_t n = widen(in, w);
  size_t got = lode_base64_decode16(w, n, out, cap);
  size_t got8 = lode_base64_decode8((const unsigned char *)in, n, out8, cap);
  if (got != nwant || memcmp(out, want, got) != 0 || got8 != got || memcmp(out8, out, got) != 0) {
    failures++;
    printf("FAIL %s: got %zu/%zu bytes\n", name, got, got8);
  }
}

static void check_hex(const char *name, const char *in, size_t cap, const char *want, size_t nwant) {
  uint16_t w[256];
  unsigned char out[256];
  size_t n = widen(in, w);
  size_t got = lode_hex_decode16(w, n, out, cap);
  if (got != nwant || memcmp(out, want, got) != 0) {
    failures++;
    printf("FAIL %s: got %zu bytes\n", name, got);
  }
}

static void check_enc(const char *name, const char *in, size_t n, int url, const char *want) {
  uint16_t out[256];
  size_t len = lode_base64_encode16((const unsigned char *)in, n, out, url);
  size_t wl = strlen(want);
  int ok = len == wl && len == lode_base64_encoded_length(n, url);
  for (size_t i = 0; ok && i < len; i++) ok = out[i] == (unsigned char)want[i];
  if (!ok) {
    failures++;
    printf("FAIL %s: got %zu units\n", name, len);
  }
}

#define B64(name, in, cap, want) check_b64(name, in, cap, want, sizeof(want) - 1)
#define HEX(name, in, cap, want) check_hex(name, in, cap, want, sizeof(want) - 1)

int main(void) {
  B64("plain", "YWJjZGVm", 100, "abcdef");
  B64("padding", "YWJjZA==", 100, "abcd");
  B64("no padding", "YWJjZA", 100, "abcd");
  B64("one pad", "YWJjZA=", 100, "abcd");
  B64("whitespace", "YWJj ZGVm\nZ2g=", 100, "abcdefgh");
  B64("junk skipped", "YW$Jj", 100, "abc");
  B64("= ends data", "YW=JjZA", 100, "a");
  B64("= after quad", "YWJj=ZGVm", 100, "abc");
  B64("url alphabet in base64", "-_-_", 100, "\xfb\xff\xbf");
  B64("std alphabet", "+/+/", 100, "\xfb\xff\xbf");
  B64("lone last char", "YWJjZ", 100, "abc");
  B64("single char", "Y", 100, "");
  B64("only padding", "====", 100, "");
  B64("partial write 2", "YWJj", 2, "ab");
  B64("partial write 1", "YWJjZGVm", 4, "abcd");
  B64("partial tail", "YWJjZA", 3, "abc");
  B64("cap zero", "YWJj", 0, "");
  {
    uint16_t w[] = {'Y', 0x100 + 'W', 'W', 'J', 'j'};
    unsigned char out[8];
    if (lode_base64_decode16(w, 5, out, 8) != 3 || memcmp(out, "abc", 3) != 0) {
      failures++;
      printf("FAIL wide char skipped\n");
    }
    uint16_t p[] = {'Y', 'W', 'J', 'j', 'Z', 'A', '=', '='};
    if (lode_base64_decoded_length16(p, 8) != 4 || lode_base64_decoded_length16(p, 6) != 4 ||
        lode_base64_decoded_length16(p, 0) != 0 || lode_base64_decoded_length16(p, 1) != 0) {
      failures++;
      printf("FAIL decoded length\n");
    }
  }
  HEX("plain", "abcdef", 100, "\xab\xcd\xef");
  HEX("upper", "ABcd", 100, "\xab\xcd");
  HEX("odd", "abcdefg", 100, "\xab\xcd\xef");
  HEX("stops at bad pair", "abxdef", 100, "\xab");
  HEX("bad first", "0g12", 100, "");
  HEX("space", " abc", 100, "");
  HEX("partial", "abcdef", 2, "\xab\xcd");
  check_enc("enc 0", "", 0, 0, "");
  check_enc("enc 1", "a", 1, 0, "YQ==");
  check_enc("enc 2", "ab", 2, 0, "YWI=");
  check_enc("enc 3", "abc", 3, 0, "YWJj");
  check_enc("enc high", "\xfa\xfb\xfc\xfd\xfe\xff", 6, 0, "+vv8/f7/");
  check_enc("url", "\xfa\xfb\xfc\xfd\xfe\xff\x01", 7, 1, "-vv8_f7_AQ");
  check_enc("url 2", "ab", 2, 1, "YWI");
  {
    uint16_t out[8];
    lode_hex_encode16((const unsigned char *)"\x00\x9f\xff", 3, out);
    const char *want = "009fff";
    for (int i = 0; i < 6; i++)
      if (out[i] != want[i]) {
        failures++;
        printf("FAIL hex encode\n");
        break;
      }
  }
  if (failures) return 1;
  printf("base64: all passed\n");
  return 0;
}
