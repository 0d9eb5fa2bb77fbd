'use strict';
// generateKeyPair / generateKeyPairSync over internalBinding('crypto_keygen'):
// the options are checked here, the pair is generated in C (on the libuv
// thread pool for the callback form), then encoded as asked. Also
// generateKey / generateKeySync (HMAC and AES secret keys).

const binding = internalBinding('crypto_keygen');
const {
  codes: {
    ERR_INCOMPATIBLE_OPTION_PAIR, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_MISSING_OPTION,
  },
} = require('internal/errors');
const {
  validateFunction, validateInt32, validateInteger, validateObject, validateOneOf, validateString,
  validateUint32,
} = require('internal/validators');
const { randomBytes } = require('internal/crypto/random');
const { bytesOf, digestId, nativeError } = require('internal/crypto/util');
const {
  PublicKeyObject, PrivateKeyObject, createSecretKey, parseKeyEncoding, encodeHandle, exportJwk,
} = require('internal/crypto/keys');

const kTypes = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
const kOptionalOptions = new Set(['ed25519', 'ed448', 'x25519', 'x448']);

let warnedHash = false;
let warnedMgf1Hash = false;

function checkDigest(name, prop, what = 'digest') {
  validateString(name, prop);
  if (digestId(name) < 0) throw nativeError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', `Invalid ${what}: ${name}`);
  return name;
}

// The binding's options for `type`, from the user's `options`.
function algorithmOptions(type, options) {
  switch (type) {
    case 'rsa':
    case 'rsa-pss': {
      validateObject(options, 'options');
      const { modulusLength, publicExponent = 0x10001 } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      validateUint32(publicExponent, 'options.publicExponent');
      const out = { bits: modulusLength, exponent: publicExponent };
      if (type === 'rsa') return out;
      let { hashAlgorithm, mgf1HashAlgorithm } = options;
      const { hash, mgf1Hash, saltLength } = options;
      if (hash !== undefined) {
        if (!warnedHash) {
          warnedHash = true;
          process.emitWarning('"options.hash" is deprecated, use "options.hashAlgorithm" instead.',
            'DeprecationWarning', 'DEP0154');
        }
        if (hashAlgorithm !== undefined && hashAlgorithm !== hash) {
          throw new ERR_INVALID_ARG_VALUE('options.hash', hash);
        }
        hashAlgorithm = hash;
      }
      if (mgf1Hash !== undefined) {
        if (!warnedMgf1Hash) {
          warnedMgf1Hash = true;
          process.emitWarning('"options.mgf1Hash" is deprecated, use "options.mgf1HashAlgorithm" instead.',
            'DeprecationWarning', 'DEP0154');
        }
        if (mgf1HashAlgorithm !== undefined && mgf1HashAlgorithm !== mgf1Hash) {
          throw new ERR_INVALID_ARG_VALUE('options.mgf1Hash', mgf1Hash);
        }
        mgf1HashAlgorithm = mgf1Hash;
      }
      if (hashAlgorithm !== undefined) out.md = checkDigest(hashAlgorithm, 'options.hashAlgorithm');
      if (mgf1HashAlgorithm !== undefined) out.mgf1 = checkDigest(mgf1HashAlgorithm, 'options.mgf1HashAlgorithm', 'MGF1 digest');
      if (saltLength !== undefined) {
        validateInt32(saltLength, 'options.saltLength', 0);
        out.saltLength = saltLength;
      }
      return out;
    }
    case 'dsa': {
      validateObject(options, 'options');
      const { modulusLength, divisorLength } = options;
      validateUint32(modulusLength, 'options.modulusLength');
      const out = { bits: modulusLength };
      if (divisorLength != null) {
        validateInt32(divisorLength, 'options.divisorLength', 0);
        out.qbits = divisorLength;
      }
      return out;
    }
    case 'ec': {
      validateObject(options, 'options');
      const { namedCurve, paramEncoding } = options;
      validateString(namedCurve, 'options.namedCurve');
      if (paramEncoding != null && paramEncoding !== 'named' && paramEncoding !== 'explicit') {
        throw new ERR_INVALID_ARG_VALUE('options.paramEncoding', paramEncoding);
      }
      return { curve: namedCurve, explicit: paramEncoding === 'explicit' };
    }
    case 'dh': {
      validateObject(options, 'options');
      const { group, primeLength, prime, generator } = options;
      if (group != null) {
        if (prime != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'prime');
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'primeLength');
        if (generator != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('group', 'generator');
        validateString(group, 'options.group');
        const groupPrime = internalBinding('crypto_dh').groupPrime(group);
        if (groupPrime === undefined) {
          throw nativeError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
        }
        return { prime: new Uint8Array(groupPrime), generator: 2 };
      }
      const out = { generator: 2 };
      if (prime != null) {
        if (primeLength != null) throw new ERR_INCOMPATIBLE_OPTION_PAIR('prime', 'primeLength');
        if (!ArrayBuffer.isView(prime)) {
          throw new ERR_INVALID_ARG_TYPE('options.prime', ['Buffer', 'TypedArray', 'DataView'], prime);
        }
        out.prime = bytesOf(prime);
      } else if (primeLength != null) {
        validateInt32(primeLength, 'options.primeLength', 0);
        out.bits = primeLength;
      } else {
        throw new ERR_MISSING_OPTION('At least one of the group, prime, or primeLength options');
      }
      if (generator != null) {
        validateInt32(generator, 'options.generator', 0);
        out.generator = generator;
      }
      return out;
    }
    default:
      if (options !== undefined) validateObject(options, 'options');
      return {};
  }
}

// Output encodings, checked before any work is done.
function encodingOf(options, which, keyType) {
  const enc = options?.[which];
  if (enc === undefined || enc === null) return undefined;
  if (typeof enc !== 'object') throw new ERR_INVALID_ARG_VALUE(`options.${which}`, enc);
  return parseKeyEncoding(enc, keyType, which === 'publicKeyEncoding', `options.${which}`);
}

function prepare(type, options) {
  validateString(type, 'type');
  // Node checks the options' type before the key type's value (null:
  // node fails destructuring it, a TypeError too).
  if (options !== undefined) validateObject(options, 'options');
  if (!kTypes.includes(type)) {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  if (!kOptionalOptions.has(type) || options !== undefined) validateObject(options, 'options');
  const algorithm = algorithmOptions(type, options);
  const publicEncoding = encodingOf(options, 'publicKeyEncoding', type);
  const privateEncoding = encodingOf(options, 'privateKeyEncoding', type);
  return { algorithm, publicEncoding, privateEncoding };
}

function encode(KeyClass, handle, enc) {
  const key = new KeyClass(handle);
  if (enc === undefined) return key;
  if (enc.format === 'jwk') return exportJwk(key);
  return encodeHandle(handle, enc.format, enc.type, enc.cipher, enc.passphrase);
}

function results(p, pair) {
  return {
    publicKey: encode(PublicKeyObject, pair[0], p.publicEncoding),
    privateKey: encode(PrivateKeyObject, pair[1], p.privateEncoding),
  };
}

// OpenSSL's failures surface as plain errors (its text, no code), as in Node.
function plainError(err) {
  return err && typeof err.code === 'string' && err.code.startsWith('ERR_OSSL') ? new Error(err.message) : err;
}

function generateKeyPairSync(type, options) {
  const p = prepare(type, options);
  let pair;
  try {
    pair = binding.generate(type, p.algorithm);
  } catch (err) {
    throw plainError(err);
  }
  return results(p, pair);
}

function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const p = prepare(type, options);
  binding.generate(type, p.algorithm, (err, pair) => {
    if (err) {
      callback(plainError(err));
      return;
    }
    let out;
    try {
      out = results(p, pair);
    } catch (e) {
      callback(e);
      return;
    }
    callback(null, out.publicKey, out.privateKey);
  });
}
Object.defineProperty(generateKeyPair, Symbol.for('lode.util.promisify.customArgs'), {
  value: ['publicKey', 'privateKey'], enumerable: false,
});

// ---- generateKey / generateKeySync: secret keys ----

// The key's size in bytes: HMAC keys of `length` bits (whole bytes, at
// least one), AES keys of 128, 192 or 256 bits.
function secretKeyBytes(type, options) {
  validateString(type, 'type');
  validateObject(options, 'options'); // before the type's value, as node
  if (type !== 'hmac' && type !== 'aes') {
    throw new ERR_INVALID_ARG_VALUE('type', type, 'must be a supported key type');
  }
  const { length } = options;
  if (type === 'hmac') validateInteger(length, 'options.length', 8, 2 ** 31 - 1);
  else validateOneOf(length, 'options.length', [128, 192, 256]);
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  return createSecretKey(randomBytes(secretKeyBytes(type, options)));
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  randomBytes(secretKeyBytes(type, options), (err, bytes) => {
    if (err) callback(err);
    else callback(null, createSecretKey(bytes));
  });
}

module.exports = { generateKey, generateKeySync, generateKeyPair, generateKeyPairSync };
