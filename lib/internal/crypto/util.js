'use strict';
// Helpers shared by the crypto modules.

const hashBinding = internalBinding('crypto_hash');
const { nativeError } = require('internal/errors');

// A Uint8Array over the bytes of an ArrayBuffer, SharedArrayBuffer or
// DataView, for the bindings (which read typed arrays only). A detached
// buffer gives an empty array, as its bytes read in Node.
function bytesOf(v) {
  try {
    if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
    return new Uint8Array(v);
  } catch {
    return new Uint8Array(0);
  }
}

// Digest names → the binding's ids, so that each call passes a number (the
// lookup in OpenSSL's tables is done once per name). -1: unknown name;
// -2: known to OpenSSL but implemented by no provider (hashBinding.unsupported
// throws the error Node reports for it).
const digestIds = new Map();
function digestId(name) {
  let id = digestIds.get(name);
  if (id === undefined) {
    id = hashBinding.digestId(name);
    if (digestIds.size >= 1024) digestIds.clear(); // names are user input
    digestIds.set(name, id);
  }
  return id;
}

const invalidDigest = (name) => nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid digest: ${name}`);

module.exports = { bytesOf, digestId, nativeError, invalidDigest };
