'use strict';
// --max-http-header-size and --insecure-http-parser, on the command line and
// in NODE_OPTIONS, set the defaults of every server and client parser;
// explicit options still win. NODE_OPTIONS refuses what node refuses.
const assert = require('assert');
const { spawnSync } = require('child_process');

// The child: a server answering with its verdict on two raw requests, one
// with a 2 KB header and one with a control character in a header value.
const child = `
const http = require('http');
const net = require('net');
const opts = JSON.parse(process.argv[1] || '{}');
const server = http.createServer(opts, (req, res) => res.end('ok'));
const send = (raw) => new Promise((resolve) => {
  const s = net.connect(server.address().port, '127.0.0.1');
  let data = '';
  s.on('data', (d) => { data += d; });
  s.on('close', () => resolve(data.split('\\r\\n')[0]));
  s.end(raw);
});
server.listen(0, '127.0.0.1', async () => {
  const big = await send('GET / HTTP/1.1\\r\\nHost: x\\r\\nX-Big: ' + 'a'.repeat(2000) + '\\r\\nConnection: close\\r\\n\\r\\n');
  const ctl = await send('GET / HTTP/1.1\\r\\nHost: x\\r\\nX-Ctl: a\\x01b\\r\\nConnection: close\\r\\n\\r\\n');
  console.log(JSON.stringify([http.maxHeaderSize, big, ctl]));
  server.close();
});
`;

function run(args, env, opts) {
  const r = spawnSync(process.execPath, [...args, '-e', child, JSON.stringify(opts || {})], {
    env: { ...process.env, NODE_OPTIONS: env || '' }, encoding: 'utf8',
  });
  assert.strictEqual(r.status, 0, r.stderr);
  return JSON.parse(r.stdout);
}

const ok = 'HTTP/1.1 200 OK';
const tooLarge = 'HTTP/1.1 431 Request Header Fields Too Large';
const bad = 'HTTP/1.1 400 Bad Request';

assert.deepStrictEqual(run([]), [16384, ok, bad]);
assert.deepStrictEqual(run(['--max-http-header-size=1000']), [1000, tooLarge, bad]);
assert.deepStrictEqual(run(['--max-http-header-size', '1000']), [1000, tooLarge, bad]);
assert.deepStrictEqual(run([], '--max-http-header-size=1000'), [1000, tooLarge, bad]);
// The command line wins over NODE_OPTIONS.
assert.deepStrictEqual(run(['--max-http-header-size=5000'], '--max-http-header-size=1000'), [5000, ok, bad]);
// A server's own maxHeaderSize wins over the flag.
assert.deepStrictEqual(run(['--max-http-header-size=1000'], '', { maxHeaderSize: 8000 }), [1000, ok, bad]);
assert.deepStrictEqual(run(['--insecure-http-parser']), [16384, ok, ok]);
assert.deepStrictEqual(run([], '--insecure-http-parser'), [16384, ok, ok]);
assert.deepStrictEqual(run(['--insecure-http-parser'], '', { insecureHTTPParser: false }), [16384, ok, bad]);

// The client side takes the same default.
{
  const r = spawnSync(process.execPath, ['--max-http-header-size=1000', '-e', `
    const http = require('http');
    const net = require('net');
    const server = net.createServer((s) => s.end('HTTP/1.1 200 OK\\r\\nX-Big: ' + 'a'.repeat(2000) + '\\r\\nContent-Length: 0\\r\\n\\r\\n'));
    server.listen(0, '127.0.0.1', () => {
      http.get({ port: server.address().port, host: '127.0.0.1' }, () => console.log('response'))
        .on('error', (e) => { console.log(e.code); server.close(); });
    });
  `], { encoding: 'utf8' });
  assert.strictEqual(r.stdout.trim(), 'HPE_HEADER_OVERFLOW', r.stderr);
}

// NODE_OPTIONS: words split on spaces, double quotes group.
{
  const r = spawnSync(process.execPath, ['-p', 'process.title + "|" + process.execArgv.length'], {
    env: { ...process.env, NODE_OPTIONS: '  --title "a b"  --no-warnings ' }, encoding: 'utf8',
  });
  assert.strictEqual(r.stdout.trim(), 'a b|2', r.stderr);
}
// What NODE_OPTIONS may not hold: exit code 9 and node's message.
for (const [value, message] of [
  ['--eval=1', '--eval= is not allowed in NODE_OPTIONS'],
  ['-p', '-p is not allowed in NODE_OPTIONS'],
  ['--no-warnings --bogus', '--bogus is not allowed in NODE_OPTIONS'],
  ['--expose-internals', '--expose-internals is not allowed in NODE_OPTIONS'],
  ['--require', '--require requires an argument'],
]) {
  const r = spawnSync(process.execPath, ['-e', 'console.log("ran")'], {
    env: { ...process.env, NODE_OPTIONS: value }, encoding: 'utf8',
  });
  assert.strictEqual(r.status, 9, value);
  assert.strictEqual(r.stdout, '', value);
  assert.ok(r.stderr.endsWith(`: ${message}\n`), r.stderr);
}
