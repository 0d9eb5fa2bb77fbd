'use strict';
// stream.Duplex: a Readable that also carries Writable's state and methods.

const Readable = require('internal/streams/readable');
const Writable = require('internal/streams/writable');
const { Stream } = require('internal/streams/legacy');
const destroyImpl = require('internal/streams/destroy');

function Duplex(options) {
  if (!(this instanceof Duplex)) return new Duplex(options);
  this._events ??= {
    close: undefined, error: undefined, prefinish: undefined, finish: undefined, drain: undefined,
    data: undefined, end: undefined, readable: undefined,
  };
  Readable.call(this, options);
  Writable.call(this, options);
  if (options) {
    this.allowHalfOpen = options.allowHalfOpen !== false;
    if (options.readable === false) {
      this._readableState.readable = false;
      this._readableState.ended = true;
      this._readableState.endEmitted = true;
    }
    if (options.writable === false) {
      this._writableState.writable = false;
      this._writableState.ending = true;
      this._writableState.ended = true;
      this._writableState.finished = true;
    }
  } else {
    this.allowHalfOpen = true;
  }
  Stream.call(this, options);
  if (options && options.signal) require('internal/streams/add-abort-signal')(options.signal, this);
  destroyImpl.construct(this, () => {
    Readable._onConstructed(this);
    Writable._onConstructed(this);
  });
}
Object.setPrototypeOf(Duplex.prototype, Readable.prototype);
Object.setPrototypeOf(Duplex, Readable);

// Writable's methods and getters, except those Readable already defines (pipe).
const skip = new Set(['constructor', 'destroy', '_destroy', '_undestroy', 'pipe']);
for (const key of Object.getOwnPropertyNames(Writable.prototype)) {
  if (skip.has(key)) continue;
  const d = Object.getOwnPropertyDescriptor(Writable.prototype, key);
  Object.defineProperty(Duplex.prototype, key, d);
}

function bothStates(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (!r || !w) return null;
  return [r, w];
}

Object.defineProperties(Duplex.prototype, {
  destroyed: {
    configurable: true,
    get() {
      const s = bothStates(this);
      return s ? s[0].destroyed && s[1].destroyed : false;
    },
    set(v) {
      if (this._readableState && this._writableState) {
        this._readableState.destroyed = v;
        this._writableState.destroyed = v;
      }
    },
  },
  closed: {
    configurable: true,
    get() {
      const s = bothStates(this);
      return s ? s[0].closed && s[1].closed : false;
    },
  },
  errored: {
    configurable: true,
    get() {
      return (this._readableState && this._readableState.errored) ||
        (this._writableState && this._writableState.errored) || null;
    },
  },
});

Duplex.prototype.destroy = Writable.prototype.destroy;
Duplex.prototype._destroy = function(err, cb) { cb(err); };
Duplex.prototype._undestroy = function() {
  Readable.prototype._undestroy.call(this);
  Writable.prototype._undestroy.call(this);
};

let duplexify;
let webAdapter;
Duplex.fromWeb = function fromWeb(pair, options) {
  webAdapter ??= require('internal/streams/utils').webAdapter;
  return webAdapter('newStreamDuplexFromReadableWritablePair')(pair, options);
};
Duplex.toWeb = function toWeb(duplex) {
  webAdapter ??= require('internal/streams/utils').webAdapter;
  return webAdapter('newReadableWritablePairFromDuplex')(duplex);
};
Duplex.from = function from(body) {
  duplexify ??= require('internal/streams/duplexify').duplexify;
  return duplexify(body, 'body');
};

module.exports = Duplex;
