'use strict';
// X509Certificate over internalBinding('crypto_x509'); fields are read
// from the certificate on first use and kept.

const binding = internalBinding('crypto_x509');
const { Buffer } = require('buffer');
const { FastBuffer } = require('internal/buffer');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const { validateBoolean, validateObject, validateString } = require('internal/validators');
const { nativeError } = require('internal/crypto/util');
const { isKeyObject, getHandle, PublicKeyObject } = require('internal/crypto/keys');

const kHandle = Symbol('kHandle');
const kCache = Symbol('kCache');
const inspectSymbol = Symbol.for('nodejs.util.inspect.custom');

function cached(cert, name, compute) {
  const cache = cert[kCache];
  if (!(name in cache)) cache[name] = compute();
  return cache[name];
}

const field = (cert, name) => cached(cert, name, () => binding.field(cert[kHandle], name));

const CHECK_HOST = 0;
const CHECK_EMAIL = 1;
const CHECK_IP = 2;

// The X509_CHECK_FLAG_* bits for checkHost/checkEmail options.
function checkFlags(options) {
  const f = binding.checkFlags;
  if (options === undefined) return 0;
  validateObject(options, 'options');
  const { subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false } = options;
  let flags = 0;
  if (subject === 'always') flags |= f.alwaysCheckSubject;
  else if (subject === 'never') flags |= f.neverCheckSubject;
  else if (subject !== 'default') throw new ERR_INVALID_ARG_VALUE('options.subject', subject);
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  if (!wildcards) flags |= f.noWildcards;
  if (!partialWildcards) flags |= f.noPartialWildcards;
  if (multiLabelWildcards) flags |= f.multiLabelWildcards;
  if (singleLabelSubdomains) flags |= f.singleLabelSubdomains;
  return flags;
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!ArrayBuffer.isView(buffer)) {
      throw new ERR_INVALID_ARG_TYPE('buffer', ['string', 'Buffer', 'TypedArray', 'DataView'], buffer);
    }
    const bytes = buffer.BYTES_PER_ELEMENT === undefined ?
      new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength) : buffer;
    Object.defineProperty(this, kHandle, { value: binding.parse(bytes) });
    Object.defineProperty(this, kCache, { value: Object.create(null) });
  }

  [inspectSymbol](depth, options, inspect) {
    if (depth < 0) return this;
    const shown = {
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    };
    return `X509Certificate ${inspect(shown, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }

  get subject() { return field(this, 'subject'); }
  get subjectAltName() { return field(this, 'subjectAltName'); }
  get issuer() { return field(this, 'issuer'); }
  get issuerCertificate() { return undefined; } // only TLS peers have one
  get infoAccess() { return field(this, 'infoAccess'); }
  get validFrom() { return field(this, 'validFrom'); }
  get validTo() { return field(this, 'validTo'); }
  get fingerprint() { return field(this, 'fingerprint'); }
  get fingerprint256() { return field(this, 'fingerprint256'); }
  get fingerprint512() { return field(this, 'fingerprint512'); }
  get keyUsage() { return field(this, 'keyUsage'); }
  get serialNumber() { return field(this, 'serialNumber'); }
  get raw() { return cached(this, 'raw', () => new FastBuffer(binding.field(this[kHandle], 'raw'))); }
  get publicKey() {
    return cached(this, 'publicKey', () => new PublicKeyObject(binding.publicKey(this[kHandle])));
  }

  toString() { return field(this, 'pem'); }
  toJSON() { return this.toString(); }
  get ca() { return field(this, 'ca'); }

  checkHost(name, options) {
    validateString(name, 'name');
    const r = binding.check(this[kHandle], CHECK_HOST, name, checkFlags(options));
    if (r === -2) throw new ERR_INVALID_ARG_VALUE('name', name);
    return r;
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    const r = binding.check(this[kHandle], CHECK_EMAIL, email, checkFlags(options));
    if (r === -2) throw new ERR_INVALID_ARG_VALUE('email', email);
    return r;
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const r = binding.check(this[kHandle], CHECK_IP, ip, 0);
    if (r === -2) throw nativeError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return r;
  }

  checkIssued(otherCert) {
    if (!isX509Certificate(otherCert)) throw new ERR_INVALID_ARG_TYPE('otherCert', 'X509Certificate', otherCert);
    return binding.checkIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    if (!isKeyObject(pkey) || pkey.type !== 'private') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.checkPrivateKey(this[kHandle], getHandle(pkey));
  }

  verify(pkey) {
    if (!isKeyObject(pkey) || pkey.type !== 'public') throw new ERR_INVALID_ARG_VALUE('pkey', pkey);
    return binding.verify(this[kHandle], getHandle(pkey));
  }

  toLegacyObject() {
    return legacyObject(binding.legacy(this[kHandle]));
  }
}

// The binding gives raw and pubkey as ArrayBuffers.
function legacyObject(o) {
  if (o.raw !== undefined) o.raw = new FastBuffer(o.raw);
  if (o.pubkey !== undefined) o.pubkey = new FastBuffer(o.pubkey);
  return o;
}

function isX509Certificate(v) {
  return v instanceof X509Certificate;
}

module.exports = { X509Certificate, isX509Certificate, legacyObject };
