'use strict';
// crypto.subtle's shape (SubtleCrypto, CryptoKey and their globals) and its
// WebIDL argument checks: counts, BufferSource, KeyFormat, KeyUsage,
// CryptoKey, algorithm dictionaries, [EnforceRange] integers, and the
// normalization of algorithm names. The texts are Node v20's.
const assert = require('assert');
const util = require('util');
const nodeCrypto = require('crypto');
const { rejects, dom, typeError, run } = require('./webcrypto-helpers');

const { subtle } = globalThis.crypto;

// ---- the objects ----

for (const name of ['CryptoKey', 'SubtleCrypto']) {
  void globalThis[name]; // (lazy globals settle on first use, in both runtimes)
  const d = Object.getOwnPropertyDescriptor(globalThis, name);
  assert.strictEqual(typeof d.value, 'function', name);
  assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, false, true], name);
  assert.throws(() => new globalThis[name](), {
    name: 'TypeError', code: 'ERR_ILLEGAL_CONSTRUCTOR', message: 'Illegal constructor',
  });
}
assert.ok(subtle instanceof SubtleCrypto);
assert.strictEqual(globalThis.crypto.subtle, subtle);
assert.strictEqual(nodeCrypto.subtle, subtle);
assert.strictEqual(nodeCrypto.webcrypto.subtle, subtle);
assert.strictEqual(Object.prototype.toString.call(subtle), '[object SubtleCrypto]');
assert.deepStrictEqual(Object.keys(subtle), []);
assert.strictEqual(util.inspect(subtle), 'SubtleCrypto {}');
assert.deepStrictEqual(Object.getOwnPropertyNames(SubtleCrypto.prototype), ['constructor', 'encrypt', 'decrypt',
  'sign', 'verify', 'digest', 'generateKey', 'deriveKey', 'deriveBits', 'importKey', 'exportKey', 'wrapKey',
  'unwrapKey']);
const lengths = {
  encrypt: 3, decrypt: 3, sign: 3, verify: 4, digest: 2, generateKey: 3, deriveKey: 5, deriveBits: 2,
  importKey: 5, exportKey: 2, wrapKey: 4, unwrapKey: 7,
};
for (const [name, length] of Object.entries(lengths)) {
  const d = Object.getOwnPropertyDescriptor(SubtleCrypto.prototype, name);
  assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [true, true, true], name);
  assert.strictEqual(d.value.length, length, name);
  assert.strictEqual(d.value.name, name);
  assert.strictEqual(d.value.constructor.name, 'AsyncFunction', name);
}

assert.deepStrictEqual(Object.getOwnPropertyNames(CryptoKey.prototype),
  ['constructor', 'type', 'extractable', 'algorithm', 'usages']);
for (const name of ['type', 'extractable', 'algorithm', 'usages']) {
  const d = Object.getOwnPropertyDescriptor(CryptoKey.prototype, name);
  assert.strictEqual(typeof d.get, 'function', name);
  assert.strictEqual(d.set, undefined, name);
  assert.strictEqual(d.enumerable, true, name);
  assert.strictEqual(d.get.name, `get ${name}`);
  assert.throws(() => d.get.call({}), {
    name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of type CryptoKey',
  });
}
assert.strictEqual(CryptoKey.prototype[Symbol.toStringTag], 'CryptoKey');

run(async () => {
  // The receiver is checked, and the failure is a rejection, not a throw.
  const p = subtle.digest.call({}, 'SHA-256', new Uint8Array(1));
  await rejects(p, typeError('ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto'));
  await rejects(SubtleCrypto.prototype.generateKey('Ed25519', true, ['sign']),
    typeError('ERR_INVALID_THIS', 'Value of "this" must be of type SubtleCrypto'));

  // ---- a key ----
  const key = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt', 'encrypt']);
  assert.ok(key instanceof CryptoKey);
  assert.strictEqual(key.constructor, CryptoKey);
  assert.ok(util.types.isCryptoKey(key));
  assert.strictEqual(Object.prototype.toString.call(key), '[object CryptoKey]');
  assert.deepStrictEqual(Object.keys(key), []);
  assert.strictEqual(JSON.stringify(key), '{}');
  assert.strictEqual(key.type, 'secret');
  assert.strictEqual(key.extractable, true);
  assert.deepStrictEqual(key.algorithm, { name: 'AES-GCM', length: 256 });
  assert.deepStrictEqual(key.usages, ['encrypt', 'decrypt']); // duplicates dropped
  assert.strictEqual(key.algorithm, key.algorithm);
  assert.strictEqual(key.usages, key.usages);
  assert.strictEqual(util.inspect(key), "CryptoKey {\n  type: 'secret',\n  extractable: true,\n" +
    "  algorithm: { name: 'AES-GCM', length: 256 },\n  usages: [ 'encrypt', 'decrypt' ]\n}");
  assert.strictEqual(util.inspect(key, { depth: -1 }), 'CryptoKey {}');
  assert.strictEqual(util.inspect([key], { depth: 0 }), '[ CryptoKey {} ]');
  // Key pairs: a null-prototype object; Node lists the private key first for
  // the OKP algorithms, the public key first for RSA and EC.
  const ed = await subtle.generateKey('Ed25519', false, ['sign', 'verify']);
  assert.strictEqual(Object.getPrototypeOf(ed), null);
  assert.deepStrictEqual(Object.keys(ed), ['privateKey', 'publicKey']);
  assert.strictEqual(ed.publicKey.extractable, true); // public keys always are
  assert.strictEqual(ed.privateKey.extractable, false);
  assert.strictEqual(ed.publicKey.algorithm, ed.privateKey.algorithm);
  const ec = await subtle.generateKey({ name: 'ECDSA', namedCurve: 'P-256' }, true, ['sign', 'verify']);
  assert.deepStrictEqual(Object.keys(ec), ['publicKey', 'privateKey']);
  assert.strictEqual(util.inspect(ec.publicKey, { depth: 0 }), 'CryptoKey [Object]');

  // ---- argument counts ----
  const counts = [['digest', 2], ['generateKey', 3], ['importKey', 4], ['exportKey', 2], ['sign', 3],
    ['verify', 4], ['encrypt', 3], ['decrypt', 3], ['deriveBits', 2], ['deriveKey', 5], ['wrapKey', 4],
    ['unwrapKey', 7]];
  for (const [method, n] of counts) {
    await rejects(subtle[method](), typeError('ERR_MISSING_ARGS',
      `Failed to execute '${method}' on 'SubtleCrypto': ${n} arguments required, but only 0 present.`));
    await rejects(subtle[method](1), typeError('ERR_MISSING_ARGS',
      `Failed to execute '${method}' on 'SubtleCrypto': ${n} arguments required, but only 1 present.`));
  }

  // ---- BufferSource ----
  const notBuffer = (method, nth) => typeError('ERR_INVALID_ARG_TYPE',
    `Failed to execute '${method}' on 'SubtleCrypto': ${nth} argument is not instance of ArrayBuffer, ` +
    'Buffer, TypedArray, or DataView.');
  await rejects(subtle.digest('SHA-256', 'abc'), notBuffer('digest', '2nd'));
  await rejects(subtle.digest('SHA-256', [1, 2]), notBuffer('digest', '2nd'));
  await rejects(subtle.digest('SHA-256', new SharedArrayBuffer(4)), notBuffer('digest', '2nd'));
  await rejects(subtle.digest('SHA-256', new Uint8Array(new SharedArrayBuffer(4))),
    typeError('ERR_INVALID_ARG_TYPE', "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument is a view " +
      'on a SharedArrayBuffer, which is not allowed.'));
  await rejects(subtle.sign('HMAC', key, null), notBuffer('sign', '3rd'));
  await rejects(subtle.verify('HMAC', key, 'x', new Uint8Array(1)), notBuffer('verify', '3rd'));
  await rejects(subtle.verify('HMAC', key, new Uint8Array(1), {}), notBuffer('verify', '4th'));
  await rejects(subtle.importKey('raw', {}, 'AES-GCM', true, ['encrypt']), notBuffer('importKey', '2nd'));
  // Every kind of view is read as its bytes.
  const abc = [0x61, 0x62, 0x63, 0x64];
  const want = await subtle.digest('SHA-1', new Uint8Array(abc));
  for (const data of [new Uint8Array(abc).buffer, Buffer.from(abc), new DataView(new Uint8Array(abc).buffer),
    new Uint16Array(new Uint8Array(abc).buffer), new Float32Array(new Uint8Array(abc).buffer)]) {
    assert.deepStrictEqual(await subtle.digest('SHA-1', data), want);
  }

  // ---- KeyFormat, KeyUsage, CryptoKey ----
  await rejects(subtle.importKey('foo', new Uint8Array(16), 'AES-GCM', true, ['encrypt']),
    typeError('ERR_INVALID_ARG_VALUE', "Failed to execute 'importKey' on 'SubtleCrypto': 1st argument " +
      "value 'foo' is not a valid enum value of type KeyFormat."));
  await rejects(subtle.exportKey('RAW', key), typeError('ERR_INVALID_ARG_VALUE', "Failed to execute " +
    "'exportKey' on 'SubtleCrypto': 1st argument value 'RAW' is not a valid enum value of type KeyFormat."));
  for (const usages of ['encrypt', null, {}, 5]) {
    await rejects(subtle.generateKey({ name: 'AES-GCM', length: 128 }, true, usages),
      typeError('ERR_INVALID_ARG_TYPE', "Failed to execute 'generateKey' on 'SubtleCrypto': 3rd argument " +
        'can not be converted to sequence.'));
  }
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, true, ['sign', 'foo']),
    typeError('ERR_INVALID_ARG_VALUE', "Failed to execute 'generateKey' on 'SubtleCrypto': 3rd argument, " +
      "index 1 value 'foo' is not a valid enum value of type KeyUsage."));
  await rejects(subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', true, [1]),
    typeError('ERR_INVALID_ARG_VALUE', "Failed to execute 'importKey' on 'SubtleCrypto': 5th argument, " +
      "index 0 value '1' is not a valid enum value of type KeyUsage."));
  // Any iterable is a sequence.
  const fromSet = await subtle.generateKey({ name: 'AES-CBC', length: 128 }, 0, new Set(['decrypt']));
  assert.deepStrictEqual(fromSet.usages, ['decrypt']);
  assert.strictEqual(fromSet.extractable, false);
  await rejects(subtle.exportKey('raw', {}), typeError('ERR_INVALID_ARG_TYPE',
    "Failed to execute 'exportKey' on 'SubtleCrypto': 2nd argument is not of type CryptoKey."));
  await rejects(subtle.wrapKey('raw', key, 'key', 'AES-KW'), typeError('ERR_INVALID_ARG_TYPE',
    "Failed to execute 'wrapKey' on 'SubtleCrypto': 3rd argument is not of type CryptoKey."));

  // ---- algorithm normalization ----
  for (const alg of ['SHA-3', 'md5', 'HMAC', 5, null, undefined, { name: 'sha256' }]) {
    await rejects(subtle.digest(alg, new Uint8Array(1)), dom('NotSupportedError', 'Unrecognized algorithm name'));
  }
  await rejects(subtle.digest({}, new Uint8Array(1)), typeError('ERR_MISSING_OPTION', 'Failed to normalize ' +
    "algorithm: passed algorithm can not be converted to 'Algorithm' because 'name' is required in 'Algorithm'."));
  // Names are matched without regard to case, and come back in their
  // registered spelling.
  const k = await subtle.generateKey({ name: 'hmac', hash: { name: 'sha-1', extra: 1 } }, true, ['sign']);
  assert.deepStrictEqual(k.algorithm, { name: 'HMAC', length: 512, hash: { name: 'SHA-1' } });
  assert.deepStrictEqual((await subtle.generateKey('ed25519', true, ['sign'])).privateKey.algorithm,
    { name: 'Ed25519' });
  // An algorithm an operation does not have is "unrecognized" there.
  await rejects(subtle.generateKey('PBKDF2', false, ['deriveBits']),
    dom('NotSupportedError', 'Unrecognized algorithm name'));
  await rejects(subtle.sign('AES-GCM', key, new Uint8Array(1)), dom('NotSupportedError', 'Unrecognized algorithm name'));
  await rejects(subtle.encrypt('HMAC', key, new Uint8Array(1)), dom('NotSupportedError', 'Unrecognized algorithm name'));

  // Dictionary members: required ones, in WebIDL's (alphabetical) order.
  const missing = (dict, member) => typeError('ERR_MISSING_OPTION', 'Failed to normalize algorithm: passed ' +
    `algorithm can not be converted to '${dict}' because '${member}' is required in '${dict}'.`);
  await rejects(subtle.generateKey({ name: 'RSA-PSS' }, true, ['sign']), missing('RsaHashedKeyGenParams', 'hash'));
  await rejects(subtle.generateKey({ name: 'RSA-PSS', hash: 'SHA-256' }, true, ['sign']),
    missing('RsaHashedKeyGenParams', 'modulusLength'));
  await rejects(subtle.generateKey({ name: 'RSA-PSS', hash: 'SHA-256', modulusLength: 1024 }, true, ['sign']),
    missing('RsaHashedKeyGenParams', 'publicExponent'));
  await rejects(subtle.generateKey({ name: 'AES-GCM' }, true, ['encrypt']), missing('AesKeyGenParams', 'length'));
  await rejects(subtle.generateKey({ name: 'ECDH' }, true, ['deriveBits']), missing('EcKeyGenParams', 'namedCurve'));
  await rejects(subtle.encrypt({ name: 'AES-GCM' }, key, new Uint8Array(1)), missing('AesGcmParams', 'iv'));
  await rejects(subtle.sign('ECDSA', ec.privateKey, new Uint8Array(1)), missing('EcdsaParams', 'hash'));
  await rejects(subtle.generateKey({ name: 'HMAC', hash: {} }, true, ['sign']), missing('Algorithm', 'name'));
  await rejects(subtle.generateKey({ name: 'HMAC', hash: 'SHA-3' }, true, ['sign']),
    dom('NotSupportedError', 'Unrecognized algorithm name'));

  // [EnforceRange] integers.
  const member = (m, dict, text, code) => typeError(code,
    `Failed to normalize algorithm: '${m}' of '${dict}' (passed algorithm) ${text}`);
  const rsa = (o) => ({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-256', ...o });
  for (const bad of ['abc', NaN, Infinity]) {
    await rejects(subtle.generateKey(rsa({ modulusLength: bad }), true, ['sign']),
      member('modulusLength', 'RsaHashedKeyGenParams', 'is not a finite number.', 'ERR_INVALID_ARG_TYPE'));
  }
  for (const bad of [-1, 2 ** 32]) {
    await rejects(subtle.generateKey(rsa({ modulusLength: bad }), true, ['sign']),
      member('modulusLength', 'RsaHashedKeyGenParams', 'is outside the expected range of 0 to 4294967295.',
        'ERR_OUT_OF_RANGE'));
  }
  await rejects(subtle.generateKey(rsa({ modulusLength: 1024n }), true, ['sign']),
    member('modulusLength', 'RsaHashedKeyGenParams', 'is a BigInt and cannot be converted to a number.',
      'ERR_INVALID_ARG_TYPE'));
  await rejects(subtle.generateKey({ name: 'AES-CBC', length: 65536 }, true, ['encrypt']),
    member('length', 'AesKeyGenParams', 'is outside the expected range of 0 to 65535.', 'ERR_OUT_OF_RANGE'));
  await rejects(subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12), tagLength: 256 }, key, new Uint8Array(1)),
    member('tagLength', 'AesGcmParams', 'is outside the expected range of 0 to 255.', 'ERR_OUT_OF_RANGE'));
  await rejects(subtle.encrypt({ name: 'AES-GCM', iv: 'abc' }, key, new Uint8Array(1)),
    member('iv', 'AesGcmParams', 'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.',
      'ERR_INVALID_ARG_TYPE'));
  await rejects(subtle.generateKey(rsa({ publicExponent: [1, 0, 1] }), true, ['sign']),
    member('publicExponent', 'RsaHashedKeyGenParams', 'is not an Uint8Array object.', 'ERR_INVALID_ARG_TYPE'));
  await rejects(subtle.deriveBits({ name: 'ECDH', public: {} }, ec.privateKey, 8),
    member('public', 'EcdhKeyDeriveParams', 'is not of type CryptoKey.', 'ERR_INVALID_ARG_TYPE'));
  // Numbers in strings, and fractions, convert.
  const aes = await subtle.generateKey({ name: 'AES-CTR', length: '128.9' }, true, ['encrypt']);
  assert.deepStrictEqual(aes.algorithm, { name: 'AES-CTR', length: 128 });

  // A dictionary argument must be an object.
  await rejects(subtle.importKey('jwk', 'abc', 'AES-GCM', true, ['encrypt']), typeError('ERR_INVALID_ARG_TYPE',
    "Failed to execute 'importKey' on 'SubtleCrypto': 2nd argument can not be converted to a dictionary"));
  await rejects(subtle.importKey('jwk', { kty: 'oct', k: 'AAAA', key_ops: 'sign' }, 'AES-GCM', true, ['encrypt']),
    typeError('ERR_INVALID_ARG_TYPE', "Failed to execute 'importKey' on 'SubtleCrypto': 'key_ops' of " +
      "'JsonWebKey' (2nd argument) can not be converted to sequence."));

  // A method's argument buffers are copied: changing them afterwards does
  // not change the result.
  const data = new Uint8Array(abc);
  const pending = subtle.digest('SHA-1', data);
  data.fill(0);
  assert.deepStrictEqual(await pending, want);
});
