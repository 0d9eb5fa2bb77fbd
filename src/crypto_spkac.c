/* crypto_spkac: node:crypto's Certificate, the Netscape SPKAC (signed
 * public key and challenge, as <keygen> sent it) on OpenSSL's NETSCAPE_SPKI.
 * Each function takes the base64 text as bytes (lib/internal/crypto/
 * certificate.js converts strings) and returns, as Node does, '' for no
 * input, and false or '' for input that is not an SPKAC. */
#include "runtime.h"
#include "crypto_common.h"

#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

/* The SPKAC in argv[0] (a typed array), or NULL: with *empty set for no
 * bytes, with *exc set for an argument that is not a typed array. */
static NETSCAPE_SPKI *spkac_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], int *empty,
                                JSValueRef *exc) {
  unsigned char *p = NULL;
  size_t len = 0;
  *empty = 0;
  if (argc < 1 || js_view_bytes(ctx, argv[0], &p, &len, exc) < 0) return NULL;
  if (len == 0 || len > INT_MAX) {
    *empty = len == 0;
    return NULL;
  }
  NETSCAPE_SPKI *spki = NETSCAPE_SPKI_b64_decode((const char *)p, (int)len);
  ERR_clear_error(); /* not an SPKAC is an answer here, not an error */
  return spki;
}

/* verify(bytes): whether the SPKAC is signed by the key it holds. */
static LODE_FN(spkac_verify) {
  LODE_UNUSED_FN_ARGS;
  int empty;
  NETSCAPE_SPKI *spki = spkac_arg(ctx, argc, argv, &empty, exc);
  if (*exc != NULL) return NULL;
  if (empty) return js_str(ctx, "");
  int ok = 0;
  if (spki != NULL) {
    EVP_PKEY *key = NETSCAPE_SPKI_get_pubkey(spki);
    ok = key != NULL && NETSCAPE_SPKI_verify(spki, key) > 0;
    EVP_PKEY_free(key);
    NETSCAPE_SPKI_free(spki);
    ERR_clear_error();
  }
  return JSValueMakeBoolean(ctx, ok);
}

/* exportPublicKey(bytes): the key as PEM text ('' when there is none). */
static LODE_FN(spkac_public_key) {
  LODE_UNUSED_FN_ARGS;
  int empty;
  NETSCAPE_SPKI *spki = spkac_arg(ctx, argc, argv, &empty, exc);
  if (spki == NULL) return *exc != NULL ? NULL : js_str(ctx, "");
  EVP_PKEY *key = NETSCAPE_SPKI_get_pubkey(spki);
  NETSCAPE_SPKI_free(spki);
  BIO *bio = key != NULL ? BIO_new(BIO_s_mem()) : NULL;
  JSValueRef out;
  char *data;
  long n;
  if (bio != NULL && PEM_write_bio_PUBKEY(bio, key) == 1 && (n = BIO_get_mem_data(bio, &data)) > 0) {
    out = js_strn(ctx, data, (size_t)n);
  } else {
    out = js_str(ctx, "");
  }
  BIO_free(bio);
  EVP_PKEY_free(key);
  ERR_clear_error();
  return out;
}

/* exportChallenge(bytes): the challenge as UTF-8 bytes (an ArrayBuffer;
 * OpenSSL converts: IA5String bytes above 0x7f count as Latin-1, as in
 * Node), '' when there is no SPKAC. */
static LODE_FN(spkac_challenge) {
  LODE_UNUSED_FN_ARGS;
  int empty;
  NETSCAPE_SPKI *spki = spkac_arg(ctx, argc, argv, &empty, exc);
  if (spki == NULL) return *exc != NULL ? NULL : js_str(ctx, "");
  unsigned char *utf8 = NULL;
  int n = spki->spkac->challenge != NULL ? ASN1_STRING_to_UTF8(&utf8, spki->spkac->challenge) : -1;
  NETSCAPE_SPKI_free(spki);
  ERR_clear_error();
  if (n < 0) return js_str(ctx, "");
  /* js_array_buffer_adopt frees with free(): copy out of OpenSSL's heap. */
  unsigned char *copy = malloc(n > 0 ? (size_t)n : 1);
  if (copy != NULL && n > 0) memcpy(copy, utf8, (size_t)n);
  OPENSSL_free(utf8);
  if (copy == NULL)
    return js_throw(ctx, exc, "RangeError", "ERR_MEMORY_ALLOCATION_FAILED", "Failed to allocate memory");
  return js_array_buffer_adopt(ctx, copy, (size_t)n, exc);
}

JSObjectRef lode_binding_crypto_spkac(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "verify", spkac_verify);
  js_set_fn(ctx, b, "exportPublicKey", spkac_public_key);
  js_set_fn(ctx, b, "exportChallenge", spkac_challenge);
  return b;
}
