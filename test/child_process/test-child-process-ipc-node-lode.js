'use strict';
// A lode parent with a Node child, and a Node parent with a lode child, talk
// over the IPC channel in both serializations: messages both ways, and
// handles both ways (a listening server). Under lode the child is the `node`
// found in PATH; under node it is the lode binary named by $LODE_BIN. Each
// half is skipped, with a note, when its other runtime is not there.
const assert = require('assert');
const fs = require('fs');
const net = require('net');
const path = require('path');
const { fork } = require('child_process');
const { mustCall, isLode } = require('../common');

const BIG = 'é😀'.repeat(1 << 17);

if (process.argv[2] === 'child') {
  let server;
  process.on('message', (m, handle) => {
    if (m.what === 'echo') {
      process.send({ what: 'echo', value: m.value, runtime: process.versions.lode ? 'lode' : 'node' });
    } else if (m.what === 'server') {
      server = handle;
      server.on('connection', (s) => s.end(`child ${process.versions.lode ? 'lode' : 'node'}`));
      process.send({ what: 'serving', port: server.address().port });
    } else if (m.what === 'your-server') {
      const own = net.createServer();
      own.listen(0, '127.0.0.1', () => {
        process.send({ what: 'take', port: own.address().port }, own, () => own.close());
      });
    } else if (m.what === 'bye') {
      server.close();
      process.disconnect();
    }
  });
  return;
}

function findInPath(name) {
  for (const dir of (process.env.PATH || '').split(path.delimiter)) {
    const file = path.join(dir || '.', name);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

const other = isLode ? findInPath('node') : process.env.LODE_BIN;
const otherName = isLode ? 'node' : 'lode';
if (!other) {
  console.log(isLode ? 'skipped: no `node` in PATH to fork' :
    'skipped: set LODE_BIN to the lode binary to fork it from node');
  return;
}

function exchange(serialization, done) {
  const child = fork(__filename, ['child'], { execPath: other, serialization });
  const values = serialization === 'advanced' ?
    [{ text: 'ü☃' }, BIG, new Map([[1, { x: 2n }]]), Buffer.from('bytes'), [1, , 3], new Date(0), -0] :
    [{ text: 'ü☃', n: [1, 2.5, null, true] }, BIG, 'plain'];
  const steps = [];
  child.on('message', (m, h) => steps.shift()(m, h));
  for (const value of values) {
    child.send({ what: 'echo', value });
    steps.push(mustCall((m) => {
      assert.strictEqual(m.runtime, otherName);
      assert.deepStrictEqual(m.value, value);
    }));
  }
  // Our server to the child, which serves a connection.
  const server = net.createServer(() => assert.fail('the parent closed its copy'));
  server.listen(0, '127.0.0.1', mustCall(() => {
    child.send({ what: 'server' }, server, mustCall(() => server.close()));
  }));
  steps.push(mustCall((m) => {
    assert.strictEqual(m.what, 'serving');
    net.connect(m.port, '127.0.0.1').setEncoding('utf8').on('data', mustCall((d) => {
      assert.strictEqual(d, `child ${otherName}`);
      child.send({ what: 'your-server' });
    }));
  }));
  // The child's server to us, which we serve.
  steps.push(mustCall((m, handle) => {
    assert.strictEqual(m.what, 'take');
    assert.ok(handle instanceof net.Server);
    handle.on('connection', (s) => s.end('parent'));
    net.connect(m.port, '127.0.0.1').setEncoding('utf8').on('data', mustCall((d) => {
      assert.strictEqual(d, 'parent');
      handle.close();
      child.send({ what: 'bye' });
    }));
  }));
  child.on('exit', mustCall((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(steps.length, 0);
    done();
  }));
}

exchange('json', mustCall(() => exchange('advanced', mustCall())));
