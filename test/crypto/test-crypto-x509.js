'use strict';
// X509Certificate on certificates made here by the system openssl: every
// field checked against openssl's own printout, the checks (host, email,
// IP, issuer, private key, signature), the legacy object, and bad input.
const assert = require('assert');
const crypto = require('crypto');
const { inspect } = require('util');
const { openssl, write, read } = require('./openssl-tool');
const { X509Certificate, createPrivateKey, createPublicKey } = crypto;

// A CA (RSA), a leaf it signs (EC P-256) with every kind of name, and a
// self-signed Ed25519 certificate with names that need quoting.
openssl(['genpkey', '-algorithm', 'RSA', '-pkeyopt', 'rsa_keygen_bits:2048', '-out', 'ca.key']);
openssl(['req', '-x509', '-new', '-key', 'ca.key', '-out', 'ca.pem', '-days', '30', '-set_serial', '1',
  '-subj', '/C=US/ST=CA/O=Lode Test CA/CN=Lode CA', '-addext', 'basicConstraints=critical,CA:TRUE']);
openssl(['genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', 'leaf.key']);
openssl(['req', '-new', '-key', 'leaf.key', '-out', 'leaf.csr',
  '-subj', '/C=US/O=Lode/OU=Dev/OU=Ops/CN=example.com/emailAddress=a@example.com']);
write('leaf.ext', [
  'subjectAltName=DNS:example.com,DNS:*.example.org,IP:127.0.0.1,IP:fe80::1,email:me@example.com,URI:http://example.com/x',
  'authorityInfoAccess=OCSP;URI:http://ocsp.example.com,caIssuers;URI:http://ca.example.com/ca.crt',
  'extendedKeyUsage=serverAuth,clientAuth',
  'keyUsage=digitalSignature',
  'basicConstraints=CA:FALSE',
].join('\n'));
openssl(['x509', '-req', '-in', 'leaf.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-set_serial', '0x0123456789ABCDEF',
  '-days', '10', '-extfile', 'leaf.ext', '-out', 'leaf.pem']);
openssl(['x509', '-in', 'leaf.pem', '-outform', 'DER', '-out', 'leaf.der']);
openssl(['genpkey', '-algorithm', 'ED25519', '-out', 'odd.key']);
write('odd.ext', [
  '[v3]', 'subjectAltName=@alt', '[alt]', 'DNS.1=a,b.com', 'URI.1=http://a/b?c=d,e', 'dirName.1=dir_sect',
  'RID.1=1.2.3.4', 'otherName.1=1.2.3.4;UTF8:hello', '[dir_sect]', 'C=UK', 'O=My Org', 'CN=Dir Name',
].join('\n'));
openssl(['req', '-new', '-key', 'odd.key', '-out', 'odd.csr', '-subj', '/CN=weird\\, name/O=A\\+B']);
openssl(['x509', '-req', '-in', 'odd.csr', '-signkey', 'odd.key', '-days', '5', '-extfile', 'odd.ext', '-extensions', 'v3',
  '-out', 'odd.pem']);

const leafPem = read('leaf.pem').toString();
const leaf = new X509Certificate(leafPem);
const ca = new X509Certificate(read('ca.pem'));
const odd = new X509Certificate(read('odd.pem'));

// What openssl prints, to compare with.
const printed = (name, ...args) => openssl(['x509', '-in', name, '-noout', ...args]).toString().trim();
const after = (s) => s.slice(s.indexOf('=') + 1);

// ---- fields ----
assert.strictEqual(leaf.subject, 'C=US\nO=Lode\nOU=Dev\nOU=Ops\nCN=example.com\nemailAddress=a@example.com');
assert.strictEqual(leaf.issuer, 'C=US\nST=CA\nO=Lode Test CA\nCN=Lode CA');
assert.strictEqual(ca.subject, ca.issuer);
assert.strictEqual(leaf.subjectAltName,
  'DNS:example.com, DNS:*.example.org, IP Address:127.0.0.1, IP Address:FE80:0:0:0:0:0:0:1, email:me@example.com, URI:http://example.com/x');
assert.strictEqual(leaf.infoAccess, 'OCSP - URI:http://ocsp.example.com\nCA Issuers - URI:http://ca.example.com/ca.crt');
assert.strictEqual(ca.subjectAltName, undefined);
assert.strictEqual(ca.infoAccess, undefined);
assert.strictEqual(leaf.validFrom, after(printed('leaf.pem', '-startdate')));
assert.strictEqual(leaf.validTo, after(printed('leaf.pem', '-enddate')));
assert.match(leaf.validFrom, /^[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d \d{4} GMT$/);
assert.strictEqual(leaf.fingerprint, after(printed('leaf.pem', '-fingerprint', '-sha1')));
assert.strictEqual(leaf.fingerprint256, after(printed('leaf.pem', '-fingerprint', '-sha256')));
assert.strictEqual(leaf.fingerprint512, after(printed('leaf.pem', '-fingerprint', '-sha512')));
assert.strictEqual(leaf.fingerprint256, crypto.createHash('sha256').update(leaf.raw).digest('hex').toUpperCase().match(/../g).join(':'));
assert.strictEqual(leaf.serialNumber, '0123456789ABCDEF');
assert.strictEqual(ca.serialNumber, '01');
assert.strictEqual(leaf.serialNumber, after(printed('leaf.pem', '-serial')));
assert.deepStrictEqual(leaf.raw, read('leaf.der'));
assert.strictEqual(leaf.raw, leaf.raw); // kept
assert.deepStrictEqual(leaf.keyUsage, ['1.3.6.1.5.5.7.3.1', '1.3.6.1.5.5.7.3.2']);
assert.strictEqual(ca.keyUsage, undefined);
assert.strictEqual(leaf.ca, false);
assert.strictEqual(ca.ca, true);
assert.strictEqual(leaf.issuerCertificate, undefined);
assert.strictEqual(leaf.toString(), leafPem);
assert.strictEqual(leaf.toJSON(), leafPem);
assert.strictEqual(JSON.stringify({ leaf }), JSON.stringify({ leaf: leafPem }));

// Names that need it are quoted, RFC 2253 escapes in names.
assert.strictEqual(odd.subject, 'CN=weird\\, name\nO=A\\+B');
assert.strictEqual(odd.subjectAltName,
  'DNS:"a\\u002cb.com", URI:"http://a/b?c=d\\u002ce", DirName:"CN=Dir Name\\u002cO=My Org\\u002cC=UK", ' +
  'Registered ID:1.2.3.4, othername:<unsupported>');

// ---- keys ----
const leafKey = createPrivateKey(read('leaf.key'));
const caKey = createPrivateKey(read('ca.key'));
assert.strictEqual(leaf.publicKey.type, 'public');
assert.strictEqual(leaf.publicKey.asymmetricKeyType, 'ec');
assert(leaf.publicKey.equals(createPublicKey(leafKey)));
assert(leaf.publicKey.equals(createPublicKey(leafPem))); // a certificate's key, read from PEM
assert(ca.publicKey.equals(createPublicKey(openssl(['x509', '-in', 'ca.pem', '-noout', '-pubkey']))));
assert.strictEqual(odd.publicKey.asymmetricKeyType, 'ed25519');
assert.strictEqual(leaf.checkPrivateKey(leafKey), true);
assert.strictEqual(leaf.checkPrivateKey(caKey), false);
assert.strictEqual(leaf.verify(ca.publicKey), true);
assert.strictEqual(leaf.verify(leaf.publicKey), false);
assert.strictEqual(ca.verify(ca.publicKey), true);
assert.strictEqual(odd.verify(odd.publicKey), true);
assert.strictEqual(leaf.checkIssued(ca), true);
assert.strictEqual(ca.checkIssued(leaf), false);
assert.strictEqual(ca.checkIssued(ca), true);
assert.throws(() => leaf.checkPrivateKey(leaf.publicKey), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.verify(caKey), { code: 'ERR_INVALID_ARG_VALUE', message: /^The argument 'pkey' is invalid\. Received PrivateKeyObject/ });
assert.throws(() => leaf.checkIssued('x'), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "otherCert" argument must be an instance of X509Certificate. Received type string (\'x\')',
});

// ---- host, email and IP checks ----
assert.strictEqual(leaf.checkHost('example.com'), 'example.com');
assert.strictEqual(leaf.checkHost('EXAMPLE.com'), 'example.com');
assert.strictEqual(leaf.checkHost('a.example.org'), '*.example.org');
assert.strictEqual(leaf.checkHost('a.b.example.org'), undefined);
assert.strictEqual(leaf.checkHost('nope.com'), undefined);
assert.strictEqual(leaf.checkHost('a.example.org', { wildcards: false }), undefined);
assert.strictEqual(leaf.checkHost('example.com', { subject: 'always' }), 'example.com');
assert.strictEqual(ca.checkHost('Lode CA'), 'Lode CA'); // no SANs: the subject's CN
assert.strictEqual(ca.checkHost('Lode CA', { subject: 'never' }), undefined);
assert.strictEqual(leaf.checkEmail('me@example.com'), 'me@example.com');
assert.strictEqual(leaf.checkEmail('a@example.com'), undefined); // the subject's, not checked with SANs present
assert.strictEqual(leaf.checkEmail('a@example.com', { subject: 'always' }), 'a@example.com');
assert.strictEqual(leaf.checkIP('127.0.0.1'), '127.0.0.1');
assert.strictEqual(leaf.checkIP('fe80::1'), 'fe80::1');
assert.strictEqual(leaf.checkIP('fe80:0::1'), 'fe80:0::1');
assert.strictEqual(leaf.checkIP('1.2.3.4'), undefined);
assert.throws(() => leaf.checkIP('x'), { name: 'TypeError', code: 'ERR_INVALID_ARG_VALUE', message: 'Invalid IP' });
assert.throws(() => leaf.checkHost(1), {
  code: 'ERR_INVALID_ARG_TYPE', message: 'The "name" argument must be of type string. Received type number (1)',
});
assert.throws(() => leaf.checkHost('a', { subject: 'sometimes' }), { code: 'ERR_INVALID_ARG_VALUE' });
assert.throws(() => leaf.checkHost('a', { wildcards: 1 }), { code: 'ERR_INVALID_ARG_TYPE' });

// ---- the legacy object ----
{
  const o = leaf.toLegacyObject();
  assert.deepStrictEqual(Object.keys(o), ['subject', 'issuer', 'subjectaltname', 'infoAccess', 'ca', 'bits', 'pubkey',
    'asn1Curve', 'nistCurve', 'valid_from', 'valid_to', 'fingerprint', 'fingerprint256', 'fingerprint512',
    'ext_key_usage', 'serialNumber', 'raw']);
  assert.strictEqual(Object.getPrototypeOf(o.subject), null);
  assert.deepStrictEqual({ ...o.subject }, { C: 'US', O: 'Lode', OU: ['Dev', 'Ops'], CN: 'example.com', emailAddress: 'a@example.com' });
  assert.deepStrictEqual({ ...o.issuer }, { C: 'US', ST: 'CA', O: 'Lode Test CA', CN: 'Lode CA' });
  assert.deepStrictEqual({ ...o.infoAccess }, { 'OCSP - URI': ['http://ocsp.example.com'], 'CA Issuers - URI': ['http://ca.example.com/ca.crt'] });
  assert.strictEqual(o.subjectaltname, leaf.subjectAltName);
  assert.strictEqual(o.bits, 256);
  assert.strictEqual(o.asn1Curve, 'prime256v1');
  assert.strictEqual(o.nistCurve, 'P-256');
  assert.deepStrictEqual(o.pubkey, leaf.publicKey.export({ format: 'der', type: 'spki' }).subarray(-65));
  assert.deepStrictEqual(o.raw, leaf.raw);
  assert.strictEqual(o.valid_to, leaf.validTo);
  assert.strictEqual(o.fingerprint256, leaf.fingerprint256);
  assert.deepStrictEqual(o.ext_key_usage, leaf.keyUsage);
  const c = ca.toLegacyObject();
  assert.strictEqual(c.ca, true);
  assert.strictEqual(c.bits, 2048);
  assert.strictEqual(c.exponent, '0x10001');
  assert.strictEqual(c.modulus, after(printed('ca.pem', '-modulus')));
  assert.deepStrictEqual(c.pubkey, ca.publicKey.export({ format: 'der', type: 'spki' }));
  assert.strictEqual(c.subjectaltname, undefined);
  assert.strictEqual(c.ext_key_usage, undefined);
}

// ---- input forms and bad input ----
assert.strictEqual(new X509Certificate(read('leaf.der')).fingerprint256, leaf.fingerprint256);
assert.strictEqual(new X509Certificate(new Uint8Array(read('leaf.der'))).serialNumber, leaf.serialNumber);
assert.strictEqual(new X509Certificate(new DataView(read('leaf.pem').buffer.slice(0))).subject.length > 0, true);
assert.throws(() => new X509Certificate('garbage'), {
  name: 'Error', code: 'ERR_OSSL_PEM_NO_START_LINE', message: 'error:0480006C:PEM routines::no start line',
  library: 'PEM routines', reason: 'no start line',
});
assert.throws(() => new X509Certificate(read('leaf.der').subarray(0, 100)), /error:/);
assert.throws(() => new X509Certificate(leafPem.replace(/\n.{10}/, '\n')), /error:/);
assert.throws(() => new X509Certificate(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "buffer" argument must be of type string or an instance of Buffer, TypedArray, or DataView. Received type number (1)',
});
assert.throws(() => X509Certificate('x'), TypeError);
assert.deepStrictEqual(Object.getOwnPropertyNames(X509Certificate.prototype), [
  'constructor', 'subject', 'subjectAltName', 'issuer', 'issuerCertificate', 'infoAccess', 'validFrom', 'validTo',
  'fingerprint', 'fingerprint256', 'fingerprint512', 'keyUsage', 'serialNumber', 'raw', 'publicKey', 'toString',
  'toJSON', 'ca', 'checkHost', 'checkEmail', 'checkIP', 'checkIssued', 'checkPrivateKey', 'verify', 'toLegacyObject',
]);
assert.strictEqual(inspect(leaf), `X509Certificate ${inspect({
  subject: leaf.subject, subjectAltName: leaf.subjectAltName, issuer: leaf.issuer, infoAccess: leaf.infoAccess,
  validFrom: leaf.validFrom, validTo: leaf.validTo, fingerprint: leaf.fingerprint, fingerprint256: leaf.fingerprint256,
  fingerprint512: leaf.fingerprint512, keyUsage: leaf.keyUsage, serialNumber: leaf.serialNumber,
})}`);
