/* url: the WHATWG URL parser (filled in by the bytes issue). */
#include "runtime.h"

JSObjectRef lode_binding_url(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  return b;
}
