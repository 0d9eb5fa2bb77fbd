'use strict';
// Web Crypto's asymmetric algorithms: RSASSA-PKCS1-v1_5, RSA-PSS, RSA-OAEP,
// ECDSA, ECDH (P-256/384/521), Ed25519, Ed448, X25519, X448, over
// node:crypto's KeyObjects, key generation, sign/verify, RSA encryption and
// diffieHellman.

const { Buffer } = require('buffer');
const { DOMException } = require('internal/dom_exception');
const {
  codes: { ERR_OUT_OF_RANGE },
} = require('internal/errors');
const {
  algMismatch, checkJwkKty, checkJwkMembers, checkUsages, createCryptoKey, dedupe, domError, hashBits, nodeHash,
  operationError, toArrayBuffer, usagesIn, keyState,
} = require('internal/crypto/webcrypto_key');

let nodeCrypto;
function lazyCrypto() {
  nodeCrypto ??= require('crypto');
  return nodeCrypto;
}

const invalidKeyData = (cause) => domError('DataError', 'Invalid keyData', cause);
const invalidKeyType = () => domError('DataError', 'Invalid key type');

// ---- DER, for raw public keys (wrapped into SubjectPublicKeyInfo) ----

function derLength(n) {
  if (n < 0x80) return [n];
  if (n < 0x100) return [0x81, n];
  return [0x82, n >> 8, n & 0xff];
}

function der(tag, ...parts) {
  const body = Buffer.concat(parts.map((p) => Buffer.from(p)));
  return Buffer.concat([Buffer.from([tag, ...derLength(body.length)]), body]);
}

const oid = (hex) => Buffer.from(`06${(hex.length / 2).toString(16).padStart(2, '0')}${hex}`, 'hex');

function spkiOf(algorithmIdentifier, publicKey) {
  return der(0x30, algorithmIdentifier, der(0x03, [0], publicKey));
}

// PKCS #8 of a raw Ed25519/Ed448/X25519/X448 private key.
function pkcs8Of(oidHex, privateKey) {
  return der(0x30, [2, 1, 0], der(0x30, oid(oidHex)), der(0x04, der(0x04, privateKey)));
}

function importSpki(bytes) {
  try {
    return lazyCrypto().createPublicKey({ key: Buffer.from(bytes), format: 'der', type: 'spki' });
  } catch (err) {
    throw invalidKeyData(err);
  }
}

function importPkcs8(bytes) {
  try {
    return lazyCrypto().createPrivateKey({ key: Buffer.from(bytes), format: 'der', type: 'pkcs8' });
  } catch (err) {
    throw invalidKeyData(err);
  }
}

function importJwkKey(jwk, isPrivate, what) {
  try {
    const c = lazyCrypto();
    return isPrivate ? c.createPrivateKey({ key: jwk, format: 'jwk' }) :
      c.createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    throw invalidKeyData(new TypeError(`Invalid JWK ${what} key`));
  }
}

function exportDer(keyObject, type) {
  return toArrayBuffer(keyObject.export({ format: 'der', type }));
}

// A JWK export: key_ops and ext first, as Node orders them.
function jwkExport(state, alg) {
  const jwk = { key_ops: state.usages.slice(), ext: state.extractable, ...state.keyObject.export({ format: 'jwk' }) };
  if (alg !== undefined) jwk.alg = alg;
  return jwk;
}

function generatePair(type, options) {
  return new Promise((resolve, reject) => {
    try {
      lazyCrypto().generateKeyPair(type, options, (err, publicKey, privateKey) => {
        if (err) reject(operationError(err));
        else resolve({ publicKey, privateKey });
      });
    } catch (err) {
      reject(operationError(err));
    }
  });
}

function keyPair(publicKey, privateKey, privateFirst) {
  const pair = Object.create(null);
  if (privateFirst) pair.privateKey = privateKey;
  pair.publicKey = publicKey;
  if (!privateFirst) pair.privateKey = privateKey;
  return pair;
}

// ---- RSA ----

const kRsaUsages = {
  'RSASSA-PKCS1-v1_5': [['verify'], ['sign']],
  'RSA-PSS': [['verify'], ['sign']],
  'RSA-OAEP': [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']],
};

function bigIntToBytes(n) {
  let hex = n.toString(16);
  if (hex.length % 2) hex = `0${hex}`;
  return new Uint8Array(Buffer.from(hex, 'hex'));
}

function rsaAlgorithm(name, keyObject, hash) {
  const { modulusLength, publicExponent } = keyObject.asymmetricKeyDetails;
  return { name, modulusLength, publicExponent: bigIntToBytes(publicExponent), hash: { name: hash } };
}

async function rsaGenerateKey(algorithm, extractable, usages) {
  const { name, modulusLength, publicExponent } = algorithm;
  let exponent = 0n;
  for (const b of publicExponent) exponent = (exponent << 8n) | BigInt(b);
  if (exponent > 0xffffffffn) {
    throw domError('OperationError', 'The publicExponent must be equivalent to an unsigned 32-bit value');
  }
  const [pubUsages, privUsages] = kRsaUsages[name];
  checkUsages(usages, [...pubUsages, ...privUsages], 'a', 'RSA');
  const { publicKey, privateKey } = await generatePair('rsa', { modulusLength, publicExponent: Number(exponent) });
  const alg = { name, modulusLength, publicExponent: publicExponent.slice(), hash: { name: algorithm.hash.name } };
  return keyPair(
    createCryptoKey('public', true, alg, usagesIn(usages, pubUsages), publicKey),
    createCryptoKey('private', extractable, alg, usagesIn(usages, privUsages), privateKey),
    false);
}

const kRsaJwkAlg = {
  'RSASSA-PKCS1-v1_5': (bits) => `RS${bits === 160 ? 1 : bits}`,
  'RSA-PSS': (bits) => `PS${bits === 160 ? 1 : bits}`,
  'RSA-OAEP': (bits) => (bits === 160 ? 'RSA-OAEP' : `RSA-OAEP-${bits}`),
};

function rsaImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  const hash = algorithm.hash.name;
  if (format === 'raw') throw domError('NotSupportedError', `Unable to import RSA key with format ${format}`);
  if (format === 'jwk') checkJwkKty(keyData, 'RSA');
  const isPrivate = format === 'pkcs8' || (format === 'jwk' && keyData.d !== undefined);
  const [pubUsages, privUsages] = kRsaUsages[name];
  checkUsages(usages, isPrivate ? privUsages : pubUsages, 'an', name);
  let keyObject;
  if (format === 'spki') {
    keyObject = importSpki(keyData);
  } else if (format === 'pkcs8') {
    keyObject = importPkcs8(keyData);
  } else {
    checkJwkMembers(keyData, { use: name === 'RSA-OAEP' ? 'enc' : 'sig', usages, extractable });
    if (keyData.alg !== undefined && keyData.alg !== kRsaJwkAlg[name](hashBits(hash))) throw algMismatch();
    keyObject = importJwkKey(keyData, isPrivate, 'RSA');
  }
  // An id-RSASSA-PSS key is refused too, as Node does.
  if (keyObject.asymmetricKeyType !== 'rsa') throw invalidKeyType();
  return createCryptoKey(isPrivate ? 'private' : 'public', extractable, rsaAlgorithm(name, keyObject, hash),
    dedupe(usages), keyObject);
}

function rsaExportJwk(state) {
  return jwkExport(state, kRsaJwkAlg[state.alg.name](hashBits(state.alg.hash)));
}

function rsaSignOptions(algorithm, state) {
  const c = lazyCrypto();
  if (state.alg.name === 'RSA-PSS') {
    const { saltLength } = algorithm;
    const max = Math.ceil((state.alg.modulusLength - 1) / 8) - hashBits(state.alg.hash) / 8 - 2;
    if (saltLength > max) {
      throw operationError(new ERR_OUT_OF_RANGE('algorithm.saltLength', `>= 0 && <= ${max}`, saltLength));
    }
    return { key: state.keyObject, padding: c.constants.RSA_PKCS1_PSS_PADDING, saltLength };
  }
  return { key: state.keyObject, padding: c.constants.RSA_PKCS1_PADDING };
}

function rsaOaep(encrypt, algorithm, state, data) {
  const c = lazyCrypto();
  const options = {
    key: state.keyObject,
    padding: c.constants.RSA_PKCS1_OAEP_PADDING,
    oaepHash: nodeHash(state.alg.hash),
  };
  if (algorithm.label !== undefined && algorithm.label.length > 0) options.oaepLabel = algorithm.label;
  try {
    return toArrayBuffer(encrypt ? c.publicEncrypt(options, data) : c.privateDecrypt(options, data));
  } catch (err) {
    throw operationError(err);
  }
}

// ---- EC ----

const kCurves = {
  'P-256': { node: 'prime256v1', size: 32, oid: '2a8648ce3d030107', jwkAlg: 'ES256' },
  'P-384': { node: 'secp384r1', size: 48, oid: '2b81040022', jwkAlg: 'ES384' },
  'P-521': { node: 'secp521r1', size: 66, oid: '2b81040023', jwkAlg: 'ES512' },
};
const kEcPublicKeyOid = '2a8648ce3d0201';

const kEcUsages = {
  ECDSA: [['verify'], ['sign']],
  ECDH: [[], ['deriveKey', 'deriveBits']],
};

function checkCurve(namedCurve) {
  if (!Object.hasOwn(kCurves, namedCurve)) throw domError('NotSupportedError', 'Unrecognized namedCurve');
  return kCurves[namedCurve];
}

async function ecGenerateKey(algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  const curve = checkCurve(namedCurve);
  const [pubUsages, privUsages] = kEcUsages[name];
  checkUsages(usages, [...pubUsages, ...privUsages], 'an', name);
  const { publicKey, privateKey } = await generatePair('ec', { namedCurve: curve.node });
  const alg = { name, namedCurve };
  return keyPair(
    createCryptoKey('public', true, alg, usagesIn(usages, pubUsages), publicKey),
    createCryptoKey('private', extractable, alg, usagesIn(usages, privUsages), privateKey),
    false);
}

function ecRawImport(bytes, curve) {
  const { size } = curve;
  const ok = (bytes.length === 1 + 2 * size && bytes[0] === 4) ||
    (bytes.length === 1 + size && (bytes[0] === 2 || bytes[0] === 3));
  if (!ok) throw invalidKeyData();
  const algId = der(0x30, oid(kEcPublicKeyOid), oid(curve.oid));
  try {
    return lazyCrypto().createPublicKey({ key: spkiOf(algId, bytes), format: 'der', type: 'spki' });
  } catch {
    throw invalidKeyData();
  }
}

// Whether a private EC JWK's "x" and "y" are the point its "d" gives (the
// JWK import itself takes them as they are).
function ecJwkConsistent(jwk, curve) {
  try {
    const ecdh = lazyCrypto().createECDH(curve.node);
    ecdh.setPrivateKey(Buffer.from(jwk.d, 'base64url'));
    const point = Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'), Buffer.from(jwk.y, 'base64url')]);
    return ecdh.getPublicKey().equals(point);
  } catch {
    return false;
  }
}

function ecImportKey(format, keyData, algorithm, extractable, usages) {
  const { name, namedCurve } = algorithm;
  const curve = checkCurve(namedCurve);
  if (format === 'jwk') {
    checkJwkKty(keyData, 'EC');
    if (keyData.crv !== namedCurve) {
      throw domError('DataError', 'JWK "crv" does not match the requested algorithm');
    }
  }
  const isPrivate = format === 'pkcs8' || (format === 'jwk' && keyData.d !== undefined);
  const [pubUsages, privUsages] = kEcUsages[name];
  checkUsages(usages, isPrivate ? privUsages : pubUsages, 'a', name);
  let keyObject;
  if (format === 'raw') {
    keyObject = ecRawImport(keyData, curve);
  } else if (format === 'spki') {
    keyObject = importSpki(keyData);
  } else if (format === 'pkcs8') {
    keyObject = importPkcs8(keyData);
  } else {
    checkJwkMembers(keyData, { use: name === 'ECDSA' ? 'sig' : undefined, usages, extractable });
    if (name === 'ECDSA' && keyData.alg !== undefined && keyData.alg !== curve.jwkAlg) throw algMismatch();
    keyObject = importJwkKey(keyData, isPrivate, 'EC');
    if (isPrivate && !ecJwkConsistent(keyData, curve)) throw invalidKeyData();
  }
  if (keyObject.asymmetricKeyType !== 'ec') throw invalidKeyType();
  if (keyObject.asymmetricKeyDetails.namedCurve !== curve.node) {
    throw domError('DataError', 'Named curve mismatch');
  }
  return createCryptoKey(isPrivate ? 'private' : 'public', extractable, { name, namedCurve },
    dedupe(usages), keyObject);
}

function ecExportRaw(state) {
  const jwk = state.keyObject.export({ format: 'jwk' });
  return toArrayBuffer(Buffer.concat([Buffer.from([4]), Buffer.from(jwk.x, 'base64url'),
    Buffer.from(jwk.y, 'base64url')]));
}

function ecdsaSignOptions(state) {
  return { key: state.keyObject, dsaEncoding: 'ieee-p1363' };
}

// ---- Ed25519, Ed448, X25519, X448 ----

const kOkp = {
  Ed25519: { size: 32, sig: 64, oid: '2b6570', usages: [['verify'], ['sign']] },
  Ed448: { size: 57, sig: 114, oid: '2b6571', usages: [['verify'], ['sign']] },
  X25519: { size: 32, oid: '2b656e', usages: [[], ['deriveKey', 'deriveBits']] },
  X448: { size: 56, oid: '2b656f', usages: [[], ['deriveKey', 'deriveBits']] },
};

async function okpGenerateKey(algorithm, extractable, usages) {
  const { name } = algorithm;
  const [pubUsages, privUsages] = kOkp[name].usages;
  checkUsages(usages, [...pubUsages, ...privUsages], 'an', name);
  const { publicKey, privateKey } = await generatePair(name.toLowerCase(), undefined);
  const alg = { name };
  return keyPair(
    createCryptoKey('public', true, alg, usagesIn(usages, pubUsages), publicKey),
    createCryptoKey('private', extractable, alg, usagesIn(usages, privUsages), privateKey),
    true);
}

function okpSizeError(name) {
  return `${name} raw keys must be exactly ${kOkp[name].size}-bytes`;
}

function okpImportKey(format, keyData, algorithm, extractable, usages) {
  const { name } = algorithm;
  const info = kOkp[name];
  if (format === 'jwk') {
    checkJwkKty(keyData, 'OKP');
    if (keyData.crv !== name) throw domError('DataError', 'JWK "crv" Parameter and algorithm name mismatch');
  }
  const isPrivate = format === 'pkcs8' || (format === 'jwk' && keyData.d !== undefined);
  const [pubUsages, privUsages] = info.usages;
  checkUsages(usages, isPrivate ? privUsages : pubUsages, 'a', name);
  let keyObject;
  if (format === 'raw') {
    if (keyData.length !== info.size) throw domError('DataError', okpSizeError(name));
    keyObject = importSpki(spkiOf(der(0x30, oid(info.oid)), keyData));
  } else if (format === 'spki') {
    keyObject = importSpki(keyData);
  } else if (format === 'pkcs8') {
    keyObject = importPkcs8(keyData);
  } else {
    const signing = name.startsWith('Ed');
    checkJwkMembers(keyData, { use: signing ? 'sig' : undefined, usages, extractable });
    if (signing && keyData.alg !== undefined && keyData.alg !== 'EdDSA' && keyData.alg !== name) {
      throw algMismatch();
    }
    for (const member of isPrivate ? ['x', 'd'] : ['x']) {
      if (typeof keyData[member] !== 'string') {
        throw invalidKeyData(new TypeError('The first argument must be of type string or an instance of ' +
          'Buffer, ArrayBuffer, or Array or an Array-like Object. Received undefined'));
      }
      if (Buffer.from(keyData[member], 'base64url').length !== info.size) {
        throw invalidKeyData(new Error(okpSizeError(name)));
      }
    }
    if (isPrivate) {
      // From "d" alone, then "x" checked against the public key it gives.
      keyObject = importPkcs8(pkcs8Of(info.oid, Buffer.from(keyData.d, 'base64url')));
      const x = lazyCrypto().createPublicKey(keyObject).export({ format: 'jwk' }).x;
      if (!Buffer.from(x, 'base64url').equals(Buffer.from(keyData.x, 'base64url'))) {
        throw invalidKeyData(new TypeError('Invalid JWK data'));
      }
    } else {
      keyObject = importJwkKey(keyData, false, 'OKP');
    }
  }
  if (keyObject.asymmetricKeyType !== name.toLowerCase()) throw invalidKeyType();
  return createCryptoKey(isPrivate ? 'private' : 'public', extractable, { name }, dedupe(usages), keyObject);
}

function okpExportRaw(state) {
  return toArrayBuffer(Buffer.from(state.keyObject.export({ format: 'jwk' }).x, 'base64url'));
}

// ---- dispatch helpers for SubtleCrypto ----

function generateKey(algorithm, extractable, usages) {
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'RSA-OAEP':
      return rsaGenerateKey(algorithm, extractable, usages);
    case 'ECDSA': case 'ECDH':
      return ecGenerateKey(algorithm, extractable, usages);
    default:
      return okpGenerateKey(algorithm, extractable, usages);
  }
}

function importKey(format, keyData, algorithm, extractable, usages) {
  switch (algorithm.name) {
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': case 'RSA-OAEP':
      return rsaImportKey(format, keyData, algorithm, extractable, usages);
    case 'ECDSA': case 'ECDH':
      return ecImportKey(format, keyData, algorithm, extractable, usages);
    default:
      return okpImportKey(format, keyData, algorithm, extractable, usages);
  }
}

function isRsa(name) {
  return name === 'RSASSA-PKCS1-v1_5' || name === 'RSA-PSS' || name === 'RSA-OAEP';
}

// Export formats of asymmetric keys: undefined when the format does not
// apply (the caller then reports it).
function exportKey(format, state) {
  const { name } = state.alg;
  switch (format) {
    case 'spki':
      return state.type === 'public' ? exportDer(state.keyObject, 'spki') : undefined;
    case 'pkcs8':
      return state.type === 'private' ? exportDer(state.keyObject, 'pkcs8') : undefined;
    case 'raw':
      if (state.type !== 'public' || isRsa(name)) return undefined;
      return name === 'ECDSA' || name === 'ECDH' ? ecExportRaw(state) : okpExportRaw(state);
    case 'jwk':
      if (isRsa(name)) return rsaExportJwk(state);
      if (name === 'ECDSA' || name === 'ECDH') return jwkExport(state);
      return jwkExport(state, name.startsWith('Ed') ? name : undefined);
  }
  return undefined;
}

function sign(algorithm, state, data) {
  const c = lazyCrypto();
  const { name } = state.alg;
  try {
    switch (name) {
      case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS':
        return toArrayBuffer(c.sign(nodeHash(state.alg.hash), data, rsaSignOptions(algorithm, state)));
      case 'ECDSA':
        return toArrayBuffer(c.sign(nodeHash(algorithm.hash.name), data, ecdsaSignOptions(state)));
      default:
        return toArrayBuffer(c.sign(null, data, state.keyObject));
    }
  } catch (err) {
    if (err instanceof DOMException) throw err;
    throw operationError(err);
  }
}

function verify(algorithm, state, signature, data) {
  const c = lazyCrypto();
  const { name } = state.alg;
  switch (name) {
    case 'RSASSA-PKCS1-v1_5': case 'RSA-PSS': {
      const options = rsaSignOptions(algorithm, state);
      try {
        return c.verify(nodeHash(state.alg.hash), data, options, signature);
      } catch {
        return false;
      }
    }
    case 'ECDSA': {
      if (signature.length !== 2 * kCurves[state.alg.namedCurve].size) return false;
      try {
        return c.verify(nodeHash(algorithm.hash.name), data, ecdsaSignOptions(state), signature);
      } catch {
        return false;
      }
    }
    default:
      if (signature.length !== kOkp[name].sig) return false;
      try {
        return c.verify(null, data, state.keyObject, signature);
      } catch {
        return false;
      }
  }
}

// ECDH, X25519, X448: the shared secret, cut to `length` bits.
function deriveBits(algorithm, state, length) {
  const pub = algorithm.public;
  const pubState = keyState(pub);
  if (pubState.type !== 'public') throw domError('InvalidAccessError', 'algorithm.public must be a public key');
  const pubName = pubState.alg.name;
  if (pubName !== 'ECDH' && pubName !== 'X25519' && pubName !== 'X448') {
    throw domError('InvalidAccessError', 'Keys must be ECDH, X25519, or X448 keys');
  }
  if (pubName !== state.alg.name) {
    throw domError('InvalidAccessError', 'The public and private keys must be of the same type');
  }
  if (pubName === 'ECDH' && pubState.alg.namedCurve !== state.alg.namedCurve) {
    throw domError('InvalidAccessError', 'Named curve mismatch');
  }
  let secret;
  try {
    secret = lazyCrypto().diffieHellman({ privateKey: state.keyObject, publicKey: pubState.keyObject });
  } catch (err) {
    throw operationError(err);
  }
  if (length === null) return toArrayBuffer(secret);
  if (length > secret.length * 8) throw domError('OperationError', 'derived bit length is too small');
  const out = secret.subarray(0, Math.ceil(length / 8));
  if (length % 8 !== 0) out[out.length - 1] &= 0xff << (8 - (length % 8));
  return toArrayBuffer(out);
}

module.exports = {
  deriveBits,
  exportKey,
  generateKey,
  importKey,
  rsaOaep,
  sign,
  verify,
};
