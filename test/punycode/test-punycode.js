'use strict';
// node:punycode (deprecated): RFC 3492 encode/decode, the label-wise
// toASCII/toUnicode and the ucs2 helpers.
const assert = require('assert');
const { spawnSync } = require('child_process');
const punycode = require('punycode');

assert.strictEqual(require('node:punycode'), punycode);
assert.deepStrictEqual(Object.keys(punycode), ['version', 'ucs2', 'decode', 'encode', 'toASCII', 'toUnicode']);
assert.strictEqual(punycode.version, '2.1.0');

// RFC 3492 samples and friends.
const samples = [
  ['münchen', 'mnchen-3ya'],
  ['mañana', 'maana-pta'],
  ['他们为什么不说中文', 'ihqwcrb4cv8a8dqg056pqjye'],
  ['「bücher」', 'bcher-kva8445foa'],
  ['-> $1.00 <-', '-> $1.00 <--'],
  ['abc', 'abc-'],
  ['', ''],
  ['😀', 'e28h'],
  ['ü', 'tda'],
];
for (const [decoded, encoded] of samples) {
  assert.strictEqual(punycode.encode(decoded), encoded, decoded);
  assert.strictEqual(punycode.decode(encoded), decoded, encoded);
}
assert.strictEqual(punycode.decode('a-'), 'a');

// Bad input: RangeErrors with punycode.js's messages.
assert.throws(() => punycode.decode('ü'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('zzzzzzzzzzzzzz'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('a-9'), { name: 'RangeError', message: 'Invalid input' });
assert.throws(() => punycode.decode('9999999999'), {
  name: 'RangeError', message: 'Overflow: input needs wider integers to process',
});
assert.throws(() => punycode.decode('ü-x'), {
  name: 'RangeError', message: 'Illegal input >= 0x80 (not a basic code point)',
});

// Domains: only the labels that need it, with IDNA full stops, and only
// the part after an '@'.
assert.strictEqual(punycode.toASCII('mañana.com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('ma\u00f1ana\u3002com'), 'xn--maana-pta.com');
assert.strictEqual(punycode.toASCII('user@münchen.de'), 'user@xn--mnchen-3ya.de');
assert.strictEqual(punycode.toASCII('EXAMPLE.com'), 'EXAMPLE.com');
assert.strictEqual(punycode.toUnicode('xn--maana-pta.com'), 'mañana.com');
assert.strictEqual(punycode.toUnicode('XN--MAANA-PTA.com'), 'XN--MAANA-PTA.com');
assert.strictEqual(punycode.toUnicode('user@xn--mnchen-3ya.de'), 'user@münchen.de');
assert.strictEqual(punycode.toUnicode('example.com'), 'example.com');
assert.throws(() => punycode.toUnicode('xn--ü.com'), RangeError);

// ucs2: code points, pairs joined, lone surrogates kept.
assert.deepStrictEqual(punycode.ucs2.decode('a😀\uD800b\uDC00'), [97, 128512, 0xD800, 98, 0xDC00]);
assert.strictEqual(punycode.ucs2.encode([97, 128512, 0xD800]), 'a😀\uD800');
assert.strictEqual(punycode.ucs2.decode.name, 'ucs2decode');

// DEP0040 is pending in Node 20: printed only with --pending-deprecation.
{
  const quiet = spawnSync(process.execPath, ['-e', 'require("punycode")'], { encoding: 'utf8' });
  assert.strictEqual(quiet.stderr, '');
  const env = { ...process.env, NODE_PENDING_DEPRECATION: '1' };
  const loud = spawnSync(process.execPath, ['-e', 'require("punycode")'], { encoding: 'utf8', env });
  assert.match(loud.stderr, /\[DEP0040\] DeprecationWarning: The `punycode` module is deprecated\. Please use a userland alternative instead\./);
}
