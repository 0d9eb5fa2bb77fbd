/* Buffers about to be written in full, with their pages made present at
 * once: see lode_malloc_filled in runtime.h. */
#include "runtime.h"

#include <stdint.h>
#include <sys/mman.h>
#include <unistd.h>

#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23 /* Linux 5.14 */
#endif

/* Below this, a buffer comes from malloc's heap, mostly from pages already
 * present; above it, from fresh mappings. */
#define PREFAULT_MIN ((size_t)256 * 1024)

static void prefault(void *p, size_t n) {
  if (p == NULL || n < PREFAULT_MIN) return;
  long sz = sysconf(_SC_PAGESIZE); /* asked each time: worker threads call this too */
  size_t page = sz > 0 ? (size_t)sz : 4096;
  uintptr_t start = ((uintptr_t)p + page - 1) & ~(uintptr_t)(page - 1);
  uintptr_t end = ((uintptr_t)p + n) & ~(uintptr_t)(page - 1);
  /* Kernels without it (EINVAL) fault the pages one by one as before. */
  if (end > start) (void)madvise((void *)start, end - start, MADV_POPULATE_WRITE);
}

void *lode_malloc_filled(size_t n) {
  void *p = malloc(n);
  prefault(p, n);
  return p;
}
