'use strict';
// node:http: the server (Server, ServerResponse) and the client (request,
// get, Agent, ClientRequest); IncomingMessage is a request on the server
// and a response on the client.

const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('internal/http/common');
const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { Server, ServerResponse } = require('internal/http/server');
const agentModule = require('internal/http/agent');
const { Agent, ClientRequest, request, get } = require('internal/http/client');
const { validateInteger } = require('internal/validators');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

module.exports = {
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent,
  ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get,
  request,
  // lode keeps no pool of idle parsers: the limit is only checked.
  setMaxIdleHTTPParsers(max) { validateInteger(max, 'max', 1); },
  // Read-only, as Node's: from --max-http-header-size.
  get maxHeaderSize() { return process._lodeOptions.maxHttpHeaderSize; },
};

// The agent that requests without one use; replaceable, as in Node.
Object.defineProperty(module.exports, 'globalAgent', {
  configurable: true,
  enumerable: true,
  get() { return agentModule.globalAgent; },
  set(v) { agentModule.globalAgent = v; },
});
