'use strict';
// node:http's view of internalBinding('http_parser') (src/http_parser.c):
// one parser per connection, events copied out of the binding's shared
// `info` array before any user code runs (a nested execute reuses it).

const b = internalBinding('http_parser');
const { info } = b;

// Node's parse errors: `Parse Error: <reason>` with code, reason, bytesParsed.
function parseError([code, reason, bytesParsed], buf) {
  const err = new Error(`Parse Error: ${reason}`);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  if (buf !== undefined) err.rawPacket = buf;
  return err;
}

function onHeaders(head) {
  if (this.response) return onResponseHeaders(this, head);
  const h = this.handler;
  const parts = head.split('\n');
  const first = parts.shift();
  const flags = info[b.I_FLAGS];
  const method = info[b.I_METHOD] >= 0 ? b.methods[info[b.I_METHOD]] : null;
  const message = {
    method,
    url: first,
    versionMajor: info[b.I_MAJOR],
    versionMinor: info[b.I_MINOR],
    headers: parts,
    keepAlive: !!(flags & b.F_KEEP_ALIVE),
    upgrade: false,
    expectContinue: !!(flags & b.F_EXPECT_CONTINUE),
    expect: false,
  };
  const hasBody = !!(flags & b.F_BODY);
  // A request the server takes over (CONNECT, or an Upgrade it listens for).
  const takeOver = method === 'CONNECT' || (!!(flags & b.F_UPGRADE) && h.wantsUpgrade());
  message.upgrade = takeOver;
  if (!message.expectContinue) {
    for (let i = 0; i < parts.length; i += 2) {
      if (parts[i].length === 6 && parts[i].toLowerCase() === 'expect') message.expect = true;
    }
  }
  h.onRequest(message);
  if (takeOver) return 2;
  // A message without a body ends with its head.
  if (!hasBody) h.onComplete(undefined);
  return 0;
}

function onBody(trailers) {
  const h = this.handler;
  const buf = this.buf;
  const n = info[b.I_NPIECES];
  const complete = info[b.I_COMPLETE];
  // Offsets first: onBody may run user code that parses again.
  const pieces = new Array(2 * n);
  for (let i = 0; i < 2 * n; i++) pieces[i] = info[b.I_PIECES + i];
  for (let i = 0; i < 2 * n; i += 2) h.onBody(buf.subarray(pieces[i], pieces[i + 1]));
  if (complete) h.onComplete(trailers === undefined ? undefined : trailers.split('\n'));
}

// A response head. handler.onResponse(message) answers 0 (a body may
// follow), 1 (no body: the request was HEAD, or a 1xx) or 2 (the
// connection changes protocol: an upgrade, or a response to CONNECT).
function onResponseHeaders(p, head) {
  const h = p.handler;
  const parts = head.split('\n');
  const flags = info[b.I_FLAGS];
  const message = {
    statusCode: info[b.I_STATUS],
    statusMessage: parts.shift(),
    versionMajor: info[b.I_MAJOR],
    versionMinor: info[b.I_MINOR],
    headers: parts,
    keepAlive: !!(flags & b.F_KEEP_ALIVE),
    upgrade: !!(flags & b.F_UPGRADE),
  };
  const hasBody = !!(flags & b.F_BODY);
  const ret = h.onResponse(message);
  if (ret === 2) return 2;
  if (ret === 1 || !hasBody) h.onComplete(undefined);
  return ret === 1 ? 1 : 0;
}

b.setCallbacks(onHeaders, onBody);

// handler: { maxHeaderSize, maxHeadersCount, lenient, wantsUpgrade(), onRequest(message),
// onBody(chunk), onComplete(rawTrailers) }
function createRequestParser(handler) {
  return createParser(b.REQUEST, handler);
}

// handler: { maxHeaderSize, maxHeadersCount, lenient, onResponse(message),
// onBody(chunk), onComplete(rawTrailers) }
function createResponseParser(handler) {
  return createParser(b.RESPONSE, handler);
}

// Parsers closed by their connections, ready for reuse (as Node keeps up to
// 1000): a native parser is cheaper to reinitialize than to make.
const freeParsers = [];
const kMaxFreeParsers = 1000;

function createParser(type, handler) {
  const p = freeParsers.length > 0 ? freeParsers.pop() : new b.HTTPParser();
  // Undefined options take the command line's defaults (--max-http-header-size,
  // --insecure-http-parser); the native parser counts in 31 bits.
  const opts = process._lodeOptions;
  const max = handler.maxHeaderSize ?? opts.maxHttpHeaderSize;
  p.initialize(type, max > 0x7fffffff ? 0x7fffffff : max | 0, handler.maxHeadersCount | 0,
    !!(handler.lenient ?? opts.insecureHttpParser));
  p.handler = handler;
  p.response = type === b.RESPONSE;
  p.buf = undefined;
  return {
    upgradeHead: null,
    inMessage: false,
    // Parses one chunk; returns a parse error or undefined. After a
    // take-over, upgradeHead holds the bytes that follow the head.
    execute(buf) {
      // Closed (and maybe another connection's now): nothing to parse.
      if (p.handler !== handler) return undefined;
      p.buf = buf;
      const r = p.execute(buf);
      p.buf = undefined;
      // Whether the chunk ended inside a message (the next one has begun).
      this.inMessage = info[b.I_IN_MESSAGE] === 1;
      if (r === undefined) return undefined;
      if (typeof r === 'number') {
        this.upgradeHead = buf.subarray(r);
        return undefined;
      }
      return parseError(r, buf);
    },
    finish() {
      if (p.handler !== handler) return undefined;
      const r = p.finish();
      return r === undefined ? undefined : parseError(r);
    },
    close() {
      if (p.handler !== handler) return;
      p.close();
      p.handler = null;
      if (freeParsers.length < kMaxFreeParsers) freeParsers.push(p);
    },
  };
}

module.exports = { createRequestParser, createResponseParser };
