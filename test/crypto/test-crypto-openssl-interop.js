'use strict';
// Interoperation with the system `openssl` command: keys it generates are
// read here and the reverse, signatures made by one verify with the other
// (RSA PKCS#1 v1.5 and PSS, DSA, ECDSA, Ed25519, Ed448), encrypted private
// keys open on both sides, RSA-OAEP ciphertexts decrypt on both sides, and
// both derive the same X25519/ECDH secrets.
const assert = require('assert');
const crypto = require('crypto');
const { openssl, write, read } = require('./openssl-tool');
const { createPrivateKey, createPublicKey, sign, verify } = crypto;

const message = Buffer.from('interoperable message\n');
write('msg', message);

const verified = (args) => {
  try {
    return openssl(args).toString().includes('Verified');
  } catch {
    return false; // openssl exits 1 on a bad signature
  }
};

const kinds = [
  ['rsa', ['-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048']],
  ['rsa-pss', ['-algorithm', 'RSA-PSS', '-pkeyopt', 'rsa_keygen_bits:2048']],
  ['ec-p256', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']],
  ['ec-p384', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-384']],
  ['ec-k1', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:secp256k1']],
  ['ed25519', ['-algorithm', 'ED25519']],
  ['ed448', ['-algorithm', 'ED448']],
];

// DSA needs parameters first.
openssl(['genpkey', '-genparam', '-algorithm', 'DSA', '-pkeyopt', 'dsa_paramgen_bits:2048', '-out', 'dsa.param']);
openssl(['genpkey', '-paramfile', 'dsa.param', '-out', 'dsa.key']);
const names = ['dsa'];
for (const [name, args] of kinds) {
  openssl(['genpkey', ...args, '-out', `${name}.key`]);
  names.push(name);
}

for (const name of names) {
  openssl(['pkey', '-in', `${name}.key`, '-pubout', '-out', `${name}.pub`]);
  const privateKey = createPrivateKey(read(`${name}.key`));
  const publicKey = createPublicKey(read(`${name}.pub`));
  assert(createPublicKey(privateKey).equals(publicKey), name);
  // Our SPKI and PKCS#8 are openssl's, byte for byte.
  assert.strictEqual(publicKey.export({ format: 'pem', type: 'spki' }), read(`${name}.pub`).toString(), name);
  assert.strictEqual(privateKey.export({ format: 'pem', type: 'pkcs8' }), read(`${name}.key`).toString(), name);

  const eddsa = name.startsWith('ed');
  const alg = eddsa ? null : 'sha256';

  // openssl signs, we verify.
  const theirs = eddsa ?
    openssl(['pkeyutl', '-sign', '-rawin', '-inkey', `${name}.key`, '-in', 'msg']) :
    openssl(['dgst', '-sha256', '-sign', `${name}.key`, 'msg']);
  assert(verify(alg, message, publicKey, theirs), `${name}: openssl's signature`);
  const bad = Buffer.from(theirs);
  bad[bad.length - 5] ^= 1;
  assert(!verify(alg, message, publicKey, bad), `${name}: tampered`);

  // We sign, openssl verifies.
  const ours = sign(alg, message, privateKey);
  write(`${name}.sig`, ours);
  const args = eddsa ?
    ['pkeyutl', '-verify', '-rawin', '-pubin', '-inkey', `${name}.pub`, '-in', 'msg', '-sigfile', `${name}.sig`] :
    ['dgst', '-sha256', '-verify', `${name}.pub`, '-signature', `${name}.sig`, 'msg'];
  assert(verified(args), `${name}: our signature`);
  write(`${name}.bad`, bad);
  assert(!verified(args.map((a) => (a === `${name}.sig` ? `${name}.bad` : a))), `${name}: openssl refuses the tampered one`);

  // Encrypted PKCS#8 both ways.
  write(`${name}.enc`, privateKey.export({ format: 'pem', type: 'pkcs8', cipher: 'aes-256-cbc', passphrase: 'lode pw' }));
  const back = openssl(['pkey', '-in', `${name}.enc`, '-passin', 'pass:lode pw']).toString();
  assert.strictEqual(back, read(`${name}.key`).toString(), `${name}: openssl opens our encrypted key`);
  openssl(['pkcs8', '-topk8', '-in', `${name}.key`, '-v2', 'aes-128-cbc', '-passout', 'pass:other pw', '-out', `${name}.p8`]);
  assert(createPrivateKey({ key: read(`${name}.p8`), passphrase: 'other pw' }).equals(privateKey), `${name}: we open openssl's`);
  openssl(['pkcs8', '-topk8', '-in', `${name}.key`, '-v2', 'aes-128-cbc', '-passout', 'pass:der pw', '-outform', 'DER', '-out', `${name}.p8.der`]);
  assert(createPrivateKey({ key: read(`${name}.p8.der`), format: 'der', type: 'pkcs8', passphrase: 'der pw' }).equals(privateKey));
}

// ---- RSA-PSS with explicit parameters, and PKCS#1 v1.5 with other digests ----
{
  const privateKey = createPrivateKey(read('rsa.key'));
  const publicKey = createPublicKey(read('rsa.pub'));
  const pss = ['-sigopt', 'rsa_padding_mode:pss', '-sigopt', 'rsa_pss_saltlen:32'];
  const theirs = openssl(['dgst', '-sha256', ...pss, '-sign', 'rsa.key', 'msg']);
  const opts = { key: publicKey, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  assert(verify('sha256', message, opts, theirs));
  assert(!verify('sha256', message, { ...opts, saltLength: 31 }, theirs));
  write('pss.sig', sign('sha256', message, { ...opts, key: privateKey }));
  assert(verified(['dgst', '-sha256', ...pss, '-verify', 'rsa.pub', '-signature', 'pss.sig', 'msg']));
  for (const alg of ['sha1', 'sha384', 'sha512', 'sha3-256']) {
    write(`${alg}.sig`, sign(alg, message, privateKey));
    assert(verified(['dgst', `-${alg}`, '-verify', 'rsa.pub', '-signature', `${alg}.sig`, 'msg']), alg);
    assert(verify(alg, message, publicKey, openssl(['dgst', `-${alg}`, '-sign', 'rsa.key', 'msg'])), alg);
  }
  // PKCS#1 keys written by us read in openssl, and theirs here.
  write('rsa.pkcs1', privateKey.export({ format: 'pem', type: 'pkcs1' }));
  assert.strictEqual(openssl(['pkey', '-in', 'rsa.pkcs1']).toString(), read('rsa.key').toString());
  const trad = openssl(['rsa', '-in', 'rsa.key', '-traditional', '-aes128', '-passout', 'pass:pw']);
  assert(createPrivateKey({ key: trad, passphrase: 'pw' }).equals(privateKey));
}

// ---- RSA-OAEP ----
{
  const privateKey = createPrivateKey(read('rsa.key'));
  const publicKey = createPublicKey(read('rsa.pub'));
  const secret = Buffer.from('a secret of some length');
  write('secret', secret);
  for (const md of ['sha1', 'sha256']) {
    const opts = ['-pkeyopt', 'rsa_padding_mode:oaep', '-pkeyopt', `rsa_oaep_md:${md}`];
    const theirs = openssl(['pkeyutl', '-encrypt', '-pubin', '-inkey', 'rsa.pub', ...opts, '-in', 'secret']);
    assert.deepStrictEqual(crypto.privateDecrypt({ key: privateKey, oaepHash: md }, theirs), secret, md);
    write(`oaep-${md}`, crypto.publicEncrypt({ key: publicKey, oaepHash: md }, secret));
    assert.deepStrictEqual(openssl(['pkeyutl', '-decrypt', '-inkey', 'rsa.key', ...opts, '-in', `oaep-${md}`]), secret, md);
  }
  // privateEncrypt is openssl's raw "sign" with PKCS#1 padding.
  assert.deepStrictEqual(crypto.privateEncrypt(privateKey, secret), openssl(['pkeyutl', '-sign', '-inkey', 'rsa.key', '-in', 'secret']));
}

// ---- key agreement ----
for (const [name, args] of [['x25519', ['-algorithm', 'X25519']], ['x448', ['-algorithm', 'X448']],
  ['p256', ['-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256']]]) {
  openssl(['genpkey', ...args, '-out', `${name}-a.key`]);
  const b = crypto.generateKeyPairSync(name === 'p256' ? 'ec' : name, name === 'p256' ? { namedCurve: 'P-256' } : undefined);
  write(`${name}-b.pub`, b.publicKey.export({ format: 'pem', type: 'spki' }));
  const theirs = openssl(['pkeyutl', '-derive', '-inkey', `${name}-a.key`, '-peerkey', `${name}-b.pub`]);
  const a = createPrivateKey(read(`${name}-a.key`));
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: b.privateKey, publicKey: createPublicKey(a) }), theirs, name);
  assert.deepStrictEqual(crypto.diffieHellman({ privateKey: a, publicKey: b.publicKey }), theirs, name);
}
