'use strict';
// A Writable over a descriptor, written with fs.writeSync: process.stdout
// and stderr when they are files.

const { Writable } = require('stream');
const fs = require('fs');

function SyncWriteStream(fd, options = {}) {
  if (!(this instanceof SyncWriteStream)) return new SyncWriteStream(fd, options);
  Writable.call(this, { autoDestroy: true });
  this.fd = fd;
  this.readable = false;
  this.autoClose = options.autoClose === undefined ? true : options.autoClose;
}
Object.setPrototypeOf(SyncWriteStream.prototype, Writable.prototype);
Object.setPrototypeOf(SyncWriteStream, Writable);

SyncWriteStream.prototype._write = function(chunk, encoding, cb) {
  try {
    fs.writeSync(this.fd, chunk);
  } catch (err) {
    cb(err);
    return;
  }
  cb();
};

SyncWriteStream.prototype._destroy = function(err, cb) {
  if (this.fd === null) return cb(err);
  if (this.autoClose) fs.closeSync(this.fd);
  this.fd = null;
  cb(err);
};

SyncWriteStream.prototype.destroySoon = SyncWriteStream.prototype.destroy;

module.exports = SyncWriteStream;
