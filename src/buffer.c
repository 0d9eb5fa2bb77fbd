/* buffer: byte operations for node:buffer, TextEncoder/TextDecoder and
 * string_decoder. JS validates every argument first (lib/buffer.js); C
 * checks again wherever memory safety depends on it. Each operation is one
 * crossing that reads or writes the typed array's memory in place.
 *
 * Engine calls are not free here: JSValueToNumber or
 * JSObjectGetTypedArrayBytesPtr cost ~90 ns each (they take the VM lock),
 * as much as the crossing itself. So numeric arguments and results travel
 * through a Float64Array shared with JS (`binding.args`), whose memory C
 * reads directly; only views and strings are passed as arguments. */
#include "runtime.h"
#include "base64.h"
#include "utf8.h"

#include <string.h>

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "utf16le conversions below assume a little-endian host"
#endif

/* Encoding ids shared with lib/internal/buffer.js. */
enum {
  ENC_UTF8 = 1,
  ENC_UCS2 = 2,
  ENC_LATIN1 = 3,
  ENC_ASCII = 4,
  ENC_BASE64 = 5,
  ENC_BASE64URL = 6,
  ENC_HEX = 7,
};

#define NARGS 8

/* The binding object's private data: the pinned memory of binding.args. */
typedef struct {
  double *args;
} buf_state;

static void state_finalize(JSObjectRef obj) {
  free(JSObjectGetPrivate(obj));
}

static double *args_of(JSContextRef ctx, JSObjectRef self, JSValueRef *exc) {
  buf_state *st = self != NULL ? JSObjectGetPrivate(self) : NULL;
  if (st == NULL) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "buffer binding called without its object");
    return NULL;
  }
  return st->args;
}

/* A numeric argument from the shared array as an index within [0, max]. */
static size_t index_in(double d, size_t max) {
  if (!(d > 0)) return 0;
  if (d >= (double)max) return max;
  return (size_t)d;
}


/* UTF-16 units of a string argument; the JSStringRef must be released. */
static JSStringRef string_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i,
                              const uint16_t **chars, size_t *n, JSValueRef *exc) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a string");
    return NULL;
  }
  JSStringRef s = JSValueToStringCopy(ctx, argv[i], exc);
  if (s == NULL) return NULL;
  *n = JSStringGetLength(s);
  *chars = *n > 0 ? JSStringGetCharactersPtr(s) : NULL;
  return s;
}

/* Scratch space for building strings: one per thread (workers run their own
 * VM on their own thread). Results up to 8 MB reuse one growing buffer, so
 * decoding big buffers over and over does not fault in fresh pages each
 * time; larger ones use their own allocation. */
#define SCRATCH_UNITS 32768
#define SCRATCH_KEEP_UNITS (4u << 20)
static _Thread_local uint16_t scratch[SCRATCH_UNITS];
static _Thread_local uint16_t *big_scratch;
static _Thread_local size_t big_scratch_units;

static uint16_t *units_alloc(size_t n) {
  if (n <= SCRATCH_UNITS) return scratch;
  if (n > SCRATCH_KEEP_UNITS) return malloc(n * sizeof(uint16_t));
  if (n > big_scratch_units) {
    uint16_t *b = realloc(big_scratch, n * sizeof(uint16_t));
    if (b == NULL) return NULL;
    big_scratch = b;
    big_scratch_units = n;
  }
  return big_scratch;
}

static void units_free(uint16_t *u) {
  if (u != scratch && u != big_scratch) free(u);
}

static JSValueRef make_string(JSContextRef ctx, const uint16_t *u, size_t n) {
  JSStringRef s = JSStringCreateWithCharacters(u, n);
  JSValueRef v = js_make_string(ctx, s, 2);
  JSStringRelease(s);
  return v;
}

static size_t encode_latin1(const uint16_t *s, size_t n, unsigned char *out, size_t cap) {
  size_t k = n < cap ? n : cap;
  for (size_t i = 0; i < k; i++) out[i] = (unsigned char)s[i];
  return k;
}

static size_t encode_ucs2(const uint16_t *s, size_t n, unsigned char *out, size_t cap) {
  size_t k = n < cap / 2 ? n : cap / 2;
  memcpy(out, s, k * 2);
  return k * 2;
}

/* Encodes a string in enc into out (cap bytes): whole characters only for
 * utf8 and ucs2, as Node's write does. */
static size_t encode_into(int enc, const uint16_t *s, size_t n, unsigned char *out, size_t cap) {
  switch (enc) {
    case ENC_UTF8:
      return lode_utf16_to_utf8(s, n, out, cap, NULL);
    case ENC_UCS2:
      return encode_ucs2(s, n, out, cap);
    case ENC_LATIN1:
    case ENC_ASCII:
      return encode_latin1(s, n, out, cap);
    case ENC_BASE64:
    case ENC_BASE64URL:
      return lode_base64_decode16(s, n, out, cap);
    case ENC_HEX:
      return lode_hex_decode16(s, n, out, cap);
  }
  return 0;
}

/* byteLengthUtf8(string) → number */
static LODE_FN(buf_byte_length_utf8) {
  LODE_UNUSED_FN_ARGS;
  const uint16_t *s;
  size_t n;
  JSStringRef str = string_arg(ctx, argc, argv, 0, &s, &n, exc);
  if (str == NULL) return NULL;
  size_t len = n > 0 ? lode_utf16_utf8_length(s, n) : 0;
  JSStringRelease(str);
  return JSValueMakeNumber(ctx, (double)len);
}

/* write(view, string), args [offset, maxBytes, enc] → bytes written */
static LODE_FN(buf_write) {
  LODE_UNUSED_FN_ARGS;
  double *args = args_of(ctx, self, exc);
  unsigned char *p;
  size_t len;
  if (args == NULL || argc < 2 || js_view_bytes(ctx, argv[0], &p, &len, exc) != 0) return NULL;
  size_t off = index_in(args[0], len);
  size_t max = index_in(args[1], len - off);
  int enc = (int)args[2];
  const uint16_t *s;
  size_t n;
  JSStringRef str = string_arg(ctx, argc, argv, 1, &s, &n, exc);
  if (str == NULL) return NULL;
  size_t w = n > 0 && max > 0 ? encode_into(enc, s, n, p + off, max) : 0;
  JSStringRelease(str);
  return JSValueMakeNumber(ctx, (double)w);
}


/* encode(string), args [-, -, enc] → ArrayBuffer holding exactly the
 * encoded bytes, or undefined when the memory cannot be had. */
static LODE_FN(buf_encode) {
  LODE_UNUSED_FN_ARGS;
  double *args = args_of(ctx, self, exc);
  if (args == NULL) return NULL;
  int enc = (int)args[2];
  const uint16_t *s;
  size_t n;
  JSStringRef str = string_arg(ctx, argc, argv, 0, &s, &n, exc);
  if (str == NULL) return NULL;
  size_t cap;
  switch (enc) {
    case ENC_UTF8: cap = n > 0 ? lode_utf16_utf8_length(s, n) : 0; break;
    case ENC_UCS2: cap = n * 2; break;
    case ENC_BASE64:
    case ENC_BASE64URL: cap = n > 0 ? lode_base64_decoded_length16(s, n) : 0; break;
    case ENC_HEX: cap = n / 2; break;
    default: cap = n; break;
  }
  unsigned char *bytes = lode_malloc_filled(cap > 0 ? cap : 1);
  if (bytes == NULL) {
    JSStringRelease(str);
    return JSValueMakeUndefined(ctx);
  }
  size_t w = cap > 0 ? encode_into(enc, s, n, bytes, cap) : 0;
  JSStringRelease(str);
  return js_array_buffer_adopt(ctx, bytes, w, exc);
}

/* slice(view), args [start, end, enc] → string, or undefined when the
 * result would be longer than the string limit (or memory ran out). */
static LODE_FN(buf_slice) {
  LODE_UNUSED_FN_ARGS;
  double *args = args_of(ctx, self, exc);
  unsigned char *p;
  size_t len;
  if (args == NULL || argc < 1 || js_view_bytes(ctx, argv[0], &p, &len, exc) != 0) return NULL;
  size_t start = index_in(args[0], len);
  size_t end = index_in(args[1], len);
  int enc = (int)args[2];
  if (end <= start) return js_str(ctx, "");
  const unsigned char *b = p + start;
  size_t n = end - start;
  size_t units; /* for utf8 an upper bound: never more units than bytes */
  switch (enc) {
    case ENC_UCS2: units = n / 2; break;
    case ENC_HEX: units = n * 2; break;
    case ENC_BASE64: units = lode_base64_encoded_length(n, 0); break;
    case ENC_BASE64URL: units = lode_base64_encoded_length(n, 1); break;
    default: units = n; break;
  }
  /* Too long a result fails before any memory is taken (for utf8, only a
   * count of the units tells). */
  if (units > LODE_STRING_MAX_LENGTH &&
      (enc != ENC_UTF8 || lode_utf8_utf16_length(b, n) > LODE_STRING_MAX_LENGTH))
    return JSValueMakeUndefined(ctx);
  uint16_t *u = units_alloc(units);
  if (u == NULL) return JSValueMakeUndefined(ctx);
  switch (enc) {
    case ENC_UTF8:
      units = lode_utf8_to_utf16(b, n, u);
      if (units > LODE_STRING_MAX_LENGTH) {
        units_free(u);
        return JSValueMakeUndefined(ctx);
      }
      break;
    case ENC_UCS2:
      memcpy(u, b, units * 2);
      break;
    case ENC_ASCII:
      for (size_t i = 0; i < n; i++) u[i] = b[i] & 0x7F;
      break;
    case ENC_HEX:
      lode_hex_encode16(b, n, u);
      break;
    case ENC_BASE64:
    case ENC_BASE64URL:
      lode_base64_encode16(b, n, u, enc == ENC_BASE64URL);
      break;
    default:
      lode_latin1_to_utf16(b, n, u);
      break;
  }
  JSValueRef v = make_string(ctx, u, units);
  units_free(u);
  return v;
}

/* compare(a, b), args [aStart, aEnd, bStart, bEnd] → -1, 0 or 1 */
static LODE_FN(buf_compare) {
  LODE_UNUSED_FN_ARGS;
  double *args = args_of(ctx, self, exc);
  unsigned char *a, *b;
  size_t alen, blen;
  if (args == NULL || argc < 2 || js_view_bytes(ctx, argv[0], &a, &alen, exc) != 0 ||
      js_view_bytes(ctx, argv[1], &b, &blen, exc) != 0)
    return NULL;
  size_t as = index_in(args[0], alen);
  size_t ae = index_in(args[1], alen);
  size_t bs = index_in(args[2], blen);
  size_t be = index_in(args[3], blen);
  size_t an = ae > as ? ae - as : 0, bn = be > bs ? be - bs : 0;
  size_t k = an < bn ? an : bn;
  int r = k > 0 ? memcmp(a + as, b + bs, k) : 0;
  if (r == 0) r = an < bn ? -1 : an > bn ? 1 : 0;
  return JSValueMakeNumber(ctx, r < 0 ? -1 : r > 0 ? 1 : 0);
}

/* indexOf(haystack, needle), args [start, forward, step] → index or -1.
 * Matches are looked for at positions >= start (forward) or <= start
 * (backward); step 2 keeps to even positions (utf16le). */
static LODE_FN(buf_index_of) {
  LODE_UNUSED_FN_ARGS;
  double *args = args_of(ctx, self, exc);
  unsigned char *h, *nd;
  size_t hlen, nlen;
  if (args == NULL || argc < 2 || js_view_bytes(ctx, argv[0], &h, &hlen, exc) != 0 ||
      js_view_bytes(ctx, argv[1], &nd, &nlen, exc) != 0)
    return NULL;
  if (nlen == 0 || nlen > hlen) return JSValueMakeNumber(ctx, -1);
  size_t last = hlen - nlen;
  size_t start = index_in(args[0], last + 1);
  int forward = args[1] != 0;
  int step = args[2] == 2 ? 2 : 1;
  unsigned char first = nd[0];
  /* utf16le searches whole units: a byte offset names the unit it falls in. */
  if (step == 2) start &= ~(size_t)1;
  if (forward) {
    if (start > last) return JSValueMakeNumber(ctx, -1);
    size_t pos = start;
    while (pos <= last) {
      const unsigned char *m = memchr(h + pos, first, last - pos + 1);
      if (m == NULL) break;
      size_t at = (size_t)(m - h);
      if ((step == 1 || (at & 1) == 0) && memcmp(h + at, nd, nlen) == 0)
        return JSValueMakeNumber(ctx, (double)at);
      pos = at + 1;
    }
  } else {
    if (start > last) start = step == 2 ? last & ~(size_t)1 : last;
    size_t pos = start + 1; /* search h[0, pos) for a first byte */
    while (pos > 0) {
      const unsigned char *m = memrchr(h, first, pos);
      if (m == NULL) break;
      size_t at = (size_t)(m - h);
      if ((step == 1 || (at & 1) == 0) && memcmp(h + at, nd, nlen) == 0)
        return JSValueMakeNumber(ctx, (double)at);
      pos = at;
    }
  }
  return JSValueMakeNumber(ctx, -1);
}

/* isUtf8(view) / isAscii(view) → boolean */
static LODE_FN(buf_is_utf8) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (js_view_bytes(ctx, argc > 0 ? argv[0] : NULL, &p, &len, exc) != 0) return NULL;
  return JSValueMakeBoolean(ctx, len == 0 || lode_utf8_valid(p, len));
}

static LODE_FN(buf_is_ascii) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (js_view_bytes(ctx, argc > 0 ? argv[0] : NULL, &p, &len, exc) != 0) return NULL;
  return JSValueMakeBoolean(ctx, len == 0 || lode_is_ascii(p, len));
}

/* utf8IncompleteTail(view) → bytes at its end that begin a character more
 * input could complete (0-3). */
static LODE_FN(buf_utf8_incomplete_tail) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (js_view_bytes(ctx, argc > 0 ? argv[0] : NULL, &p, &len, exc) != 0) return NULL;
  return JSValueMakeNumber(ctx, len == 0 ? 0 : (double)lode_utf8_incomplete_tail(p, len));
}

/* encodeIntoUtf8(string, view) → bytes written; args[0] gets the UTF-16
 * units read (TextEncoder.encodeInto). */
static LODE_FN(buf_encode_into_utf8) {
  LODE_UNUSED_FN_ARGS;
  double *args = args_of(ctx, self, exc);
  unsigned char *p;
  size_t len;
  if (args == NULL || argc < 2 || js_view_bytes(ctx, argv[1], &p, &len, exc) != 0) return NULL;
  const uint16_t *s;
  size_t n;
  JSStringRef str = string_arg(ctx, argc, argv, 0, &s, &n, exc);
  if (str == NULL) return NULL;
  size_t read = 0;
  size_t w = n > 0 && len > 0 ? lode_utf16_to_utf8(s, n, p, len, &read) : 0;
  JSStringRelease(str);
  args[0] = (double)read;
  return JSValueMakeNumber(ctx, (double)w);
}

/* sameStructure(a, b) → whether two objects share the engine's hidden
 * class (JSC's StructureID, the first 32 bits of every cell). A typed array
 * with the Structure of a fresh one of its class has no own properties
 * besides its indices, which no JS API can tell without listing every index
 * (Object.keys of a 1 MB Buffer takes over a second in JSC). Equal IDs
 * prove it; unequal ones prove nothing, and callers then list the keys. */
static LODE_FN(buf_same_structure) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 2 || !JSValueIsObject(ctx, argv[0]) || !JSValueIsObject(ctx, argv[1]))
    return JSValueMakeBoolean(ctx, false);
  uint32_t a, b;
  memcpy(&a, (const void *)argv[0], sizeof(a));
  memcpy(&b, (const void *)argv[1], sizeof(b));
  return JSValueMakeBoolean(ctx, a == b);
}

/* allocUninit(size) → an ArrayBuffer of `size` bytes left uninitialised,
 * for Buffer.allocUnsafe/allocUnsafeSlow: big buffers skip the zero fill
 * (and the engine's own allocator) as Node's do. */
static LODE_FN(buf_alloc_uninit) {
  LODE_UNUSED_FN_ARGS;
  double size = argc > 0 ? JSValueToNumber(ctx, argv[0], exc) : 0;
  if (!(size >= 1 && size <= (double)SIZE_MAX)) return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "Invalid buffer size");
  void *bytes = malloc((size_t)size);
  if (bytes == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Array buffer allocation failed");
  return js_array_buffer_adopt(ctx, bytes, (size_t)size, exc);
}

JSObjectRef lode_binding_buffer(JSContextRef ctx) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "BufferBinding";
    def.finalize = state_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  buf_state *st = calloc(1, sizeof(*st));
  CHECK(st != NULL);
  JSObjectRef b = JSObjectMake(ctx, cls, st);
  /* The shared argument array: asking for its bytes pins its memory, so the
   * pointer stays valid for as long as the binding (which holds it) lives. */
  JSObjectRef args = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeFloat64Array, NARGS, NULL);
  CHECK(args != NULL);
  st->args = JSObjectGetTypedArrayBytesPtr(ctx, args, NULL);
  CHECK(st->args != NULL && JSObjectGetTypedArrayByteOffset(ctx, args, NULL) == 0);
  js_set(ctx, b, "args", args);
  js_set_fn(ctx, b, "byteLengthUtf8", buf_byte_length_utf8);
  js_set_fn(ctx, b, "write", buf_write);
  js_set_fn(ctx, b, "encode", buf_encode);
  js_set_fn(ctx, b, "slice", buf_slice);
  js_set_fn(ctx, b, "compare", buf_compare);
  js_set_fn(ctx, b, "indexOf", buf_index_of);
  js_set_fn(ctx, b, "isUtf8", buf_is_utf8);
  js_set_fn(ctx, b, "isAscii", buf_is_ascii);
  js_set_fn(ctx, b, "utf8IncompleteTail", buf_utf8_incomplete_tail);
  js_set_fn(ctx, b, "encodeIntoUtf8", buf_encode_into_utf8);
  js_set_fn(ctx, b, "allocUninit", buf_alloc_uninit);
  js_set_fn(ctx, b, "sameStructure", buf_same_structure);
  js_set_num(ctx, b, "kStringMaxLength", LODE_STRING_MAX_LENGTH);
  return b;
}
