'use strict';
// The IPC channel carries messages both ways complete and in order: 10,000
// each way (non-ASCII text, and a 1 MB payload in the middle), with either
// serialization. send() calls its
// callback once the message is written, and reports back-pressure.
const assert = require('assert');
const { fork } = require('child_process');
const { mustCall } = require('../common');

const N = 10000;
const BIG = 'é😀x'.repeat(1 << 18); // 1 MB of text (UTF-16 code units: 1 M)

function messageAt(i, side) {
  if (i === N / 2) return { i, side, big: BIG };
  return { i, side, text: `ü${i}☃`, list: [i, -i - 1, i / 2] };
}

if (process.argv[2] === 'child') {
  let expect = 0;
  process.on('message', (m) => {
    assert.deepStrictEqual(m, messageAt(expect, 'parent'));
    expect++;
    if (expect === N) {
      // Every message of the parent arrived: answer with as many.
      for (let i = 0; i < N; i++) process.send(messageAt(i, 'child'));
      process.send('done', () => process.disconnect());
    }
  });
  return;
}

for (const serialization of ['json', 'advanced']) {
  const child = fork(__filename, ['child'], { serialization });
  let expect = 0;
  let callbacks = 0;
  child.on('message', mustCall((m) => {
    if (expect === N) {
      assert.strictEqual(m, 'done');
      return;
    }
    assert.deepStrictEqual(m, messageAt(expect, 'child'));
    expect++;
  }, N + 1));
  let sawBackPressure = false;
  for (let i = 0; i < N; i++) {
    const ret = child.send(messageAt(i, 'parent'), (err) => {
      assert.strictEqual(err, null);
      // Callbacks come in the order of the sends.
      assert.strictEqual(callbacks, i);
      callbacks++;
    });
    assert.strictEqual(typeof ret, 'boolean');
    if (!ret) sawBackPressure = true;
  }
  // 1 MB cannot all go at once: send() said so.
  assert.strictEqual(sawBackPressure, true);
  child.on('exit', mustCall((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(expect, N);
    assert.strictEqual(callbacks, N);
  }));
}
