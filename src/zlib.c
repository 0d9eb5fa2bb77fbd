/* zlib: the binding behind node:zlib (lib/zlib.js):
 * deflate/inflate streams on the system zlib and brotli streams on the
 * system libbrotlienc/libbrotlidec, plus crc32 and the constants.
 *
 * A stream is a JS object of class ZlibStream owning one z_stream or one
 * brotli encoder/decoder. JS validates every option first; C checks again
 * where memory safety depends on it.
 *
 * One write compresses or decompresses from a slice of an input view into
 * a slice of an output view until the output is full or the input is used
 * up. The slices' offsets and lengths come through the shared `io` array
 * (hot: one write per 16 KB of output), and the results (output and input
 * left) go back through it. `write` runs on the libuv thread pool and calls
 * the callback set by setCallback with `this` = the stream object when it
 * is done, with (message, errno, code) when it failed; writeSync runs now
 * and returns undefined or [message, errno, code]. While a write is on the
 * pool the stream object and both views are protected, so the memory the
 * worker reads and writes stays alive; a close asked for meanwhile happens
 * when the write is back. The native state is freed by close() and, at the
 * latest, by the finalizer. */
#include "runtime.h"

#include <math.h>
#include <string.h>
#include <zlib.h>
#include <brotli/decode.h>
#include <brotli/encode.h>

/* Node's mode numbers (zlib.constants.DEFLATE ...). */
enum {
  M_NONE, M_DEFLATE, M_INFLATE, M_GZIP, M_GUNZIP, M_DEFLATERAW, M_INFLATERAW, M_UNZIP,
  M_BROTLI_DECODE, M_BROTLI_ENCODE
};

#define BROTLI_PARAMS 9 /* BROTLI_PARAM_MODE .. BROTLI_PARAM_NDIRECT, as Node 20 */
#define PARAM_UNSET 0xFFFFFFFFu

/* io[]: in from JS: flush, inOff, inLen, outOff, outLen; out to JS:
 * availOut, availIn (what is left of each slice after the write). */
enum { IO_FLUSH, IO_IN_OFF, IO_IN_LEN, IO_OUT_OFF, IO_OUT_LEN, IO_AVAIL_OUT, IO_AVAIL_IN, IO_COUNT };
static uint32_t io[IO_COUNT];

static JSObjectRef write_callback; /* protected once set */

typedef struct {
  int mode;
  int ready;         /* init succeeded, the library state exists */
  int closed;
  int busy;          /* a write is on the thread pool */
  int pending_close; /* close() came while busy */
  int want_params, want_reset; /* asked for while busy */
  int param_level, param_strategy;
  int flush;
  /* zlib */
  z_stream strm;
  int err;
  int unzip;      /* an Unzip: mode becomes M_GUNZIP or M_INFLATE */
  int unzip_seen; /* bytes of a gzip magic seen so far (Unzip) */
  unsigned char *dict;
  size_t dict_len;
  /* brotli */
  BrotliEncoderState *enc;
  BrotliDecoderState *dec;
  uint32_t bparams[BROTLI_PARAMS];
  const uint8_t *b_in;
  uint8_t *b_out;
  size_t b_avail_in, b_avail_out;
  int b_ok;                     /* encoder result */
  BrotliDecoderResult b_result; /* decoder result */
  BrotliDecoderErrorCode b_error;
  /* the write in flight */
  uv_work_t req;
  JSObjectRef obj;
  JSValueRef in_view, out_view;
} zstream;

static void apply_deferred(zstream *z);

static int is_brotli(int mode) { return mode == M_BROTLI_DECODE || mode == M_BROTLI_ENCODE; }
static int is_deflate(int mode) {
  return mode == M_DEFLATE || mode == M_GZIP || mode == M_DEFLATERAW;
}

/* Ends the library state (the stream object stays, answering "closed"). */
static void end_streams(zstream *z) {
  if (z->ready) {
    if (is_deflate(z->mode)) deflateEnd(&z->strm);
    else if (!is_brotli(z->mode)) inflateEnd(&z->strm);
  }
  if (z->enc != NULL) BrotliEncoderDestroyInstance(z->enc);
  if (z->dec != NULL) BrotliDecoderDestroyInstance(z->dec);
  z->enc = NULL;
  z->dec = NULL;
  z->ready = 0;
  free(z->dict);
  z->dict = NULL;
  z->dict_len = 0;
  z->closed = 1;
}

static void on_finalize(JSObjectRef obj) {
  zstream *z = JSObjectGetPrivate(obj);
  if (z == NULL) return;
  end_streams(z);
  free(z);
}

static JSClassRef stream_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "ZlibStream";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

enum { NEED_ANY, NEED_OPEN, NEED_IDLE };

/* The stream behind argv[0]; NULL with *exc set when it is not one, or
 * when it is closed (NEED_OPEN, NEED_IDLE) or busy (NEED_IDLE). */
static zstream *stream_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], int need,
                           JSValueRef *exc) {
  zstream *z = NULL;
  if (argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], stream_class()))
    z = JSObjectGetPrivate((JSObjectRef)argv[0]);
  if (z == NULL) {
    js_throw(ctx, exc, "TypeError", "ERR_INVALID_THIS", "not a zlib stream");
    return NULL;
  }
  if (need != NEED_ANY && (z->closed || !z->ready || z->pending_close)) {
    js_throw(ctx, exc, "Error", "ERR_ZLIB_BINDING_CLOSED", "zlib binding closed");
    return NULL;
  }
  if (need == NEED_IDLE && z->busy) {
    js_throw(ctx, exc, "Error", NULL, "a write is already in progress");
    return NULL;
  }
  return z;
}

/* create(mode) → a new, uninitialised stream. */
static LODE_FN(zlib_create) {
  LODE_UNUSED_FN_ARGS;
  int mode = js_arg_int(ctx, argc, argv, 0, M_NONE);
  if (mode < M_DEFLATE || mode > M_BROTLI_ENCODE)
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "bad zlib mode");
  zstream *z = calloc(1, sizeof(*z));
  if (z == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  z->mode = mode;
  z->unzip = mode == M_UNZIP;
  for (int i = 0; i < BROTLI_PARAMS; i++) z->bparams[i] = PARAM_UNSET;
  JSObjectRef obj = JSObjectMake(ctx, stream_class(), z);
  CHECK(obj != NULL);
  return obj;
}

/* ---- zlib ---- */

static int set_dictionary_now(zstream *z) {
  if (z->dict_len == 0) return Z_OK;
  if (z->mode == M_DEFLATE || z->mode == M_DEFLATERAW)
    return deflateSetDictionary(&z->strm, z->dict, (uInt)z->dict_len);
  if (z->mode == M_INFLATERAW) return inflateSetDictionary(&z->strm, z->dict, (uInt)z->dict_len);
  return Z_OK; /* the others take it when inflate asks for it */
}

/* init(stream, windowBits, level, memLevel, strategy, dictionary|undefined, oneShot)
 * → 0, or zlib's error code (JS throws ERR_ZLIB_INITIALIZATION_FAILED). */
static LODE_FN(zlib_init) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_ANY, exc);
  if (z == NULL) return NULL;
  if (z->ready || z->closed || is_brotli(z->mode))
    return js_throw(ctx, exc, "Error", NULL, "zlib stream already initialised");
  int wbits = js_arg_int(ctx, argc, argv, 1, 15), level = js_arg_int(ctx, argc, argv, 2, -1);
  int mem_level = js_arg_int(ctx, argc, argv, 3, 8), strategy = js_arg_int(ctx, argc, argv, 4, 0);
  if (argc > 5 && !JSValueIsUndefined(ctx, argv[5])) {
    unsigned char *p;
    size_t len;
    if (js_view_bytes(ctx, argv[5], &p, &len, exc) != 0) return NULL;
    if (len > UINT32_MAX) return js_throw(ctx, exc, "RangeError", NULL, "dictionary too large");
    if (len > 0) {
      z->dict = malloc(len);
      if (z->dict == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
      memcpy(z->dict, p, len);
      z->dict_len = len;
    }
  }
  switch (z->mode) {
    case M_GZIP: case M_GUNZIP: wbits += 16; break;
    case M_UNZIP: wbits += 32; break;
    case M_DEFLATERAW: wbits = wbits == 8 ? -9 : -wbits; break; /* zlib refuses raw 8 */
    case M_INFLATERAW: wbits = -wbits; break;
    default: break;
  }
  int r;
  size_t cost;
  if (is_deflate(z->mode)) {
    r = deflateInit2(&z->strm, level, Z_DEFLATED, wbits, mem_level, strategy);
    /* window and prev (2 bytes per window byte each), head (2 bytes per
     * hash entry), pending (4 bytes per literal), as zlib sizes them */
    size_t window = (size_t)1 << (wbits < 0 ? -wbits : wbits & 15);
    cost = window * 4 + ((size_t)2 << (mem_level + 7)) + ((size_t)4 << (mem_level + 6));
  } else {
    r = inflateInit2(&z->strm, wbits);
    cost = ((size_t)1 << 15) + 8192;
  }
  if (r != Z_OK) {
    free(z->dict);
    z->dict = NULL;
    z->dict_len = 0;
    return JSValueMakeNumber(ctx, r);
  }
  z->ready = 1;
  r = set_dictionary_now(z);
  if (r != Z_OK) {
    end_streams(z);
    return JSValueMakeNumber(ctx, r);
  }
  /* The collector cannot see zlib's own buffers; a one-shot sync call's
   * stream (argv[6] true) is closed before it returns, and reported memory
   * leaves JSC's books only in a full collection. */
  if (!(argc > 6 && JSValueToBoolean(ctx, argv[6]))) JSReportExtraMemoryCost(ctx, cost);
  return JSValueMakeNumber(ctx, 0);
}

/* Reads and checks io[] against the views; sets the stream's pointers. */
static int take_slices(JSContextRef ctx, zstream *z, JSValueRef in_v, JSValueRef out_v,
                       JSValueRef *exc) {
  unsigned char *in = NULL, *out = NULL;
  size_t in_len = 0, out_len = 0;
  if (in_v != NULL && !JSValueIsNull(ctx, in_v) && !JSValueIsUndefined(ctx, in_v) &&
      js_view_bytes(ctx, in_v, &in, &in_len, exc) != 0)
    return 0;
  if (js_view_bytes(ctx, out_v, &out, &out_len, exc) != 0) return 0;
  uint32_t in_off = io[IO_IN_OFF], in_n = io[IO_IN_LEN], out_off = io[IO_OUT_OFF],
           out_n = io[IO_OUT_LEN], flush = io[IO_FLUSH];
  if ((uint64_t)in_off + in_n > in_len || (uint64_t)out_off + out_n > out_len ||
      (in_n > 0 && in == NULL)) {
    js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "zlib write: slice out of range");
    return 0;
  }
  if (flush > (is_brotli(z->mode) ? (uint32_t)BROTLI_OPERATION_EMIT_METADATA : (uint32_t)Z_BLOCK)) {
    js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "zlib write: bad flush value");
    return 0;
  }
  static unsigned char empty[1]; /* zlib wants a non-NULL next_out */
  z->flush = (int)flush;
  if (is_brotli(z->mode)) {
    z->b_in = in_n > 0 ? in + in_off : NULL;
    z->b_avail_in = in_n;
    z->b_out = out != NULL ? out + out_off : empty;
    z->b_avail_out = out != NULL ? out_n : 0;
  } else {
    z->strm.next_in = in_n > 0 ? in + in_off : NULL;
    z->strm.avail_in = in_n;
    z->strm.next_out = out != NULL ? out + out_off : empty;
    z->strm.avail_out = out != NULL ? out_n : 0;
  }
  return 1;
}

/* Unzip: gzip when the input starts with its magic, else zlib. inflate
 * itself detects either (windowBits + 32); the mode only decides whether
 * concatenated members are read (gzip) or the end ends it. */
static void unzip_detect(zstream *z) {
  for (uInt i = 0; z->mode == M_UNZIP && i < z->strm.avail_in; i++) {
    unsigned char c = z->strm.next_in[i];
    if (z->unzip_seen == 0) {
      if (c == 0x1f) z->unzip_seen = 1;
      else z->mode = M_INFLATE;
    } else {
      z->mode = c == 0x8b ? M_GUNZIP : M_INFLATE;
    }
  }
}

static void zlib_work(zstream *z) {
  if (is_deflate(z->mode)) {
    z->err = deflate(&z->strm, z->flush);
    return;
  }
  unzip_detect(z);
  z->err = inflate(&z->strm, z->flush);
  if (z->err == Z_NEED_DICT && z->dict_len > 0 && z->mode != M_INFLATERAW) {
    z->err = inflateSetDictionary(&z->strm, z->dict, (uInt)z->dict_len);
    if (z->err == Z_OK) z->err = inflate(&z->strm, z->flush);
    else if (z->err == Z_DATA_ERROR) z->err = Z_NEED_DICT; /* the wrong dictionary */
  }
  /* Gunzip reads the members that follow one another; zero bytes after a
   * member are padding and end the stream. */
  while (z->mode == M_GUNZIP && z->err == Z_STREAM_END && z->strm.avail_in > 0 &&
         z->strm.next_in[0] != 0) {
    z->err = inflateReset(&z->strm);
    if (z->err != Z_OK) break;
    z->err = inflate(&z->strm, z->flush);
  }
}

static void brotli_work(zstream *z) {
  if (z->mode == M_BROTLI_ENCODE) {
    z->b_ok = BrotliEncoderCompressStream(z->enc, (BrotliEncoderOperation)z->flush, &z->b_avail_in,
                                          &z->b_in, &z->b_avail_out, &z->b_out, NULL);
  } else {
    z->b_result = BrotliDecoderDecompressStream(z->dec, &z->b_avail_in, &z->b_in,
                                                &z->b_avail_out, &z->b_out, NULL);
    if (z->b_result == BROTLI_DECODER_RESULT_ERROR) z->b_error = BrotliDecoderGetErrorCode(z->dec);
  }
}

static void do_work(zstream *z) {
  if (is_brotli(z->mode)) brotli_work(z);
  else zlib_work(z);
}

/* zlib.constants: zlib's from its header, Node's own, brotli's. */
static const struct {
  const char *name;
  double value;
} constant_table[] = {
#define C(x) {#x, (double)(x)}
  C(Z_NO_FLUSH), C(Z_PARTIAL_FLUSH), C(Z_SYNC_FLUSH), C(Z_FULL_FLUSH), C(Z_FINISH),
  C(Z_BLOCK), C(Z_OK), C(Z_STREAM_END), C(Z_NEED_DICT), C(Z_ERRNO), C(Z_STREAM_ERROR),
  C(Z_DATA_ERROR), C(Z_MEM_ERROR), C(Z_BUF_ERROR), C(Z_VERSION_ERROR),
  C(Z_NO_COMPRESSION), C(Z_BEST_SPEED), C(Z_BEST_COMPRESSION), C(Z_DEFAULT_COMPRESSION),
  C(Z_FILTERED), C(Z_HUFFMAN_ONLY), C(Z_RLE), C(Z_FIXED), C(Z_DEFAULT_STRATEGY),
  C(ZLIB_VERNUM),
  {"DEFLATE", M_DEFLATE}, {"INFLATE", M_INFLATE}, {"GZIP", M_GZIP}, {"GUNZIP", M_GUNZIP},
  {"DEFLATERAW", M_DEFLATERAW}, {"INFLATERAW", M_INFLATERAW}, {"UNZIP", M_UNZIP},
  {"BROTLI_DECODE", M_BROTLI_DECODE}, {"BROTLI_ENCODE", M_BROTLI_ENCODE},
  {"Z_MIN_WINDOWBITS", 8}, {"Z_MAX_WINDOWBITS", 15}, {"Z_DEFAULT_WINDOWBITS", 15},
  {"Z_MIN_CHUNK", 64}, {"Z_MAX_CHUNK", INFINITY}, {"Z_DEFAULT_CHUNK", 16 * 1024},
  {"Z_MIN_MEMLEVEL", 1}, {"Z_MAX_MEMLEVEL", 9}, {"Z_DEFAULT_MEMLEVEL", 8},
  {"Z_MIN_LEVEL", -1}, {"Z_MAX_LEVEL", 9}, {"Z_DEFAULT_LEVEL", Z_DEFAULT_COMPRESSION},
  C(BROTLI_OPERATION_PROCESS), C(BROTLI_OPERATION_FLUSH), C(BROTLI_OPERATION_FINISH),
  C(BROTLI_OPERATION_EMIT_METADATA), C(BROTLI_PARAM_MODE), C(BROTLI_MODE_GENERIC),
  C(BROTLI_MODE_TEXT), C(BROTLI_MODE_FONT), C(BROTLI_DEFAULT_MODE), C(BROTLI_PARAM_QUALITY),
  C(BROTLI_MIN_QUALITY), C(BROTLI_MAX_QUALITY), C(BROTLI_DEFAULT_QUALITY),
  C(BROTLI_PARAM_LGWIN), C(BROTLI_MIN_WINDOW_BITS), C(BROTLI_MAX_WINDOW_BITS),
  C(BROTLI_LARGE_MAX_WINDOW_BITS), C(BROTLI_DEFAULT_WINDOW), C(BROTLI_PARAM_LGBLOCK),
  C(BROTLI_MIN_INPUT_BLOCK_BITS), C(BROTLI_MAX_INPUT_BLOCK_BITS),
  C(BROTLI_PARAM_DISABLE_LITERAL_CONTEXT_MODELING), C(BROTLI_PARAM_SIZE_HINT),
  C(BROTLI_PARAM_LARGE_WINDOW), C(BROTLI_PARAM_NPOSTFIX), C(BROTLI_PARAM_NDIRECT),
  C(BROTLI_DECODER_RESULT_ERROR), C(BROTLI_DECODER_RESULT_SUCCESS),
  C(BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT), C(BROTLI_DECODER_RESULT_NEEDS_MORE_OUTPUT),
  C(BROTLI_DECODER_PARAM_DISABLE_RING_BUFFER_REALLOCATION),
  C(BROTLI_DECODER_PARAM_LARGE_WINDOW), C(BROTLI_DECODER_NO_ERROR),
  C(BROTLI_DECODER_SUCCESS), C(BROTLI_DECODER_NEEDS_MORE_INPUT),
  C(BROTLI_DECODER_NEEDS_MORE_OUTPUT), C(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_NIBBLE),
  C(BROTLI_DECODER_ERROR_FORMAT_RESERVED),
  C(BROTLI_DECODER_ERROR_FORMAT_EXUBERANT_META_NIBBLE),
  C(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_ALPHABET),
  C(BROTLI_DECODER_ERROR_FORMAT_SIMPLE_HUFFMAN_SAME), C(BROTLI_DECODER_ERROR_FORMAT_CL_SPACE),
  C(BROTLI_DECODER_ERROR_FORMAT_HUFFMAN_SPACE),
  C(BROTLI_DECODER_ERROR_FORMAT_CONTEXT_MAP_REPEAT),
  C(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_1), C(BROTLI_DECODER_ERROR_FORMAT_BLOCK_LENGTH_2),
  C(BROTLI_DECODER_ERROR_FORMAT_TRANSFORM), C(BROTLI_DECODER_ERROR_FORMAT_DICTIONARY),
  C(BROTLI_DECODER_ERROR_FORMAT_WINDOW_BITS), C(BROTLI_DECODER_ERROR_FORMAT_PADDING_1),
  C(BROTLI_DECODER_ERROR_FORMAT_PADDING_2), C(BROTLI_DECODER_ERROR_FORMAT_DISTANCE),
  C(BROTLI_DECODER_ERROR_DICTIONARY_NOT_SET), C(BROTLI_DECODER_ERROR_INVALID_ARGUMENTS),
  C(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MODES), C(BROTLI_DECODER_ERROR_ALLOC_TREE_GROUPS),
  C(BROTLI_DECODER_ERROR_ALLOC_CONTEXT_MAP), C(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_1),
  C(BROTLI_DECODER_ERROR_ALLOC_RING_BUFFER_2),
  C(BROTLI_DECODER_ERROR_ALLOC_BLOCK_TYPE_TREES), C(BROTLI_DECODER_ERROR_UNREACHABLE),
#undef C
};

typedef struct {
  const char *message;
  int errno_;
  char code[96];
} zerror;

static const char *zlib_code_name(int err) {
  switch (err) {
    case Z_OK: return "Z_OK";
    case Z_STREAM_END: return "Z_STREAM_END";
    case Z_NEED_DICT: return "Z_NEED_DICT";
    case Z_ERRNO: return "Z_ERRNO";
    case Z_STREAM_ERROR: return "Z_STREAM_ERROR";
    case Z_DATA_ERROR: return "Z_DATA_ERROR";
    case Z_MEM_ERROR: return "Z_MEM_ERROR";
    case Z_BUF_ERROR: return "Z_BUF_ERROR";
    case Z_VERSION_ERROR: return "Z_VERSION_ERROR";
    default: return "";
  }
}

static void set_error(zerror *e, const char *message, int errno_, const char *code) {
  e->message = message;
  e->errno_ = errno_;
  snprintf(e->code, sizeof(e->code), "%s", code);
}

/* Node names a brotli decoder error after its constant, without
 * BROTLI_DECODER: "ERR__ERROR_FORMAT_CL_SPACE" (the library's own strings
 * differ between versions). */
static void brotli_code(BrotliDecoderErrorCode err, char *buf, size_t size) {
  static const char prefix[] = "BROTLI_DECODER_ERROR_";
  for (size_t i = 0; i < sizeof(constant_table) / sizeof(constant_table[0]); i++) {
    const char *name = constant_table[i].name;
    if (strncmp(name, prefix, sizeof(prefix) - 1) == 0 && constant_table[i].value == (double)err) {
      snprintf(buf, size, "ERR_%s", name + strlen("BROTLI_DECODER"));
      return;
    }
  }
  snprintf(buf, size, "ERR_%s", BrotliDecoderErrorString(err));
}

/* Whether the last write failed, as Node reports it: zlib's own message
 * when it has one, else one for the code. */
static int check_error(zstream *z, zerror *e) {
  if (z->mode == M_BROTLI_ENCODE) {
    if (z->b_ok) return 0;
    set_error(e, "Compression failed", -1, "ERR_BROTLI_COMPRESSION_FAILED");
    return 1;
  }
  if (z->mode == M_BROTLI_DECODE) {
    if (z->b_result == BROTLI_DECODER_RESULT_ERROR) {
      e->message = "Decompression failed";
      e->errno_ = (int)z->b_error;
      brotli_code(z->b_error, e->code, sizeof(e->code));
      return 1;
    }
    if (z->flush == BROTLI_OPERATION_FINISH &&
        z->b_result == BROTLI_DECODER_RESULT_NEEDS_MORE_INPUT) {
      set_error(e, "unexpected end of file", Z_BUF_ERROR, "Z_BUF_ERROR");
      return 1;
    }
    return 0;
  }
  const char *msg;
  switch (z->err) {
    case Z_OK:
    case Z_BUF_ERROR:
      if (z->strm.avail_out == 0 || z->flush != Z_FINISH) return 0;
      msg = "unexpected end of file";
      break;
    case Z_STREAM_END:
      return 0;
    case Z_NEED_DICT:
      msg = z->dict_len == 0 ? "Missing dictionary" : "Bad dictionary";
      break;
    default:
      msg = "Zlib error";
      break;
  }
  if (z->strm.msg != NULL) msg = z->strm.msg;
  set_error(e, msg, z->err, zlib_code_name(z->err));
  return 1;
}

/* Publishes what is left of the slices, and forgets JS memory. */
static void finish_write(zstream *z) {
  if (is_brotli(z->mode)) {
    io[IO_AVAIL_OUT] = (uint32_t)z->b_avail_out;
    io[IO_AVAIL_IN] = (uint32_t)z->b_avail_in;
    z->b_in = NULL;
    z->b_out = NULL;
    z->b_avail_in = z->b_avail_out = 0;
  } else {
    io[IO_AVAIL_OUT] = z->strm.avail_out;
    io[IO_AVAIL_IN] = z->strm.avail_in;
    z->strm.next_in = NULL;
    z->strm.next_out = NULL;
    z->strm.avail_in = z->strm.avail_out = 0;
  }
}

static JSValueRef error_args(JSContextRef ctx, const zerror *e, JSValueRef out[3]) {
  out[0] = js_str(ctx, e->message);
  out[1] = JSValueMakeNumber(ctx, e->errno_);
  out[2] = js_str(ctx, e->code);
  return out[0];
}

/* writeSync(stream, input|null, output) → undefined, or [message, errno,
 * code] when it failed. Slices and flush come in io[]. */
static LODE_FN(zlib_write_sync) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_IDLE, exc);
  if (z == NULL || argc < 3 || !take_slices(ctx, z, argv[1], argv[2], exc)) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "writeSync(stream, in, out)");
    return NULL;
  }
  do_work(z);
  zerror e;
  int failed = check_error(z, &e);
  finish_write(z);
  if (!failed) return JSValueMakeUndefined(ctx);
  JSValueRef args[3];
  error_args(ctx, &e, args);
  return JSObjectMakeArray(ctx, 3, args, exc);
}

static void work_cb(uv_work_t *req) {
  do_work(req->data);
}

static void after_work_cb(uv_work_t *req, int status) {
  zstream *z = req->data;
  JSContextRef ctx = lode_rt->ctx;
  z->busy = 0;
  /* The callback may start the next write, which protects its own. */
  JSObjectRef obj = z->obj;
  JSValueRef in_view = z->in_view, out_view = z->out_view;
  z->obj = NULL;
  z->in_view = z->out_view = NULL;
  zerror e;
  int failed = 0;
  if (status != 0) {
    set_error(&e, "Zlib error", Z_STREAM_ERROR, "Z_STREAM_ERROR");
    failed = 1;
  } else {
    failed = check_error(z, &e);
  }
  finish_write(z);
  apply_deferred(z);
  if (failed) {
    JSValueRef args[3];
    error_args(ctx, &e, args);
    lode_call(write_callback, obj, 3, args);
  } else {
    lode_call(write_callback, obj, 0, NULL);
  }
  if (z->pending_close && !z->busy) {
    z->pending_close = 0;
    end_streams(z);
  }
  if (in_view != NULL) JSValueUnprotect(ctx, in_view);
  JSValueUnprotect(ctx, out_view);
  JSValueUnprotect(ctx, obj);
}

/* write(stream, input|null, output): as writeSync, on the thread pool; the
 * callback set by setCallback runs when it is done. */
static LODE_FN(zlib_write) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_IDLE, exc);
  if (z == NULL || argc < 3 || !take_slices(ctx, z, argv[1], argv[2], exc)) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "write(stream, in, out)");
    return NULL;
  }
  if (write_callback == NULL) return js_throw(ctx, exc, "Error", NULL, "zlib: no write callback");
  z->req.data = z;
  int r = uv_queue_work(lode_rt->loop, &z->req, work_cb, after_work_cb);
  if (r != 0) {
    finish_write(z);
    return js_throw_uv(ctx, exc, r, "uv_queue_work", NULL, NULL);
  }
  z->busy = 1;
  z->obj = (JSObjectRef)argv[0];
  z->in_view = JSValueIsObject(ctx, argv[1]) ? argv[1] : NULL;
  z->out_view = argv[2];
  JSValueProtect(ctx, z->obj);
  if (z->in_view != NULL) JSValueProtect(ctx, z->in_view);
  JSValueProtect(ctx, z->out_view);
  return JSValueMakeUndefined(ctx);
}

/* setCallback(fn): the function every asynchronous write reports to. */
static LODE_FN(zlib_set_callback) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]) || !JSObjectIsFunction(ctx, (JSObjectRef)argv[0]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "setCallback(fn)");
  if (write_callback != NULL) JSValueUnprotect(ctx, write_callback);
  write_callback = (JSObjectRef)argv[0];
  JSValueProtect(ctx, write_callback);
  return JSValueMakeUndefined(ctx);
}

/* ---- brotli ---- */

static int brotli_start(zstream *z) {
  if (z->mode == M_BROTLI_ENCODE) {
    z->enc = BrotliEncoderCreateInstance(NULL, NULL, NULL);
    if (z->enc == NULL) return 0;
    for (int i = 0; i < BROTLI_PARAMS; i++) {
      if (z->bparams[i] != PARAM_UNSET &&
          !BrotliEncoderSetParameter(z->enc, (BrotliEncoderParameter)i, z->bparams[i]))
        return 0;
    }
  } else {
    z->dec = BrotliDecoderCreateInstance(NULL, NULL, NULL);
    if (z->dec == NULL) return 0;
    for (int i = 0; i < BROTLI_PARAMS; i++) {
      if (z->bparams[i] != PARAM_UNSET &&
          !BrotliDecoderSetParameter(z->dec, (BrotliDecoderParameter)i, z->bparams[i]))
        return 0;
    }
  }
  return 1;
}

static void brotli_stop(zstream *z) {
  if (z->enc != NULL) BrotliEncoderDestroyInstance(z->enc);
  if (z->dec != NULL) BrotliDecoderDestroyInstance(z->dec);
  z->enc = NULL;
  z->dec = NULL;
}

/* initBrotli(stream, params Uint32Array, oneShot) → true, or false when brotli
 * refused a parameter; params[i] is 0xFFFFFFFF when unset. */
static LODE_FN(zlib_init_brotli) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_ANY, exc);
  if (z == NULL) return NULL;
  if (z->ready || z->closed || !is_brotli(z->mode))
    return js_throw(ctx, exc, "Error", NULL, "brotli stream already initialised");
  if (argc > 1 && !JSValueIsUndefined(ctx, argv[1])) {
    unsigned char *p;
    size_t len;
    if (js_view_bytes(ctx, argv[1], &p, &len, exc) != 0) return NULL;
    if (len > sizeof(z->bparams)) len = sizeof(z->bparams);
    if (p != NULL) memcpy(z->bparams, p, len);
  }
  if (!brotli_start(z)) {
    brotli_stop(z);
    return JSValueMakeBoolean(ctx, false);
  }
  z->ready = 1;
  /* As zlib's init: not for a one-shot sync call's stream (argv[2] true). */
  if (!(argc > 2 && JSValueToBoolean(ctx, argv[2])))
    JSReportExtraMemoryCost(ctx, z->mode == M_BROTLI_ENCODE ? (size_t)1 << 20 : (size_t)1 << 17);
  return JSValueMakeBoolean(ctx, true);
}

/* ---- both ---- */

/* ---- params and reset: now, or when the write in flight is back ---- */

static JSValueRef error_value(JSContextRef ctx, const zerror *e, JSValueRef *exc) {
  JSValueRef args[3];
  error_args(ctx, e, args);
  return JSObjectMakeArray(ctx, 3, args, exc);
}

/* Only deflate streams change; Node leaves gzip streams as they are. */
static int apply_params(zstream *z, zerror *e) {
  if (z->mode != M_DEFLATE && z->mode != M_DEFLATERAW) return 0;
  /* deflateParams may deflate what is pending: into no room at all, so
   * that nothing is written to memory JS may have reused. */
  unsigned char none[1];
  char *msg = z->strm.msg;
  z->strm.next_in = NULL;
  z->strm.avail_in = 0;
  z->strm.next_out = none;
  z->strm.avail_out = 0;
  int r = deflateParams(&z->strm, z->param_level, z->param_strategy);
  z->strm.next_out = NULL;
  z->strm.msg = msg;
  if (r == Z_OK || r == Z_BUF_ERROR) return 0;
  set_error(e, "Failed to set parameters", r, zlib_code_name(r));
  return 1;
}

static int apply_reset(zstream *z, zerror *e) {
  if (is_brotli(z->mode)) {
    brotli_stop(z);
    if (brotli_start(z)) return 0;
    brotli_stop(z);
    z->closed = 1;
    z->ready = 0;
    set_error(e, "Failed to reset stream", -1, "ERR_ZLIB_INITIALIZATION_FAILED");
    return 1;
  }
  if (z->unzip) { /* detect the format again */
    z->mode = M_UNZIP;
    z->unzip_seen = 0;
  }
  int r = is_deflate(z->mode) ? deflateReset(&z->strm) : inflateReset(&z->strm);
  z->err = Z_OK;
  if (r == Z_OK) r = set_dictionary_now(z);
  if (r == Z_OK) return 0;
  set_error(e, "Failed to reset stream", r, zlib_code_name(r));
  return 1;
}

/* What params/reset asked for while a write was on the pool; their
 * failures are not reported (JS validated the arguments). */
static void apply_deferred(zstream *z) {
  zerror e;
  if (z->want_reset) apply_reset(z, &e);
  if (z->want_params && !z->closed) apply_params(z, &e);
  z->want_reset = z->want_params = 0;
}

/* params(stream, level, strategy) → undefined or [message, errno, code]. */
static LODE_FN(zlib_params) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_OPEN, exc);
  if (z == NULL) return NULL;
  z->param_level = js_arg_int(ctx, argc, argv, 1, Z_DEFAULT_COMPRESSION);
  z->param_strategy = js_arg_int(ctx, argc, argv, 2, Z_DEFAULT_STRATEGY);
  if (z->busy) {
    z->want_params = 1;
    return JSValueMakeUndefined(ctx);
  }
  zerror e;
  if (!apply_params(z, &e)) return JSValueMakeUndefined(ctx);
  return error_value(ctx, &e, exc);
}

/* reset(stream) → undefined or [message, errno, code]. */
static LODE_FN(zlib_reset) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_OPEN, exc);
  if (z == NULL) return NULL;
  if (z->busy) {
    z->want_reset = 1;
    return JSValueMakeUndefined(ctx);
  }
  zerror e;
  if (!apply_reset(z, &e)) return JSValueMakeUndefined(ctx);
  return error_value(ctx, &e, exc);
}

/* close(stream): frees the library state now, or when the write in flight
 * is back. Closing twice is harmless. */
static LODE_FN(zlib_close) {
  LODE_UNUSED_FN_ARGS;
  zstream *z = stream_arg(ctx, argc, argv, NEED_ANY, exc);
  if (z == NULL) return NULL;
  if (z->busy) z->pending_close = 1;
  else end_streams(z);
  return JSValueMakeUndefined(ctx);
}

/* crc32(view, value) → the CRC-32 of the bytes, continuing from value. */
static LODE_FN(zlib_crc32) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (argc < 1 || js_view_bytes(ctx, argv[0], &p, &len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "crc32(view, value)");
    return NULL;
  }
  double v = argc > 1 ? js_num(ctx, argv[1]) : 0;
  uLong crc = v >= 0 && v <= 4294967295.0 ? (uLong)v : 0;
  if (len > 0 && p != NULL) crc = crc32_z(crc, p, len);
  return JSValueMakeNumber(ctx, (double)(uint32_t)crc);
}

static JSObjectRef make_constants(JSContextRef ctx) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  for (size_t i = 0; i < sizeof(constant_table) / sizeof(constant_table[0]); i++)
    js_set_num(ctx, o, constant_table[i].name, constant_table[i].value);
  return o;
}

JSObjectRef lode_binding_zlib(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "create", zlib_create);
  js_set_fn(ctx, b, "init", zlib_init);
  js_set_fn(ctx, b, "initBrotli", zlib_init_brotli);
  js_set_fn(ctx, b, "write", zlib_write);
  js_set_fn(ctx, b, "writeSync", zlib_write_sync);
  js_set_fn(ctx, b, "setCallback", zlib_set_callback);
  js_set_fn(ctx, b, "params", zlib_params);
  js_set_fn(ctx, b, "reset", zlib_reset);
  js_set_fn(ctx, b, "close", zlib_close);
  js_set_fn(ctx, b, "crc32", zlib_crc32);
  js_set(ctx, b, "io", JSObjectMakeTypedArrayWithBytesNoCopy(ctx, kJSTypedArrayTypeUint32Array, io,
                                                            sizeof(io), NULL, NULL, NULL));
  js_set_num(ctx, b, "brotliParams", BROTLI_PARAMS);
  js_set(ctx, b, "constants", make_constants(ctx));
  return b;
}
