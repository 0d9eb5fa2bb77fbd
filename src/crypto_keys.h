/* Key handles shared by the crypto bindings: the native half of a
 * KeyObject (lib/internal/crypto/keys.js) owns either an EVP_PKEY or the
 * bytes of a secret key. Bindings that take keys (crypto_sign.c,
 * crypto_dh.c, crypto_x509.c, TLS) take them as these handles. */
#ifndef LODE_CRYPTO_KEYS_H
#define LODE_CRYPTO_KEYS_H

#include "js.h"

#include <openssl/evp.h>

enum { LODE_KEY_SECRET = 0, LODE_KEY_PUBLIC = 1, LODE_KEY_PRIVATE = 2 };

/* A new handle of the given type (LODE_KEY_PUBLIC or LODE_KEY_PRIVATE)
 * that takes over the caller's reference to pkey. */
JSObjectRef lode_crypto_key_wrap(JSContextRef ctx, int type, EVP_PKEY *pkey);

/* The EVP_PKEY of an asymmetric key handle (borrowed: EVP_PKEY_up_ref to
 * keep it) and its type in *type; NULL when v is no such handle. */
EVP_PKEY *lode_crypto_key_pkey(JSContextRef ctx, JSValueRef v, int *type);

/* The bytes of a secret key handle: 1 with *p and *len set, 0 when v is not
 * one. The bytes live as long as the handle. */
int lode_crypto_key_secret(JSContextRef ctx, JSValueRef v, const unsigned char **p, size_t *len);

/* Node's name for the key's algorithm ("rsa", "rsa-pss", "dsa", "dh",
 * "ec", "ed25519", "ed448", "x25519", "x448"), NULL for others. */
const char *lode_crypto_key_type_name(const EVP_PKEY *pkey);

/* A new EVP_PKEY holding only the public half of pkey (NULL with the
 * OpenSSL errors queued on failure). */
EVP_PKEY *lode_crypto_key_public_of(EVP_PKEY *pkey);

#endif
