'use strict';
// tls.SecureContext and tls.createSecureContext: one OpenSSL SSL_CTX
// (src/tls_context.c) configured from Node's options, and the peer
// certificate objects of Node's legacy shape.

const { FastBuffer } = require('internal/buffer');
const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_TLS_INVALID_PROTOCOL_VERSION,
    ERR_TLS_PROTOCOL_VERSION_CONFLICT,
  },
} = require('internal/errors');
const { validateString, validateInteger, validateInt32, validateObject } = require('internal/validators');

const binding = internalBinding('tls_context');

const kVersions = { __proto__: null, 'TLSv1': 0x301, 'TLSv1.1': 0x302, 'TLSv1.2': 0x303, 'TLSv1.3': 0x304 };
const kVersionNames = { __proto__: null, 0x301: 'TLSv1', 0x302: 'TLSv1.1', 0x303: 'TLSv1.2', 0x304: 'TLSv1.3' };

// secureProtocol names: [min, max] (0: no bound).
const kMethods = {
  __proto__: null,
  TLS_method: [0x301, 0], TLS_client_method: [0x301, 0], TLS_server_method: [0x301, 0],
  SSLv23_method: [0x301, 0], SSLv23_client_method: [0x301, 0], SSLv23_server_method: [0x301, 0],
  TLSv1_method: [0x301, 0x301], TLSv1_client_method: [0x301, 0x301], TLSv1_server_method: [0x301, 0x301],
  TLSv1_1_method: [0x302, 0x302], TLSv1_1_client_method: [0x302, 0x302], TLSv1_1_server_method: [0x302, 0x302],
  TLSv1_2_method: [0x303, 0x303], TLSv1_2_client_method: [0x303, 0x303], TLSv1_2_server_method: [0x303, 0x303],
};

let tlsModule;
const tls = () => (tlsModule ??= require('tls'));

function toVersion(v, which) {
  const n = kVersions[v];
  if (n === undefined) throw new ERR_TLS_INVALID_PROTOCOL_VERSION(v, which);
  return n;
}

function methodError(msg) {
  const err = new TypeError(msg);
  err.code = 'ERR_TLS_INVALID_PROTOCOL_METHOD';
  return err;
}

function isBytes(v) { return ArrayBuffer.isView(v); }

function toBytes(v) {
  if (typeof v === 'string') return Buffer.from(v);
  return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
}

function validateKeyOrCert(name, value) {
  if (typeof value !== 'string' && !isBytes(value)) {
    throw new ERR_INVALID_ARG_TYPE(`options.${name}`, ['string', 'Buffer', 'TypedArray', 'DataView'], value);
  }
}

function SecureContext(secureProtocol, secureOptions, minVersion, maxVersion) {
  if (!(this instanceof SecureContext)) return new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  let min = minVersion;
  let max = maxVersion;
  if (secureProtocol) {
    validateString(secureProtocol, 'secureProtocol');
    if (/^SSLv[23]_/.test(secureProtocol) && !secureProtocol.startsWith('SSLv23_')) {
      throw methodError(`${secureProtocol.slice(0, 5)} methods disabled`);
    }
    const range = kMethods[secureProtocol];
    if (range === undefined) throw methodError(`Unknown method: ${secureProtocol}`);
    [min, max] = range;
  } else {
    min = toVersion(minVersion ?? tls().DEFAULT_MIN_VERSION, 'minimum');
    max = toVersion(maxVersion ?? tls().DEFAULT_MAX_VERSION, 'maximum');
  }
  this.context = new NativeContext(binding.create(min, max));
  if (secureOptions) {
    validateInteger(secureOptions, 'secureOptions');
    this.context.setOptions(secureOptions);
  }
}

// What Node exposes as `secureContext.context`: the native methods.
function NativeContext(handle) {
  this._handle = handle;
}
Object.assign(NativeContext.prototype, {
  init() {},
  addCACert(cert) { binding.addCACert(this._handle, toBytes(cert)); },
  addCRL(crl) { binding.addCRL(this._handle, toBytes(crl)); },
  setCiphers(list) { binding.setCiphers(this._handle, list); },
  setCipherSuites(suites) { binding.setCipherSuites(this._handle, suites); },
  setSigalgs(list) { binding.setSigalgs(this._handle, list); },
  setSessionIdContext(id) { binding.setSessionIdContext(this._handle, id); },
  setSessionTimeout(seconds) { binding.setSessionTimeout(this._handle, seconds); },
  setTicketKeys(keys) { binding.setTicketKeys(this._handle, toBytes(keys)); },
  setKey(key, passphrase) {
    binding.setKey(this._handle, toBytes(key), passphrase == null ? undefined : String(passphrase));
  },
  setCert(cert) { binding.setCert(this._handle, toBytes(cert)); },
  addRootCerts() { binding.addRootCerts(this._handle); },
  setECDHCurve(curve) {
    if (!binding.setECDHCurve(this._handle, curve)) {
      const err = new Error('Failed to set ECDH curve');
      err.code = 'ERR_CRYPTO_OPERATION_FAILED';
      throw err;
    }
  },
  setDHParam(dh) { binding.setDHParam(this._handle, dh === 'auto' ? 'auto' : toBytes(dh)); },
  setOptions(options) {
    // 64-bit SSL_OP_* values arrive as numbers: split into two halves.
    binding.setOptions(this._handle, options % 0x100000000, Math.floor(options / 0x100000000));
  },
  setMinProto(v) { binding.setMinProto(this._handle, v); },
  setMaxProto(v) { binding.setMaxProto(this._handle, v); },
  getMinProto() { return binding.getMinProto(this._handle); },
  getMaxProto() { return binding.getMaxProto(this._handle); },
  loadPKCS12(pfx, passphrase) {
    binding.loadPKCS12(this._handle, toBytes(pfx), passphrase == null ? undefined : String(passphrase));
  },
  getTicketKeys() { return new FastBuffer(binding.getTicketKeys(this._handle)); },
  getCertificate() { return translatePeerCertificate(binding.getCertificate(this._handle)); },
  getIssuer() { return translatePeerCertificate(binding.getIssuer(this._handle)); },
  close() {},
});

// `ciphers` in one string: TLS 1.3 suites (TLS_*) go to setCipherSuites,
// the rest to setCiphers; with no TLS 1.2 entry, TLS 1.2 has no cipher.
function setCiphers(context, ciphers) {
  const parts = ciphers.split(':');
  const list = parts.filter((c) => c.length > 0 && !c.startsWith('TLS_')).join(':');
  const suites = parts.filter((c) => c.startsWith('TLS_')).join(':');
  if (list === '' && suites === '') throw new ERR_INVALID_ARG_VALUE('options.ciphers', parts);
  if (suites !== '') context.setCipherSuites(suites);
  context.setCiphers(list);
  // No TLS 1.2 cipher: TLS 1.3 only.
  if (list === '') context.setMinProto(kVersions['TLSv1.3']);
}

function each(value, fn) {
  if (Array.isArray(value)) {
    for (const v of value) fn(v);
  } else {
    fn(value);
  }
}

function createSecureContext(options) {
  if (!options) options = {}; // as node: any falsy value
  else validateObject(options, 'options');
  const {
    honorCipherOrder, minVersion, maxVersion, secureProtocol, secureOptions: baseOptions = 0,
  } = options;
  let secureOptions = baseOptions;
  if (secureProtocol && (minVersion !== undefined || maxVersion !== undefined)) {
    throw new ERR_TLS_PROTOCOL_VERSION_CONFLICT(minVersion ?? maxVersion, secureProtocol);
  }
  // SSL_OP_CIPHER_SERVER_PREFERENCE
  if (honorCipherOrder) secureOptions |= 0x00400000;
  const c = new SecureContext(secureProtocol, secureOptions, minVersion, maxVersion);
  const ctx = c.context;
  const { ca, cert, key, passphrase, pfx, crl, ciphers, ecdhCurve, dhparam, sigalgs } = options;

  // The trust: `ca` replaces the root store.
  if (ca) {
    each(ca, (v) => {
      validateKeyOrCert('ca', v);
      ctx.addCACert(v);
    });
  } else {
    ctx.addRootCerts();
  }
  if (cert) {
    each(cert, (v) => {
      validateKeyOrCert('cert', v);
      ctx.setCert(v);
    });
  }
  if (key) {
    each(key, (v) => {
      if (v !== null && typeof v === 'object' && !isBytes(v) && Array.isArray(key)) {
        const pem = v.pem;
        validateKeyOrCert('key', pem);
        ctx.setKey(pem, v.passphrase ?? passphrase);
      } else {
        validateKeyOrCert('key', v);
        ctx.setKey(v, passphrase);
      }
    });
  }
  if (sigalgs !== undefined && sigalgs !== null) {
    validateString(sigalgs, 'options.sigalgs');
    if (sigalgs === '') throw new ERR_INVALID_ARG_VALUE('options.sigalgs', sigalgs);
    ctx.setSigalgs(sigalgs);
  }
  if (ciphers !== undefined) validateString(ciphers, 'options.ciphers');
  setCiphers(ctx, ciphers === undefined ? tls().DEFAULT_CIPHERS : ciphers);
  const curve = ecdhCurve === undefined ? tls().DEFAULT_ECDH_CURVE : ecdhCurve;
  validateString(curve, 'options.ecdhCurve');
  ctx.setECDHCurve(curve);
  if (dhparam !== undefined && dhparam !== null) {
    if (typeof dhparam !== 'string' && !isBytes(dhparam)) {
      throw new ERR_INVALID_ARG_TYPE('options.dhparam', ['string', 'Buffer', 'TypedArray', 'DataView'], dhparam);
    }
    ctx.setDHParam(dhparam);
  }
  if (crl) {
    each(crl, (v) => {
      validateKeyOrCert('crl', v);
      ctx.addCRL(v);
    });
  }
  if (options.sessionIdContext !== undefined) {
    validateString(options.sessionIdContext, 'options.sessionIdContext');
    ctx.setSessionIdContext(options.sessionIdContext);
  }
  if (pfx) {
    each(pfx, (v) => {
      let buf = v;
      let pass = passphrase;
      if (v !== null && typeof v === 'object' && !isBytes(v)) {
        buf = v.buf;
        pass = v.passphrase ?? passphrase;
      }
      validateKeyOrCert('pfx', buf);
      ctx.loadPKCS12(buf, pass);
    });
  }
  if (options.ticketKeys !== undefined && options.ticketKeys !== null) {
    const keys = options.ticketKeys;
    if (!isBytes(keys)) {
      throw new ERR_INVALID_ARG_TYPE('options.ticketKeys', ['Buffer', 'TypedArray', 'DataView'], keys);
    }
    if (keys.byteLength !== 48) {
      throw new ERR_INVALID_ARG_VALUE('options.ticketKeys', keys.byteLength, 'must be exactly 48 bytes');
    }
    ctx.setTicketKeys(keys);
  }
  if (options.sessionTimeout !== undefined && options.sessionTimeout !== null) {
    validateInt32(options.sessionTimeout, 'options.sessionTimeout');
    ctx.setSessionTimeout(options.sessionTimeout);
  }
  return c;
}

// The C side hands certificates over with ArrayBuffers for raw and pubkey.
function translatePeerCertificate(c) {
  if (!c) return null;
  const seen = new Set();
  for (let cur = c; cur && !seen.has(cur); cur = cur.issuerCertificate) {
    seen.add(cur);
    if (cur.raw instanceof ArrayBuffer) cur.raw = new FastBuffer(cur.raw);
    if (cur.pubkey instanceof ArrayBuffer) cur.pubkey = new FastBuffer(cur.pubkey);
  }
  return c;
}

module.exports = {
  SecureContext,
  createSecureContext,
  translatePeerCertificate,
  kVersions,
  kVersionNames,
  binding,
};
