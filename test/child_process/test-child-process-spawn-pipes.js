'use strict';
// spawn with piped stdio: stdout/stderr data, stdin write + end, the
// sockets' readable/writable sides, and the events' order
// ('spawn' → 'exit' → 'close', 'close' only after every stdio stream closed).
const assert = require('assert');
const { spawn, ChildProcess } = require('child_process');
const net = require('net');
const { mustCall } = require('../common');

// A child that echoes stdin upper-cased to stdout and reports to stderr.
const echo = `
let all = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { all += d; });
process.stdin.on('end', () => {
  process.stdout.write(all.toUpperCase());
  process.stderr.write('got ' + all.length);
  process.exitCode = 7;
});`;

{
  const child = spawn(process.execPath, ['-e', echo]);
  assert.ok(child instanceof ChildProcess);
  assert.strictEqual(typeof child.pid, 'number');
  assert.ok(child.pid > 0);
  assert.strictEqual(child.connected, false);
  assert.strictEqual(child.exitCode, null);
  assert.strictEqual(child.signalCode, null);
  assert.strictEqual(child.killed, false);
  assert.strictEqual(child.spawnfile, process.execPath);
  assert.deepStrictEqual(child.spawnargs, [process.execPath, '-e', echo]);

  assert.ok(child.stdin instanceof net.Socket);
  assert.ok(child.stdout instanceof net.Socket);
  assert.ok(child.stderr instanceof net.Socket);
  assert.deepStrictEqual(child.stdio, [child.stdin, child.stdout, child.stderr]);
  assert.strictEqual(child.stdin.readable, false);
  assert.strictEqual(child.stdin.writable, true);
  assert.strictEqual(child.stdout.readable, true);
  assert.strictEqual(child.stderr.readable, true);

  const events = [];
  let out = '';
  let err = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });
  child.stdout.prependListener('close', () => events.push('stdout close'));
  child.stderr.prependListener('close', () => events.push('stderr close'));
  child.on('spawn', mustCall(() => {
    events.push('spawn');
    assert.deepStrictEqual(events, ['spawn']);
  }));
  child.on('exit', mustCall((code, signal) => {
    events.push('exit');
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(child.exitCode, 7);
    assert.strictEqual(child.signalCode, null);
    // stdin is destroyed once the child is gone.
    assert.strictEqual(child.stdin.destroyed, true);
  }));
  child.on('close', mustCall((code, signal) => {
    assert.strictEqual(code, 7);
    assert.strictEqual(signal, null);
    assert.strictEqual(events[0], 'spawn');
    assert.deepStrictEqual(events.slice().sort(), ['exit', 'spawn', 'stderr close', 'stdout close']);
    assert.strictEqual(out, 'HELLO, CHILD!');
    assert.strictEqual(err, 'got 13');
  }));
  child.stdin.write('hello, ');
  child.stdin.end(Buffer.from('child!'));
}

// Large output in both directions, through a pipe the child copies.
{
  const child = spawn(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)']);
  const big = Buffer.alloc(3 * 1024 * 1024, 'abcdefg');
  const chunks = [];
  child.stdout.on('data', (d) => chunks.push(d));
  child.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.ok(Buffer.concat(chunks).equals(big));
  }));
  child.stdin.end(big);
}

// Output nobody reads does not keep 'close' from coming.
{
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("x".repeat(100000))']);
  child.on('close', mustCall((code) => assert.strictEqual(code, 0)));
}

// A fourth pipe: stdio[3] is a socket the child reaches as fd 3.
{
  const child = spawn('/bin/sh', ['-c', 'echo on-three >&3; cat <&3'], {
    stdio: ['ignore', 'pipe', 'inherit', 'pipe'],
  });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stderr, null);
  assert.strictEqual(child.stdio.length, 4);
  assert.strictEqual(child.stdio[0], null);
  assert.strictEqual(child.stdio[2], null);
  assert.ok(child.stdio[3] instanceof net.Socket);
  // fd 3 is a socket both ways: what we write, the child's cat reads.
  let got = '';
  child.stdio[3].on('data', (d) => {
    got += d;
    if (got === 'on-three\n') child.stdio[3].end('back\n');
  });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(got, 'on-three\n');
    assert.strictEqual(out, 'back\n');
  }));
}

// 'overlapped' is a pipe on Linux.
{
  const child = spawn(process.execPath, ['-e', 'process.stdout.write("ov")'], { stdio: 'overlapped' });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', mustCall(() => assert.strictEqual(out, 'ov')));
}

// ref/unref exist and return nothing; an unreferenced child with its
// stdio pipes still open keeps the loop only through those pipes.
{
  const child = spawn(process.execPath, ['-e', '0'], { stdio: 'ignore' });
  assert.strictEqual(child.unref(), undefined);
  assert.strictEqual(child.ref(), undefined);
  child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));
}
