/* X.509 certificates as JS values, shared by node:crypto's X509Certificate
 * (crypto_x509.c) and TLS (peer certificates). */
#ifndef LODE_CRYPTO_X509_H
#define LODE_CRYPTO_X509_H

#include "js.h"

#include <openssl/x509.h>

/* A new X509Certificate handle (what lib/internal/crypto/x509.js wraps)
 * holding its own reference to cert. */
JSObjectRef lode_crypto_x509_wrap(JSContextRef ctx, X509 *cert);

/* The certificate of a handle (borrowed), or NULL. */
X509 *lode_crypto_x509_of(JSContextRef ctx, JSValueRef v);

/* A certificate as Node's legacy object (X509Certificate.toLegacyObject,
 * TLSSocket.getPeerCertificate): subject, issuer (null-prototype objects),
 * subjectaltname, infoAccess, ca, modulus/bits/exponent/pubkey or
 * bits/pubkey/asn1Curve/nistCurve, valid_from, valid_to, fingerprint,
 * fingerprint256, fingerprint512, ext_key_usage, serialNumber, raw. raw and
 * pubkey are ArrayBuffers (JS makes them Buffers). NULL with *exc set on
 * failure. */
JSObjectRef lode_crypto_x509_legacy(JSContextRef ctx, X509 *cert, JSValueRef *exc);

#endif
