'use strict';
// http.Agent: keep-alive reuse of one socket for sequential requests,
// maxSockets queueing (with and without keepAlive), lifo/fifo scheduling,
// maxFreeSockets, maxTotalSockets across destinations, the idle timeout,
// the server's Keep-Alive hint and Connection: close, a pooled socket the
// server closes, destroy(), getName(), option checks, globalAgent.
const common = require('../common');
const assert = require('assert');
const http = require('http');

const seen = [];
const server = http.createServer((req, res) => {
  seen.push(req.url);
  const delay = /delay/.test(req.url) ? 20 : 0;
  setTimeout(() => {
    if (req.url === '/close') res.setHeader('Connection', 'close');
    if (req.url === '/hint') res.setHeader('Keep-Alive', 'timeout=1');
    res.end(`${req.url} ${req.headers.connection}`);
  }, delay);
});
server.keepAliveTimeout = 5000;

let port;
function get(options) {
  return new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', port, ...options }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => resolve({ req, body, localPort: req.socket.localPort }));
    });
    req.on('error', reject);
  });
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 10));
const counts = (lists) => Object.values(lists).map((l) => l.length);

async function keepAliveReuse() {
  const agent = new http.Agent({ keepAlive: true });
  const frees = [];
  agent.on('free', (socket, options) => frees.push([socket.constructor.name, options.host]));
  const a = await get({ agent, path: '/1' });
  await tick();
  assert.deepStrictEqual([counts(agent.freeSockets), Object.keys(agent.sockets).length, agent.totalSocketCount],
                         [[1], 0, 1]);
  const b = await get({ agent, path: '/2' });
  assert.strictEqual(a.body, '/1 keep-alive');
  assert.strictEqual(b.localPort, a.localPort);
  assert.deepStrictEqual([a.req.reusedSocket, b.req.reusedSocket], [false, true]);
  await tick();
  assert.deepStrictEqual(frees, [['Socket', '127.0.0.1'], ['Socket', '127.0.0.1']]);
  // The response no longer holds the pooled socket.
  assert.strictEqual(b.req.res.socket, null);
  agent.destroy();
  await tick();
  assert.deepStrictEqual([Object.keys(agent.freeSockets).length, agent.totalSocketCount], [0, 0]);
}

async function queueing(keepAlive) {
  const agent = new http.Agent({ keepAlive, maxSockets: 1 });
  seen.length = 0;
  const all = Promise.all([1, 2, 3].map((i) => get({ agent, path: `/q${i}?delay` })));
  const name = agent.getName({ host: '127.0.0.1', port });
  assert.deepStrictEqual([agent.sockets[name].length, agent.requests[name].length], [1, 2]);
  const rs = await all;
  assert.deepStrictEqual(seen, ['/q1?delay', '/q2?delay', '/q3?delay']);
  // A plain agent with a finite maxSockets still asks for keep-alive.
  assert.deepStrictEqual(rs.map((r) => r.body.split(' ')[1]), ['keep-alive', 'keep-alive', 'keep-alive']);
  assert.strictEqual(new Set(rs.map((r) => r.localPort)).size, 1);
  // Queued requests take the socket directly: not "reused" from the pool.
  assert.deepStrictEqual(rs.map((r) => r.req.reusedSocket), [false, false, false]);
  await tick();
  assert.strictEqual(Object.keys(agent.requests).length, 0);
  assert.strictEqual(agent.totalSocketCount, keepAlive ? 1 : 0);
  agent.destroy();
}

async function scheduling(kind) {
  const agent = new http.Agent({ keepAlive: true, scheduling: kind });
  await Promise.all([get({ agent, path: '/a' }), get({ agent, path: '/b' })]);
  await tick();
  const free = Object.values(agent.freeSockets)[0].map((s) => s.localPort);
  assert.strictEqual(free.length, 2);
  const c = await get({ agent, path: '/c' });
  assert.strictEqual(c.localPort, kind === 'fifo' ? free[0] : free[1]);
  agent.destroy();
}

async function limits() {
  let agent = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  await Promise.all([get({ agent, path: '/a' }), get({ agent, path: '/b' }), get({ agent, path: '/c' })]);
  await tick();
  assert.deepStrictEqual([counts(agent.freeSockets), agent.totalSocketCount], [[1], 1]);
  agent.destroy();

  // One socket in all: the request to the other server waits until the
  // first socket is idle, then gets its own (the idle one stays pooled, as
  // in node), and that one is closed when done (over the limit).
  let during;
  const other = http.createServer((req, res) => {
    during = [agent.totalSocketCount, counts(agent.freeSockets)];
    res.end('other');
  });
  await new Promise((resolve) => other.listen(0, '127.0.0.1', resolve));
  agent = new http.Agent({ keepAlive: true, maxTotalSockets: 1 });
  const a = get({ agent, path: '/t?delay' });
  const b = get({ agent, port: other.address().port });
  assert.deepStrictEqual([Object.keys(agent.requests).length, agent.totalSocketCount], [1, 1]);
  const [ra, rb] = await Promise.all([a, b]);
  assert.deepStrictEqual([ra.body, rb.body], ['/t?delay keep-alive', 'other']);
  assert.deepStrictEqual(during, [2, [1]]);
  await tick();
  assert.deepStrictEqual([agent.totalSocketCount, counts(agent.freeSockets)], [1, [1]]);
  agent.destroy();
  await new Promise((resolve) => other.close(resolve));
}

async function notKept() {
  const agent = new http.Agent({ keepAlive: true });
  // Connection: close from the server, or a Keep-Alive hint of one second.
  const r1 = await get({ agent, path: '/close' });
  const r2 = await get({ agent, path: '/hint' });
  const r3 = await get({ agent, path: '/mine', headers: { Connection: 'close' } });
  await tick();
  assert.deepStrictEqual([r1.req.shouldKeepAlive, r2.req.shouldKeepAlive, r3.req.shouldKeepAlive], [false, true, false]);
  assert.deepStrictEqual([Object.keys(agent.freeSockets).length, agent.totalSocketCount], [0, 0]);
}

async function idle() {
  // The agent's timeout closes a pooled socket.
  let agent = new http.Agent({ keepAlive: true, timeout: 30 });
  let r = await get({ agent });
  await tick();
  let socket = Object.values(agent.freeSockets)[0][0];
  assert.strictEqual(socket.timeout, 30);
  await new Promise((resolve) => socket.on('close', resolve));
  await tick();
  assert.deepStrictEqual([Object.keys(agent.freeSockets).length, agent.totalSocketCount], [0, 0]);

  // The server closing a pooled socket takes it out of the pool.
  agent = new http.Agent({ keepAlive: true });
  r = await get({ agent });
  await tick();
  socket = Object.values(agent.freeSockets)[0][0];
  assert.strictEqual(socket, r.req.socket);
  server.closeIdleConnections();
  await new Promise((resolve) => socket.on('close', resolve));
  await tick();
  assert.deepStrictEqual([Object.keys(agent.freeSockets).length, agent.totalSocketCount], [0, 0]);
}

async function globalAgent() {
  const g = http.globalAgent;
  assert(g instanceof http.Agent);
  assert.deepStrictEqual([g.keepAlive, g.options.timeout, g.scheduling, g.maxSockets, g.maxFreeSockets],
                         [true, 5000, 'lifo', Infinity, 256]);
  // Replacing it changes the default of requests.
  const mine = new http.Agent({ keepAlive: true });
  http.globalAgent = mine;
  try {
    const r = await get({});
    assert.strictEqual(r.req.agent, mine);
  } finally {
    http.globalAgent = g;
  }
  mine.destroy();
  const r = await get({ agent: false });
  assert.notStrictEqual(r.req.agent, g);
  assert(r.req.agent instanceof http.Agent);
}

function api() {
  const a = new http.Agent();
  assert.deepStrictEqual([a.keepAlive, a.maxSockets, a.maxFreeSockets, a.maxTotalSockets, a.scheduling,
    a.keepAliveMsecs, a.defaultPort, a.protocol, a.totalSocketCount],
  [false, Infinity, 256, Infinity, 'lifo', 1000, 80, 'http:', 0]);
  assert.deepStrictEqual({ ...a.options }, { noDelay: true, path: null });
  assert.strictEqual(http.Agent.defaultMaxSockets, Infinity);
  assert.strictEqual(a.getName(), 'localhost::');
  assert.strictEqual(a.getName({ host: 'h', port: 8, localAddress: '1.2.3.4', family: 6, socketPath: '/s' }),
                     'h:8:1.2.3.4:6:/s');
  assert.strictEqual(a.getName({ port: 0, family: 5 }), 'localhost::');
  assert.throws(() => new http.Agent({ scheduling: 'x' }), {
    code: 'ERR_INVALID_ARG_VALUE', message: "The argument 'scheduling' must be one of: 'fifo', 'lifo'. Received 'x'",
  });
  assert.throws(() => new http.Agent({ maxTotalSockets: 0 }), { code: 'ERR_OUT_OF_RANGE' });
  assert.throws(() => new http.Agent({ maxTotalSockets: '1' }), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.strictEqual(new http.Agent({ maxTotalSockets: 5 }).maxTotalSockets, 5);
}

api();
server.listen(0, '127.0.0.1', common.mustCall(async () => {
  port = server.address().port;
  await keepAliveReuse();
  await queueing(false);
  await queueing(true);
  await scheduling('lifo');
  await scheduling('fifo');
  await limits();
  await notKept();
  await idle();
  await globalAgent();
  http.globalAgent.destroy();
  server.close();
}));
