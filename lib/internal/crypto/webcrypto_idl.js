'use strict';
// Web Crypto's WebIDL layer: the conversion of SubtleCrypto's arguments
// (BufferSource, KeyFormat, sequence<KeyUsage>, JsonWebKey, CryptoKey) and
// the "normalize an algorithm" procedure with its per-operation registry of
// algorithms and parameter dictionaries. Errors read as Node's.

const { DOMException } = require('internal/dom_exception');
const { isAnyArrayBuffer } = require('internal/buffer');
const { nativeError } = require('internal/crypto/util');
const { isCryptoKey } = require('internal/crypto/webcrypto_key');

const ordinals = ['1st', '2nd', '3rd', '4th', '5th', '6th', '7th'];

// The context a conversion error names: "Failed to execute 'digest' on
// 'SubtleCrypto': 2nd argument" or "Failed to normalize algorithm: 'iv' of
// 'AesGcmParams' (passed algorithm)".
function argContext(method, index) {
  return { prefix: `Failed to execute '${method}' on 'SubtleCrypto': `, what: `${ordinals[index]} argument` };
}

function typeError(code, ctx, text) {
  return nativeError(TypeError, code, `${ctx.prefix}${ctx.what} ${text}`);
}

function checkArgs(method, required, given) {
  if (given < required) {
    throw nativeError(TypeError, 'ERR_MISSING_ARGS', `Failed to execute '${method}' on 'SubtleCrypto': ` +
      `${required} arguments required, but only ${given} present.`);
  }
}

// BufferSource: a copy of the bytes, so that later changes by the caller
// do not reach an operation in progress. SharedArrayBuffers are refused.
function toBufferSource(value, ctx) {
  if (ArrayBuffer.isView(value)) {
    if (typeof SharedArrayBuffer === 'function' && value.buffer instanceof SharedArrayBuffer) {
      throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is a view on a SharedArrayBuffer, which is not allowed.');
    }
    // (Copying through the constructor is JavaScriptCore's fast path.)
    return new Uint8Array(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  }
  if (isAnyArrayBuffer(value) && !(typeof SharedArrayBuffer === 'function' && value instanceof SharedArrayBuffer)) {
    return new Uint8Array(new Uint8Array(value));
  }
  throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
}

function toDOMString(value, ctx) {
  if (typeof value === 'symbol') {
    throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is a Symbol and cannot be converted to a string.');
  }
  return `${value}`;
}

function toEnum(value, ctx, type, values) {
  const s = toDOMString(value, ctx);
  if (!values.includes(s)) {
    throw typeError('ERR_INVALID_ARG_VALUE', ctx, `value '${s}' is not a valid enum value of type ${type}.`);
  }
  return s;
}

const kKeyFormats = ['raw', 'pkcs8', 'spki', 'jwk'];
const kKeyUsages = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey', 'unwrapKey'];

function toKeyFormat(value, method, index) {
  return toEnum(value, argContext(method, index), 'KeyFormat', kKeyFormats);
}

function toSequence(value, ctx, convertItem) {
  if (value === null || typeof value !== 'object' || typeof value[Symbol.iterator] !== 'function') {
    throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'can not be converted to sequence.');
  }
  const out = [];
  let i = 0;
  for (const item of value) {
    out.push(convertItem(item, { prefix: ctx.prefix, what: `${ctx.what}, index ${i}` }));
    i++;
  }
  return out;
}

function toKeyUsages(value, method, index) {
  return toSequence(value, argContext(method, index),
    (item, ctx) => toEnum(item, ctx, 'KeyUsage', kKeyUsages));
}

function toCryptoKey(value, ctx) {
  if (!isCryptoKey(value)) throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is not of type CryptoKey.');
  return value;
}

// [EnforceRange] integers.
function toEnforcedInt(value, ctx, max) {
  if (typeof value === 'bigint') {
    throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is a BigInt and cannot be converted to a number.');
  }
  if (typeof value === 'symbol') {
    throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is a Symbol and cannot be converted to a number.');
  }
  let n = Number(value);
  if (!Number.isFinite(n)) throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is not a finite number.');
  n = Math.trunc(n);
  if (n < 0 || n > max) {
    throw typeError('ERR_OUT_OF_RANGE', ctx, `is outside the expected range of 0 to ${max}.`);
  }
  return n === 0 ? 0 : n; // no -0
}

// ---- JsonWebKey ----

const kJwkStrings = ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'k', 'kty', 'n', 'p', 'q', 'qi', 'use', 'x', 'y'];

function memberContext(ctx, key, dict) {
  return { prefix: ctx.prefix, what: `'${key}' of '${dict}' (${ctx.what})` };
}

function toDictionaryObject(value, ctx) {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'object' && typeof value !== 'function') {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE',
      `${ctx.prefix}${ctx.what} can not be converted to a dictionary`);
  }
  return value;
}

function toJsonWebKey(value, method, index) {
  const ctx = argContext(method, index);
  const obj = toDictionaryObject(value, ctx);
  const jwk = {};
  if (obj === null) return jwk;
  // Members in WebIDL's (lexicographic) order, each read once.
  for (const key of ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'ext', 'k', 'key_ops', 'kty', 'n', 'oth',
    'p', 'q', 'qi', 'use', 'x', 'y']) {
    const v = obj[key];
    if (v === undefined) continue;
    const mctx = memberContext(ctx, key, 'JsonWebKey');
    if (key === 'ext') jwk.ext = !!v;
    else if (key === 'key_ops') jwk.key_ops = toSequence(v, mctx, toDOMString);
    else if (key === 'oth') jwk.oth = toSequence(v, mctx, (item) => item);
    else if (kJwkStrings.includes(key)) jwk[key] = toDOMString(v, mctx);
  }
  return jwk;
}

// ---- algorithm normalization ----

// Parameter dictionaries: member name → [type, required].
const kDictionaries = {
  RsaHashedKeyGenParams: {
    hash: ['hash', true], modulusLength: ['ulong', true], publicExponent: ['BigInteger', true],
  },
  RsaHashedImportParams: { hash: ['hash', true] },
  RsaPssParams: { saltLength: ['ulong', true] },
  RsaOaepParams: { label: ['BufferSource', false] },
  EcKeyGenParams: { namedCurve: ['DOMString', true] },
  EcKeyImportParams: { namedCurve: ['DOMString', true] },
  EcdsaParams: { hash: ['hash', true] },
  EcdhKeyDeriveParams: { public: ['CryptoKey', true] },
  AesKeyGenParams: { length: ['ushort', true] },
  AesDerivedKeyParams: { length: ['ushort', true] },
  AesCbcParams: { iv: ['BufferSource', true] },
  AesCtrParams: { counter: ['BufferSource', true], length: ['octet', true] },
  AesGcmParams: {
    additionalData: ['BufferSource', false], iv: ['BufferSource', true], tagLength: ['octet', false],
  },
  HmacKeyGenParams: { hash: ['hash', true], length: ['ulong', false] },
  HmacImportParams: { hash: ['hash', true], length: ['ulong', false] },
  HkdfParams: { hash: ['hash', true], info: ['BufferSource', true], salt: ['BufferSource', true] },
  Pbkdf2Params: { hash: ['hash', true], iterations: ['ulong', true], salt: ['BufferSource', true] },
  Ed448Params: { context: ['BufferSource', false] },
};

const kRsa = ['RSASSA-PKCS1-v1_5', 'RSA-PSS', 'RSA-OAEP'];
const kAes = ['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'];
const kOkp = ['Ed25519', 'Ed448', 'X25519', 'X448'];

function registry(entries) {
  const map = new Map();
  for (const [names, dict] of entries) {
    for (const name of names) map.set(name.toUpperCase(), [name, dict]);
  }
  return map;
}

// The algorithms each operation knows, by upper-cased name: [name, params].
const kRegistry = {
  'digest': registry([[['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'], null]]),
  'generateKey': registry([
    [kRsa, 'RsaHashedKeyGenParams'], [['ECDSA', 'ECDH'], 'EcKeyGenParams'],
    [['HMAC'], 'HmacKeyGenParams'], [kAes, 'AesKeyGenParams'], [kOkp, null],
  ]),
  'sign': registry([
    [['RSASSA-PKCS1-v1_5', 'HMAC', 'Ed25519'], null], [['RSA-PSS'], 'RsaPssParams'],
    [['ECDSA'], 'EcdsaParams'], [['Ed448'], 'Ed448Params'],
  ]),
  'importKey': registry([
    [kRsa, 'RsaHashedImportParams'], [['ECDSA', 'ECDH'], 'EcKeyImportParams'],
    [['HMAC'], 'HmacImportParams'], [[...kAes, 'PBKDF2', 'HKDF', ...kOkp], null],
  ]),
  'encrypt': registry([
    [['RSA-OAEP'], 'RsaOaepParams'], [['AES-CTR'], 'AesCtrParams'], [['AES-CBC'], 'AesCbcParams'],
    [['AES-GCM'], 'AesGcmParams'],
  ]),
  'deriveBits': registry([
    [['ECDH', 'X25519', 'X448'], 'EcdhKeyDeriveParams'], [['HKDF'], 'HkdfParams'], [['PBKDF2'], 'Pbkdf2Params'],
  ]),
  'get key length': registry([
    [['AES-CTR', 'AES-CBC', 'AES-GCM', 'AES-KW'], 'AesDerivedKeyParams'], [['HMAC'], 'HmacImportParams'],
    [['HKDF', 'PBKDF2'], null],
  ]),
  'wrapKey': registry([[['AES-KW'], null]]),
};
kRegistry.verify = kRegistry.sign;
kRegistry.decrypt = kRegistry.encrypt;
kRegistry.unwrapKey = kRegistry.wrapKey;

const kNormalizeCtx = { prefix: 'Failed to normalize algorithm: ', what: '' };

const notSupported = (message) => new DOMException(message, 'NotSupportedError');

const warned = new Set();
function warnExperimental(name) {
  if (name !== 'Ed448' && name !== 'X448') return;
  if (warned.has(name)) return;
  warned.add(name);
  process.emitWarning(`The ${name} Web Crypto API algorithm is an experimental feature and might change at any time`,
    'ExperimentalWarning');
}

function missingMember(dict, key) {
  return nativeError(TypeError, 'ERR_MISSING_OPTION', `${kNormalizeCtx.prefix}passed algorithm can not be ` +
    `converted to '${dict}' because '${key}' is required in '${dict}'.`);
}

function convertMember(type, value, ctx) {
  switch (type) {
    case 'ulong': return toEnforcedInt(value, ctx, 4294967295);
    case 'ushort': return toEnforcedInt(value, ctx, 65535);
    case 'octet': return toEnforcedInt(value, ctx, 255);
    case 'DOMString': return toDOMString(value, ctx);
    case 'BufferSource': return toBufferSource(value, ctx);
    case 'CryptoKey': return toCryptoKey(value, ctx);
    case 'hash': return normalizeAlgorithm(value, 'digest');
    case 'BigInteger':
      if (!(value instanceof Uint8Array)) {
        throw typeError('ERR_INVALID_ARG_TYPE', ctx, 'is not an Uint8Array object.');
      }
      return value.slice();
  }
  throw new Error(`unknown IDL type ${type}`);
}

// Returns a fresh object: { name } plus the converted members of the
// algorithm's parameter dictionary. `op` is a key of kRegistry.
function normalizeAlgorithm(algorithm, op) {
  let obj;
  if (typeof algorithm === 'object' && algorithm !== null) {
    obj = algorithm;
  } else if (typeof algorithm === 'function') {
    obj = algorithm;
  } else {
    obj = { name: toDOMString(algorithm, { prefix: kNormalizeCtx.prefix, what: 'algorithm' }) };
  }
  const rawName = obj.name;
  if (rawName === undefined) throw missingMember('Algorithm', 'name');
  const name = toDOMString(rawName, { prefix: kNormalizeCtx.prefix, what: "'name' of 'Algorithm' (passed algorithm)" });
  const entry = kRegistry[op].get(name.toUpperCase());
  if (entry === undefined) throw notSupported('Unrecognized algorithm name');
  const [canonical, dictName] = entry;
  warnExperimental(canonical);
  const result = { name: canonical };
  if (dictName === null) return result;
  const dict = kDictionaries[dictName];
  for (const key of Object.keys(dict).sort()) {
    const [type, required] = dict[key];
    const value = obj[key];
    if (value === undefined) {
      if (required) throw missingMember(dictName, key);
      continue;
    }
    const what = `'${key}' of '${dictName}' (passed algorithm)`;
    result[key] = convertMember(type, value, { prefix: kNormalizeCtx.prefix, what });
  }
  return result;
}

module.exports = {
  argContext,
  checkArgs,
  kKeyUsages,
  normalizeAlgorithm,
  toBufferSource,
  toCryptoKey,
  toJsonWebKey,
  toKeyFormat,
  toKeyUsages,
};
