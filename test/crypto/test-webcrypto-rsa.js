'use strict';
// RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP in crypto.subtle: signatures and
// ciphertexts exchanged with node:crypto and with the system `openssl`,
// generated keys, the spki/pkcs8/jwk formats against KeyObject's, key
// wrapping with RSA-OAEP, and bad input.
const assert = require('assert');
const nodeCrypto = require('crypto');
const { hex, utf8, rejects, dom, run } = require('./webcrypto-helpers');
const { rsaPrivatePem } = require('./fixtures-keys');
const { openssl, write, read } = require('./openssl-tool');

const { subtle } = globalThis.crypto;
const { constants } = nodeCrypto;

const nodePriv = nodeCrypto.createPrivateKey(rsaPrivatePem);
const nodePub = nodeCrypto.createPublicKey(nodePriv);
const pkcs8 = nodePriv.export({ format: 'der', type: 'pkcs8' });
const spki = nodePub.export({ format: 'der', type: 'spki' });
write('key.pem', nodePriv.export({ format: 'pem', type: 'pkcs8' }));
write('pub.pem', nodePub.export({ format: 'pem', type: 'spki' }));
const data = utf8('a message to sign or to encrypt');
write('data', data);

const rsaAlg = (name, hash) => ({ name, hash });

run(async () => {
  // ---- RSASSA-PKCS1-v1_5 ----
  const signer = await subtle.importKey('pkcs8', pkcs8, rsaAlg('RSASSA-PKCS1-v1_5', 'SHA-256'), true, ['sign']);
  const verifier = await subtle.importKey('spki', spki, rsaAlg('RSASSA-PKCS1-v1_5', 'SHA-256'), true, ['verify']);
  assert.deepStrictEqual(signer.algorithm, { name: 'RSASSA-PKCS1-v1_5', modulusLength: 1024,
    publicExponent: new Uint8Array([1, 0, 1]), hash: { name: 'SHA-256' } });
  const sig = await subtle.sign('RSASSA-PKCS1-v1_5', signer, data);
  assert.strictEqual(sig.byteLength, 128);
  // Deterministic: node:crypto and openssl make the same signature.
  assert.strictEqual(hex(sig), hex(nodeCrypto.sign('sha256', data, nodePriv)));
  assert.strictEqual(hex(sig), hex(openssl(['dgst', '-sha256', '-sign', 'key.pem', 'data'])));
  write('sig', Buffer.from(sig));
  assert.match(openssl(['dgst', '-sha256', '-verify', 'pub.pem', '-signature', 'sig', 'data']).toString(), /Verified OK/);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', verifier, sig, data), true);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', verifier, sig, utf8('other')), false);
  assert.strictEqual(await subtle.verify('RSASSA-PKCS1-v1_5', verifier, new Uint8Array(5), data), false);
  for (const hash of ['SHA-1', 'SHA-384', 'SHA-512']) {
    const k = await subtle.importKey('pkcs8', pkcs8, rsaAlg('RSASSA-PKCS1-v1_5', hash), false, ['sign']);
    const s = await subtle.sign('RSASSA-PKCS1-v1_5', k, data);
    assert.strictEqual(hex(s), hex(nodeCrypto.sign(hash.replace('-', '').toLowerCase(), data, nodePriv)));
  }

  // ---- RSA-PSS ----
  const pssSigner = await subtle.importKey('pkcs8', pkcs8, rsaAlg('RSA-PSS', 'SHA-256'), false, ['sign']);
  const pssVerifier = await subtle.importKey('spki', spki, rsaAlg('RSA-PSS', 'SHA-256'), false, ['verify']);
  for (const saltLength of [0, 20, 32, 94]) {
    const s = await subtle.sign({ name: 'RSA-PSS', saltLength }, pssSigner, data);
    assert.strictEqual(await subtle.verify({ name: 'RSA-PSS', saltLength }, pssVerifier, s, data), true);
    assert.strictEqual(nodeCrypto.verify('sha256', data, { key: nodePub, padding: constants.RSA_PKCS1_PSS_PADDING,
      saltLength }, Buffer.from(s)), true);
    const n = nodeCrypto.sign('sha256', data, { key: nodePriv, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength });
    assert.strictEqual(await subtle.verify({ name: 'RSA-PSS', saltLength }, pssVerifier, n, data), true);
  }
  const pss = await subtle.sign({ name: 'RSA-PSS', saltLength: 32 }, pssSigner, data);
  write('pss', Buffer.from(pss));
  assert.match(openssl(['dgst', '-sha256', '-verify', 'pub.pem', '-sigopt', 'rsa_padding_mode:pss', '-sigopt',
    'rsa_pss_saltlen:32', '-signature', 'pss', 'data']).toString(), /Verified OK/);
  assert.strictEqual(await subtle.verify({ name: 'RSA-PSS', saltLength: 20 }, pssVerifier, pss, data), false);
  // The largest salt for 1024 bits and SHA-256: 128 - 32 - 2.
  await rejects(subtle.sign({ name: 'RSA-PSS', saltLength: 95 }, pssSigner, data),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  const err = await rejects(subtle.sign({ name: 'RSA-PSS', saltLength: 1000 }, pssSigner, data),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  await rejects(subtle.verify({ name: 'RSA-PSS', saltLength: 1000 }, pssVerifier, pss, data),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  assert.strictEqual(err.cause.message,
    'The value of "algorithm.saltLength" is out of range. It must be >= 0 && <= 94. Received 1000');
  // A PKCS #1 v1.5 key does not sign PSS, nor the reverse.
  await rejects(subtle.sign({ name: 'RSA-PSS', saltLength: 0 }, signer, data),
    dom('InvalidAccessError', 'Unable to use this key to sign'));
  await rejects(subtle.sign('RSASSA-PKCS1-v1_5', pssSigner, data), dom('InvalidAccessError', 'Unable to use this key to sign'));

  // ---- RSA-OAEP ----
  const enc = await subtle.importKey('spki', spki, rsaAlg('RSA-OAEP', 'SHA-256'), false, ['encrypt', 'wrapKey']);
  const dec = await subtle.importKey('pkcs8', pkcs8, rsaAlg('RSA-OAEP', 'SHA-256'), false, ['decrypt', 'unwrapKey']);
  const label = utf8('label');
  for (const params of [{ name: 'RSA-OAEP' }, { name: 'RSA-OAEP', label }]) {
    const c = await subtle.encrypt(params, enc, data);
    assert.strictEqual(c.byteLength, 128);
    assert.strictEqual(hex(await subtle.decrypt(params, dec, c)), hex(data));
    const opts = { key: nodePriv, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' };
    if (params.label) opts.oaepLabel = label;
    assert.strictEqual(hex(nodeCrypto.privateDecrypt(opts, Buffer.from(c))), hex(data));
    const n = nodeCrypto.publicEncrypt({ ...opts, key: nodePub }, data);
    assert.strictEqual(hex(await subtle.decrypt(params, dec, n)), hex(data));
  }
  write('oaep', Buffer.from(await subtle.encrypt({ name: 'RSA-OAEP' }, enc, data)));
  assert.strictEqual(hex(openssl(['pkeyutl', '-decrypt', '-inkey', 'key.pem', '-in', 'oaep', '-pkeyopt',
    'rsa_padding_mode:oaep', '-pkeyopt', 'rsa_oaep_md:sha256'])), hex(data));
  openssl(['pkeyutl', '-encrypt', '-pubin', '-inkey', 'pub.pem', '-in', 'data', '-out', 'oaep2', '-pkeyopt',
    'rsa_padding_mode:oaep', '-pkeyopt', 'rsa_oaep_md:sha256']);
  assert.strictEqual(hex(await subtle.decrypt({ name: 'RSA-OAEP' }, dec, read('oaep2'))), hex(data));
  const withLabel = await subtle.encrypt({ name: 'RSA-OAEP', label }, enc, data);
  await rejects(subtle.decrypt({ name: 'RSA-OAEP', label: utf8('other') }, dec, withLabel),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  await rejects(subtle.decrypt({ name: 'RSA-OAEP' }, dec, new Uint8Array(128)),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  // At most 128 - 2 * 32 - 2 bytes.
  await subtle.encrypt({ name: 'RSA-OAEP' }, enc, new Uint8Array(62));
  await rejects(subtle.encrypt({ name: 'RSA-OAEP' }, enc, new Uint8Array(63)),
    dom('OperationError', 'The operation failed for an operation-specific reason'));
  const notValid = dom('InvalidAccessError', 'The requested operation is not valid for the provided key');
  await rejects(subtle.encrypt({ name: 'RSA-OAEP' }, dec, data), notValid);
  await rejects(subtle.decrypt({ name: 'RSA-OAEP' }, enc, new Uint8Array(128)), notValid);
  // Wrapping with RSA-OAEP.
  const aes = await subtle.generateKey({ name: 'AES-GCM', length: 256 }, true, ['encrypt', 'decrypt']);
  const wrapped = await subtle.wrapKey('raw', aes, enc, { name: 'RSA-OAEP', label });
  const unwrapped = await subtle.unwrapKey('raw', wrapped, dec, { name: 'RSA-OAEP', label }, 'AES-GCM', true,
    ['decrypt']);
  assert.strictEqual(hex(await subtle.exportKey('raw', unwrapped)), hex(await subtle.exportKey('raw', aes)));

  // ---- generated keys ----
  const jwkAlgs = { 'RSASSA-PKCS1-v1_5': ['RS1', 'RS256'], 'RSA-PSS': ['PS1', 'PS256'],
    'RSA-OAEP': ['RSA-OAEP', 'RSA-OAEP-256'] };
  for (const [name, [alg1, alg256]] of Object.entries(jwkAlgs)) {
    const usages = name === 'RSA-OAEP' ? ['wrapKey', 'unwrapKey', 'decrypt', 'encrypt'] : ['sign', 'verify'];
    const pair = await subtle.generateKey({ name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256' }, true, usages);
    assert.deepStrictEqual(Object.keys(pair), ['publicKey', 'privateKey']);
    const { publicKey, privateKey } = pair;
    assert.deepStrictEqual(publicKey.algorithm, { name, modulusLength: 1024,
      publicExponent: new Uint8Array([1, 0, 1]), hash: { name: 'SHA-256' } });
    // The halves' usages, in Node's order.
    assert.deepStrictEqual([publicKey.usages, privateKey.usages], name === 'RSA-OAEP' ?
      [['encrypt', 'wrapKey'], ['decrypt', 'unwrapKey']] : [['verify'], ['sign']]);
    const node = nodeCrypto.createPrivateKey({ key: Buffer.from(await subtle.exportKey('pkcs8', privateKey)),
      format: 'der', type: 'pkcs8' });
    assert.strictEqual(node.asymmetricKeyDetails.modulusLength, 1024);
    const jwk = await subtle.exportKey('jwk', privateKey);
    assert.deepStrictEqual(jwk, { key_ops: privateKey.usages, ext: true, ...node.export({ format: 'jwk' }),
      alg: alg256 });
    assert.deepStrictEqual(Object.keys(jwk), ['key_ops', 'ext', 'kty', 'n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi',
      'alg']);
    const pubJwk = await subtle.exportKey('jwk', publicKey);
    assert.deepStrictEqual(Object.keys(pubJwk), ['key_ops', 'ext', 'kty', 'n', 'e', 'alg']);
    const back = await subtle.importKey('jwk', jwk, { name, hash: 'SHA-256' }, true, privateKey.usages);
    assert.strictEqual(hex(await subtle.exportKey('pkcs8', back)), hex(await subtle.exportKey('pkcs8', privateKey)));
    const sha1 = await subtle.importKey('spki', await subtle.exportKey('spki', publicKey), { name, hash: 'SHA-1' },
      true, []);
    assert.strictEqual((await subtle.exportKey('jwk', sha1)).alg, alg1);
    await rejects(subtle.importKey('jwk', { ...pubJwk, alg: alg1 }, { name, hash: 'SHA-256' }, true, []),
      dom('DataError', 'JWK "alg" does not match the requested algorithm'));
    await rejects(subtle.importKey('jwk', { ...pubJwk, use: name === 'RSA-OAEP' ? 'sig' : 'enc' },
      { name, hash: 'SHA-256' }, true, publicKey.usages), dom('DataError', 'Invalid JWK "use" Parameter'));
    await rejects(subtle.importKey('raw', spki, { name, hash: 'SHA-256' }, true, []),
      dom('NotSupportedError', 'Unable to import RSA key with format raw'));
    await rejects(subtle.exportKey('raw', publicKey), dom('InvalidAccessError', `Unable to export a raw ${name} public key`));
    await rejects(subtle.generateKey({ name, modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
      hash: 'SHA-256' }, true, ['deriveBits']), dom('SyntaxError', 'Unsupported key usage for a RSA key'));
    await rejects(subtle.importKey('pkcs8', pkcs8, { name, hash: 'SHA-256' }, true, ['deriveBits']),
      dom('SyntaxError', `Unsupported key usage for an ${name} key`));
  }
  const e3 = await subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([3]),
    hash: 'SHA-1' }, false, ['sign']);
  assert.deepStrictEqual(e3.publicKey.algorithm.publicExponent, new Uint8Array([3]));
  assert.deepStrictEqual(e3.privateKey.usages, ['sign']);
  await rejects(subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 0, 0, 0, 1]),
    hash: 'SHA-1' }, false, ['sign']), dom('OperationError', 'The publicExponent must be equivalent to an unsigned 32-bit value'));
  await rejects(subtle.generateKey({ name: 'RSA-PSS', modulusLength: 1024, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-1' }, false, ['verify']), dom('SyntaxError', 'Usages cannot be empty when creating a key.'));
  await rejects(subtle.generateKey({ name: 'RSA-OAEP', modulusLength: 256, publicExponent: new Uint8Array([1, 0, 1]),
    hash: 'SHA-1' }, false, ['decrypt']), dom('OperationError', 'The operation failed for an operation-specific reason'));
  await rejects(subtle.importKey('pkcs8', pkcs8, rsaAlg('RSA-OAEP', 'SHA-1'), true, []),
    dom('SyntaxError', 'Usages cannot be empty when importing a private key.'));

  // Other kinds of keys are refused, including RSASSA-PSS (OID) keys.
  const pssKey = nodeCrypto.generateKeyPairSync('rsa-pss', { modulusLength: 1024 });
  const ecKey = nodeCrypto.generateKeyPairSync('ec', { namedCurve: 'P-256' });
  for (const other of [pssKey, ecKey]) {
    await rejects(subtle.importKey('spki', other.publicKey.export({ format: 'der', type: 'spki' }),
      rsaAlg('RSA-PSS', 'SHA-256'), true, ['verify']), dom('DataError', 'Invalid key type'));
  }
  await rejects(subtle.importKey('jwk', { ...nodePub.export({ format: 'jwk' }), e: undefined },
    rsaAlg('RSA-PSS', 'SHA-256'), true, ['verify']), dom('DataError', 'Invalid keyData'));
  await rejects(subtle.importKey('spki', pkcs8, rsaAlg('RSA-PSS', 'SHA-256'), true, ['verify']),
    dom('DataError', 'Invalid keyData'));
});
