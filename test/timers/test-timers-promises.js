'use strict';
const assert = require('assert');
const tp = require('timers/promises');
const { mustCall } = require('../common');

(async () => {
  assert.strictEqual(await tp.setTimeout(2, 'v'), 'v');
  assert.strictEqual(await tp.setImmediate('i'), 'i');
  assert.strictEqual(await tp.setTimeout(1), undefined);

  const got = [];
  for await (const v of tp.setInterval(2, 'x')) {
    got.push(v);
    if (got.length === 3) break;
  }
  assert.deepStrictEqual(got, ['x', 'x', 'x']);

  // Already-aborted signal rejects with an AbortError whose cause is the reason.
  const ac = new AbortController();
  ac.abort('why');
  await assert.rejects(tp.setTimeout(10, 'v', { signal: ac.signal }), {
    name: 'AbortError', code: 'ABORT_ERR', message: 'The operation was aborted', cause: 'why',
  });
  // Aborting while pending.
  const ac2 = new AbortController();
  const p = tp.setTimeout(10000, 'v', { signal: ac2.signal });
  ac2.abort();
  await assert.rejects(p, { name: 'AbortError' });
  const ac3 = new AbortController();
  const it = tp.setInterval(1, 1, { signal: ac3.signal });
  await it.next();
  ac3.abort();
  await assert.rejects(it.next(), { name: 'AbortError' });

  // ref: false does not keep the process alive; a referenced timer does.
  const unrefd = tp.setTimeout(1, 'u', { ref: false });
  await tp.setTimeout(20);
  assert.strictEqual(await unrefd, 'u');

  await assert.rejects(tp.setTimeout(1, 'v', 5), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options" argument must be of type object. Received type number (5)',
  });
  await assert.rejects(tp.setTimeout(1, 'v', { signal: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.signal" property must be an instance of AbortSignal. Received type number (5)',
  });
  await assert.rejects(tp.setImmediate('v', { ref: 5 }), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "options.ref" property must be of type boolean. Received type number (5)',
  });
  assert.strictEqual(typeof tp.scheduler.wait, 'function');
  assert.strictEqual(await tp.scheduler.wait(1), undefined);
  assert.strictEqual(require('timers').promises, tp);
})().then(mustCall());
