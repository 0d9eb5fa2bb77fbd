/* Shared by the crypto bindings (crypto_hash.c, crypto_random.c,
 * crypto_kdf.c): OpenSSL errors as Node-shaped JS errors, and digest lookup
 * by the names node:crypto accepts, and the queueing of their thread-pool
 * jobs. */
#ifndef LODE_CRYPTO_COMMON_H
#define LODE_CRYPTO_COMMON_H

#include "js.h"

#include <openssl/evp.h>
#include <uv.h>

/* Room for the OpenSSL errors of one failed operation. */
#define LODE_CRYPTO_MAX_ERRORS 8

typedef struct {
  unsigned long codes[LODE_CRYPTO_MAX_ERRORS]; /* oldest first */
  size_t n;
} lode_crypto_errors;

/* Moves this thread's OpenSSL error queue into e (queues are per thread, so
 * work on the thread pool takes them there and reports them later). */
void lode_crypto_take_errors(lode_crypto_errors *e);

/* A JS Error for e as Node builds it: message `error:XXXXXXXX:lib::reason`
 * of the first error, `library`, `reason`, `code` (ERR_OSSL_…) and, when
 * there are several, `opensslErrorStack`. With no error at all the message
 * is OpenSSL's text for code 0. */
JSObjectRef lode_crypto_error(JSContextRef ctx, const lode_crypto_errors *e);

/* Sets *exc to the error for this thread's queue (which is emptied). */
JSValueRef lode_crypto_throw(JSContextRef ctx, JSValueRef *exc);

/* Looks a digest up as node:crypto does: the name must be known to OpenSSL's
 * name table (EVP_get_digestbyname: aliases, any case, OIDs), and the
 * implementation is then fetched from a provider, once per thread (SHA-1
 * and SHA-2 only when first asked for: see lode_crypto_digest_get). Returns
 * the digest's id (>= 0, for lode_crypto_digest_get), or:
 *   LODE_DIGEST_UNKNOWN when the name is unknown;
 *   LODE_DIGEST_UNFETCHABLE when the name is known but no provider
 *     implements it (md4, whirlpool without the legacy provider); the
 *     fetch's errors are left queued. */
#define LODE_DIGEST_UNKNOWN (-1)
#define LODE_DIGEST_UNFETCHABLE (-2)
int lode_crypto_digest_id(const char *name);

/* The digest of an id from lode_crypto_digest_id, fetched (on first use
 * for SHA-1/SHA-2), or NULL when id is not one. The table owns it
 * (EVP_MD_up_ref to keep it beyond the call). */
EVP_MD *lode_crypto_digest_get(double id);

/* The digest of an id without fetching it: good for its type, size and
 * flags and for crypto_sha.c, not for EVP contexts. NULL when id is not one. */
const EVP_MD *lode_crypto_digest_peek(double id);

/* A JS string argument as a malloc'd UTF-8 copy; NULL when argv[i] is not a
 * string (no exception set). */
char *lode_crypto_name_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i);

/* Queues a job on the thread pool (req->data = job) and keeps its JS
 * callback cb alive; the after-work function must unprotect cb. Returns
 * undefined, or NULL with *exc set when libuv refuses (the caller then
 * frees the job). */
JSValueRef lode_crypto_queue(JSContextRef ctx, uv_work_t *req, void *job, JSObjectRef cb,
                             uv_work_cb work, uv_after_work_cb after, JSValueRef *exc);

#endif
