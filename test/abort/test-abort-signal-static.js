'use strict';
// AbortSignal.abort(), AbortSignal.timeout() and AbortSignal.any().
const assert = require('assert');

// abort()
{
  const s = AbortSignal.abort();
  assert.ok(s instanceof AbortSignal);
  assert.strictEqual(s.aborted, true);
  assert.strictEqual(s.reason.name, 'AbortError');
  assert.strictEqual(s.reason.message, 'This operation was aborted');
  assert.strictEqual(AbortSignal.abort('r').reason, 'r');
  assert.strictEqual(AbortSignal.abort(undefined).reason.name, 'AbortError');
  assert.strictEqual(AbortSignal.abort(null).reason, null);
}

// timeout(): validation.
assert.throws(() => AbortSignal.timeout(-1), {
  code: 'ERR_OUT_OF_RANGE',
  message: 'The value of "delay" is out of range. It must be >= 0 && <= 4294967295. Received -1',
});
assert.throws(() => AbortSignal.timeout('1'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "delay" argument must be of type number. Received type string (\'1\')',
});
assert.throws(() => AbortSignal.timeout(1.5), { code: 'ERR_OUT_OF_RANGE' });

// A long timeout does not keep the process alive (the test would hang).
assert.strictEqual(AbortSignal.timeout(1e9).aborted, false);

// any(): validation.
assert.throws(() => AbortSignal.any(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals" argument must be an instance of Array. Received type number (1)',
});
assert.throws(() => AbortSignal.any([new AbortController().signal, 1]), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "signals[1]" argument must be an instance of AbortSignal. Received type number (1)',
});

// any(): first abort wins.
{
  const a1 = new AbortController();
  const a2 = new AbortController();
  const any = AbortSignal.any([a1.signal, a2.signal]);
  assert.strictEqual(any.aborted, false);
  const seen = [];
  any.onabort = (e) => seen.push([any.reason, e.isTrusted]);
  a2.abort('r2');
  a1.abort('r1');
  assert.strictEqual(any.reason, 'r2');
  assert.deepStrictEqual(seen, [['r2', true]]);
}

// any(): already aborted input.
{
  const pre = AbortSignal.abort('pre');
  const any = AbortSignal.any([new AbortController().signal, pre]);
  assert.strictEqual(any.aborted, true);
  assert.strictEqual(any.reason, 'pre');
  assert.strictEqual(AbortSignal.any([]).aborted, false);
}

// any() ignores stopImmediatePropagation() on its sources.
{
  const ac = new AbortController();
  ac.signal.addEventListener('abort', (e) => e.stopImmediatePropagation());
  const any = AbortSignal.any([ac.signal]);
  ac.abort();
  assert.strictEqual(any.aborted, true);
}

// timeout() fires with a TimeoutError DOMException; a ref'd timer keeps us alive.
{
  const s = AbortSignal.timeout(5);
  const combined = AbortSignal.any([s]);
  let fired = false;
  s.addEventListener('abort', () => { fired = true; });
  setTimeout(() => {
    assert.strictEqual(fired, true);
    assert.strictEqual(s.aborted, true);
    assert.ok(s.reason instanceof DOMException);
    assert.strictEqual(s.reason.name, 'TimeoutError');
    assert.strictEqual(s.reason.message, 'The operation was aborted due to timeout');
    assert.strictEqual(s.reason.code, 23);
    assert.strictEqual(combined.reason, s.reason);
  }, 100);
}
