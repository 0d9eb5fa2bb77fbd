'use strict';
// ByteLengthQueuingStrategy and CountQueuingStrategy.

const {
  codes: { ERR_INVALID_THIS, ERR_MISSING_OPTION },
} = require('internal/errors');
const { validateObject } = require('internal/validators');
const { kInspect } = require('internal/webstreams/util');

// One size function per class, shared by every instance (as the spec asks).
const byteLengthSize = { size(chunk) { return chunk.byteLength; } }.size;
const countSize = { size() { return 1; } }.size;

function readInit(init) {
  validateObject(init, 'init');
  const hwm = init.highWaterMark;
  if (hwm === undefined) throw new ERR_MISSING_OPTION('init.highWaterMark');
  return +hwm;
}

function inspectStrategy(self, name, depth, options, inspect) {
  if (depth < 0) return self;
  return `${name} ${inspect({ highWaterMark: self.highWaterMark }, options)}`;
}

let isByteLength;

class ByteLengthQueuingStrategy {
  #hwm;

  static {
    isByteLength = (v) => v !== null && typeof v === 'object' && #hwm in v;
  }

  constructor(init) {
    this.#hwm = readInit(init);
  }

  get highWaterMark() {
    if (!isByteLength(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return this.#hwm;
  }

  get size() {
    if (!isByteLength(this)) throw new ERR_INVALID_THIS('ByteLengthQueuingStrategy');
    return byteLengthSize;
  }

  [kInspect](depth, options, inspect) {
    return inspectStrategy(this, 'ByteLengthQueuingStrategy', depth, options, inspect);
  }
}

let isCount;

class CountQueuingStrategy {
  #hwm;

  static {
    isCount = (v) => v !== null && typeof v === 'object' && #hwm in v;
  }

  constructor(init) {
    this.#hwm = readInit(init);
  }

  get highWaterMark() {
    if (!isCount(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return this.#hwm;
  }

  get size() {
    if (!isCount(this)) throw new ERR_INVALID_THIS('CountQueuingStrategy');
    return countSize;
  }

  [kInspect](depth, options, inspect) {
    return inspectStrategy(this, 'CountQueuingStrategy', depth, options, inspect);
  }
}

for (const cls of [ByteLengthQueuingStrategy, CountQueuingStrategy]) {
  for (const name of ['highWaterMark', 'size']) {
    Object.defineProperty(cls.prototype, name, { enumerable: true });
  }
  Object.defineProperty(cls.prototype, kInspect, { enumerable: false });
  Object.defineProperty(cls.prototype, Symbol.toStringTag, {
    value: cls.name, writable: false, enumerable: false, configurable: true,
  });
}

module.exports = { ByteLengthQueuingStrategy, CountQueuingStrategy };
