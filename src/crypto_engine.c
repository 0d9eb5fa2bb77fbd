/* crypto_engine: the process-wide OpenSSL switches of node:crypto:
 * setEngine (OpenSSL's ENGINE API: deprecated in OpenSSL 3 but still
 * provided, hence OPENSSL_SUPPRESS_DEPRECATED) and the FIPS mode of
 * getFips/setFips (the "fips=yes" default property of the default library
 * context). lib/crypto.js validates the arguments and throws Node's errors. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include "runtime.h"
#include "crypto_common.h"

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/provider.h>
#ifndef OPENSSL_NO_ENGINE
#include <openssl/engine.h>
#endif

#ifndef OPENSSL_NO_ENGINE
/* The engine of that id: built in, in OpenSSL's engines folder, or the
 * shared object at that path (through the "dynamic" engine). */
static ENGINE *find_engine(const char *id) {
  ENGINE *e = ENGINE_by_id(id);
  if (e != NULL) return e;
  e = ENGINE_by_id("dynamic");
  if (e == NULL) return NULL;
  if (ENGINE_ctrl_cmd_string(e, "SO_PATH", id, 0) != 1 || ENGINE_ctrl_cmd_string(e, "LOAD", NULL, 0) != 1) {
    ENGINE_free(e);
    return NULL;
  }
  return e;
}
#endif

/* setEngine(id, flags): true when set; false when there is no such engine
 * (JS throws ERR_CRYPTO_ENGINE_UNKNOWN); OpenSSL's error when it refuses. */
static LODE_FN(set_engine) {
  LODE_UNUSED_FN_ARGS;
#ifdef OPENSSL_NO_ENGINE
  return JSValueMakeUndefined(ctx); /* JS: ERR_CRYPTO_CUSTOM_ENGINE_NOT_SUPPORTED */
#else
  char *id = argc >= 2 ? js_cstr(ctx, argv[0], exc) : NULL;
  if (id == NULL) return *exc != NULL ? NULL : js_throw(ctx, exc, "TypeError", NULL, "setEngine(id, flags)");
  unsigned int flags = (unsigned int)js_num(ctx, argv[1]);
  ENGINE *e = find_engine(id);
  free(id);
  if (e == NULL) {
    ERR_clear_error();
    return JSValueMakeBoolean(ctx, 0);
  }
  int ok = ENGINE_set_default(e, flags);
  ENGINE_free(e);
  if (ok != 1) return lode_crypto_throw(ctx, exc);
  return JSValueMakeBoolean(ctx, 1);
#endif
}

static LODE_FN(get_fips) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeNumber(ctx, EVP_default_properties_is_fips_enabled(NULL) ? 1 : 0);
}

/* setFips(on): true when done; false when turning it on while no FIPS
 * provider can be loaded (JS throws ERR_CRYPTO_FIPS_UNAVAILABLE), since
 * every algorithm would then be unavailable. */
static LODE_FN(set_fips) {
  LODE_UNUSED_FN_ARGS;
  int on = argc >= 1 && JSValueToBoolean(ctx, argv[0]);
  if (on && !OSSL_PROVIDER_available(NULL, "fips")) {
    OSSL_PROVIDER *fips = OSSL_PROVIDER_load(NULL, "fips");
    ERR_clear_error();
    if (fips == NULL) return JSValueMakeBoolean(ctx, 0);
  }
  if (EVP_default_properties_enable_fips(NULL, on) != 1) return lode_crypto_throw(ctx, exc);
  return JSValueMakeBoolean(ctx, 1);
}

JSObjectRef lode_binding_crypto_engine(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "setEngine", set_engine);
  js_set_fn(ctx, b, "getFips", get_fips);
  js_set_fn(ctx, b, "setFips", set_fips);
  return b;
}
