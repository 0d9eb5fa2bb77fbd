/* node:tls in C: secure contexts (tls_context.c) and TLS connections over a
 * libuv stream or JS-fed bytes (tls_wrap.c), on OpenSSL 3's libssl. */
#ifndef LODE_TLS_H
#define LODE_TLS_H

#include "runtime.h"

#include <openssl/ssl.h>
#include <openssl/x509.h>

/* The SSL_CTX behind a SecureContext handle object, or NULL (not one, or
 * closed). The handle keeps its reference; SSL_new takes its own. */
SSL_CTX *lode_tls_context_of(JSContextRef ctx, JSValueRef v);

/* Installs the connection-level callbacks every context needs (ALPN
 * selection, the ClientHello pause for SNICallback, new sessions); defined
 * in tls_wrap.c, called for each new SSL_CTX. */
void lode_tls_install_callbacks(SSL_CTX *sctx);

/* Fills the shared root store (the system bundle, NODE_EXTRA_CA_CERTS) if
 * sctx trusts it and it is not loaded yet: done on first need, so that a
 * program that never verifies a peer never reads the bundle. */
void lode_tls_prepare_verify(SSL_CTX *sctx);

/* A JS Error for this thread's OpenSSL error queue (emptied) as Node makes
 * them for TLS, with `library`, `reason` and `code` (ERR_SSL_… for libssl,
 * ERR_OSSL_… for the rest). The message is OpenSSL's printed line of the
 * first error (thread, function, file: errors of a connection) when
 * `printed`, else `error:XXXXXXXX:lib::reason` (errors of API calls).
 * `fallback` is the message when the queue is empty. */
JSObjectRef lode_tls_error(JSContextRef ctx, int printed, const char *fallback);

/* The name Node uses as `code` for an X509_V_ERR_* value (e.g.
 * "UNABLE_TO_VERIFY_LEAF_SIGNATURE"), or NULL when it has none. */
const char *lode_tls_verify_code(long err);

#endif
