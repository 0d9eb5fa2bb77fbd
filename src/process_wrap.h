/* What child_process.spawn (process_wrap.c) and spawnSync (spawn_sync.c)
 * share: reading the spawn options object JS builds into libuv's options. */
#ifndef LODE_PROCESS_WRAP_H
#define LODE_PROCESS_WRAP_H

#include "runtime.h"

typedef struct {
  uv_process_options_t o; /* file, args, env, cwd, flags, uid, gid; stdio is the caller's */
} lode_spawn_options;

/* Returned by lode_spawn_options_read when reading a value threw. */
#define LODE_SPAWN_THREW 1

/* Reads { file, args, envPairs, cwd, uid, gid, detached } from `options`.
 * Returns 0, a negative errno for a malformed object (UV_EINVAL, UV_E2BIG),
 * or LODE_SPAWN_THREW with *exc set. lode_spawn_options_free releases what
 * it allocated in every case. */
int lode_spawn_options_read(JSContextRef ctx, JSObjectRef options, lode_spawn_options *so,
                            JSValueRef *exc);
void lode_spawn_options_free(lode_spawn_options *so);

#endif
