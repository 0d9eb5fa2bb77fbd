'use strict';
// stream.duplexPair([options]): two Duplexes, what is written to one is read
// from the other. A write completes when the other side asks for more data.

const Duplex = require('internal/streams/duplex');

let connect;

class DuplexSide extends Duplex {
  #other = null;
  #writeCallback = null; // the other side's pending write

  static {
    connect = (a, b) => {
      a.#other = b;
      b.#other = a;
    };
  }

  _read() {
    const cb = this.#writeCallback;
    if (cb) {
      this.#writeCallback = null;
      cb();
    }
  }

  _write(chunk, encoding, callback) {
    if (chunk.length === 0) {
      // Nothing to hand over: pushing '' would not wake the reader.
      process.nextTick(callback);
      return;
    }
    const other = this.#other;
    other.push(chunk);
    other.#writeCallback = callback;
  }

  _final(callback) {
    const other = this.#other;
    other.on('end', callback);
    other.push(null);
  }
}

function duplexPair(options) {
  const a = new DuplexSide(options);
  const b = new DuplexSide(options);
  connect(a, b);
  return [a, b];
}

module.exports = duplexPair;
