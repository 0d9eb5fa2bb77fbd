'use strict';
// stream.duplexPair(): two connected Duplex ends.
const common = require('../common');
const assert = require('assert');
const { duplexPair, Duplex } = require('stream');

assert.strictEqual(typeof duplexPair, 'function');
assert.strictEqual(duplexPair.length, 1);

(async () => {
  // Bytes written to one side are read from the other, both ways.
  {
    const [a, b] = duplexPair();
    assert.ok(a instanceof Duplex);
    assert.strictEqual(a.constructor.name, 'DuplexSide');
    assert.deepStrictEqual([a.readableObjectMode, a.readableHighWaterMark, a.allowHalfOpen], [false, 16384, true]);
    assert.deepStrictEqual(Object.keys(a).filter((k) => !k.startsWith('_')), ['allowHalfOpen']);
    const events = [];
    for (const [name, s] of [['a', a], ['b', b]]) {
      for (const ev of ['finish', 'end', 'close']) s.on(ev, () => events.push(`${name} ${ev}`));
      s.on('data', (c) => events.push(`${name} data ${c}`));
    }
    assert.strictEqual(a.write('hi'), true);
    a.write(Buffer.from('x'));
    b.write('back');
    a.end();
    await new Promise((resolve) => b.on('end', resolve));
    b.end();
    await new Promise((resolve) => b.on('close', resolve));
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(events, ['a data back', 'b data hi', 'b data x', 'b end', 'a finish', 'a end',
      'b finish', 'a close', 'b close']);
  }

  // A write completes when the other side reads.
  {
    const [g, h] = duplexPair({ highWaterMark: 4 });
    let done = false;
    assert.strictEqual(g.write('aaaaaa', () => { done = true; }), false);
    assert.strictEqual(h.readableLength, 6);
    assert.strictEqual(g.writableLength, 6);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(done, false);
    assert.strictEqual(String(h.read()), 'aaaaaa');
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(done, true);
    assert.strictEqual(g.writableLength, 0);
  }

  // Options apply to both sides; object mode carries any value.
  {
    const [c, d] = duplexPair({ objectMode: true, highWaterMark: 2 });
    assert.deepStrictEqual([c.readableObjectMode, c.writableObjectMode, d.readableHighWaterMark,
      d.writableHighWaterMark], [true, true, 2, 2]);
    const value = { x: 1 };
    assert.strictEqual(c.write(value), true);
    c.write(2);
    assert.strictEqual(d.read(), value);
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(d.read(), 2);
  }

  // An empty write completes without reaching the other side.
  {
    const [e, f] = duplexPair();
    e.write('', common.mustCall());
    f.on('data', common.mustNotCall());
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(f.readableLength, 0);
  }

  // Destroying one side leaves the other alone.
  {
    const [c, d] = duplexPair();
    c.on('error', common.mustCall((err) => assert.strictEqual(err.message, 'boom')));
    c.destroy(new Error('boom'));
    await new Promise((resolve) => c.on('close', resolve));
    assert.deepStrictEqual([d.destroyed, d.readableEnded, d.writableEnded], [false, false, false]);
  }
})().then(common.mustCall());
