'use strict';
// fs.watch: FSWatcher over uv_fs_event (inotify); fs.watchFile: StatWatcher
// over uv_fs_poll; fs.promises.watch: an async generator over FSWatcher.

const EventEmitter = require('events');
const pathModule = require('path');
const {
  AbortError, uvException, codes: { ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateObject, validateBoolean, validateAbortSignal } = require('internal/validators');

const binding = internalBinding('fs_event');
const kHandle = Symbol('kHandle');

const kSubs = Symbol('kSubs');

function encodeFilename(name, encoding) {
  if (name === null || !encoding || encoding === 'utf8' || encoding === 'utf-8') return name;
  const bytes = Buffer.from(name, 'utf8');
  return encoding === 'buffer' ? bytes : bytes.toString(encoding);
}

function lazyFs() { return require('fs'); }
function isDirectory(p) {
  try {
    return lazyFs().lstatSync(p).isDirectory();
  } catch {
    return false;
  }
}

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandle] = null;
    this[kSubs] = null; // recursive on Linux: relative directory → handle
  }

  start(filename, persistent, recursive, encoding) {
    // inotify watches one directory: a recursive watch is one handle per
    // directory of the tree, added and dropped as directories come and go.
    const tree = !!recursive && process.platform === 'linux' && isDirectory(filename);
    const h = binding.start(filename, !!recursive && !tree, (event, name) => {
      if (typeof event === 'number') {
        const err = uvException({ errno: event, syscall: 'watch', path: filename });
        err.filename = filename;
        this.close();
        this.emit('error', err);
        return;
      }
      if (tree && event === 'rename' && name !== null) this.#rescan(filename, name);
      this.emit('change', event, encodeFilename(name, encoding));
    });
    if (typeof h === 'number') {
      const err = uvException({ errno: h, syscall: 'watch', path: filename });
      err.filename = filename;
      throw err;
    }
    this[kHandle] = h;
    this._encoding = encoding;
    if (!persistent) binding.setRef(h, false);
    if (tree) {
      this[kSubs] = new Map();
      this._persistent = persistent;
      this.#watchTree(filename, '');
    }
  }

  // Watches every directory under root/rel (rel itself when it is not '').
  #watchTree(root, rel) {
    const fs = lazyFs();
    const dirs = rel === '' ? [] : [rel];
    try {
      for (const d of fs.readdirSync(pathModule.join(root, rel), { withFileTypes: true, recursive: true })) {
        if (d.isDirectory()) dirs.push(pathModule.relative(root, pathModule.join(d.parentPath, d.name)));
      }
    } catch {
      // vanished meanwhile: its parent reports it
    }
    for (const d of dirs) this.#watchDir(root, d);
  }

  #watchDir(root, rel) {
    if (this[kSubs] === null || this[kSubs].has(rel)) return;
    const abs = pathModule.join(root, rel);
    const base = pathModule.basename(abs);
    const h = binding.start(abs, false, (event, name) => {
      if (typeof event === 'number' || name === null || this[kSubs] === null) return;
      // libuv names the watched directory itself by its base name: events
      // about the directory come from its parent's watch.
      if (name === base && !isDirectory(abs)) return;
      const childRel = pathModule.join(rel, name);
      if (event === 'rename') this.#rescan(root, childRel);
      this.emit('change', event, encodeFilename(childRel, this._encoding));
    });
    if (typeof h === 'number') return;
    if (!this._persistent) binding.setRef(h, false);
    this[kSubs].set(rel, h);
  }

  // After a rename of root/rel: watch it if it is a new directory, drop the
  // watches under it if it is gone.
  #rescan(root, rel) {
    const abs = pathModule.join(root, rel);
    if (isDirectory(abs)) {
      if (!this[kSubs].has(rel)) this.#watchTree(root, rel);
      return;
    }
    const prefix = rel + pathModule.sep;
    for (const [key, h] of this[kSubs]) {
      if (key === rel || key.startsWith(prefix)) {
        binding.close(h);
        this[kSubs].delete(key);
      }
    }
  }

  close() {
    if (this[kHandle] === null) return;
    binding.close(this[kHandle]);
    this[kHandle] = null;
    if (this[kSubs] !== null) {
      for (const h of this[kSubs].values()) binding.close(h);
      this[kSubs] = null;
    }
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kHandle] !== null) binding.setRef(this[kHandle], true);
    if (this[kSubs] !== null) for (const h of this[kSubs].values()) binding.setRef(h, true);
    this._persistent = true;
    return this;
  }

  unref() {
    if (this[kHandle] !== null) binding.setRef(this[kHandle], false);
    if (this[kSubs] !== null) for (const h of this[kSubs].values()) binding.setRef(h, false);
    this._persistent = false;
    return this;
  }
}

// fs.watchFile's StatWatcher over uv_fs_poll: 'change' (curr, prev) Stats.
const pollBinding = internalBinding('fs_poll');

class StatWatcher extends EventEmitter {
  constructor(makeStats) {
    super();
    this[kHandle] = null;
    this._makeStats = makeStats;
  }

  start(filename, persistent, interval, bigint = false) {
    const h = pollBinding.start(filename, interval, (status, curr, prev) => {
      // A missing file reads as all-zero stats, as in Node.
      this.emit('change', this._makeStats(curr), this._makeStats(prev));
      void status;
    }, bigint);
    if (typeof h === 'number') throw uvException({ errno: h, syscall: 'watch', path: filename });
    this[kHandle] = h;
    if (!persistent) pollBinding.setRef(h, false);
  }

  stop() {
    if (this[kHandle] === null) return;
    pollBinding.close(this[kHandle]);
    this[kHandle] = null;
    process.nextTick(() => this.emit('stop'));
  }

  ref() {
    if (this[kHandle] !== null) pollBinding.setRef(this[kHandle], true);
    return this;
  }

  unref() {
    if (this[kHandle] !== null) pollBinding.setRef(this[kHandle], false);
    return this;
  }
}

// fs.promises.watch: an async generator of { eventType, filename } over an
// FSWatcher. Events that arrive while nobody awaits are queued (up to
// kMaxQueue; Node 20 drops them), the watcher closes when the loop ends.
const kMaxQueue = 2048;

async function* watch(filename, options = {}) {
  const { getPath } = require('internal/fs/shared');
  filename = getPath(filename);
  if (typeof options === 'string') options = { encoding: options };
  validateObject(options, 'options');
  const { persistent = true, recursive = false, encoding = 'utf8', signal } = options;
  validateBoolean(persistent, 'options.persistent');
  validateBoolean(recursive, 'options.recursive');
  validateAbortSignal(signal, 'options.signal');
  // Node 20 checks with Buffer.isEncoding ('buffer' is refused) and names the
  // arguments the other way round; its text is kept.
  if (encoding && !Buffer.isEncoding(encoding)) {
    throw new ERR_INVALID_ARG_VALUE(encoding, 'encoding', 'is invalid encoding');
  }
  if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });

  const queue = [];
  let failure = null;
  let wake = null;
  const notify = () => {
    if (wake !== null) {
      const w = wake;
      wake = null;
      w();
    }
  };
  const watcher = new FSWatcher();
  watcher.start(filename, persistent, recursive, 'utf8');
  watcher.on('change', (eventType, name) => {
    if (queue.length >= kMaxQueue) return;
    if (name !== null && encoding !== 'utf8' && encoding !== 'utf-8') {
      name = Buffer.from(name, 'utf8').toString(encoding);
    }
    queue.push({ eventType, filename: name });
    notify();
  });
  watcher.on('error', (err) => {
    failure = err;
    notify();
  });
  const onAbort = () => notify();
  signal?.addEventListener('abort', onAbort, { once: true });
  try {
    for (;;) {
      if (queue.length > 0) {
        yield queue.shift();
        continue;
      }
      if (failure !== null) throw failure;
      if (signal?.aborted) throw new AbortError(undefined, { cause: signal.reason });
      await new Promise((resolve) => { wake = resolve; });
    }
  } finally {
    signal?.removeEventListener('abort', onAbort);
    watcher.close();
  }
}

module.exports = { FSWatcher, StatWatcher, watchAsync: watch };
