/* encoding: byte <-> text conversions done in C (UTF-8 decoding with the
 * WHATWG replacement of invalid sequences). */
#include "runtime.h"

#include <string.h>

/* Decodes UTF-8 into UTF-16, replacing each maximal invalid subpart with
 * U+FFFD as the Encoding Standard says. out must hold len units. */
static size_t utf8_to_utf16(const unsigned char *s, size_t len, JSChar *out) {
  size_t i = 0, o = 0;
  while (i < len) {
    unsigned c = s[i];
    if (c < 0x80) {
      out[o++] = (JSChar)c;
      i++;
      continue;
    }
    unsigned need, cp, lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      need = 1;
      cp = c & 0x1F;
    } else if (c >= 0xE0 && c <= 0xEF) {
      need = 2;
      cp = c & 0x0F;
      if (c == 0xE0) lo = 0xA0;
      if (c == 0xED) hi = 0x9F;
    } else if (c >= 0xF0 && c <= 0xF4) {
      need = 3;
      cp = c & 0x07;
      if (c == 0xF0) lo = 0x90;
      if (c == 0xF4) hi = 0x8F;
    } else {
      out[o++] = 0xFFFD;
      i++;
      continue;
    }
    size_t j = i + 1;
    unsigned k = 0;
    for (; k < need && j < len; k++, j++) {
      unsigned b = s[j];
      if (b < lo || b > hi) break;
      lo = 0x80;
      hi = 0xBF;
      cp = (cp << 6) | (b & 0x3F);
    }
    if (k < need) {
      out[o++] = 0xFFFD;
      i = j;
      continue;
    }
    if (cp >= 0x10000) {
      cp -= 0x10000;
      out[o++] = (JSChar)(0xD800 + (cp >> 10));
      out[o++] = (JSChar)(0xDC00 + (cp & 0x3FF));
    } else {
      out[o++] = (JSChar)cp;
    }
    i = j;
  }
  return o;
}

JSValueRef lode_utf8_string(JSContextRef ctx, const unsigned char *s, size_t len) {
  JSChar stackbuf[1024] = {0};
  JSChar *buf = len <= 1024 ? stackbuf : malloc(len * sizeof(JSChar));
  CHECK(buf != NULL);
  size_t n = utf8_to_utf16(s, len, buf);
  JSStringRef str = JSStringCreateWithCharacters(buf, n);
  JSValueRef v = JSValueMakeString(ctx, str);
  JSStringRelease(str);
  if (buf != stackbuf) free(buf);
  return v;
}

/* utf8Decode(typedArray[, start, end]) → string */
static LODE_FN(utf8_decode) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]) ||
      JSValueGetTypedArrayType(ctx, argv[0], NULL) == kJSTypedArrayTypeNone)
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "utf8Decode expects a typed array");
  JSObjectRef arr = (JSObjectRef)argv[0];
  const unsigned char *p = JSObjectGetTypedArrayBytesPtr(ctx, arr, exc);
  size_t len = JSObjectGetTypedArrayByteLength(ctx, arr, exc);
  double start = argc > 1 ? js_num(ctx, argv[1]) : 0;
  double end = argc > 2 ? js_num(ctx, argv[2]) : (double)len;
  if (!(start >= 0)) start = 0;
  if (!(end <= (double)len)) end = (double)len;
  if (end < start) end = start;
  if (p == NULL) return js_str(ctx, "");
  return lode_utf8_string(ctx, p + (size_t)start, (size_t)(end - start));
}

JSObjectRef lode_binding_encoding(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "utf8Decode", utf8_decode);
  return b;
}
