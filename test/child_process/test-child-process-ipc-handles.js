'use strict';
// Handles sent over the IPC channel: a net.Server serves connections in the
// child; a net.Socket is read and written by the child (the parent's copy
// gives up its handle, unless keepOpen); a server whose connections went to
// a child counts them (getConnections) and waits for them on close(); a
// dgram socket answers datagrams from the child.
const assert = require('assert');
const net = require('net');
const dgram = require('dgram');
const { fork } = require('child_process');
const { mustCall } = require('../common');

if (process.argv[2] === 'child') {
  const keep = [];
  process.on('message', (m, handle) => {
    switch (m.what) {
      case 'server':
        assert.ok(handle instanceof net.Server);
        assert.strictEqual(handle.listening, true);
        keep.push(handle);
        handle.on('connection', (s) => s.end(`served by ${process.pid}`));
        process.send({ what: 'listening', port: handle.address().port });
        break;
      case 'socket':
        assert.ok(handle instanceof net.Socket);
        handle.setEncoding('utf8');
        handle.write(`child ${process.pid} writes`);
        handle.on('data', (d) => {
          process.send({ what: 'socket-data', data: d });
          handle.end();
        });
        break;
      case 'udp':
        assert.ok(handle instanceof dgram.Socket);
        assert.strictEqual(handle.type, 'udp4');
        keep.push(handle);
        handle.on('message', (d, rinfo) => handle.send(`pong ${d}`, rinfo.port, rinfo.address));
        process.send({ what: 'udp-ready' });
        break;
      case 'nothing':
        assert.strictEqual(handle, undefined);
        process.send({ what: 'nothing-ok' });
        break;
      case 'bye':
        for (const h of keep) h.close();
        process.disconnect();
        break;
    }
  });
  return;
}

const child = fork(__filename, ['child']);
const steps = [];
child.on('message', (m) => steps.shift()(m));
child.on('exit', mustCall((code) => assert.strictEqual(code, 0)));

// 1. A listening server: the child serves a connection.
const server = net.createServer(() => assert.fail('the parent closed its copy'));
server.listen(0, '127.0.0.1', mustCall(() => {
  child.send({ what: 'server' }, server, mustCall((err) => {
    assert.strictEqual(err, null);
    server.close();
  }));
}));
steps.push(mustCall((m) => {
  assert.strictEqual(m.what, 'listening');
  assert.strictEqual(typeof m.port, 'number');
  let text = '';
  net.connect(m.port, '127.0.0.1').setEncoding('utf8')
    .on('data', (d) => { text += d; })
    .on('end', mustCall(() => {
      assert.strictEqual(text, `served by ${child.pid}`);
      sendSocket();
    }));
}));

// 2. A connected socket: the child writes to it and reads from it. The
// server that accepted it counts it, through the child, until it closes.
function sendSocket() {
  const srv = net.createServer(mustCall((conn) => {
    child.send({ what: 'socket' }, conn, mustCall(() => {
      // The parent's copy gave up its handle, but is not destroyed.
      assert.strictEqual(conn._handle, null);
      assert.strictEqual(conn.destroyed, false);
      srv.getConnections(mustCall((err, n) => {
        assert.strictEqual(err, null);
        assert.strictEqual(n, 1);
        srv.close(mustCall(() => {
          assert.strictEqual(clientEnded, true);
          keepOpen();
        }));
      }));
    }));
  }));
  let clientEnded = false;
  srv.listen(0, '127.0.0.1', mustCall(() => {
    const client = net.connect(srv.address().port, '127.0.0.1');
    client.setEncoding('utf8');
    client.once('data', mustCall((d) => {
      assert.strictEqual(d, `child ${child.pid} writes`);
      client.write('hello child');
    }));
    client.on('end', mustCall(() => {
      clientEnded = true;
      client.end();
    }));
  }));
  steps.push(mustCall((m) => {
    assert.deepStrictEqual(m, { what: 'socket-data', data: 'hello child' });
  }));
}

// 3. keepOpen: the parent's socket stays usable (it does not read, so
// what the client sends goes to the child).
function keepOpen() {
  const srv = net.createServer({ pauseOnConnect: true }, mustCall((conn) => {
    child.send({ what: 'socket' }, conn, { keepOpen: true }, mustCall(() => {
      assert.notStrictEqual(conn._handle, null);
      conn.write('[parent]');
    }));
    steps.push(mustCall((m) => {
      assert.deepStrictEqual(m, { what: 'socket-data', data: 'hi' });
      conn.destroy();
      srv.close(mustCall(sendUdp));
    }));
  }));
  srv.listen(0, '127.0.0.1', mustCall(() => {
    const client = net.connect(srv.address().port, '127.0.0.1');
    let text = '';
    client.setEncoding('utf8');
    client.on('data', (d) => {
      const before = text;
      text += d;
      const done = (t) => t.includes('[parent]') && t.includes(`child ${child.pid} writes`);
      if (done(text) && !done(before)) client.write('hi');
    });
    client.on('end', mustCall(() => client.end()));
  }));
}

// 4. A bound UDP socket.
function sendUdp() {
  const sock = dgram.createSocket('udp4');
  sock.bind(0, '127.0.0.1', mustCall(() => {
    const port = sock.address().port;
    child.send({ what: 'udp' }, sock, mustCall(() => sock.close()));
    steps.push(mustCall((m) => {
      assert.strictEqual(m.what, 'udp-ready');
      const client = dgram.createSocket('udp4');
      client.on('message', mustCall((d) => {
        assert.strictEqual(String(d), 'pong ping');
        client.close();
        nothing();
      }));
      client.send('ping', port, '127.0.0.1');
    }));
  }));
}

// 5. A destroyed socket has no handle: the message goes alone.
function nothing() {
  const s = new net.Socket();
  s.destroy();
  child.send({ what: 'nothing' }, s);
  steps.push(mustCall(() => child.send({ what: 'bye' })));
}
