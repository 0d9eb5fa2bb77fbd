'use strict';
// send()'s argument checks, and the routing of internal messages: a `cmd`
// that starts with 'NODE_' (and is longer) goes to 'internalMessage', never
// to 'message'.
const assert = require('assert');
const net = require('net');
const { fork } = require('child_process');
const { mustCall } = require('../common');

if (process.argv[2] === 'child') {
  const internal = [];
  process.on('internalMessage', (m) => internal.push(m));
  const got = [];
  process.on('message', (m) => {
    if (m !== 'end') {
      got.push(m);
      return;
    }
    process.send({ got, internal: internal.map((x) => x.cmd) });
    process.disconnect();
  });
  return;
}

const child = fork(__filename, ['child']);

const missing = { code: 'ERR_MISSING_ARGS', name: 'TypeError', message: 'The "message" argument must be specified' };
assert.throws(() => child.send(), missing);
assert.throws(() => child.send(undefined), missing);
assert.throws(() => child.send(undefined, () => {}), missing);
for (const [value, received] of [
  [Symbol('s'), 'type symbol (Symbol(s))'],
  [1n, 'type bigint (1n)'],
  [function named() {}, 'function named'],
]) {
  assert.throws(() => child.send(value), {
    code: 'ERR_INVALID_ARG_TYPE',
    name: 'TypeError',
    message: 'The "message" argument must be one of type string, object, number, or boolean. ' +
      `Received ${received}`,
  });
}
for (const handle of [5, 'str', {}, [], new Map()]) {
  assert.throws(() => child.send('x', handle), {
    code: 'ERR_INVALID_HANDLE_TYPE', name: 'TypeError', message: 'This handle type cannot be sent',
  });
}
assert.throws(() => child.send('x', null, 'opts'), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received type string (\'opts\')',
});
assert.throws(() => child.send('x', undefined, null), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "options" argument must be of type object. Received null',
});
// A callback that is not a function is ignored; options may precede it.
assert.strictEqual(child.send('a', undefined, undefined, 5), true);
assert.strictEqual(child.send('b', null, {}, mustCall((err) => assert.strictEqual(err, null))), true);
// A server that is not listening has no handle: the message goes alone.
assert.strictEqual(child.send('c', net.createServer()), true);
// null, numbers and booleans are messages too.
child.send(null);
child.send(0);
child.send(false);
// Internal messages.
child.send({ cmd: 'NODE_TEST', x: 1 });
child.send({ cmd: 'NODE_' });
child.send({ cmd: 'node_lower' });
child.send({ cmd: 5 });
child.send('end');

child.on('message', mustCall((m) => {
  assert.deepStrictEqual(m, {
    got: ['a', 'b', 'c', null, 0, false, { cmd: 'NODE_' }, { cmd: 'node_lower' }, { cmd: 5 }],
    internal: ['NODE_TEST'],
  });
}));
child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
