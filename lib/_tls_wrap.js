'use strict';
// node:_tls_wrap (deprecated in Node, still required by some packages).

const tls = require('tls');

module.exports = {
  TLSSocket: tls.TLSSocket,
  Server: tls.Server,
  createServer: tls.createServer,
  connect: tls.connect,
};
