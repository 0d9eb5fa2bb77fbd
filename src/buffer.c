/* buffer: byte operations for node:buffer (filled in by the bytes issue). */
#include "runtime.h"

JSObjectRef lode_binding_buffer(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  return b;
}
