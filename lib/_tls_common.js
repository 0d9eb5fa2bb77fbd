'use strict';
// node:_tls_common (deprecated in Node, still required by some packages).

const { SecureContext, createSecureContext, translatePeerCertificate } = require('internal/tls/secure_context');

module.exports = { SecureContext, createSecureContext, translatePeerCertificate };
