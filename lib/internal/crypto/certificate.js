'use strict';
// crypto.Certificate: Netscape SPKAC (signed public key and challenge)
// data, in src/crypto_spkac.c. Callable with or without `new`; the
// instance methods are the static ones.

const { codes: { ERR_INVALID_ARG_TYPE } } = require('internal/errors');
const { isAnyArrayBuffer } = require('internal/buffer');
const { bytesOf } = require('internal/crypto/util');

const binding = internalBinding('crypto_spkac');

function spkacBytes(spkac, encoding) {
  if (typeof spkac === 'string') return Buffer.from(spkac, encoding === 'buffer' ? 'utf8' : encoding);
  if (ArrayBuffer.isView(spkac)) return bytesOf(spkac);
  if (isAnyArrayBuffer(spkac)) return bytesOf(spkac);
  throw new ERR_INVALID_ARG_TYPE('spkac', ['string', 'ArrayBuffer', 'Buffer', 'TypedArray', 'DataView'], spkac);
}

// A Buffer of the binding's text or ArrayBuffer, or '' (as node) when
// there was nothing to read.
const toBuffer = (v) => (v === '' ? '' : Buffer.from(v));

function verifySpkac(spkac, encoding) {
  return binding.verify(spkacBytes(spkac, encoding));
}

function exportPublicKey(spkac, encoding) {
  return toBuffer(binding.exportPublicKey(spkacBytes(spkac, encoding)));
}

function exportChallenge(spkac, encoding) {
  return toBuffer(binding.exportChallenge(spkacBytes(spkac, encoding)));
}

function Certificate() {
  if (!new.target) return new Certificate();
}
Certificate.prototype.verifySpkac = verifySpkac;
Certificate.prototype.exportPublicKey = exportPublicKey;
Certificate.prototype.exportChallenge = exportChallenge;
Certificate.exportChallenge = exportChallenge;
Certificate.exportPublicKey = exportPublicKey;
Certificate.verifySpkac = verifySpkac;

module.exports = { Certificate };
