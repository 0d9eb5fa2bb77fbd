'use strict';
// http parsers are pooled: a parser closed by one connection is reused by
// the next, and the closed one's handle parses nothing any more (its bytes
// can never reach the new owner). lode only (internal module).
const common = require('../common');
const assert = require('assert');

if (!common.isLode) {
  console.log('skip: lode only');
  process.exit(0);
}
common.withInternals(__filename);

const { createRequestParser } = require('internal/http/parser');
const seen = [];
function handler(name) {
  return {
    maxHeaderSize: 16384,
    wantsUpgrade: () => false,
    onRequest: (info) => seen.push([name, info.url]),
    onBody() {},
    onComplete() {},
  };
}

const a = createRequestParser(handler('a'));
assert.strictEqual(a.execute(Buffer.from('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /par')), undefined);
a.close();
const b = createRequestParser(handler('b'));
// The stale handle: ignored, and b (probably the same native parser) is not disturbed.
assert.strictEqual(a.execute(Buffer.from('tial HTTP/1.1\r\nHost: x\r\n\r\n')), undefined);
assert.strictEqual(a.finish(), undefined);
a.close();
assert.strictEqual(b.execute(Buffer.from('GET /2 HTTP/1.1\r\nHost: x\r\n\r\n')), undefined);
assert.deepStrictEqual(seen, [['a', '/1'], ['b', '/2']]);
// A fresh state for b: no leftover of a's partial request.
assert.strictEqual(b.inMessage, false);
b.close();
