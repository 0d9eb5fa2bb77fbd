/* uv: libuv error names and messages, for Node-shaped system errors. */
#include "runtime.h"

static LODE_FN(uv_errname_fn) {
  LODE_UNUSED_FN_ARGS;
  int err = js_arg_int(ctx, argc, argv, 0, 0);
  if (err >= 0) return js_str(ctx, "Unknown system error");
  return js_str(ctx, uv_err_name(err));
}

static LODE_FN(uv_strerror_fn) {
  LODE_UNUSED_FN_ARGS;
  return js_str(ctx, uv_strerror(js_arg_int(ctx, argc, argv, 0, 0)));
}

/* errmap(): [[errno, name, message], …] for every libuv error. */
static LODE_FN(uv_errmap_fn) {
  LODE_UNUSED_FN_ARGS;
  static const int codes[] = {
#define X(name, msg) UV_##name,
      UV_ERRNO_MAP(X)
#undef X
  };
  size_t n = sizeof(codes) / sizeof(codes[0]);
  /* Rows go straight into the array: the collector does not scan malloc'd memory. */
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, exc);
  if (arr == NULL) return NULL;
  for (size_t i = 0; i < n; i++) {
    JSValueRef row[3] = {JSValueMakeNumber(ctx, codes[i]), js_str(ctx, uv_err_name(codes[i])),
                         js_str(ctx, uv_strerror(codes[i]))};
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, JSObjectMakeArray(ctx, 3, row, NULL), NULL);
  }
  return arr;
}

JSObjectRef lode_binding_uv(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "errname", uv_errname_fn);
  js_set_fn(ctx, b, "strerror", uv_strerror_fn);
  js_set_fn(ctx, b, "errmap", uv_errmap_fn);
  return b;
}
