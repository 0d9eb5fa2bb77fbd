'use strict';
// Date's toLocaleString / toLocaleDateString / toLocaleTimeString and
// BigInt's toLocaleString without options print what the engine prints
// with the same (empty) options, for any locale string, and follow a change
// of process.env.TZ (lode keeps their formatters between calls).
const assert = require('assert');
const { spawnSync } = require('child_process');

if (process.argv[2] === 'tz') {
  // Child, started with TZ=UTC.
  const d = new Date(0);
  assert.strictEqual(d.toLocaleTimeString('en-US').replace(/\s/g, ' '), '12:00:00 AM');
  setTimeout(() => {
    process.env.TZ = 'Asia/Tokyo';
    setTimeout(() => {
      assert.strictEqual(d.toLocaleTimeString('en-US').replace(/\s/g, ' '), '9:00:00 AM');
      assert.strictEqual(new Date(0).toLocaleString('en-US').replace(/\s/g, ' '), '1/1/1970, 9:00:00 AM');
      delete process.env.TZ;
      process.env.TZ = 'UTC';
      setTimeout(() => {
        assert.strictEqual(d.toLocaleDateString('en-US'), '1/1/1970');
        assert.strictEqual(d.toLocaleTimeString('en-US').replace(/\s/g, ' '), '12:00:00 AM');
        console.log('tz ok');
      }, 1);
    }, 1);
  }, 1);
  return;
}

const locales = [undefined, 'en-US', 'en-GB', 'de-DE', 'fr', 'ja-JP', 'zh-CN', 'ar-EG', 'hi-IN', 'he',
  'ko', 'ru', 'pt-BR', 'th-TH-u-ca-buddhist', 'en-US-u-hc-h23'];
const dates = [new Date(0), new Date(Date.UTC(2024, 1, 29, 13, 5, 9, 123)), new Date(-1e13),
  new Date(8.64e15), new Date(-8.64e15), new Date(1e12)];
for (const loc of locales) {
  for (const d of dates) {
    for (let round = 0; round < 2; round++) { // the second round uses the kept formatters
      assert.strictEqual(d.toLocaleString(loc), d.toLocaleString(loc, {}), `${loc} ${+d}`);
      assert.strictEqual(d.toLocaleDateString(loc), d.toLocaleDateString(loc, {}), `${loc} ${+d}`);
      assert.strictEqual(d.toLocaleTimeString(loc), d.toLocaleTimeString(loc, {}), `${loc} ${+d}`);
    }
  }
  for (const n of [0n, 12345678901234567890n, -42n]) {
    assert.strictEqual(n.toLocaleString(loc), n.toLocaleString(loc, {}), `${loc} ${n}`);
  }
}
assert.strictEqual(new Date(NaN).toLocaleString(), 'Invalid Date');
assert.strictEqual(new Date(NaN).toLocaleDateString('de-DE'), 'Invalid Date');
assert.strictEqual(new Date(NaN).toLocaleTimeString(), 'Invalid Date');
// Locale lists and options still reach the engine.
assert.strictEqual(new Date(0).toLocaleDateString(['de-DE', 'en-US']), new Date(0).toLocaleDateString('de-DE'));
assert.strictEqual(new Date(0).toLocaleDateString('en-US', { timeZone: 'UTC', month: 'long' }), 'January');
// Errors as the engine's.
assert.throws(() => new Date(0).toLocaleString('not a locale!'), RangeError);
assert.throws(() => Date.prototype.toLocaleString.call({}), TypeError);
assert.throws(() => Date.prototype.toLocaleDateString.call(5), TypeError);
assert.throws(() => BigInt.prototype.toLocaleString.call(5), TypeError);
// The methods look as before.
for (const name of ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString']) {
  const desc = Object.getOwnPropertyDescriptor(Date.prototype, name);
  assert.strictEqual(desc.value.name, name);
  assert.strictEqual(desc.value.length, 0);
  assert.strictEqual(desc.enumerable, false);
  assert.strictEqual(desc.writable, true);
}
assert.strictEqual(BigInt.prototype.toLocaleString.name, 'toLocaleString');
assert.strictEqual(BigInt.prototype.toLocaleString.length, 0);

const child = spawnSync(process.execPath, [__filename, 'tz'], { env: { ...process.env, TZ: 'UTC' }, encoding: 'utf8' });
assert.strictEqual(child.stderr, '');
assert.strictEqual(child.stdout, 'tz ok\n');
