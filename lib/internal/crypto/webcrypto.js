'use strict';
// The Web Crypto object: globalThis.crypto and require('crypto').webcrypto.
// `subtle` (webcrypto_subtle.js) is loaded on first use.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { fillRandomValues, uuidFromCache } = require('internal/crypto/random');

let instance;

function checkThis(self) {
  if (self !== instance) throw new ERR_INVALID_THIS('Crypto');
}

class Crypto {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get subtle() {
    checkThis(this);
    return require('internal/crypto/webcrypto_subtle').subtle;
  }

  getRandomValues(array) {
    checkThis(this);
    if (arguments.length < 1) {
      const err = new TypeError("Failed to execute 'getRandomValues' on 'Crypto': " +
        `1 argument required, but only ${arguments.length} present.`);
      err.code = 'ERR_MISSING_ARGS';
      throw err;
    }
    return fillRandomValues(array);
  }

  randomUUID() {
    checkThis(this);
    return uuidFromCache();
  }
}

// WebIDL members are enumerable; the class tag reads [object Crypto].
for (const name of ['subtle', 'getRandomValues', 'randomUUID']) {
  Object.defineProperty(Crypto.prototype, name, { enumerable: true });
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, { value: 'Crypto', configurable: true });

instance = Object.create(Crypto.prototype);

module.exports = { Crypto, crypto: instance };
