/* types: the brand checks util.types cannot make in JS without a thrown
 * TypeError for every negative answer (~1-3 us each in JSC; util.inspect
 * and assert.deepStrictEqual ask several per object). Only what the public
 * C API can tell exactly is here. */
#include "runtime.h"

/* isDate(value) → boolean */
static LODE_FN(types_is_date) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeBoolean(ctx, argc > 0 && JSValueIsDate(ctx, argv[0]));
}

/* isAnyArrayBuffer(value) → boolean: an ArrayBuffer or a SharedArrayBuffer
 * (the engine does not tell them apart here). */
static LODE_FN(types_is_any_array_buffer) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeBoolean(ctx, argc > 0 && JSValueIsObject(ctx, argv[0]) &&
                                     JSValueGetTypedArrayType(ctx, argv[0], NULL) ==
                                         kJSTypedArrayTypeArrayBuffer);
}

JSObjectRef lode_binding_types(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "isDate", types_is_date);
  js_set_fn(ctx, b, "isAnyArrayBuffer", types_is_any_array_buffer);
  return b;
}
