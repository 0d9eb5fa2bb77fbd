'use strict';
// CryptoKey, and the helpers every Web Crypto algorithm shares: DOMException
// errors, key usages, hash names. A CryptoKey wraps a node:crypto KeyObject
// (secret, public or private); its state lives in a WeakMap so that the
// object itself has no own properties, as in Node.

const {
  codes: { ERR_ILLEGAL_CONSTRUCTOR, ERR_INVALID_THIS },
} = require('internal/errors');
const { DOMException } = require('internal/dom_exception');

const kInspect = Symbol.for('nodejs.util.inspect.custom');
const states = new WeakMap();

function stateOf(key) {
  const s = states.get(key);
  if (s === undefined) throw new ERR_INVALID_THIS('CryptoKey');
  return s;
}

class CryptoKey {
  constructor() {
    throw new ERR_ILLEGAL_CONSTRUCTOR();
  }

  get type() {
    return stateOf(this).type;
  }

  get extractable() {
    return stateOf(this).extractable;
  }

  get algorithm() {
    return stateOf(this).algorithm;
  }

  get usages() {
    return stateOf(this).usages;
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    const s = stateOf(this);
    const shown = { type: s.type, extractable: s.extractable, algorithm: s.algorithm, usages: s.usages };
    return `CryptoKey ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  Object.defineProperty(CryptoKey.prototype, name, { enumerable: true });
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, { value: 'CryptoKey', configurable: true });

function isCryptoKey(value) {
  return states.has(value);
}

// A copy of the algorithm as the operations read it, immune to changes
// made by user code to the object that `key.algorithm` returns.
function internalAlgorithm(algorithm) {
  const alg = { ...algorithm };
  if (alg.hash !== undefined) alg.hash = alg.hash.name;
  if (alg.publicExponent !== undefined) alg.publicExponent = alg.publicExponent.slice();
  return Object.freeze(alg);
}

// `algorithm` is the object `key.algorithm` returns (a key pair shares
// one); `usages` an array without duplicates.
function createCryptoKey(type, extractable, algorithm, usages, keyObject, alg = internalAlgorithm(algorithm)) {
  const key = Object.create(CryptoKey.prototype);
  states.set(key, {
    type, extractable, algorithm, usages, keyObject, alg, usageSet: new Set(usages),
  });
  return key;
}

// The operations' view of a key: { type, extractable, alg, usageSet,
// keyObject }.
function keyState(key) {
  return stateOf(key);
}

// For KeyObject.from(): the KeyObject behind a CryptoKey.
function getKeyObject(key) {
  return stateOf(key).keyObject;
}

// ---- errors ----

function domError(name, message, cause) {
  return new DOMException(message, cause === undefined ? name : { name, cause });
}

function operationError(cause) {
  return domError('OperationError', 'The operation failed for an operation-specific reason', cause);
}

// ---- usages ----

function dedupe(usages) {
  return [...new Set(usages)];
}

function checkUsages(usages, allowed, article, what) {
  for (const u of usages) {
    if (!allowed.includes(u)) throw domError('SyntaxError', `Unsupported key usage for ${article} ${what} key`);
  }
}

// The usages of a generated key pair's half, in the order `allowed` lists them.
function usagesIn(usages, allowed) {
  return allowed.filter((u) => usages.includes(u));
}

// ---- hashes ----

const kHashes = {
  'SHA-1': { node: 'sha1', bits: 160, block: 512 },
  'SHA-256': { node: 'sha256', bits: 256, block: 512 },
  'SHA-384': { node: 'sha384', bits: 384, block: 1024 },
  'SHA-512': { node: 'sha512', bits: 512, block: 1024 },
};

function nodeHash(name) {
  return kHashes[name].node;
}

function hashBits(name) {
  return kHashes[name].bits;
}

function hashBlockBits(name) {
  return kHashes[name].block;
}

// A fresh ArrayBuffer holding `bytes`.
function toArrayBuffer(bytes) {
  const out = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(out).set(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  return out;
}


// ---- JWK checks shared by every algorithm's import ----

// The members every JWK import checks, in Node's order: kty, (crv, for
// the asymmetric algorithms, which check it and the usages next), use,
// key_ops, ext.
function checkJwkKty(jwk, kty) {
  if (jwk.kty === undefined) throw domError('DataError', 'Invalid keyData');
  if (jwk.kty !== kty) throw domError('DataError', 'Invalid JWK "kty" Parameter');
}

// `use`: the value the algorithm wants, undefined if it ignores the member.
function checkJwkMembers(jwk, { use, usages, extractable }) {
  if (use !== undefined && usages.length > 0 && jwk.use !== undefined && jwk.use !== use) {
    throw domError('DataError', 'Invalid JWK "use" Parameter');
  }
  if (jwk.key_ops !== undefined) {
    if (new Set(jwk.key_ops).size !== jwk.key_ops.length) throw domError('DataError', 'Duplicate key operation');
    for (const u of usages) {
      if (!jwk.key_ops.includes(u)) throw domError('DataError', 'Key operations and usage mismatch');
    }
  }
  if (jwk.ext === false && extractable) {
    throw domError('DataError', 'JWK "ext" Parameter and extractable mismatch');
  }
}

function checkJwk(jwk, { kty, use, usages, extractable }) {
  checkJwkKty(jwk, kty);
  checkJwkMembers(jwk, { use, usages, extractable });
}

function algMismatch() {
  return domError('DataError', 'JWK "alg" does not match the requested algorithm');
}

module.exports = {
  CryptoKey,
  algMismatch,
  checkJwk,
  checkJwkKty,
  checkJwkMembers,
  checkUsages,
  createCryptoKey,
  dedupe,
  domError,
  getKeyObject,
  hashBits,
  hashBlockBits,
  isCryptoKey,
  keyState,
  nodeHash,
  operationError,
  toArrayBuffer,
  usagesIn,
};
