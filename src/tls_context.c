/* tls_context: SecureContext handles (one SSL_CTX each) for node:tls, the
 * shared root store (the system bundle plus NODE_EXTRA_CA_CERTS, loaded on
 * first use), and OpenSSL errors as Node's TLS errors. Certificates become
 * Node's legacy objects in crypto_x509.c (shared with X509Certificate).
 *
 * Every setter takes bytes (PEM/DER) or a string from lib/internal/tls and
 * throws a Node-shaped error on failure; validation of types is done in JS. */
#include "tls.h"

#include "crypto_x509.h"

#include <ctype.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/pkcs12.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

typedef struct {
  SSL_CTX *ctx;
  /* Session-ticket keys (name, HMAC secret, AES key), as Node's 48 bytes. */
  unsigned char ticket_keys[48];
} context;

/* ---- errors ---- */

typedef struct {
  char line[512];
  int have;
} first_line;

static int keep_first_line(const char *str, size_t len, void *u) {
  first_line *f = u;
  if (!f->have) {
    size_t n = len < sizeof(f->line) - 1 ? len : sizeof(f->line) - 1;
    memcpy(f->line, str, n);
    f->line[n] = '\0';
    f->have = 1;
  }
  return 1;
}

JSObjectRef lode_tls_error(JSContextRef ctx, int printed, const char *fallback) {
  unsigned long code = ERR_peek_error();
  first_line f = {{0}, 0};
  if (code != 0 && printed) {
    ERR_print_errors_cb(keep_first_line, &f); /* empties the queue */
  } else if (code != 0 || fallback == NULL) {
    /* With nothing queued, OpenSSL's text for code 0, as Node shows it. */
    ERR_error_string_n(code, f.line, sizeof(f.line));
    f.have = 1;
  }
  JSValueRef msg = js_str(ctx, f.have ? f.line : fallback);
  JSObjectRef err = JSObjectMakeError(ctx, 1, &msg, NULL);
  CHECK(err != NULL);
  if (code != 0 && !printed) {
    /* The errors behind the first one, newest first. */
    (void)ERR_get_error();
    JSValueRef items[8];
    size_t n = 0;
    unsigned long more;
    while ((more = ERR_get_error()) != 0) {
      if (n < 8) {
        char line[256];
        ERR_error_string_n(more, line, sizeof(line));
        items[n++] = js_str(ctx, line);
      }
    }
    for (size_t i = 0; i < n / 2; i++) {
      JSValueRef t = items[i];
      items[i] = items[n - 1 - i];
      items[n - 1 - i] = t;
    }
    if (n > 0) js_set(ctx, err, "opensslErrorStack", JSObjectMakeArray(ctx, n, items, NULL));
  }
  if (code == 0) return err;
  const char *lib = ERR_lib_error_string(code);
  const char *reason = ERR_reason_error_string(code);
  if (lib != NULL) js_set_str(ctx, err, "library", lib);
  if (reason != NULL) {
    js_set_str(ctx, err, "reason", reason);
    char name[200];
    int off;
    switch (ERR_GET_LIB(code)) {
      case ERR_LIB_SSL: off = snprintf(name, sizeof(name), "ERR_SSL_"); break;
      case ERR_LIB_X509: off = snprintf(name, sizeof(name), "ERR_OSSL_X509_"); break;
      case ERR_LIB_PEM: off = snprintf(name, sizeof(name), "ERR_OSSL_PEM_"); break;
      case ERR_LIB_EVP: off = snprintf(name, sizeof(name), "ERR_OSSL_EVP_"); break;
      case ERR_LIB_ASN1: off = snprintf(name, sizeof(name), "ERR_OSSL_ASN1_"); break;
      default: off = snprintf(name, sizeof(name), "ERR_OSSL_"); break;
    }
    for (const char *p = reason; *p != '\0' && off < (int)sizeof(name) - 1; p++)
      name[off++] = isalnum((unsigned char)*p) ? (char)toupper((unsigned char)*p) : '_';
    name[off] = '\0';
    js_set_str(ctx, err, "code", name);
  }
  return err;
}

/* Sets *exc to the TLS error for the queue. */
static JSValueRef throw_tls(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
  *exc = lode_tls_error(ctx, 0, fallback);
  return NULL;
}

/* Error message in the form of Node's (the text of the first error's reason). */
static JSValueRef throw_reason(JSContextRef ctx, JSValueRef *exc, const char *fallback) {
  unsigned long code = ERR_peek_error();
  const char *reason = code != 0 ? ERR_reason_error_string(code) : NULL;
  ERR_clear_error();
  return js_throw(ctx, exc, "Error", NULL, reason != NULL ? reason : fallback);
}

/* A certificate as Node's legacy object (crypto_x509.c makes it), or NULL. */
static JSObjectRef cert_object(JSContextRef ctx, X509 *x) {
  JSValueRef ignored = NULL;
  JSObjectRef o = lode_crypto_x509_legacy(ctx, x, &ignored);
  ERR_clear_error();
  return o;
}

#define VERIFY_CODES(X)                                                       \
  X(UNABLE_TO_GET_ISSUER_CERT) X(UNABLE_TO_GET_CRL)                           \
  X(UNABLE_TO_DECRYPT_CERT_SIGNATURE) X(UNABLE_TO_DECRYPT_CRL_SIGNATURE)      \
  X(UNABLE_TO_DECODE_ISSUER_PUBLIC_KEY) X(CERT_SIGNATURE_FAILURE)             \
  X(CRL_SIGNATURE_FAILURE) X(CERT_NOT_YET_VALID) X(CERT_HAS_EXPIRED)          \
  X(CRL_NOT_YET_VALID) X(CRL_HAS_EXPIRED) X(ERROR_IN_CERT_NOT_BEFORE_FIELD)   \
  X(ERROR_IN_CERT_NOT_AFTER_FIELD) X(ERROR_IN_CRL_LAST_UPDATE_FIELD)          \
  X(ERROR_IN_CRL_NEXT_UPDATE_FIELD) X(OUT_OF_MEM)                             \
  X(DEPTH_ZERO_SELF_SIGNED_CERT) X(SELF_SIGNED_CERT_IN_CHAIN)                 \
  X(UNABLE_TO_GET_ISSUER_CERT_LOCALLY) X(UNABLE_TO_VERIFY_LEAF_SIGNATURE)     \
  X(CERT_CHAIN_TOO_LONG) X(CERT_REVOKED) X(INVALID_CA) X(PATH_LENGTH_EXCEEDED) \
  X(INVALID_PURPOSE) X(CERT_UNTRUSTED) X(CERT_REJECTED) X(HOSTNAME_MISMATCH)

const char *lode_tls_verify_code(long err) {
  switch (err) {
#define CASE(name) case X509_V_ERR_##name: return #name;
    VERIFY_CODES(CASE)
#undef CASE
    default: return NULL;
  }
}

/* ---- the root store ---- */

static X509_STORE *root_store;  /* shared by every context without `ca` */
static int roots_loaded;
static STACK_OF(X509) *root_certs; /* the bundle's certificates (rootCertificates) */

static X509_STORE *roots(void) {
  if (root_store == NULL) {
    root_store = X509_STORE_new();
    CHECK(root_store != NULL);
  }
  return root_store;
}

/* Every certificate in a PEM file (NULL when it cannot be read). */
static STACK_OF(X509) *read_pem_file(const char *path) {
  BIO *bio = BIO_new_file(path, "r");
  if (bio == NULL) return NULL;
  STACK_OF(X509) *certs = sk_X509_new_null();
  CHECK(certs != NULL);
  X509 *x;
  while ((x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
    if (sk_X509_push(certs, x) <= 0) X509_free(x);
  }
  BIO_free(bio);
  unsigned long e = ERR_peek_last_error();
  if (ERR_GET_LIB(e) == ERR_LIB_PEM && ERR_GET_REASON(e) == PEM_R_NO_START_LINE) ERR_clear_error();
  return certs;
}

static void add_all(X509_STORE *store, STACK_OF(X509) *certs) {
  for (int i = 0; i < sk_X509_num(certs); i++) (void)X509_STORE_add_cert(store, sk_X509_value(certs, i));
  ERR_clear_error(); /* duplicates are not errors */
}

/* Loads the system bundle (SSL_CERT_FILE, else OpenSSL's default file) and
 * NODE_EXTRA_CA_CERTS into the root store, once; a bad extra file is a
 * warning, as in Node. */
static void load_roots(void) {
  if (roots_loaded) return;
  roots_loaded = 1;
  X509_STORE *store = roots();
  const char *file = getenv(X509_get_default_cert_file_env());
  if (file == NULL || *file == '\0') file = X509_get_default_cert_file();
  root_certs = read_pem_file(file);
  if (root_certs == NULL) {
    ERR_clear_error();
    root_certs = read_pem_file("/etc/ssl/certs/ca-certificates.crt");
  }
  if (root_certs == NULL) {
    ERR_clear_error();
    root_certs = sk_X509_new_null();
    CHECK(root_certs != NULL);
  }
  add_all(store, root_certs);
  const char *extra = getenv("NODE_EXTRA_CA_CERTS");
  if (extra != NULL && *extra != '\0') {
    STACK_OF(X509) *certs = read_pem_file(extra);
    if (certs == NULL) {
      char why[256];
      ERR_error_string_n(ERR_get_error(), why, sizeof(why));
      ERR_clear_error();
      fprintf(stderr, "Warning: Ignoring extra certs from `%s`, load failed: %s\n", extra, why);
    } else {
      add_all(store, certs);
      sk_X509_pop_free(certs, X509_free);
    }
  }
}

void lode_tls_prepare_verify(SSL_CTX *sctx) {
  if (!roots_loaded && root_store != NULL && SSL_CTX_get_cert_store(sctx) == root_store) load_roots();
}

/* ---- the context class ---- */

static void on_finalize(JSObjectRef obj) {
  context *c = JSObjectGetPrivate(obj);
  if (c == NULL) return;
  SSL_CTX_free(c->ctx);
  OPENSSL_cleanse(c->ticket_keys, sizeof(c->ticket_keys));
  free(c);
}

static JSClassRef context_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "SecureContextHandle";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
  }
  return cls;
}

static context *context_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  context *c = NULL;
  if (argc > 0 && JSValueIsObjectOfClass(ctx, argv[0], context_class()))
    c = JSObjectGetPrivate((JSObjectRef)argv[0]);
  if (c == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "not a SecureContext");
  return c;
}

SSL_CTX *lode_tls_context_of(JSContextRef ctx, JSValueRef v) {
  if (v == NULL || !JSValueIsObjectOfClass(ctx, v, context_class())) return NULL;
  context *c = JSObjectGetPrivate((JSObjectRef)v);
  return c != NULL ? c->ctx : NULL;
}

static int ex_index = -1; /* SSL_CTX ex_data: our context struct */

/* Node's session tickets: 48 bytes of keys, encrypted with AES-128-CBC and
 * authenticated with HMAC-SHA256, like OpenSSL's own scheme. */
static int ticket_cb(SSL *ssl, unsigned char name[16], unsigned char iv[EVP_MAX_IV_LENGTH],
                     EVP_CIPHER_CTX *cctx, EVP_MAC_CTX *hctx, int enc) {
  context *c = ex_index >= 0 ? SSL_CTX_get_ex_data(SSL_get_SSL_CTX(ssl), ex_index) : NULL;
  if (c == NULL) return -1;
  OSSL_PARAM params[2] = {
    OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, (char *)"sha256", 0),
    OSSL_PARAM_construct_end(),
  };
  if (enc) {
    memcpy(name, c->ticket_keys, 16);
    if (RAND_bytes(iv, 16) <= 0 ||
        EVP_EncryptInit_ex(cctx, EVP_aes_128_cbc(), NULL, c->ticket_keys + 32, iv) <= 0 ||
        EVP_MAC_init(hctx, c->ticket_keys + 16, 16, params) <= 0)
      return -1;
    return 1;
  }
  if (memcmp(name, c->ticket_keys, 16) != 0) return 0; /* not ours: a full handshake */
  if (EVP_DecryptInit_ex(cctx, EVP_aes_128_cbc(), NULL, c->ticket_keys + 32, iv) <= 0 ||
      EVP_MAC_init(hctx, c->ticket_keys + 16, 16, params) <= 0)
    return -1;
  return 1;
}


/* create(minVersion, maxVersion) → handle. Versions are TLS1_x_VERSION
 * numbers (0: OpenSSL's bound). */
static LODE_FN(ctx_create) {
  LODE_UNUSED_FN_ARGS;
  if (ex_index < 0) {
    ex_index = SSL_CTX_get_ex_new_index(0, NULL, NULL, NULL, NULL);
    CHECK(ex_index >= 0);
  }
  SSL_CTX *sctx = SSL_CTX_new(TLS_method());
  if (sctx == NULL) return throw_tls(ctx, exc, "SSL_CTX_new failed");
  context *c = calloc(1, sizeof(*c));
  CHECK(c != NULL);
  c->ctx = sctx;
  if (RAND_bytes(c->ticket_keys, sizeof(c->ticket_keys)) <= 0) {
    SSL_CTX_free(sctx);
    free(c);
    return throw_tls(ctx, exc, "RAND_bytes failed");
  }
  SSL_CTX_set_ex_data(sctx, ex_index, c);
  int minv = js_arg_int(ctx, argc, argv, 0, 0), maxv = js_arg_int(ctx, argc, argv, 1, 0);
  if (!SSL_CTX_set_min_proto_version(sctx, minv) || !SSL_CTX_set_max_proto_version(sctx, maxv)) {
    SSL_CTX_free(sctx);
    free(c);
    return throw_tls(ctx, exc, "Failed to set the protocol version");
  }
  /* Sessions: clients hear of them through the new-session callback (the
   * 'session' event); servers resume through tickets. */
  SSL_CTX_set_session_cache_mode(sctx, SSL_SESS_CACHE_BOTH | SSL_SESS_CACHE_NO_INTERNAL |
                                           SSL_SESS_CACHE_NO_AUTO_CLEAR);
  /* Idle connections give their record buffers back; measured faster with
   * many keep-alive connections too (buffers stay hot in malloc's cache). */
  SSL_CTX_set_mode(sctx, SSL_MODE_RELEASE_BUFFERS);
  /* Peers renegotiating TLS 1.2 are allowed, as in Node. */
  SSL_CTX_set_options(sctx, SSL_OP_ALLOW_CLIENT_RENEGOTIATION);
  SSL_CTX_set_tlsext_ticket_key_evp_cb(sctx, ticket_cb);
  lode_tls_install_callbacks(sctx);
  return JSObjectMake(ctx, context_class(), c);
}

/* The bytes of argument i (a typed array), or a throw. */
static BIO *bio_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i, JSValueRef *exc) {
  unsigned char *p;
  size_t len;
  if (argc <= i || js_view_bytes(ctx, argv[i], &p, &len, exc) != 0) {
    if (argc <= i) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "missing buffer");
    return NULL;
  }
  BIO *bio = BIO_new_mem_buf(len > 0 ? p : (unsigned char *)"", (int)len);
  CHECK(bio != NULL);
  return bio;
}

/* A string argument (malloc'd), or NULL when it is not a string. */
static char *str_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], size_t i) {
  if (argc <= i || !JSValueIsString(ctx, argv[i])) return NULL;
  return js_cstr(ctx, argv[i], NULL);
}

static int pass_cb(char *buf, int size, int rwflag, void *u) {
  (void)rwflag;
  const char *pass = u != NULL ? u : ""; /* never a prompt: no passphrase is an empty one */
  size_t n = strlen(pass);
  if (n > (size_t)size) n = (size_t)size;
  memcpy(buf, pass, n);
  return (int)n;
}

/* setKey(ctx, pem, passphrase?) */
static LODE_FN(ctx_set_key) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  BIO *bio = bio_arg(ctx, argc, argv, 1, exc);
  if (bio == NULL) return NULL;
  char *pass = str_arg(ctx, argc, argv, 2);
  ERR_clear_error();
  EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, NULL, pass_cb, pass);
  BIO_free(bio);
  if (pass != NULL) {
    OPENSSL_cleanse(pass, strlen(pass));
    free(pass);
  }
  if (key == NULL) return throw_tls(ctx, exc, "Failed to read the private key");
  int ok = SSL_CTX_use_PrivateKey(c->ctx, key);
  EVP_PKEY_free(key);
  if (!ok) return throw_tls(ctx, exc, "SSL_CTX_use_PrivateKey");
  return JSValueMakeUndefined(ctx);
}

/* setCert(ctx, pem): the first certificate, then its chain. */
static LODE_FN(ctx_set_cert) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  BIO *bio = bio_arg(ctx, argc, argv, 1, exc);
  if (bio == NULL) return NULL;
  ERR_clear_error();
  X509 *leaf = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
  if (leaf == NULL) {
    BIO_free(bio);
    return throw_tls(ctx, exc, "Failed to read the certificate");
  }
  int ok = SSL_CTX_use_certificate(c->ctx, leaf);
  X509_free(leaf);
  if (ok) ok = SSL_CTX_clear_chain_certs(c->ctx);
  X509 *x;
  while (ok && (x = PEM_read_bio_X509(bio, NULL, NULL, NULL)) != NULL) {
    ok = SSL_CTX_add0_chain_cert(c->ctx, x);
    if (!ok) X509_free(x);
  }
  BIO_free(bio);
  if (!ok) return throw_tls(ctx, exc, "SSL_CTX_use_certificate");
  ERR_clear_error(); /* the end of the PEM data */
  return JSValueMakeUndefined(ctx);
}

/* The context's own store (not the shared root store): made on first need. */
static X509_STORE *own_store(context *c) {
  X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
  if (store == NULL || store == root_store) {
    store = X509_STORE_new();
    CHECK(store != NULL);
    SSL_CTX_set_cert_store(c->ctx, store); /* takes it */
  }
  return store;
}

/* addCACert(ctx, pem): every certificate in it becomes trusted (and named
 * in the server's certificate request). */
static LODE_FN(ctx_add_ca_cert) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  BIO *bio = bio_arg(ctx, argc, argv, 1, exc);
  if (bio == NULL) return NULL;
  X509_STORE *store = own_store(c);
  X509 *x;
  while ((x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL)) != NULL) {
    (void)X509_STORE_add_cert(store, x);
    (void)SSL_CTX_add_client_CA(c->ctx, x);
    X509_free(x);
  }
  BIO_free(bio);
  ERR_clear_error(); /* as Node: what is not a certificate is ignored */
  return JSValueMakeUndefined(ctx);
}

/* addRootCerts(ctx): trust the shared root store. */
static LODE_FN(ctx_add_root_certs) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  SSL_CTX_set1_cert_store(c->ctx, roots());
  return JSValueMakeUndefined(ctx);
}

/* addCRL(ctx, pem) */
static LODE_FN(ctx_add_crl) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  BIO *bio = bio_arg(ctx, argc, argv, 1, exc);
  if (bio == NULL) return NULL;
  X509_CRL *crl = PEM_read_bio_X509_CRL(bio, NULL, NULL, NULL);
  BIO_free(bio);
  if (crl == NULL) {
    ERR_clear_error();
    return js_throw(ctx, exc, "Error", "ERR_CRYPTO_OPERATION_FAILED", "Failed to parse CRL");
  }
  X509_STORE *store = own_store(c);
  (void)X509_STORE_add_crl(store, crl);
  X509_CRL_free(crl);
  X509_STORE_set_flags(store, X509_V_FLAG_CRL_CHECK | X509_V_FLAG_CRL_CHECK_ALL);
  ERR_clear_error();
  return JSValueMakeUndefined(ctx);
}

/* A setter of one string: setCiphers, setCipherSuites, setSigalgs. */
static JSValueRef set_string(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc,
                             int (*fn)(SSL_CTX *, const char *)) {
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  char *s = str_arg(ctx, argc, argv, 1);
  if (s == NULL) return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "expected a string");
  ERR_clear_error();
  int ok = fn(c->ctx, s);
  free(s);
  if (!ok) return throw_tls(ctx, exc, NULL);
  return JSValueMakeUndefined(ctx);
}

/* An empty list leaves TLS 1.2 without ciphers (only TLS 1.3 suites were
 * given): OpenSSL sets it but reports "no cipher match", which is no error
 * here. */
static int set_cipher_list(SSL_CTX *c, const char *s) {
  if (*s == '\0') {
    (void)SSL_CTX_set_cipher_list(c, "!ALL");
    ERR_clear_error();
    return 1;
  }
  return SSL_CTX_set_cipher_list(c, s);
}
static int set_ciphersuites(SSL_CTX *c, const char *s) { return SSL_CTX_set_ciphersuites(c, s); }
static int set_sigalgs(SSL_CTX *c, const char *s) { return (int)SSL_CTX_set1_sigalgs_list(c, s); }

static LODE_FN(ctx_set_ciphers) {
  LODE_UNUSED_FN_ARGS;
  return set_string(ctx, argc, argv, exc, set_cipher_list);
}
static LODE_FN(ctx_set_cipher_suites) {
  LODE_UNUSED_FN_ARGS;
  return set_string(ctx, argc, argv, exc, set_ciphersuites);
}
static LODE_FN(ctx_set_sigalgs) {
  LODE_UNUSED_FN_ARGS;
  return set_string(ctx, argc, argv, exc, set_sigalgs);
}

/* setECDHCurve(ctx, list) → bool */
static LODE_FN(ctx_set_ecdh_curve) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  char *s = str_arg(ctx, argc, argv, 1);
  if (s == NULL) return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "expected a string");
  int ok = strcmp(s, "auto") == 0 ? 1 : (int)SSL_CTX_set1_groups_list(c->ctx, s);
  free(s);
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok == 1);
}

/* setDHParam(ctx, pem | "auto") */
static LODE_FN(ctx_set_dh_param) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  if (argc > 1 && JSValueIsString(ctx, argv[1])) {
    SSL_CTX_set_dh_auto(c->ctx, 1);
    return JSValueMakeUndefined(ctx);
  }
  BIO *bio = bio_arg(ctx, argc, argv, 1, exc);
  if (bio == NULL) return NULL;
  EVP_PKEY *dh = PEM_read_bio_Parameters(bio, NULL);
  BIO_free(bio);
  if (dh == NULL) { /* as Node: what is not DH parameters is ignored */
    ERR_clear_error();
    return JSValueMakeUndefined(ctx);
  }
  if (!SSL_CTX_set0_tmp_dh_pkey(c->ctx, dh)) {
    EVP_PKEY_free(dh);
    return throw_tls(ctx, exc, "Error setting temp DH parameter");
  }
  return JSValueMakeUndefined(ctx);
}

/* setOptions(ctx, lowBits, highBits) */
static LODE_FN(ctx_set_options) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  uint64_t lo = argc > 1 ? (uint32_t)js_num(ctx, argv[1]) : 0;
  uint64_t hi = argc > 2 ? (uint32_t)js_num(ctx, argv[2]) : 0;
  SSL_CTX_set_options(c->ctx, lo | (hi << 32));
  return JSValueMakeUndefined(ctx);
}

/* setSessionIdContext(ctx, string) */
static LODE_FN(ctx_set_session_id_context) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  char *s = str_arg(ctx, argc, argv, 1);
  if (s == NULL) return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "expected a string");
  size_t n = strlen(s);
  if (n > SSL_MAX_SID_CTX_LENGTH) n = SSL_MAX_SID_CTX_LENGTH;
  int ok = SSL_CTX_set_session_id_context(c->ctx, (const unsigned char *)s, (unsigned)n);
  free(s);
  if (!ok) return throw_tls(ctx, exc, "Failed to set the session id context");
  return JSValueMakeUndefined(ctx);
}

/* setSessionTimeout(ctx, seconds) */
static LODE_FN(ctx_set_session_timeout) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  SSL_CTX_set_timeout(c->ctx, (long)js_num(ctx, argc > 1 ? argv[1] : JSValueMakeNumber(ctx, 300)));
  return JSValueMakeUndefined(ctx);
}

/* setMinProto / setMaxProto(ctx, version); getMinProto / getMaxProto(ctx) */
static LODE_FN(ctx_set_min_proto) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return JSValueMakeBoolean(ctx, SSL_CTX_set_min_proto_version(c->ctx, js_arg_int(ctx, argc, argv, 1, 0)));
}
static LODE_FN(ctx_set_max_proto) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return JSValueMakeBoolean(ctx, SSL_CTX_set_max_proto_version(c->ctx, js_arg_int(ctx, argc, argv, 1, 0)));
}
static LODE_FN(ctx_get_min_proto) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return JSValueMakeNumber(ctx, (double)SSL_CTX_get_min_proto_version(c->ctx));
}
static LODE_FN(ctx_get_max_proto) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  return JSValueMakeNumber(ctx, (double)SSL_CTX_get_max_proto_version(c->ctx));
}

/* loadPKCS12(ctx, der, passphrase?): key, certificate and its CA chain. */
static LODE_FN(ctx_load_pkcs12) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  BIO *bio = bio_arg(ctx, argc, argv, 1, exc);
  if (bio == NULL) return NULL;
  char *pass = str_arg(ctx, argc, argv, 2);
  ERR_clear_error();
  PKCS12 *p12 = d2i_PKCS12_bio(bio, NULL);
  BIO_free(bio);
  EVP_PKEY *key = NULL;
  X509 *cert = NULL;
  STACK_OF(X509) *extra = NULL;
  int ok = p12 != NULL && PKCS12_parse(p12, pass != NULL ? pass : "", &key, &cert, &extra);
  PKCS12_free(p12);
  if (pass != NULL) {
    OPENSSL_cleanse(pass, strlen(pass));
    free(pass);
  }
  if (!ok) return throw_reason(ctx, exc, "Unable to load PFX certificate");
  if (cert != NULL) ok = SSL_CTX_use_certificate(c->ctx, cert);
  if (ok && key != NULL) ok = SSL_CTX_use_PrivateKey(c->ctx, key);
  X509_STORE *store = own_store(c);
  for (int i = 0; ok && extra != NULL && i < sk_X509_num(extra); i++) {
    X509 *x = sk_X509_value(extra, i);
    ok = SSL_CTX_add1_chain_cert(c->ctx, x);
    (void)X509_STORE_add_cert(store, x);
    (void)SSL_CTX_add_client_CA(c->ctx, x);
  }
  X509_free(cert);
  EVP_PKEY_free(key);
  sk_X509_pop_free(extra, X509_free);
  if (!ok) return throw_tls(ctx, exc, "Unable to load PFX certificate");
  ERR_clear_error();
  return JSValueMakeUndefined(ctx);
}

/* setTicketKeys(ctx, 48 bytes) / getTicketKeys(ctx) → ArrayBuffer */
static LODE_FN(ctx_set_ticket_keys) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  unsigned char *p;
  size_t len;
  if (argc < 2 || js_view_bytes(ctx, argv[1], &p, &len, exc) != 0) return NULL;
  if (len != sizeof(c->ticket_keys))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "Ticket keys length must be 48 bytes");
  memcpy(c->ticket_keys, p, len);
  return JSValueMakeUndefined(ctx);
}

static LODE_FN(ctx_get_ticket_keys) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  void *copy = malloc(sizeof(c->ticket_keys));
  CHECK(copy != NULL);
  memcpy(copy, c->ticket_keys, sizeof(c->ticket_keys));
  return js_array_buffer_adopt(ctx, copy, sizeof(c->ticket_keys), exc);
}

/* getCertificate(ctx) / getIssuer(ctx) → legacy object | null */
static LODE_FN(ctx_get_certificate) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  X509 *x = SSL_CTX_get0_certificate(c->ctx);
  JSObjectRef o = x != NULL ? cert_object(ctx, x) : NULL;
  return o != NULL ? (JSValueRef)o : JSValueMakeNull(ctx);
}

static LODE_FN(ctx_get_issuer) {
  LODE_UNUSED_FN_ARGS;
  context *c = context_arg(ctx, argc, argv, exc);
  if (c == NULL) return NULL;
  X509 *x = SSL_CTX_get0_certificate(c->ctx);
  if (x == NULL) return JSValueMakeNull(ctx);
  X509 *issuer = NULL;
  STACK_OF(X509) *chain = NULL;
  (void)SSL_CTX_get0_chain_certs(c->ctx, &chain);
  for (int i = 0; chain != NULL && i < sk_X509_num(chain) && issuer == NULL; i++) {
    if (X509_check_issued(sk_X509_value(chain, i), x) == X509_V_OK) issuer = sk_X509_value(chain, i);
  }
  JSObjectRef o = NULL;
  if (issuer != NULL) {
    o = cert_object(ctx, issuer);
  } else {
    X509_STORE_CTX *sc = X509_STORE_CTX_new();
    X509_STORE *store = SSL_CTX_get_cert_store(c->ctx);
    if (sc != NULL && store != NULL && X509_STORE_CTX_init(sc, store, x, NULL) == 1 &&
        X509_STORE_CTX_get1_issuer(&issuer, sc, x) == 1) {
      o = cert_object(ctx, issuer);
      X509_free(issuer);
    }
    X509_STORE_CTX_free(sc);
    ERR_clear_error();
  }
  return o != NULL ? (JSValueRef)o : JSValueMakeNull(ctx);
}

/* ---- module functions ---- */

/* getRootCertificates() → [pem…] (the system bundle, without extra certs) */
static LODE_FN(tls_root_certificates) {
  LODE_UNUSED_FN_ARGS;
  load_roots();
  int n = sk_X509_num(root_certs);
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  for (int i = 0; i < n; i++) {
    BIO *bio = BIO_new(BIO_s_mem());
    CHECK(bio != NULL);
    if (PEM_write_bio_X509(bio, sk_X509_value(root_certs, i)) == 1) {
      char *p;
      long len = BIO_get_mem_data(bio, &p);
      JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, js_strn(ctx, p, (size_t)len), NULL);
    }
    BIO_free(bio);
  }
  return arr;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* getCiphers() → sorted lower-case names of OpenSSL's default ciphers and
 * of every TLS 1.3 suite */
static LODE_FN(tls_get_ciphers) {
  LODE_UNUSED_FN_ARGS;
  SSL_CTX *sctx = SSL_CTX_new(TLS_method());
  /* Every TLS 1.3 suite, the CCM ones too (they are off by default). */
  SSL *ssl = sctx != NULL && SSL_CTX_set_ciphersuites(sctx, "TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:"
                                                        "TLS_AES_128_GCM_SHA256:TLS_AES_128_CCM_8_SHA256:"
                                                        "TLS_AES_128_CCM_SHA256")
                 ? SSL_new(sctx) : NULL;
  if (ssl == NULL) {
    SSL_CTX_free(sctx);
    return throw_tls(ctx, exc, "SSL_new failed");
  }
  STACK_OF(SSL_CIPHER) *list = SSL_get_ciphers(ssl);
  int n = sk_SSL_CIPHER_num(list);
  char **names = calloc((size_t)n + 1, sizeof(char *));
  CHECK(names != NULL);
  int count = 0;
  for (int i = 0; i < n; i++) {
    const char *name = SSL_CIPHER_get_name(sk_SSL_CIPHER_value(list, i));
    char *low = strdup(name);
    CHECK(low != NULL);
    for (char *p = low; *p; p++) *p = (char)tolower((unsigned char)*p);
    names[count++] = low;
  }
  qsort(names, (size_t)count, sizeof(char *), cmp_str);
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  unsigned out = 0;
  for (int i = 0; i < count; i++) {
    if (arr != NULL && (i == 0 || strcmp(names[i], names[i - 1]) != 0))
      JSObjectSetPropertyAtIndex(ctx, arr, out++, js_str(ctx, names[i]), NULL);
  }
  for (int i = 0; i < count; i++) free(names[i]);
  free(names);
  SSL_free(ssl);
  SSL_CTX_free(sctx);
  return arr;
}

JSObjectRef lode_binding_tls_context(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "create", ctx_create);
  js_set_fn(ctx, b, "setKey", ctx_set_key);
  js_set_fn(ctx, b, "setCert", ctx_set_cert);
  js_set_fn(ctx, b, "addCACert", ctx_add_ca_cert);
  js_set_fn(ctx, b, "addRootCerts", ctx_add_root_certs);
  js_set_fn(ctx, b, "addCRL", ctx_add_crl);
  js_set_fn(ctx, b, "setCiphers", ctx_set_ciphers);
  js_set_fn(ctx, b, "setCipherSuites", ctx_set_cipher_suites);
  js_set_fn(ctx, b, "setSigalgs", ctx_set_sigalgs);
  js_set_fn(ctx, b, "setECDHCurve", ctx_set_ecdh_curve);
  js_set_fn(ctx, b, "setDHParam", ctx_set_dh_param);
  js_set_fn(ctx, b, "setOptions", ctx_set_options);
  js_set_fn(ctx, b, "setSessionIdContext", ctx_set_session_id_context);
  js_set_fn(ctx, b, "setSessionTimeout", ctx_set_session_timeout);
  js_set_fn(ctx, b, "setMinProto", ctx_set_min_proto);
  js_set_fn(ctx, b, "setMaxProto", ctx_set_max_proto);
  js_set_fn(ctx, b, "getMinProto", ctx_get_min_proto);
  js_set_fn(ctx, b, "getMaxProto", ctx_get_max_proto);
  js_set_fn(ctx, b, "loadPKCS12", ctx_load_pkcs12);
  js_set_fn(ctx, b, "setTicketKeys", ctx_set_ticket_keys);
  js_set_fn(ctx, b, "getTicketKeys", ctx_get_ticket_keys);
  js_set_fn(ctx, b, "getCertificate", ctx_get_certificate);
  js_set_fn(ctx, b, "getIssuer", ctx_get_issuer);
  js_set_fn(ctx, b, "getRootCertificates", tls_root_certificates);
  js_set_fn(ctx, b, "getCiphers", tls_get_ciphers);
  return b;
}
