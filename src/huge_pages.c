/* Huge pages while lode parses, compiles and first runs a very large script
 * or module. internalBinding('huge_pages'): begin(sourceLength) opens a
 * window (nested) and returns true when the source is large enough to be
 * worth it, else false; end() closes what a true begin() opened. The same
 * from C: lode_huge_pages_begin / _end (runtime.h).
 *
 * Why: JSC builds a large function's bytecode, executables and objects in
 * fresh memory, 4 KiB page by page, and on the development VM every first
 * touch of a page costs ~12 us (a C program: 6.4 ms for the 512 small pages
 * of 2 MiB; one 2 MiB huge page 0.17 ms when its memory was used before,
 * ~4 ms when the host has to back it). Importing a 5 MB ES module took
 * ~50,000 page faults, about half its time. Within a window, the memory JSC
 * maps (and what it already has) is marked MADV_HUGEPAGE; at the end of the
 * window the marks are taken off, so the pages faulted in later (and so the
 * process's memory once the code is loaded) are as before. The huge pages
 * made inside the window stay: a few MB more RSS for a 5 MB module.
 *
 * Only when the system leaves huge pages to madvise (the Debian default):
 * with "always" they are used anyway, with "never" the advice does nothing.
 *
 * New mappings are seen by defining mmap here: the executable's definition
 * takes the place of libc's for the libraries lode loads (JSC, ICU, ...);
 * it makes the system call itself, as libc's does, and only adds the advice
 * while a window is open. glibc's own mappings (malloc, thread stacks) use
 * libc's internal entry and are not seen. */
#include "runtime.h"

#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <unistd.h>

#define HUGE_PAGE ((size_t)2 << 20)
#define MAX_MARKED 512
/* Sources from 1 Mi characters: the size of big bundles (typescript.js is
 * 9 MB); below, JSC's fresh memory is a few hundred pages at most. */
#define LARGE_SOURCE ((double)(1 << 20))

typedef struct {
  void *addr;
  size_t len;
} range_t;

static atomic_int window_open;     /* read by mmap on any thread */
static int depth;                  /* begin/end nesting (loop thread only) */
static pthread_once_t thp_once = PTHREAD_ONCE_INIT;
static bool thp_madvise;           /* the system's mode is madvise */
static pthread_mutex_t marked_lock = PTHREAD_MUTEX_INITIALIZER;
static range_t marked[MAX_MARKED]; /* ranges to unmark at the end */
static size_t nmarked;

/* Marks [addr, addr+len) for huge pages and remembers it; false when the
 * list is full (the range is then left alone). */
static bool mark(void *addr, size_t len) {
  if (pthread_mutex_lock(&marked_lock) != 0) return false;
  bool ok = nmarked < MAX_MARKED && madvise(addr, len, MADV_HUGEPAGE) == 0;
  if (ok) marked[nmarked++] = (range_t){addr, len};
  pthread_mutex_unlock(&marked_lock);
  return ok;
}

#if defined(SYS_mmap) && (defined(__x86_64__) || defined(__aarch64__))
void *mmap(void *addr, size_t len, int prot, int flags, int fd, off_t off) {
  long r = syscall(SYS_mmap, addr, len, prot, flags, fd, off);
  void *p = (void *)r;
  if (p != MAP_FAILED && atomic_load_explicit(&window_open, memory_order_relaxed) &&
      (flags & MAP_ANONYMOUS) != 0 && (prot & PROT_WRITE) != 0 && len >= HUGE_PAGE)
    (void)mark(p, len); /* a full list only means fewer huge pages */
  return p;
}
#endif

static void read_thp_mode(void) {
  FILE *f = fopen("/sys/kernel/mm/transparent_hugepage/enabled", "r");
  if (f == NULL) return;
  char buf[128];
  thp_madvise = fgets(buf, sizeof buf, f) != NULL && strstr(buf, "[madvise]") != NULL;
  fclose(f);
}

/* The anonymous writable mappings JSC already has (its heaps, the JIT
 * pool). Not thread stacks (a small PROT_NONE guard right below): a thread
 * running in the window would get a 2 MiB stack page for good. */
static void mark_existing(void) {
  FILE *f = fopen("/proc/self/maps", "r");
  if (f == NULL) return;
  char line[512];
  uintptr_t guard_end = 0;
  while (fgets(line, sizeof line, f) != NULL) {
    unsigned long a, b, off, ino;
    char perm[8], dev[16];
    int name_at = 0;
    if (sscanf(line, "%lx-%lx %7s %lx %15s %lu %n", &a, &b, perm, &off, dev, &ino, &name_at) < 6) continue;
    size_t len = (size_t)(b - a);
    bool guarded = guard_end == a;
    guard_end = strcmp(perm, "---p") == 0 && len <= 64 * 1024 ? b : 0;
    bool unnamed = name_at == 0 || line[name_at] == '\0' || line[name_at] == '\n';
    if (ino != 0 || !unnamed || perm[1] != 'w' || perm[3] != 'p' || guarded || len < HUGE_PAGE) continue;
    if (!mark((void *)a, len)) break;
  }
  fclose(f);
}

bool lode_huge_pages_begin(double source_length) {
  if (!(source_length >= LARGE_SOURCE)) return false;
  if (depth++ == 0 && pthread_once(&thp_once, read_thp_mode) == 0 && thp_madvise) {
    atomic_store(&window_open, 1);
    mark_existing();
  }
  return true;
}

void lode_huge_pages_end(void) {
  if (depth == 0 || --depth > 0 || !atomic_load(&window_open)) return;
  atomic_store(&window_open, 0);
  if (pthread_mutex_lock(&marked_lock) != 0) return;
  /* A range JSC has unmapped since fails with ENOMEM, or is some other
   * mapping now: either way it is left as the system would have it. */
  for (size_t i = 0; i < nmarked; i++) (void)madvise(marked[i].addr, marked[i].len, MADV_NOHUGEPAGE);
  nmarked = 0;
  pthread_mutex_unlock(&marked_lock);
}

/* begin(sourceLength) -> boolean */
static LODE_FN(huge_begin) {
  LODE_UNUSED_FN_ARGS;
  return JSValueMakeBoolean(ctx, lode_huge_pages_begin(argc > 0 ? js_num(ctx, argv[0]) : 0));
}

/* end() */
static LODE_FN(huge_end) {
  LODE_UNUSED_FN_ARGS;
  lode_huge_pages_end();
  return JSValueMakeUndefined(ctx);
}

JSObjectRef lode_binding_huge_pages(JSContextRef ctx) {
  JSObjectRef b = JSObjectMake(ctx, NULL, NULL);
  js_set_fn(ctx, b, "begin", huge_begin);
  js_set_fn(ctx, b, "end", huge_end);
  return b;
}
