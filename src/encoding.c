/* encoding: byte <-> text conversions done in C (UTF-8 decoding with the
 * WHATWG replacement of invalid sequences). */
#include "runtime.h"
#include "utf8.h"

#include <string.h>

/* Below this many bytes even wide text is made 8-bit when it is ASCII:
 * names, keys and header values, compared and hashed more than scanned. */
#define WIDE_FROM ((size_t)1024)

static JSValueRef utf8_string_whole(JSContextRef ctx, const unsigned char *s, size_t len, int wide) {
  /* ASCII without NULs: through the one C API door to an 8-bit engine
   * string (half the memory; splitting, comparing and hashing it later is
   * faster than with the 16-bit string JSStringCreateWithCharacters makes).
   * That door decodes UTF-8 a character per call (~2 ns a byte here), so
   * wide text (a file read as UTF-8) takes the 16-bit door: 3-6x faster to
   * make, and as fast to work on. */
  if ((!wide || len < WIDE_FROM) && lode_is_ascii(s, len) && memchr(s, 0, len) == NULL) {
    char small[1024];
    char *z = len < sizeof(small) ? small : malloc(len + 1);
    if (z == NULL) return NULL;
    memcpy(z, s, len);
    z[len] = '\0';
    JSStringRef str = JSStringCreateWithUTF8CString(z);
    if (z != small) free(z);
    JSValueRef v = js_make_string(ctx, str, 1);
    JSStringRelease(str);
    return v;
  }
  JSChar stackbuf[1024] = {0};
  JSChar *buf = len <= 1024 ? stackbuf : malloc(len * sizeof(JSChar));
  if (buf == NULL) return NULL;
  size_t n = lode_utf8_to_utf16(s, len, buf);
  JSStringRef str = JSStringCreateWithCharacters(buf, n);
  JSValueRef v = js_make_string(ctx, str, 2);
  JSStringRelease(str);
  if (buf != stackbuf) free(buf);
  return v;
}

/* Long texts go in pieces. JSStringCreateWithUTF8CString first converts
 * the whole text to UTF-16 in a scratch buffer and JSValueMakeString copies
 * the result again: a 7 MB module's code took ~35 MB of fresh memory, and a
 * first touch of a page costs ~16 us on a VM. Pieces of 64 KB reuse the
 * same few buffers; Array.prototype.join makes the one final string (8-bit
 * when every piece is). */
#define PIECE ((size_t)64 * 1024)

static JSValueRef utf8_string_in_pieces(JSContextRef ctx, const unsigned char *s, size_t len, int wide) {
  JSObjectRef parts = JSObjectMakeArray(ctx, 0, NULL, NULL);
  if (parts == NULL) return NULL;
  unsigned n = 0;
  for (size_t at = 0; at < len;) {
    size_t end = len - at <= PIECE ? len : at + PIECE;
    /* Cut before a byte that is not a continuation byte (at most 3 back):
     * decoding then ends and starts exactly as it would in one go. After 4
     * continuation bytes in a row no character is open, so the cut stays. */
    for (size_t q = end; q < len && q > at && q + 3 >= end; q--) {
      if ((s[q] & 0xC0) != 0x80) {
        end = q;
        break;
      }
    }
    JSValueRef piece = utf8_string_whole(ctx, s + at, end - at, wide);
    if (piece == NULL) return NULL;
    JSObjectSetPropertyAtIndex(ctx, parts, n++, piece, NULL);
    at = end;
  }
  JSValueRef sep = js_str(ctx, "");
  return JSObjectCallAsFunction(ctx, lode_rt->array_join, parts, 1, &sep, NULL);
}

static JSValueRef utf8_string(JSContextRef ctx, const unsigned char *s, size_t len, int wide) {
  /* Past JSC's string limit, or out of memory: the caller reports it. */
  if (len > (size_t)INT32_MAX) return NULL;
  if (len > 2 * PIECE && lode_rt != NULL && lode_rt->array_join != NULL) return utf8_string_in_pieces(ctx, s, len, wide);
  return utf8_string_whole(ctx, s, len, wide);
}

JSValueRef lode_utf8_string(JSContextRef ctx, const unsigned char *s, size_t len) {
  return utf8_string(ctx, s, len, 0);
}

JSValueRef lode_utf8_text(JSContextRef ctx, const unsigned char *s, size_t len) {
  return utf8_string(ctx, s, len, 1);
}

/* utf8Decode(typedArray[, start, end]) → string */
static LODE_FN(utf8_decode) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (js_view_bytes(ctx, argc > 0 ? argv[0] : NULL, &p, &len, exc) < 0) return NULL;
  double start = argc > 1 ? js_num(ctx, argv[1]) : 0;
  double end = argc > 2 ? js_num(ctx, argv[2]) : (double)len;
  if (!(start >= 0)) start = 0;
  if (!(end <= (double)len)) end = (double)len;
  if (end < start) end = start;
  if (p == NULL) return js_str(ctx, "");
  JSValueRef str = lode_utf8_text(ctx, p + (size_t)start, (size_t)(end - start));
  return str != NULL ? str : js_throw_string_too_long(ctx, exc);
}

JSObjectRef lode_binding_encoding(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "utf8Decode", utf8_decode);
  return b;
}
