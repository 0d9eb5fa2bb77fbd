'use strict';
// tls: 'keylog' (NSS key log lines, as SSLKEYLOGFILE has them) on a client
// socket and on the server (line, socket); both ends log the same secrets.
const common = require('../common');
const assert = require('assert');
const tls = require('tls');
const certs = require('./certs');

async function run(maxVersion) {
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert }, (s) => s.end('x'));
  const serverLines = [];
  server.on('keylog', (line, socket) => {
    assert.ok(Buffer.isBuffer(line));
    assert.ok(socket instanceof tls.TLSSocket);
    serverLines.push(`${line}`);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const clientLines = [];
  await new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, maxVersion },
                          common.mustCall(() => clientLines.push('secureConnect')));
    c.on('keylog', (line) => clientLines.push(`${line}`));
    c.resume();
    c.on('close', resolve);
  });
  server.close();
  assert.strictEqual(clientLines.pop(), 'secureConnect'); // every line came before
  for (const line of clientLines) assert.match(line, /^[A-Z_0-9]+ [0-9a-f]{64} [0-9a-f]+\n$/);
  assert.deepStrictEqual([...clientLines].sort(), [...serverLines].sort());
  return clientLines.map((l) => l.split(' ')[0]);
}

(async () => {
  assert.deepStrictEqual((await run('TLSv1.3')).sort(), [
    'CLIENT_HANDSHAKE_TRAFFIC_SECRET', 'CLIENT_TRAFFIC_SECRET_0', 'EXPORTER_SECRET',
    'SERVER_HANDSHAKE_TRAFFIC_SECRET', 'SERVER_TRAFFIC_SECRET_0',
  ]);
  assert.deepStrictEqual(await run('TLSv1.2'), ['CLIENT_RANDOM']);
})().then(common.mustCall());
