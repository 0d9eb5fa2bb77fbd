/* The VM, the bootstrap, and the one door from native code into JS. */
#ifndef LODE_RUNTIME_H
#define LODE_RUNTIME_H

#include <uv.h>
#include "js.h"

#define LODE_VERSION "0.1.0"
#define LODE_NODE_VERSION "v20.20.2" /* the Node API version lode targets */

typedef struct {
  JSGlobalContextRef ctx;
  uv_loop_t *loop;
  JSObjectRef door;      /* JS trampoline: runs a callback, then the tick queue */
  JSObjectRef run_ticks; /* drains process.nextTick and pending rejections */
  JSObjectRef hooks;     /* object of JS entry points returned by the bootstrap */
  JSObjectRef array_join; /* Array.prototype.join as it was before user code */
  /* Shared with JS (Int32Array): [0] ticks queued, [1] rejections to process. */
  int32_t tick_info[2];
  int argc;
  char **argv;
  int script_index;      /* argv index of the script, or argc when none */
  char *stdin_script;    /* source read from stdin for `lode -` */
  char **env_options;    /* NODE_OPTIONS split into words (one malloc; freed once given to JS) */
  int env_options_count;
  /* uv_hrtime() when the event loop first ran and when it ended, or 0
   * (performance.nodeTiming.loopStart/loopExit). */
  uint64_t loop_start_ns;
  uint64_t loop_exit_ns;
} lode_runtime;

extern lode_runtime *lode_rt;

int lode_runtime_init(lode_runtime *rt, int argc, char **argv, int script_index);
/* The command-line options NODE_OPTIONS may hold (names and aliases, from
 * main.c's table): up to cap into out; returns how many there are. */
size_t lode_env_option_names(const char **out, size_t cap);
/* argv[0] and argv[1] (code, filename) as JSC strings for an evaluation;
 * false (with *exc set) when either is not convertible. */
bool lode_code_and_url(JSContextRef ctx, const JSValueRef argv[], JSStringRef *code, JSStringRef *url,
                       JSValueRef *exc);
/* Runs the main entry and then the event loop; returns the exit code. */
int lode_runtime_run(lode_runtime *rt);

/* The one door: call fn(args…) with `self` as this, then ticks and microtasks.
 * Uncaught exceptions go to process 'uncaughtException' handling. */
JSValueRef lode_call(JSObjectRef fn, JSObjectRef self, size_t argc,
                     const JSValueRef argv[]);
/* The door for lode's own JS entry points that take no arguments, catch
 * their exceptions and run the tick queue themselves (timers, immediates):
 * no trampoline, then ticks and microtasks as usual. */
void lode_call_direct(JSObjectRef fn);
/* Calls hooks[name](args…) through the door. */
JSValueRef lode_call_hook(const char *name, size_t argc, const JSValueRef argv[]);
/* After JS run by the engine's own tasks (not through the door, e.g. a
 * WebAssembly.compile settling): runs the process.nextTick queue and
 * pending rejections, as after any callback. */
void lode_after_engine_tasks(void);
/* Timers' bookkeeping around every entry into JS from the loop (timers.c). */
void lode_timers_enter(void);
void lode_timers_leave(void);
/* Reads fd to its end: a malloc'd, NUL-terminated buffer and its length, or
 * NULL with *err set to a negative errno. */
char *lode_read_all(int fd, size_t *len, int *err);
/* A window in which the memory JSC maps comes in huge pages (huge_pages.c):
 * begin returns false (and opens nothing) for a source under 1 Mi
 * characters; each true begin is closed by one end. */
bool lode_huge_pages_begin(double source_length);
void lode_huge_pages_end(void);
/* malloc(n) for a buffer the caller writes in full at once (a file's bytes,
 * a decoded result): from 256 KB up, its pages are made present in one
 * madvise(MADV_POPULATE_WRITE) instead of a page fault each as they are
 * first written (on the development VM a fault costs ~12 us a page, the
 * populate ~0.6; 64 MB read from the page cache 240 -> 55 ms). NULL when
 * out of memory; released with free(). */
void *lode_malloc_filled(size_t n);
/* Flushes and exits the process now (after 'exit' has been emitted). */
_Noreturn void lode_exit(int code);

/* Bindings: one per file, created on first internalBinding(name). */
typedef JSObjectRef (*lode_binding_init)(JSContextRef ctx);
JSObjectRef lode_binding_timers(JSContextRef ctx);
JSObjectRef lode_binding_process(JSContextRef ctx);
JSObjectRef lode_binding_fs(JSContextRef ctx);
JSObjectRef lode_binding_fs_dir(JSContextRef ctx);
/* A finished scandir's or readdir's entries as fs.c's listing: [names
 * joined by '/', types as the characters '0' + type]. */
JSValueRef lode_fs_listing(JSContextRef ctx, uv_fs_t *req);
JSObjectRef lode_binding_uv(JSContextRef ctx);
JSObjectRef lode_binding_signal(JSContextRef ctx);
JSObjectRef lode_binding_tty(JSContextRef ctx);
JSObjectRef lode_binding_os(JSContextRef ctx);
JSObjectRef lode_binding_spawn_sync(JSContextRef ctx);
JSObjectRef lode_binding_encoding(JSContextRef ctx);
JSObjectRef lode_binding_types(JSContextRef ctx);
JSObjectRef lode_binding_buffer(JSContextRef ctx);
JSObjectRef lode_binding_url(JSContextRef ctx);
JSObjectRef lode_binding_fs_event(JSContextRef ctx);
JSObjectRef lode_binding_fs_poll(JSContextRef ctx);
JSObjectRef lode_binding_stream_wrap(JSContextRef ctx);
JSObjectRef lode_binding_tcp_wrap(JSContextRef ctx);
JSObjectRef lode_binding_pipe_wrap(JSContextRef ctx);
JSObjectRef lode_binding_process_wrap(JSContextRef ctx);
JSObjectRef lode_binding_dns(JSContextRef ctx);
JSObjectRef lode_binding_udp_wrap(JSContextRef ctx);
JSObjectRef lode_binding_cares_wrap(JSContextRef ctx);
JSObjectRef lode_binding_http_parser(JSContextRef ctx);
JSObjectRef lode_binding_crypto_hash(JSContextRef ctx);
JSObjectRef lode_binding_crypto_random(JSContextRef ctx);
JSObjectRef lode_binding_crypto_kdf(JSContextRef ctx);
JSObjectRef lode_binding_crypto_cipher(JSContextRef ctx);
JSObjectRef lode_binding_crypto_prime(JSContextRef ctx);
JSObjectRef lode_binding_crypto_keys(JSContextRef ctx);
JSObjectRef lode_binding_crypto_keygen(JSContextRef ctx);
JSObjectRef lode_binding_crypto_sign(JSContextRef ctx);
JSObjectRef lode_binding_crypto_dh(JSContextRef ctx);
JSObjectRef lode_binding_crypto_x509(JSContextRef ctx);
JSObjectRef lode_binding_crypto_spkac(JSContextRef ctx);
JSObjectRef lode_binding_crypto_engine(JSContextRef ctx);
JSObjectRef lode_binding_glib_tasks(JSContextRef ctx);
/* Gives the JS thread the GLib context JSC's run loop will use (glib_tasks.c). */
void lode_glib_tasks_init(void);
JSObjectRef lode_binding_zlib(JSContextRef ctx);
JSObjectRef lode_binding_tls_context(JSContextRef ctx);
JSObjectRef lode_binding_tls_wrap(JSContextRef ctx);
JSObjectRef lode_binding_esm(JSContextRef ctx);
JSObjectRef lode_binding_huge_pages(JSContextRef ctx);
JSObjectRef lode_binding_contextify(JSContextRef ctx);
/* A JS string from UTF-8 bytes, invalid sequences replaced by U+FFFD; NULL
 * when it cannot be made (too long for a JS string, or out of memory). */
JSValueRef lode_utf8_string(JSContextRef ctx, const unsigned char *s, size_t len);
/* The same for text the program works on (a file read as UTF-8): long
 * ASCII becomes a 16-bit string, made several times faster. Source code,
 * names and header blocks stay with lode_utf8_string (8-bit: half the
 * memory, and faster to split into names). */
JSValueRef lode_utf8_text(JSContextRef ctx, const unsigned char *s, size_t len);

/* Embedded lib/ (generated by tools/embed.c). */
typedef struct {
  const char *id;
  const unsigned char *source;
  size_t length;
} lode_builtin;
extern const lode_builtin lode_builtins[];
extern const size_t lode_builtins_count;

#endif
