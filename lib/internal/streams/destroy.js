'use strict';
// destroy()/errorOrDestroy() shared by Readable, Writable and Duplex.

const { codes: { ERR_MULTIPLE_CALLBACK } } = require('internal/errors');

const kConstructed = Symbol('kConstructed');

function recordError(err, w, r) {
  if (!err) return;
  if (w && !w.errored) w.errored = err;
  if (r && !r.errored) r.errored = err;
}

function destroy(err, cb) {
  const r = this._readableState;
  const w = this._writableState;
  const s = w || r;
  if ((w && w.destroyed) || (r && r.destroyed)) {
    if (typeof cb === 'function') cb();
    return this;
  }
  recordError(err, w, r);
  if (w) w.destroyed = true;
  if (r) r.destroyed = true;
  if (!s.constructed) {
    this.once(kConstructed, function(er) { runDestroy(this, err || er, cb); });
  } else {
    runDestroy(this, err, cb);
  }
  return this;
}

function runDestroy(self, err, cb) {
  let called = false;
  function onDestroy(er) {
    if (called) {
      errorOrDestroy(self, new ERR_MULTIPLE_CALLBACK());
      return;
    }
    called = true;
    const r = self._readableState;
    const w = self._writableState;
    recordError(er, w, r);
    if (w) w.closed = true;
    if (r) r.closed = true;
    if (typeof cb === 'function') cb(er);
    if (er) process.nextTick(emitErrorCloseNT, self, er);
    else process.nextTick(emitCloseNT, self);
  }
  try {
    self._destroy(err || null, onDestroy);
  } catch (e) {
    onDestroy(e);
  }
}

function emitErrorCloseNT(self, err) {
  emitErrorNT(self, err);
  emitCloseNT(self);
}

function emitCloseNT(self) {
  const r = self._readableState;
  const w = self._writableState;
  if (w) w.closeEmitted = true;
  if (r) r.closeEmitted = true;
  if ((w && w.emitClose) || (r && r.emitClose)) self.emit('close');
}

function emitErrorNT(self, err) {
  const r = self._readableState;
  const w = self._writableState;
  if ((w && w.errorEmitted) || (r && r.errorEmitted)) return;
  if (w) w.errorEmitted = true;
  if (r) r.errorEmitted = true;
  self.emit('error', err);
}

function errorOrDestroy(stream, err, sync) {
  const r = stream._readableState;
  const w = stream._writableState;
  if ((w && w.destroyed) || (r && r.destroyed)) return;
  if ((r && r.autoDestroy) || (w && w.autoDestroy)) {
    stream.destroy(err);
  } else if (err) {
    recordError(err, w, r);
    if (sync) process.nextTick(emitErrorNT, stream, err);
    else emitErrorNT(stream, err);
  }
}

// Runs options.construct before any _read/_write/_final.
function construct(stream, cb) {
  if (typeof stream._construct !== 'function') return;
  const r = stream._readableState;
  const w = stream._writableState;
  if (r) r.constructed = false;
  if (w) w.constructed = false;
  stream.once(kConstructed, cb);
  process.nextTick(() => {
    let called = false;
    function done(err) {
      if (called) {
        errorOrDestroy(stream, err ?? new ERR_MULTIPLE_CALLBACK());
        return;
      }
      called = true;
      if (r) r.constructed = true;
      if (w) w.constructed = true;
      recordError(err, w, r);
      if ((r && r.destroyed) || (w && w.destroyed)) stream.emit(kConstructed, err);
      else if (err) errorOrDestroy(stream, err, true);
      else stream.emit(kConstructed);
    }
    try {
      stream._construct((err) => process.nextTick(done, err));
    } catch (err) {
      process.nextTick(done, err);
    }
  });
}

module.exports = { destroy, errorOrDestroy, construct, kConstructed };
