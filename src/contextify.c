/* contextify: vm contexts. A context is a new JSC global context in lode's
 * context group (so values pass freely between the two) whose global object
 * forwards to the "sandbox" object it was made for: a global the sandbox
 * has is read from it, and every assignment or declaration lands on it, as
 * with node's contextified objects. Other names fall through to the new
 * realm's own built-ins.
 *
 * JSC gives `var` and function declarations a slot of the global's own that
 * later scripts read directly, without asking the callbacks. So writes go
 * to the sandbox and are also left to the global (the declared name then
 * reads right), and deletes go to both. What is not seen: a declared
 * name's value changed on the sandbox from outside afterwards (node sees
 * it; here the context keeps its own copy).
 *
 * Lifetimes: the global object is the only handle JS keeps (the context's
 * own reference is released at once; its pointer stays valid while the
 * global lives). lib/vm.js keeps the sandbox alive as long as the global is
 * (and the other way round) with two WeakMaps, so this file may hold the
 * sandbox as a plain pointer. */
#include "runtime.h"

typedef struct {
  JSGlobalContextRef ctx; /* not retained: valid while its global lives */
  JSObjectRef sandbox;    /* kept alive from JS, see above */
} vm_context;

static vm_context *context_of(JSObjectRef global) {
  return global != NULL ? JSObjectGetPrivate(global) : NULL;
}

static bool has_property(JSContextRef ctx, JSObjectRef global, JSStringRef name) {
  js_lock_holder lock;
  js_lock_holder_init(&lock, ctx);
  vm_context *c = context_of(global);
  bool r = c != NULL && c->sandbox != NULL && JSObjectHasProperty(ctx, c->sandbox, name);
  js_lock_holder_release(&lock);
  return r;
}

static JSValueRef get_property(JSContextRef ctx, JSObjectRef global, JSStringRef name, JSValueRef *exc) {
  js_lock_holder lock;
  js_lock_holder_init(&lock, ctx);
  vm_context *c = context_of(global);
  JSValueRef r = NULL;
  if (c != NULL && c->sandbox != NULL && JSObjectHasProperty(ctx, c->sandbox, name))
    r = JSObjectGetProperty(ctx, c->sandbox, name, exc);
  js_lock_holder_release(&lock);
  return r;
}

static bool set_property(JSContextRef ctx, JSObjectRef global, JSStringRef name, JSValueRef value, JSValueRef *exc) {
  js_lock_holder lock;
  js_lock_holder_init(&lock, ctx);
  vm_context *c = context_of(global);
  /* While the context is being made (no sandbox yet) JSC installs its
   * built-ins: those stay on the global only. */
  if (c != NULL && c->sandbox != NULL) JSObjectSetProperty(ctx, c->sandbox, name, value, kJSPropertyAttributeNone, exc);
  js_lock_holder_release(&lock);
  return false; /* the global keeps it too (see the top of the file) */
}

static bool delete_property(JSContextRef ctx, JSObjectRef global, JSStringRef name, JSValueRef *exc) {
  js_lock_holder lock;
  js_lock_holder_init(&lock, ctx);
  vm_context *c = context_of(global);
  if (c != NULL && c->sandbox != NULL) JSObjectDeleteProperty(ctx, c->sandbox, name, exc);
  js_lock_holder_release(&lock);
  return false; /* and from the global */
}

static void property_names(JSContextRef ctx, JSObjectRef global, JSPropertyNameAccumulatorRef names) {
  js_lock_holder lock;
  js_lock_holder_init(&lock, ctx);
  vm_context *c = context_of(global);
  if (c != NULL && c->sandbox != NULL) {
    JSPropertyNameArrayRef list = JSObjectCopyPropertyNames(ctx, c->sandbox);
    size_t n = JSPropertyNameArrayGetCount(list);
    for (size_t i = 0; i < n; i++) JSPropertyNameAccumulatorAddName(names, JSPropertyNameArrayGetNameAtIndex(list, i));
    JSPropertyNameArrayRelease(list);
  }
  js_lock_holder_release(&lock);
}

static void finalize(JSObjectRef global) {
  free(JSObjectGetPrivate(global));
}

static JSClassRef global_class(void) {
  static JSClassRef cls;
  if (cls == NULL) {
    JSClassDefinition d = kJSClassDefinitionEmpty;
    d.className = "global";
    d.hasProperty = has_property;
    d.getProperty = get_property;
    d.setProperty = set_property;
    d.deleteProperty = delete_property;
    d.getPropertyNames = property_names;
    d.finalize = finalize;
    cls = JSClassCreate(&d);
    CHECK(cls != NULL);
  }
  return cls;
}

/* makeContext(sandbox) -> the new context's global object */
static LODE_FN(make_context) {
  LODE_UNUSED_FN_ARGS;
  if (argc < 1 || !JSValueIsObject(ctx, argv[0]))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "makeContext(sandbox): not an object");
  vm_context *c = calloc(1, sizeof(*c));
  CHECK(c != NULL);
  JSGlobalContextRef g = JSGlobalContextCreateInGroup(JSContextGetGroup(ctx), global_class());
  CHECK(g != NULL);
  JSObjectRef global = JSContextGetGlobalObject(g);
  c->ctx = g;
  CHECK(JSObjectSetPrivate(global, c));
  c->sandbox = (JSObjectRef)argv[0];
  JSGlobalContextRelease(g);
  return global;
}

/* evaluate(global, code, filename, line) -> the script's value in that context */
static LODE_FN(evaluate_in) {
  LODE_UNUSED_FN_ARGS;
  vm_context *c = argc > 0 && JSValueIsObject(ctx, argv[0]) ? context_of((JSObjectRef)argv[0]) : NULL;
  if (c == NULL || !JSValueIsObjectOfClass(ctx, argv[0], global_class()))
    return js_throw(ctx, exc, "TypeError", "ERR_INVALID_ARG_TYPE", "evaluate(global, …): not a context");
  if (argc < 3) return js_throw(ctx, exc, "TypeError", NULL, "evaluate(global, code, filename)");
  JSStringRef code, url;
  if (!lode_code_and_url(ctx, argv + 1, &code, &url, exc)) return NULL;
  int line = js_arg_int(ctx, argc, argv, 3, 1);
  JSValueRef r = JSEvaluateScript(c->ctx, code, NULL, url, line, exc);
  JSStringRelease(code);
  JSStringRelease(url);
  return r;
}

JSObjectRef lode_binding_contextify(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "makeContext", make_context);
  js_set_fn(ctx, b, "evaluate", evaluate_in);
  return b;
}
