'use strict';
// node:http. The server side (Server, ServerResponse, IncomingMessage) is
// here; the client side (request, get, Agent, ClientRequest) is not yet, and
// throws ERR_NOT_IMPLEMENTED.

const { METHODS, STATUS_CODES, validateHeaderName, validateHeaderValue } = require('internal/http/common');
const { OutgoingMessage } = require('internal/http/outgoing');
const { IncomingMessage } = require('internal/http/incoming');
const { Server, ServerResponse } = require('internal/http/server');
const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');

function createServer(options, requestListener) {
  return new Server(options, requestListener);
}

function notYet(name) {
  const fn = function() { throw new ERR_NOT_IMPLEMENTED(`http.${name}`); };
  Object.defineProperty(fn, 'name', { value: name });
  return fn;
}

module.exports = {
  METHODS: METHODS.slice().sort(),
  STATUS_CODES,
  Agent: notYet('Agent'),
  ClientRequest: notYet('ClientRequest'),
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName,
  validateHeaderValue,
  get: notYet('get'),
  request: notYet('request'),
  setMaxIdleHTTPParsers() {},
  maxHeaderSize: 16384,
  globalAgent: undefined,
};
