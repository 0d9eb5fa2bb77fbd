'use strict';
// crypto.Certificate (SPKAC): an SPKAC built here from a fresh RSA key
// (DER by hand: PublicKeyAndChallenge, sha256WithRSAEncryption, signature),
// verified and taken apart; bad input as node answers it.
const assert = require('assert');
const crypto = require('crypto');
const { Certificate } = crypto;

const der = (tag, body) => {
  const n = body.length;
  const len = n < 0x80 ? [n] : n < 0x100 ? [0x81, n] : [0x82, n >> 8, n & 0xff];
  return Buffer.concat([Buffer.from([tag, ...len]), body]);
};
const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 1024 });
const spki = publicKey.export({ type: 'spki', format: 'der' });
const challenge = 'lode-challenge-ü'; // IA5String bytes: above 0x7f read as Latin-1 (node)
const pkac = der(0x30, Buffer.concat([spki, der(0x16, Buffer.from(challenge))]));
const sha256WithRSA = Buffer.from('300d06092a864886f70d01010b0500', 'hex');
const signature = crypto.sign('sha256', pkac, privateKey);
const spkac = der(0x30, Buffer.concat([pkac, sha256WithRSA, der(0x03, Buffer.concat([Buffer.from([0]), signature]))]))
  .toString('base64');

assert.strictEqual(Certificate.verifySpkac(Buffer.from(spkac)), true);
assert.strictEqual(Certificate.verifySpkac(spkac), true);
assert.strictEqual(Certificate.verifySpkac(Buffer.from(`${spkac}\n  `)), true);
assert.strictEqual(Certificate.verifySpkac(Buffer.from(spkac).toString('hex'), 'hex'), true);
const challengeOut = Certificate.exportChallenge(spkac);
assert.ok(Buffer.isBuffer(challengeOut));
assert.strictEqual(challengeOut.toString(), Buffer.from(challenge).toString('latin1'));
const pem = Certificate.exportPublicKey(new Uint8Array(Buffer.from(spkac)));
assert.ok(Buffer.isBuffer(pem));
assert.strictEqual(pem.toString(), publicKey.export({ type: 'spki', format: 'pem' }));

// A changed signature no longer verifies; the rest still reads.
const tampered = Buffer.from(spkac, 'base64');
tampered[tampered.length - 3] ^= 1;
assert.strictEqual(Certificate.verifySpkac(tampered.toString('base64')), false);
assert.deepStrictEqual(Certificate.exportChallenge(tampered.toString('base64')), challengeOut);

// Not an SPKAC: false or ''; nothing at all: '' (node's answers).
assert.strictEqual(Certificate.verifySpkac('garbage'), false);
assert.strictEqual(Certificate.exportChallenge(Buffer.from('garbage')), '');
assert.strictEqual(Certificate.exportPublicKey('garbage'), '');
assert.strictEqual(Certificate.verifySpkac(Buffer.alloc(0)), '');
assert.strictEqual(Certificate.exportChallenge(new ArrayBuffer(0)), '');
assert.strictEqual(Certificate.verifySpkac(new DataView(new ArrayBuffer(3))), false);
assert.throws(() => Certificate.verifySpkac(5), { code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "spkac" argument must be of type string or an instance of ArrayBuffer, Buffer, TypedArray, ' +
    'or DataView. Received type number (5)' });
assert.throws(() => Certificate.verifySpkac('abc', 'bogus'), { code: 'ERR_UNKNOWN_ENCODING' });

// The legacy object form, with or without new.
const cert = Certificate();
assert.ok(cert instanceof Certificate);
assert.ok(new Certificate() instanceof Certificate);
assert.strictEqual(cert.verifySpkac(Buffer.from(spkac)), true);
assert.strictEqual(Certificate.prototype.exportChallenge, Certificate.exportChallenge);
