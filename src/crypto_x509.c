/* crypto_x509: node:crypto's X509Certificate on OpenSSL's X509: parsing
 * (PEM or DER), the printed fields Node reports (names, alternative names,
 * access information, dates, fingerprints, serial number), the checks
 * (host, email, IP, issuer, private key, signature) and the legacy object.
 * lib/internal/crypto/x509.js validates arguments and caches results. */
#include "runtime.h"
#include "crypto_common.h"
#include "crypto_keys.h"
#include "crypto_x509.h"

#include <string.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509v3.h>

/* Names print as "C=US\nO=Org\nCN=name": short names, one per line,
 * RFC 2253 escapes, UTF-8 kept. */
static const unsigned long kNameFlags = ASN1_STRFLGS_ESC_2253 | ASN1_STRFLGS_ESC_CTRL |
                                        ASN1_STRFLGS_UTF8_CONVERT | XN_FLAG_SEP_MULTILINE |
                                        XN_FLAG_FN_SN;

static void on_finalize(JSObjectRef obj) {
  X509_free(JSObjectGetPrivate(obj));
}

static JSClassRef x509_class(void) {
  static _Thread_local JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "X509CertificateHandle";
    def.finalize = on_finalize;
    cls = JSClassCreate(&def);
    CHECK(cls != NULL);
  }
  return cls;
}

JSObjectRef lode_crypto_x509_wrap(JSContextRef ctx, X509 *cert) {
  if (X509_up_ref(cert) != 1) return NULL;
  JSObjectRef obj = JSObjectMake(ctx, x509_class(), cert);
  CHECK(obj != NULL);
  return obj;
}

X509 *lode_crypto_x509_of(JSContextRef ctx, JSValueRef v) {
  if (v == NULL || !JSValueIsObjectOfClass(ctx, v, x509_class())) return NULL;
  return JSObjectGetPrivate((JSObjectRef)v);
}

static X509 *cert_arg(JSContextRef ctx, size_t argc, const JSValueRef argv[], JSValueRef *exc) {
  X509 *x = lode_crypto_x509_of(ctx, argc > 0 ? argv[0] : NULL);
  if (x == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_VALUE", "not a certificate handle");
  return x;
}

/* ---- text helpers ---- */

static BIO *mem_bio(void) {
  return BIO_new(BIO_s_mem());
}

/* What was written to bio as a JS string (UTF-8), or NULL. */
static JSValueRef bio_string(JSContextRef ctx, BIO *bio) {
  char *data;
  long n = BIO_get_mem_data(bio, &data);
  return js_strn(ctx, data, n > 0 ? (size_t)n : 0);
}

static JSValueRef name_string(JSContextRef ctx, const X509_NAME *name, JSValueRef *exc) {
  BIO *bio = mem_bio();
  if (bio == NULL || X509_NAME_print_ex(bio, name, 0, kNameFlags) < 0) {
    BIO_free(bio);
    return lode_crypto_throw(ctx, exc);
  }
  JSValueRef v = bio_string(ctx, bio);
  BIO_free(bio);
  return v;
}

/* Writes an alternative name's text: as it is when every byte is safe in a
 * comma-separated list, else in double quotes with JSON-style escapes
 * (commas and bytes outside printable ASCII as \u00XX), as Node does so
 * that the list splits unambiguously. UTF-8 strings may keep their
 * non-ASCII bytes. */
static void write_safe(BIO *bio, const unsigned char *p, size_t n, int utf8) {
  int safe = 1;
  for (size_t i = 0; i < n && safe; i++) {
    unsigned char c = p[i];
    if (c == '"' || c == '\\' || c == ',' || c == '\'' || c < ' ' || c == 0x7f || (!utf8 && c > '~'))
      safe = 0;
  }
  if (safe) {
    BIO_write(bio, p, (int)n);
    return;
  }
  BIO_write(bio, "\"", 1);
  for (size_t i = 0; i < n; i++) {
    unsigned char c = p[i];
    if (c == '"' || c == '\\') BIO_printf(bio, "\\%c", c);
    else if (c == ',' || c == '\'' || c < ' ' || c == 0x7f || (!utf8 && c > '~')) BIO_printf(bio, "\\u%04x", c);
    else BIO_write(bio, &c, 1);
  }
  BIO_write(bio, "\"", 1);
}

static void write_ip(BIO *bio, const ASN1_OCTET_STRING *ip) {
  const unsigned char *p = ASN1_STRING_get0_data(ip);
  int n = ASN1_STRING_length(ip);
  if (n == 4) {
    BIO_printf(bio, "%d.%d.%d.%d", p[0], p[1], p[2], p[3]);
  } else if (n == 16) {
    for (int i = 0; i < 16; i += 2) BIO_printf(bio, "%s%X", i > 0 ? ":" : "", (p[i] << 8) | p[i + 1]);
  } else {
    BIO_printf(bio, "<invalid length=%d>", n);
  }
}

static void write_general_name(BIO *bio, const GENERAL_NAME *gen) {
  switch (gen->type) {
    case GEN_DNS:
    case GEN_EMAIL:
    case GEN_URI: {
      const ASN1_IA5STRING *s = gen->d.ia5;
      BIO_puts(bio, gen->type == GEN_DNS ? "DNS:" : gen->type == GEN_EMAIL ? "email:" : "URI:");
      write_safe(bio, ASN1_STRING_get0_data(s), (size_t)ASN1_STRING_length(s), 0);
      break;
    }
    case GEN_IPADD:
      BIO_puts(bio, "IP Address:");
      write_ip(bio, gen->d.ip);
      break;
    case GEN_DIRNAME: {
      BIO_puts(bio, "DirName:");
      BIO *tmp = mem_bio();
      if (tmp != NULL && X509_NAME_print_ex(tmp, gen->d.dirn, 0, XN_FLAG_RFC2253) >= 0) {
        char *data;
        long n = BIO_get_mem_data(tmp, &data);
        write_safe(bio, (const unsigned char *)data, n > 0 ? (size_t)n : 0, 1);
      }
      BIO_free(tmp);
      break;
    }
    case GEN_RID: {
      char oid[128];
      OBJ_obj2txt(oid, sizeof(oid), gen->d.rid, 1);
      BIO_printf(bio, "Registered ID:%s", oid);
      break;
    }
    case GEN_OTHERNAME: BIO_puts(bio, "othername:<unsupported>"); break;
    case GEN_X400: BIO_puts(bio, "X400Name:<unsupported>"); break;
    case GEN_EDIPARTY: BIO_puts(bio, "EdiPartyName:<unsupported>"); break;
    default: break;
  }
}

/* "DNS:a, IP Address:1.2.3.4" for the subjectAltName extension; undefined
 * without one. */
static JSValueRef alt_names(JSContextRef ctx, X509 *x) {
  GENERAL_NAMES *names = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
  ERR_clear_error();
  if (names == NULL) return JSValueMakeUndefined(ctx);
  BIO *bio = mem_bio();
  JSValueRef v = JSValueMakeUndefined(ctx);
  if (bio != NULL) {
    for (int i = 0; i < sk_GENERAL_NAME_num(names); i++) {
      if (i > 0) BIO_puts(bio, ", ");
      write_general_name(bio, sk_GENERAL_NAME_value(names, i));
    }
    v = bio_string(ctx, bio);
  }
  BIO_free(bio);
  GENERAL_NAMES_free(names);
  return v;
}

/* Authority information access as Node prints it, one "OCSP - URI:…"
 * line per entry; with legacy given, also fills it in as
 * { 'OCSP - URI': ['…'] }. */
static JSValueRef info_access(JSContextRef ctx, X509 *x, JSObjectRef legacy) {
  AUTHORITY_INFO_ACCESS *aia = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);
  ERR_clear_error();
  if (aia == NULL) return JSValueMakeUndefined(ctx);
  BIO *lines = mem_bio();
  JSValueRef v = JSValueMakeUndefined(ctx);
  for (int i = 0; lines != NULL && i < sk_ACCESS_DESCRIPTION_num(aia); i++) {
    ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(aia, i);
    char method[128];
    OBJ_obj2txt(method, sizeof(method), ad->method, 0);
    BIO *one = mem_bio();
    if (one == NULL) break;
    write_general_name(one, ad->location);
    char *text;
    long n = BIO_get_mem_data(one, &text);
    /* "URI:http://…" → key "OCSP - URI", value "http://…" */
    const char *colon = n > 0 ? memchr(text, ':', (size_t)n) : NULL;
    if (legacy != NULL && colon != NULL) {
      char key[200];
      snprintf(key, sizeof(key), "%s - %.*s", method, (int)(colon - text), text);
      JSValueRef val = js_strn(ctx, colon + 1, (size_t)(n - (colon + 1 - text)));
      JSValueRef cur = js_get(ctx, legacy, key);
      JSObjectRef arr;
      if (JSValueIsObject(ctx, cur)) {
        arr = (JSObjectRef)cur;
      } else {
        arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
        js_set(ctx, legacy, key, arr);
      }
      JSValueRef len = js_get(ctx, arr, "length");
      if (val != NULL) JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)js_num(ctx, len), val, NULL);
    }
    BIO_printf(lines, "%s%s - %.*s", i > 0 ? "\n" : "", method, (int)(n > 0 ? n : 0), text);
    BIO_free(one);
  }
  if (lines != NULL) v = bio_string(ctx, lines);
  BIO_free(lines);
  AUTHORITY_INFO_ACCESS_free(aia);
  return v;
}

static JSValueRef time_string(JSContextRef ctx, const ASN1_TIME *t) {
  BIO *bio = mem_bio();
  JSValueRef v = bio != NULL && ASN1_TIME_print(bio, t) == 1 ? bio_string(ctx, bio) : JSValueMakeUndefined(ctx);
  BIO_free(bio);
  ERR_clear_error();
  return v;
}

/* "AB:CD:…" of the certificate's digest with md. */
static JSValueRef fingerprint(JSContextRef ctx, X509 *x, const EVP_MD *md) {
  unsigned char d[EVP_MAX_MD_SIZE];
  unsigned int n = 0;
  if (X509_digest(x, md, d, &n) != 1) return JSValueMakeUndefined(ctx);
  char out[EVP_MAX_MD_SIZE * 3 + 1];
  static const char hex[] = "0123456789ABCDEF";
  for (unsigned int i = 0; i < n; i++) {
    out[i * 3] = hex[d[i] >> 4];
    out[i * 3 + 1] = hex[d[i] & 15];
    out[i * 3 + 2] = ':';
  }
  out[n > 0 ? n * 3 - 1 : 0] = '\0';
  return js_str(ctx, out);
}

static JSValueRef serial_number(JSContextRef ctx, X509 *x) {
  BIGNUM *bn = ASN1_INTEGER_to_BN(X509_get0_serialNumber(x), NULL);
  char *hex = bn != NULL ? BN_bn2hex(bn) : NULL;
  BN_free(bn);
  if (hex == NULL) return JSValueMakeUndefined(ctx);
  JSValueRef v = js_str(ctx, hex);
  OPENSSL_free(hex);
  return v;
}

/* The extended key usage OIDs, or undefined without the extension. */
static JSValueRef key_usage(JSContextRef ctx, X509 *x) {
  EXTENDED_KEY_USAGE *eku = X509_get_ext_d2i(x, NID_ext_key_usage, NULL, NULL);
  ERR_clear_error();
  if (eku == NULL) return JSValueMakeUndefined(ctx);
  int n = sk_ASN1_OBJECT_num(eku);
  JSValueRef *items = malloc((n > 0 ? (size_t)n : 1) * sizeof(*items));
  JSValueRef v = JSValueMakeUndefined(ctx);
  if (items != NULL) {
    for (int i = 0; i < n; i++) {
      char oid[128];
      OBJ_obj2txt(oid, sizeof(oid), sk_ASN1_OBJECT_value(eku, i), 1);
      items[i] = js_str(ctx, oid);
    }
    v = JSObjectMakeArray(ctx, (size_t)n, items, NULL);
    free(items);
  }
  sk_ASN1_OBJECT_pop_free(eku, ASN1_OBJECT_free);
  return v;
}

static JSValueRef der_value(JSContextRef ctx, X509 *x, JSValueRef *exc) {
  unsigned char *der = NULL;
  int n = i2d_X509(x, &der);
  if (n <= 0) return lode_crypto_throw(ctx, exc);
  void *copy = malloc((size_t)n);
  if (copy != NULL) memcpy(copy, der, (size_t)n);
  OPENSSL_free(der);
  if (copy == NULL) return js_throw(ctx, exc, "RangeError", NULL, "Out of memory");
  return js_array_buffer_adopt(ctx, copy, (size_t)n, exc);
}

/* ---- binding functions ---- */

/* parse(bytes) → a handle: DER, else PEM (whose error is reported). */
static LODE_FN(x509_parse) {
  LODE_UNUSED_FN_ARGS;
  unsigned char *p;
  size_t len;
  if (argc < 1 || js_view_bytes(ctx, argv[0], &p, &len, exc) != 0) {
    if (*exc == NULL) js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "a buffer is required");
    return NULL;
  }
  if (len > INT_MAX) return js_throw(ctx, exc, "RangeError", "ERR_OUT_OF_RANGE", "certificate too large");
  ERR_clear_error();
  const unsigned char *q = p;
  X509 *x = len > 0 && p[0] == 0x30 ? d2i_X509(NULL, &q, (long)len) : NULL;
  if (x == NULL) {
    ERR_clear_error();
    BIO *bio = BIO_new_mem_buf(p, (int)len);
    if (bio != NULL) x = PEM_read_bio_X509_AUX(bio, NULL, NULL, NULL);
    BIO_free(bio);
  }
  if (x == NULL) return lode_crypto_throw(ctx, exc);
  JSObjectRef obj = JSObjectMake(ctx, x509_class(), x);
  CHECK(obj != NULL);
  return obj;
}

/* field(h, name) → one of Node's printed fields. */
static LODE_FN(x509_field) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  if (x == NULL) return NULL;
  char *name = lode_crypto_name_arg(ctx, argc, argv, 1);
  JSValueRef v = JSValueMakeUndefined(ctx);
  if (name == NULL) v = JSValueMakeUndefined(ctx);
  else if (strcmp(name, "subject") == 0) v = name_string(ctx, X509_get_subject_name(x), exc);
  else if (strcmp(name, "issuer") == 0) v = name_string(ctx, X509_get_issuer_name(x), exc);
  else if (strcmp(name, "subjectAltName") == 0) v = alt_names(ctx, x);
  else if (strcmp(name, "infoAccess") == 0) v = info_access(ctx, x, NULL);
  else if (strcmp(name, "validFrom") == 0) v = time_string(ctx, X509_get0_notBefore(x));
  else if (strcmp(name, "validTo") == 0) v = time_string(ctx, X509_get0_notAfter(x));
  else if (strcmp(name, "fingerprint") == 0) v = fingerprint(ctx, x, EVP_sha1());
  else if (strcmp(name, "fingerprint256") == 0) v = fingerprint(ctx, x, EVP_sha256());
  else if (strcmp(name, "fingerprint512") == 0) v = fingerprint(ctx, x, EVP_sha512());
  else if (strcmp(name, "keyUsage") == 0) v = key_usage(ctx, x);
  else if (strcmp(name, "serialNumber") == 0) v = serial_number(ctx, x);
  else if (strcmp(name, "raw") == 0) v = der_value(ctx, x, exc);
  else if (strcmp(name, "ca") == 0) v = JSValueMakeBoolean(ctx, X509_check_ca(x) == 1);
  else if (strcmp(name, "pem") == 0) {
    BIO *bio = mem_bio();
    v = bio != NULL && PEM_write_bio_X509(bio, x) == 1 ? bio_string(ctx, bio) : lode_crypto_throw(ctx, exc);
    BIO_free(bio);
  }
  free(name);
  ERR_clear_error();
  return *exc != NULL ? NULL : v;
}

/* publicKey(h) → a public key handle. */
static LODE_FN(x509_public_key) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  if (x == NULL) return NULL;
  EVP_PKEY *pkey = X509_get_pubkey(x);
  if (pkey == NULL) return lode_crypto_throw(ctx, exc);
  return lode_crypto_key_wrap(ctx, LODE_KEY_PUBLIC, pkey);
}

enum { CHECK_HOST, CHECK_EMAIL, CHECK_IP };

/* check(h, kind, name, flags) → the matching name (checkHost: the
 * certificate's name that matched), undefined when none, or -2 when the
 * name is malformed (JS throws). */
static LODE_FN(x509_check) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  if (x == NULL) return NULL;
  int kind = js_arg_int(ctx, argc, argv, 1, -1);
  char *name = lode_crypto_name_arg(ctx, argc, argv, 2);
  unsigned int flags = (unsigned int)js_arg_int(ctx, argc, argv, 3, 0);
  if (name == NULL) return JSValueMakeNumber(ctx, -2);
  char *peer = NULL;
  int r;
  if (kind == CHECK_HOST) r = X509_check_host(x, name, strlen(name), flags, &peer);
  else if (kind == CHECK_EMAIL) r = X509_check_email(x, name, strlen(name), flags);
  else r = X509_check_ip_asc(x, name, flags);
  ERR_clear_error();
  JSValueRef v;
  if (r == 1) v = js_str(ctx, peer != NULL ? peer : name);
  else if (r == -2) v = JSValueMakeNumber(ctx, -2);
  else v = JSValueMakeUndefined(ctx);
  OPENSSL_free(peer);
  free(name);
  return v;
}

/* checkIssued(h, issuer h) → whether issuer issued this certificate. */
static LODE_FN(x509_check_issued) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  X509 *issuer = lode_crypto_x509_of(ctx, argc > 1 ? argv[1] : NULL);
  if (x == NULL || issuer == NULL) return x == NULL ? NULL : JSValueMakeBoolean(ctx, 0);
  int ok = X509_check_issued(issuer, x) == X509_V_OK;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* checkPrivateKey(h, key) / verify(h, key) → boolean. */
static LODE_FN(x509_check_private_key) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  EVP_PKEY *pkey = lode_crypto_key_pkey(ctx, argc > 1 ? argv[1] : NULL, NULL);
  if (x == NULL || pkey == NULL) return x == NULL ? NULL : JSValueMakeBoolean(ctx, 0);
  int ok = X509_check_private_key(x, pkey) == 1;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

static LODE_FN(x509_verify) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  EVP_PKEY *pkey = lode_crypto_key_pkey(ctx, argc > 1 ? argv[1] : NULL, NULL);
  if (x == NULL || pkey == NULL) return x == NULL ? NULL : JSValueMakeBoolean(ctx, 0);
  int ok = X509_verify(x, pkey) > 0;
  ERR_clear_error();
  return JSValueMakeBoolean(ctx, ok);
}

/* ---- the legacy object ---- */

/* { CN: 'x', OU: ['a', 'b'] } on a null prototype: repeated fields become
 * arrays. */
static JSObjectRef name_object(JSContextRef ctx, const X509_NAME *name) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  JSObjectSetPrototype(ctx, o, JSValueMakeNull(ctx));
  for (int i = 0; i < X509_NAME_entry_count(name); i++) {
    const X509_NAME_ENTRY *e = X509_NAME_get_entry(name, i);
    const ASN1_OBJECT *obj = X509_NAME_ENTRY_get_object(e);
    int nid = OBJ_obj2nid(obj);
    char key[128];
    const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
    if (sn != NULL) snprintf(key, sizeof(key), "%s", sn);
    else OBJ_obj2txt(key, sizeof(key), obj, 1);
    unsigned char *utf8 = NULL;
    int n = ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(e));
    if (n < 0) {
      ERR_clear_error();
      continue;
    }
    JSValueRef val = js_strn(ctx, (const char *)utf8, (size_t)n);
    OPENSSL_free(utf8);
    if (val == NULL) continue;
    JSStringRef k = JSStringCreateWithUTF8CString(key);
    if (JSObjectHasProperty(ctx, o, k)) {
      JSValueRef cur = JSObjectGetProperty(ctx, o, k, NULL);
      JSObjectRef arr;
      if (JSValueIsArray(ctx, cur)) {
        arr = (JSObjectRef)cur;
      } else {
        arr = JSObjectMakeArray(ctx, 1, &cur, NULL);
        JSObjectSetProperty(ctx, o, k, arr, kJSPropertyAttributeNone, NULL);
      }
      JSValueRef len = js_get(ctx, arr, "length");
      JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)js_num(ctx, len), val, NULL);
    } else {
      JSObjectSetProperty(ctx, o, k, val, kJSPropertyAttributeNone, NULL);
    }
    JSStringRelease(k);
  }
  return o;
}

static void set_bytes(JSContextRef ctx, JSObjectRef o, const char *prop, const unsigned char *p, size_t n) {
  void *copy = malloc(n > 0 ? n : 1);
  if (copy == NULL) return;
  if (n > 0) memcpy(copy, p, n);
  JSObjectRef ab = js_array_buffer_adopt(ctx, copy, n, NULL);
  if (ab != NULL) js_set(ctx, o, prop, ab);
}

/* The key fields: RSA modulus/bits/exponent/pubkey (SPKI DER), EC
 * bits/pubkey (the point)/asn1Curve/nistCurve. */
static void key_fields(JSContextRef ctx, JSObjectRef o, X509 *x) {
  EVP_PKEY *pkey = X509_get0_pubkey(x);
  if (pkey == NULL) return;
  if (EVP_PKEY_is_a(pkey, "RSA")) {
    BIGNUM *n = NULL, *e = NULL;
    if (EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_N, &n) == 1 &&
        EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_E, &e) == 1) {
      char *hex = BN_bn2hex(n);
      if (hex != NULL) js_set_str(ctx, o, "modulus", hex);
      OPENSSL_free(hex);
      js_set_num(ctx, o, "bits", BN_num_bits(n));
      char exp[32];
      snprintf(exp, sizeof(exp), "0x%llx", (unsigned long long)BN_get_word(e));
      js_set_str(ctx, o, "exponent", exp);
      unsigned char *der = NULL;
      int len = i2d_PUBKEY(pkey, &der);
      if (len > 0) set_bytes(ctx, o, "pubkey", der, (size_t)len);
      OPENSSL_free(der);
    }
    BN_free(n);
    BN_free(e);
  } else if (EVP_PKEY_is_a(pkey, "EC")) {
    char group[80];
    js_set_num(ctx, o, "bits", EVP_PKEY_get_bits(pkey));
    unsigned char point[1 + 2 * 66];
    size_t n = 0;
    if (EVP_PKEY_get_octet_string_param(pkey, OSSL_PKEY_PARAM_ENCODED_PUBLIC_KEY, point, sizeof(point), &n) == 1)
      set_bytes(ctx, o, "pubkey", point, n);
    if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof(group), NULL) == 1) {
      int nid = OBJ_sn2nid(group);
      if (nid == NID_undef) nid = EC_curve_nist2nid(group);
      const char *sn = nid != NID_undef ? OBJ_nid2sn(nid) : NULL;
      const char *nist = nid != NID_undef ? EC_curve_nid2nist(nid) : NULL;
      if (sn != NULL) js_set_str(ctx, o, "asn1Curve", sn);
      if (nist != NULL) js_set_str(ctx, o, "nistCurve", nist);
    }
  }
  ERR_clear_error();
}

JSObjectRef lode_crypto_x509_legacy(JSContextRef ctx, X509 *x, JSValueRef *exc) {
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  js_set(ctx, o, "subject", name_object(ctx, X509_get_subject_name(x)));
  js_set(ctx, o, "issuer", name_object(ctx, X509_get_issuer_name(x)));
  JSValueRef alt = alt_names(ctx, x);
  if (!JSValueIsUndefined(ctx, alt)) js_set(ctx, o, "subjectaltname", alt);
  if (X509_get_ext_by_NID(x, NID_info_access, -1) >= 0) {
    JSObjectRef ia = JSObjectMake(ctx, NULL, NULL);
    JSObjectSetPrototype(ctx, ia, JSValueMakeNull(ctx));
    info_access(ctx, x, ia);
    js_set(ctx, o, "infoAccess", ia);
  }
  js_set(ctx, o, "ca", JSValueMakeBoolean(ctx, X509_check_ca(x) == 1));
  key_fields(ctx, o, x);
  js_set(ctx, o, "valid_from", time_string(ctx, X509_get0_notBefore(x)));
  js_set(ctx, o, "valid_to", time_string(ctx, X509_get0_notAfter(x)));
  js_set(ctx, o, "fingerprint", fingerprint(ctx, x, EVP_sha1()));
  js_set(ctx, o, "fingerprint256", fingerprint(ctx, x, EVP_sha256()));
  js_set(ctx, o, "fingerprint512", fingerprint(ctx, x, EVP_sha512()));
  JSValueRef eku = key_usage(ctx, x);
  if (!JSValueIsUndefined(ctx, eku)) js_set(ctx, o, "ext_key_usage", eku);
  js_set(ctx, o, "serialNumber", serial_number(ctx, x));
  JSValueRef raw = der_value(ctx, x, exc);
  if (raw == NULL) return NULL;
  js_set(ctx, o, "raw", raw);
  ERR_clear_error();
  return o;
}

static LODE_FN(x509_legacy) {
  LODE_UNUSED_FN_ARGS;
  X509 *x = cert_arg(ctx, argc, argv, exc);
  return x != NULL ? lode_crypto_x509_legacy(ctx, x, exc) : NULL;
}

JSObjectRef lode_binding_crypto_x509(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "parse", x509_parse);
  js_set_fn(ctx, b, "field", x509_field);
  js_set_fn(ctx, b, "publicKey", x509_public_key);
  js_set_fn(ctx, b, "check", x509_check);
  js_set_fn(ctx, b, "checkIssued", x509_check_issued);
  js_set_fn(ctx, b, "checkPrivateKey", x509_check_private_key);
  js_set_fn(ctx, b, "verify", x509_verify);
  js_set_fn(ctx, b, "legacy", x509_legacy);
  JSObjectRef flags = JSObjectMake(ctx, NULL, NULL);
  js_set_num(ctx, flags, "alwaysCheckSubject", X509_CHECK_FLAG_ALWAYS_CHECK_SUBJECT);
  js_set_num(ctx, flags, "neverCheckSubject", X509_CHECK_FLAG_NEVER_CHECK_SUBJECT);
  js_set_num(ctx, flags, "noWildcards", X509_CHECK_FLAG_NO_WILDCARDS);
  js_set_num(ctx, flags, "noPartialWildcards", X509_CHECK_FLAG_NO_PARTIAL_WILDCARDS);
  js_set_num(ctx, flags, "multiLabelWildcards", X509_CHECK_FLAG_MULTI_LABEL_WILDCARDS);
  js_set_num(ctx, flags, "singleLabelSubdomains", X509_CHECK_FLAG_SINGLE_LABEL_SUBDOMAINS);
  js_set(ctx, b, "checkFlags", flags);
  return b;
}
