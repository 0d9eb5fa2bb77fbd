'use strict';
// The bytes on the IPC channel are Node's: one JSON text and '\n' per
// message ('json'); a 4-byte big-endian length and V8's serialization
// ('advanced'). Checked with a shell child that copies the channel to its
// stdout, or writes given bytes into it.
const assert = require('assert');
const { spawn } = require('child_process');
const { mustCall, mustNotCall } = require('../common');

// A child whose fd 3 is the channel; `script` is run by /bin/sh.
function shell(script, serialization) {
  return spawn('/bin/sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'], serialization });
}

function collect(stream, cb) {
  const chunks = [];
  stream.on('data', (c) => chunks.push(c));
  stream.on('end', () => cb(Buffer.concat(chunks)));
}

// What we send, byte for byte (as Node writes it).
{
  const child = shell('cat <&3');
  child.send({ a: 1, s: 'é☃😀' });
  child.send('str');
  child.send(42);
  child.send(null);
  child.send([1, 2]);
  child.send({ cmd: 'NODE_X', x: 1 });
  child.send(Buffer.from('hi'));
  child.send({ drop: undefined, keep: 0 }, () => child.disconnect());
  collect(child.stdout, mustCall((out) => {
    assert.strictEqual(out.toString('utf8'),
      '{"a":1,"s":"é☃😀"}\n"str"\n42\nnull\n[1,2]\n{"cmd":"NODE_X","x":1}\n' +
      '{"type":"Buffer","data":[104,105]}\n{"keep":0}\n');
  }));
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
}

{
  const child = shell('cat <&3', 'advanced');
  child.send({ a: 1 });
  child.send(Buffer.from('hi'));
  child.send('x', () => child.disconnect());
  collect(child.stdout, mustCall((out) => {
    assert.strictEqual(out.toString('hex'),
      '0000000aff0f6f22016149027b01' + // {a: 1}
      '00000008ff0f5c000a026869' + // Buffer 'hi' (Node's host object for views)
      '00000005ff0f220178'); // 'x'
  }));
}

// What we read: messages split anywhere, several per read.
{
  const child = shell("printf '{\"a\":\"\\303\\251\"}\\n\"tw' >&3; sleep 0.1; printf 'o\"\\n3\\n' >&3");
  const got = [];
  child.on('message', (m) => got.push(m));
  child.on('disconnect', mustCall(() => {
    assert.deepStrictEqual(got, [{ a: 'é' }, 'two', 3]);
  }));
}

{
  // {a: 1}, then 'é😀' (two-byte string), then -0.5 (double).
  const frames = '\\000\\000\\000\\012\\377\\017o\\042\\001aI\\002{\\001' +
    '\\000\\000\\000\\012\\377\\017c\\006\\351\\000\\075\\330\\000\\336' +
    '\\000\\000\\000\\013\\377\\017N\\000\\000\\000\\000\\000\\000\\340\\277';
  const child = shell(`printf '${frames}' >&3`, 'advanced');
  const got = [];
  child.on('message', (m) => got.push(m));
  child.on('disconnect', mustCall(() => {
    assert.deepStrictEqual(got, [{ a: 1 }, 'é😀', -0.5]);
  }));
}

// A handle travels on a NODE_HANDLE message; what is sent after it waits
// for the receiver's NODE_HANDLE_ACK.
{
  const net = require('net');
  const child = shell('IFS= read -r line <&3; printf "%s\\n" "$line"; ' +
    'printf \'{"cmd":"NODE_HANDLE_ACK"}\\n\' >&3; cat <&3');
  let acked = false;
  child.on('internalMessage', mustCall((m) => {
    assert.deepStrictEqual(m, { cmd: 'NODE_HANDLE_ACK' });
    acked = true;
  }));
  const server = net.createServer().listen(0, '127.0.0.1', mustCall(() => {
    child.send({ n: 1 }, server, mustCall(() => server.close()));
    assert.ok(Array.isArray(child._handleQueue));
    child.send('after', mustCall(() => {
      assert.strictEqual(acked, true);
      child.disconnect();
    }));
  }));
  collect(child.stdout, mustCall((out) => {
    assert.strictEqual(out.toString(),
      '{"cmd":"NODE_HANDLE","type":"net.Server","msg":{"n":1}}\n"after"\n');
  }));
}

// A NODE_HANDLE message that came without a descriptor is answered with
// NODE_HANDLE_NACK; it reaches 'internalMessage' (with a null handle) but
// not 'message'.
{
  const child = shell('printf \'{"cmd":"NODE_HANDLE","type":"net.Server","msg":"m"}\\n\' >&3; ' +
    'IFS= read -r line <&3; printf "%s\\n" "$line"');
  child.on('message', mustNotCall());
  child.on('internalMessage', mustCall((m, handle) => {
    assert.deepStrictEqual(m, { cmd: 'NODE_HANDLE', type: 'net.Server', msg: 'm' });
    assert.strictEqual(handle, null);
  }));
  collect(child.stdout, mustCall((out) => {
    assert.strictEqual(out.toString(), '{"cmd":"NODE_HANDLE_NACK"}\n');
  }));
}
