'use strict';
// fs.watch: FSWatcher over uv_fs_event (inotify).

const EventEmitter = require('events');
const { uvException } = require('internal/errors');

const binding = internalBinding('fs_event');
const kHandle = Symbol('kHandle');

class FSWatcher extends EventEmitter {
  constructor() {
    super();
    this[kHandle] = null;
  }

  start(filename, persistent, recursive, encoding) {
    const h = binding.start(filename, !!recursive, (event, name) => {
      if (typeof event === 'number') {
        const err = uvException({ errno: event, syscall: 'watch', path: filename });
        err.filename = filename;
        this.close();
        this.emit('error', err);
        return;
      }
      if (name !== null && encoding === 'buffer') name = Buffer.from(name);
      this.emit('change', event, name);
    });
    if (typeof h === 'number') {
      const err = uvException({ errno: h, syscall: 'watch', path: filename });
      err.filename = filename;
      throw err;
    }
    this[kHandle] = h;
    if (!persistent) binding.setRef(h, false);
  }

  close() {
    if (this[kHandle] === null) return;
    binding.close(this[kHandle]);
    this[kHandle] = null;
    process.nextTick(() => this.emit('close'));
  }

  ref() {
    if (this[kHandle] !== null) binding.setRef(this[kHandle], true);
    return this;
  }

  unref() {
    if (this[kHandle] !== null) binding.setRef(this[kHandle], false);
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

  start(filename, persistent, interval) {
    const h = pollBinding.start(filename, interval, (status, curr, prev) => {
      // A missing file reads as all-zero stats, as in Node.
      this.emit('change', this._makeStats(curr), this._makeStats(prev));
      void status;
    });
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

module.exports = { FSWatcher, StatWatcher };
