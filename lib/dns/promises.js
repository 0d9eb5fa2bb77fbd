'use strict';
// node:dns/promises: lookup and lookupService as promises, and the
// resolver API.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const {
  errorCodes, dnsBinding, dnsException, emitInvalidHostnameWarning, familyOf,
  getDefaultResultOrder, setDefaultResultOrder, isIP, lookupOptions, orderNumber,
  validateHostname, validateLookupServiceAddress, validatePort,
} = require('internal/dns/utils');
const resolver = require('internal/dns/resolver').promises;

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function onlookup(status, addresses) {
  if (status !== 0) {
    this.reject(dnsException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  if (this.all) {
    this.resolve(addresses.map((address) => ({ address, family: family || familyOf(address) })));
  } else {
    this.resolve({ address: addresses[0], family: family || familyOf(addresses[0]) });
  }
}

function lookup(hostname, options) {
  validateHostname(hostname);
  const { family, hints, all, order } = lookupOptions(options);

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    return Promise.resolve(all ? [] : { address: null, family: family === 6 ? 6 : 4 });
  }
  const matched = isIP(hostname);
  if (matched) {
    const answer = { address: hostname, family: matched };
    return Promise.resolve(all ? [answer] : answer);
  }

  return new Promise((resolve, reject) => {
    const req = new GetAddrInfoReqWrap();
    req.family = family;
    req.hostname = hostname;
    req.all = all;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookup;
    const err = dnsBinding().getaddrinfo(req, hostname, family, hints, orderNumber(order));
    if (err) reject(dnsException(err, 'getaddrinfo', hostname));
  });
}

function onlookupservice(status, hostname, service) {
  if (status !== 0) {
    this.reject(dnsException(status, 'getnameinfo', this.hostname));
    return;
  }
  this.resolve({ hostname, service });
}

function lookupService(address, port) {
  if (arguments.length !== 2) throw new ERR_MISSING_ARGS('address', 'port');
  validateLookupServiceAddress(address);
  port = validatePort(port);

  return new Promise((resolve, reject) => {
    const req = new GetNameInfoReqWrap();
    req.hostname = address;
    req.port = port;
    req.resolve = resolve;
    req.reject = reject;
    req.oncomplete = onlookupservice;
    const err = dnsBinding().getnameinfo(req, address, port);
    if (err) reject(dnsException(err, 'getnameinfo', address));
  });
}

module.exports = {
  lookup,
  lookupService,
  Resolver: resolver.Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: resolver.setServers,
  ...errorCodes,
  getServers: resolver.getServers,
  ...resolver.methods,
};
