'use strict';
// util.aborted(signal, resource): fulfilled when the signal aborts (execa 9
// uses it), at once for an aborted signal; argument checks as in Node.
const assert = require('assert');
const util = require('util');
const { mustCall } = require('../common');

(async () => {
  assert.strictEqual(util.aborted.length, 2);
  await assert.rejects(util.aborted(), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "signal" argument must be an instance of AbortSignal. Received undefined',
  });
  await assert.rejects(util.aborted(new AbortController().signal, null), {
    code: 'ERR_INVALID_ARG_TYPE',
    message: 'The "resource" argument must be of type object. Received null',
  });
  const ac = new AbortController();
  let done = false;
  const p = util.aborted(ac.signal, {}).then((v) => { done = true; return v; });
  await new Promise((resolve) => setImmediate(resolve));
  assert.strictEqual(done, false);
  ac.abort();
  const event = await p;
  assert.strictEqual(event.type, 'abort');
  assert.strictEqual(await util.aborted(AbortSignal.abort(), {}), undefined);
})().then(mustCall());
