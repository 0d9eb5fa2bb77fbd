'use strict';
// node:crypto takes a CryptoKey wherever it takes a KeyObject, as Node 20
// does (non-extractable ones too), and KeyObject.from gives the KeyObject
// behind one, the same object every time.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const { types } = require('util');
const { subtle } = crypto.webcrypto;

(async () => {
  const hmacKey = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const ko = crypto.KeyObject.from(hmacKey);
  assert.ok(ko instanceof crypto.KeyObject);
  assert.strictEqual(ko.type, 'secret');
  assert.strictEqual(crypto.KeyObject.from(hmacKey), ko);
  // The same HMAC through subtle and through createHmac with the CryptoKey.
  const data = Buffer.from('lode');
  const viaSubtle = Buffer.from(await subtle.sign('HMAC', hmacKey, data));
  assert.deepStrictEqual(crypto.createHmac('sha256', hmacKey).update(data).digest(), viaSubtle);
  assert.deepStrictEqual(crypto.createHmac('sha256', ko).update(data).digest(), viaSubtle);

  // Asymmetric keys: sign, verify, createPublicKey.
  const { privateKey, publicKey } = await subtle.generateKey({ name: 'Ed25519' }, false, ['sign', 'verify']);
  const sig = crypto.sign(null, data, privateKey);
  assert.strictEqual(crypto.verify(null, data, publicKey, sig), true);
  assert.strictEqual(await subtle.verify('Ed25519', publicKey, sig, data), true);
  const pub = crypto.createPublicKey(privateKey);
  assert.strictEqual(pub.type, 'public');
  assert.strictEqual(pub.equals(crypto.KeyObject.from(publicKey)), true);

  // An AES CryptoKey as a cipher key.
  const aes = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, true, ['encrypt', 'decrypt']);
  const iv = Buffer.alloc(16, 1);
  const c = crypto.createCipheriv('aes-128-cbc', aes, iv);
  const enc = Buffer.concat([c.update(data), c.final()]);
  const viaSubtleEnc = Buffer.from(await subtle.encrypt({ name: 'AES-CBC', iv }, aes, data));
  assert.deepStrictEqual(enc, viaSubtleEnc);

  // Brand checks.
  assert.strictEqual(types.isCryptoKey(hmacKey), true);
  assert.strictEqual(types.isCryptoKey(Object.create(CryptoKey.prototype)), false);
  assert.strictEqual(types.isCryptoKey(ko), false);
  assert.strictEqual(types.isKeyObject(ko), true);
  assert.strictEqual(types.isKeyObject(hmacKey), false);

  // What is not a CryptoKey stays refused.
  assert.throws(() => crypto.KeyObject.from({}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.KeyObject.from(ko), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => crypto.createHmac('sha256', privateKey), { code: 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE' });
})().then(common.mustCall());
