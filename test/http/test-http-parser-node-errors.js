'use strict';
// The malformed-input table (test/fixtures/http-parser/node-errors.txt):
// an http server reports each bad request to 'clientError', and an http
// client each bad response to 'error', with Node's err.code, err.reason
// and err.bytesParsed. Under node this checks the table itself.
const common = require('../common');
const assert = require('assert');
const fs = require('fs');
const http = require('http');
const net = require('net');
const path = require('path');

const unescape = (s) => s.replace(/\{([^*}]*)\*(\d+)\}/g, (m, unit, n) => unit.repeat(+n))
  .replace(/\\(r|n|t|\\|x([0-9a-f]{2}))/g, (m, c, hex) => hex ? String.fromCharCode(parseInt(hex, 16)) :
    ({ r: '\r', n: '\n', t: '\t', '\\': '\\' })[c]);

const cases = fs.readFileSync(path.join(common.fixtures, 'http-parser', 'node-errors.txt'), 'latin1')
  .split('\n').filter((l) => l !== '' && !l.startsWith('#')).map((l) => {
    const [kind, name, input, code, reason, bytesParsed] = l.split('\t');
    return { kind, name, input: Buffer.from(unescape(input), 'latin1'), code, reason, bytesParsed: +bytesParsed };
  });
assert(cases.length > 100);

let checked = 0;
function check(c, err) {
  assert(err, `${c.kind} ${c.name}: no error`);
  assert.deepStrictEqual([err.code, err.reason, err.bytesParsed], [c.code, c.reason, c.bytesParsed],
                         `${c.kind} ${c.name}`);
  checked++;
}

// Requests: one server, each connection known by its client port.
function requests() {
  return new Promise((resolve) => {
    const pending = new Map();
    // (A case may have a good request before its bad one.)
    const server = http.createServer((req, res) => res.end());
    server.on('clientError', (err, socket) => {
      const done = pending.get(socket.remotePort);
      socket.destroy();
      if (done) done(err);
    });
    server.listen(0, '127.0.0.1', async () => {
      for (const c of cases.filter((x) => x.kind === 'req')) {
        const err = await new Promise((res) => {
          const s = net.connect(server.address().port, '127.0.0.1', () => {
            pending.set(s.localPort, res);
            s.write(c.input);
          });
          s.on('error', () => {});
          s.resume();
          s.on('close', () => setTimeout(() => res(null), 100));
        });
        check(c, err);
      }
      server.close(resolve);
    });
  });
}

// Responses: a raw server answers each client request with the bytes.
function responses() {
  return new Promise((resolve) => {
    let current;
    const server = net.createServer((s) => {
      s.on('error', () => {});
      s.once('data', () => s.write(current.input));
    });
    server.listen(0, '127.0.0.1', async () => {
      for (const c of cases.filter((x) => x.kind === 'res')) {
        current = c;
        const err = await new Promise((res) => {
          const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (r) => {
            r.resume();
            r.on('end', () => res(null));
          });
          req.on('error', res);
        });
        check(c, err);
      }
      server.close(resolve);
    });
  });
}

requests().then(responses).then(common.mustCall(() => {
  assert.strictEqual(checked, cases.length);
}));
