'use strict';
// tls: session resumption, TLS 1.3 and 1.2. A client hears of sessions
// through 'session' (and getSession()); giving one back (the `session`
// option or setSession) resumes it: isSessionReused() on both ends, no
// certificate check again. Ticket keys (ticketKeys, get/setTicketKeys)
// decide which servers can resume a ticket.
const common = require('../common');
const assert = require('assert');
const crypto = require('crypto');
const tls = require('tls');
const certs = require('./certs');

function listen(options = {}) {
  const server = tls.createServer({ key: certs.server.key, cert: certs.server.cert, ...options }, (s) => {
    server.reused.push(s.isSessionReused());
    s.end('x');
  });
  server.reused = [];
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// Connects; resolves with { reused, sessions (from 'session'), session }.
function connect(server, options = {}) {
  return new Promise((resolve, reject) => {
    const sessions = [];
    const result = {};
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, ...options }, () => {
      assert.strictEqual(c.authorized, true);
      result.reused = c.isSessionReused();
      result.protocol = c.getProtocol();
      result.ticket = c.getTLSTicket();
      c.resume();
    });
    c.on('session', (s) => {
      assert.ok(Buffer.isBuffer(s));
      sessions.push(s);
    });
    c.on('error', reject);
    c.on('close', () => {
      result.sessions = sessions;
      result.session = c.getSession();
      resolve(result);
    });
  });
}

async function resume(version) {
  const server = await listen();
  const first = await connect(server, { maxVersion: version });
  assert.strictEqual(first.protocol, version);
  assert.strictEqual(first.reused, false);
  assert.ok(first.sessions.length >= 1, 'a session event');
  if (version === 'TLSv1.3') {
    assert.strictEqual(first.sessions.length, 2); // two tickets by default
    assert.strictEqual(first.ticket, undefined);
  } else {
    assert.ok(first.ticket.length > 0);
  }
  const session = first.sessions[first.sessions.length - 1];
  const second = await connect(server, { maxVersion: version, session });
  assert.strictEqual(second.reused, true);
  // A session is not a password: garbage is refused at connect().
  assert.throws(() => tls.connect({ port: 1, session: 'x' }), { message: 'Session must be a buffer' });
  // setSession() before the handshake works the same.
  const third = await new Promise((resolve, reject) => {
    let reused;
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca: certs.ca.cert, maxVersion: version },
                          () => {
                            reused = c.isSessionReused();
                            c.resume();
                          });
    c.setSession(session);
    c.on('error', reject);
    c.on('close', () => resolve(reused));
  });
  assert.strictEqual(third, true);
  assert.deepStrictEqual(server.reused, [false, true, true]);
  server.close();
  return session;
}

async function ticketKeys() {
  const keys = crypto.randomBytes(48);
  const a = await listen({ ticketKeys: keys });
  const b = await listen();
  assert.deepStrictEqual(a.getTicketKeys(), keys);
  assert.strictEqual(b.getTicketKeys().length, 48);
  const first = await connect(a);
  const session = first.sessions[0];
  // Another server does not know the ticket: a full handshake.
  assert.strictEqual((await connect(b, { session })).reused, false);
  // With the same keys it does.
  b.setTicketKeys(keys);
  assert.strictEqual((await connect(b, { session })).reused, true);
  assert.throws(() => b.setTicketKeys(Buffer.alloc(3)));
  assert.throws(() => tls.createSecureContext({ ticketKeys: Buffer.alloc(3) }), {
    code: 'ERR_INVALID_ARG_VALUE',
    message: "The property 'options.ticketKeys' must be exactly 48 bytes. Received 3",
  });
  a.close();
  b.close();
}

(async () => {
  await resume('TLSv1.3');
  await resume('TLSv1.2');
  await ticketKeys();
})().then(common.mustCall());
