/* Helpers shared by the crypto bindings: see crypto_common.h. */
#include "crypto_common.h"
#include "crypto_sha.h"
#include "runtime.h"

#include <ctype.h>
#include <string.h>
#include <openssl/err.h>

void lode_crypto_take_errors(lode_crypto_errors *e) {
  e->n = 0;
  unsigned long code;
  while ((code = ERR_get_error()) != 0) {
    if (e->n < LODE_CRYPTO_MAX_ERRORS) e->codes[e->n++] = code;
  }
}

/* The short library names in Node's ERR_OSSL_<LIB>_<REASON> codes; the
 * provider and decoder libraries have none (ERR_OSSL_BAD_DECRYPT). */
static const char *lib_short_name(int lib) {
  switch (lib) {
    case ERR_LIB_EVP: return "EVP";
    case ERR_LIB_CRYPTO: return "CRYPTO";
    case ERR_LIB_RAND: return "RAND";
    case ERR_LIB_BN: return "BN";
    case ERR_LIB_RSA: return "RSA";
    case ERR_LIB_DH: return "DH";
    case ERR_LIB_DSA: return "DSA";
    case ERR_LIB_EC: return "EC";
    case ERR_LIB_ASN1: return "ASN1";
    case ERR_LIB_PEM: return "PEM";
    case ERR_LIB_X509: return "X509";
    case ERR_LIB_OBJ: return "OBJ";
    case ERR_LIB_BUF: return "BUF";
    case ERR_LIB_BIO: return "BIO";
    case ERR_LIB_SSL: return "SSL";
    default: return NULL;
  }
}

static JSValueRef error_string(JSContextRef ctx, unsigned long code) {
  char buf[256];
  ERR_error_string_n(code, buf, sizeof(buf));
  return js_str(ctx, buf);
}

JSObjectRef lode_crypto_error(JSContextRef ctx, const lode_crypto_errors *e) {
  unsigned long first = e->n > 0 ? e->codes[0] : 0;
  JSValueRef msg = error_string(ctx, first);
  /* Made by the global constructor, as js_throw does, so that the error
   * gets the V8-format stack of errors made in JS. */
  JSValueRef ctor = js_get(ctx, JSContextGetGlobalObject(ctx), "Error");
  JSObjectRef err = JSObjectCallAsConstructor(ctx, (JSObjectRef)ctor, 1, &msg, NULL);
  CHECK(err != NULL);
  if (e->n > 1) {
    /* The errors after the first, newest first, as Node lists them. */
    JSValueRef items[LODE_CRYPTO_MAX_ERRORS];
    for (size_t i = 0; i < e->n - 1; i++) items[i] = error_string(ctx, e->codes[e->n - 1 - i]);
    JSObjectRef arr = JSObjectMakeArray(ctx, e->n - 1, items, NULL);
    if (arr != NULL) js_set(ctx, err, "opensslErrorStack", arr);
  }
  const char *lib = ERR_lib_error_string(first);
  const char *reason = ERR_reason_error_string(first);
  if (lib != NULL) js_set_str(ctx, err, "library", lib);
  if (reason != NULL) {
    js_set_str(ctx, err, "reason", reason);
    const char *shortlib = lib_short_name(ERR_GET_LIB(first));
    char code[160];
    int off = snprintf(code, sizeof(code), "ERR_OSSL_%s%s", shortlib ? shortlib : "",
                       shortlib ? "_" : "");
    for (const char *p = reason; *p != '\0' && off < (int)sizeof(code) - 1; p++)
      code[off++] = isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_';
    code[off] = '\0';
    js_set_str(ctx, err, "code", code);
  }
  return err;
}

JSValueRef lode_crypto_throw(JSContextRef ctx, JSValueRef *exc) {
  lode_crypto_errors e;
  lode_crypto_take_errors(&e);
  *exc = lode_crypto_error(ctx, &e);
  return JSValueMakeUndefined(ctx);
}

/* Fetching is what costs in OpenSSL 3 (a locked lookup in the provider
 * store; the first one also loads the configuration and builds every
 * digest's method, ~2.5 ms here), so each thread fetches a digest once and
 * keeps it for its life in this table, one entry per algorithm (bounded by
 * what the providers implement, whatever names JS uses). SHA-1 and SHA-2,
 * which hashes compute without EVP (crypto_sha.c) and which every provider
 * has, are fetched only when something asks for the fetched digest. */
#define MAX_DIGESTS 128
typedef struct {
  const EVP_MD *known; /* OpenSSL's name-table entry */
  EVP_MD *fetched;     /* NULL until fetched (SHA-1/SHA-2 only) */
} digest_entry;
static _Thread_local digest_entry digests[MAX_DIGESTS];
static _Thread_local int ndigests;

static int add_digest(const EVP_MD *known, EVP_MD *fetched) {
  if (ndigests == MAX_DIGESTS) { /* more algorithms than any provider has */
    EVP_MD_free(fetched);
    return LODE_DIGEST_UNKNOWN;
  }
  digests[ndigests] = (digest_entry){known, fetched};
  return ndigests++;
}

int lode_crypto_digest_id(const char *name) {
  const EVP_MD *known = EVP_get_digestbyname(name);
  if (known == NULL) return LODE_DIGEST_UNKNOWN;
  if (lode_sha_is_sha(known)) {
    for (int i = 0; i < ndigests; i++) {
      if (digests[i].known == known) return i;
    }
    return add_digest(known, NULL);
  }
  EVP_MD *fetched = EVP_MD_fetch(NULL, EVP_MD_get0_name(known), NULL);
  if (fetched == NULL) return LODE_DIGEST_UNFETCHABLE; /* its errors stay queued */
  const char *canonical = EVP_MD_get0_name(fetched);
  for (int i = 0; i < ndigests; i++) {
    if (digests[i].fetched != NULL && strcmp(EVP_MD_get0_name(digests[i].fetched), canonical) == 0) {
      EVP_MD_free(fetched);
      return i;
    }
  }
  return add_digest(known, fetched);
}

EVP_MD *lode_crypto_digest_get(double id) {
  if (!(id >= 0 && id < ndigests)) return NULL;
  digest_entry *e = &digests[(int)id];
  if (e->fetched == NULL) e->fetched = EVP_MD_fetch(NULL, EVP_MD_get0_name(e->known), NULL);
  return e->fetched; /* NULL only if a provider lost SHA: its errors stay queued */
}

const EVP_MD *lode_crypto_digest_peek(double id) {
  if (!(id >= 0 && id < ndigests)) return NULL;
  const digest_entry *e = &digests[(int)id];
  return e->fetched != NULL ? e->fetched : e->known;
}

char *lode_crypto_name_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (i >= argc || !JSValueIsString(ctx, argv[i])) return NULL;
  JSStringRef s = JSValueToStringCopy(ctx, argv[i], NULL);
  if (s == NULL) return NULL;
  size_t max = JSStringGetMaximumUTF8CStringSize(s);
  char *buf = malloc(max);
  if (buf == NULL) {
    JSStringRelease(s);
    return NULL;
  }
  size_t n = JSStringGetUTF8CString(s, buf, max);
  JSStringRelease(s);
  if (n == 0) {
    free(buf);
    return NULL;
  }
  return buf; /* an embedded NUL ends the name, as OpenSSL would read it */
}

JSValueRef lode_crypto_queue(JSContextRef ctx, uv_work_t *req, void *job, JSObjectRef cb,
                             uv_work_cb work, uv_after_work_cb after, JSValueRef *exc) {
  req->data = job;
  int r = uv_queue_work(lode_rt->loop, req, work, after);
  if (r != 0) return js_throw_uv(ctx, exc, r, "uv_queue_work", NULL, NULL);
  JSValueProtect(ctx, cb);
  return JSValueMakeUndefined(ctx);
}
