'use strict';
// node:dns: lookup and lookupService through the system resolver
// (getaddrinfo/getnameinfo on the thread pool), and the resolver API.

const { codes: { ERR_MISSING_ARGS } } = require('internal/errors');
const { validateFunction } = require('internal/validators');
const {
  ADDRCONFIG, ALL, V4MAPPED, errorCodes, dnsBinding, dnsException, emitInvalidHostnameWarning,
  familyOf, getDefaultResultOrder, setDefaultResultOrder, isIP, lookupOptions, orderNumber,
  validateHostname, validateLookupServiceAddress, validatePort,
} = require('internal/dns/utils');
const resolver = require('internal/dns/resolver');

class GetAddrInfoReqWrap {}
class GetNameInfoReqWrap {}

function onlookup(status, addresses) {
  if (status !== 0) {
    this.callback(dnsException(status, 'getaddrinfo', this.hostname));
    return;
  }
  this.callback(null, addresses[0], this.family || familyOf(addresses[0]));
}

function onlookupall(status, addresses) {
  if (status !== 0) {
    this.callback(dnsException(status, 'getaddrinfo', this.hostname));
    return;
  }
  const family = this.family;
  const result = addresses.map((address) => ({ address, family: family || familyOf(address) }));
  this.callback(null, result);
}

function lookup(hostname, options, callback) {
  validateHostname(hostname);
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  } else if (options !== undefined && options !== null && typeof options !== 'object' &&
             typeof options !== 'number' && arguments.length === 2) {
    // Two arguments and no usable options: the second was meant as the callback.
    validateFunction(options, 'callback');
  } else {
    validateFunction(callback, 'callback');
  }
  const { family, hints, all, order } = lookupOptions(options, true);

  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (all) process.nextTick(callback, null, []);
    else process.nextTick(callback, null, null, family === 6 ? 6 : 4);
    return {};
  }
  // An IP address is its own answer (still asynchronously).
  const matched = isIP(hostname);
  if (matched) {
    if (all) process.nextTick(callback, null, [{ address: hostname, family: matched }]);
    else process.nextTick(callback, null, hostname, matched);
    return {};
  }

  const req = new GetAddrInfoReqWrap();
  req.callback = callback;
  req.family = family;
  req.hostname = hostname;
  req.oncomplete = all ? onlookupall : onlookup;
  const err = dnsBinding().getaddrinfo(req, hostname, family, hints, orderNumber(order));
  if (err) {
    process.nextTick(callback, dnsException(err, 'getaddrinfo', hostname));
    return {};
  }
  return req;
}

function onlookupservice(status, hostname, service) {
  if (status !== 0) {
    this.callback(dnsException(status, 'getnameinfo', this.hostname));
    return;
  }
  this.callback(null, hostname, service);
}

function lookupService(address, port, callback) {
  if (arguments.length !== 3) throw new ERR_MISSING_ARGS('address', 'port', 'callback');
  validateLookupServiceAddress(address);
  port = validatePort(port);
  validateFunction(callback, 'callback');

  const req = new GetNameInfoReqWrap();
  req.callback = callback;
  req.hostname = address;
  req.port = port;
  req.oncomplete = onlookupservice;
  const err = dnsBinding().getnameinfo(req, address, port);
  if (err) throw dnsException(err, 'getnameinfo', address);
  return req;
}

let promises;

module.exports = {
  lookup,
  lookupService,
  Resolver: resolver.Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers: resolver.setServers,
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...errorCodes,
  getServers: resolver.getServers,
  ...resolver.callbackMethods,
};

Object.defineProperty(module.exports, 'promises', {
  configurable: true,
  enumerable: true,
  get() {
    if (promises === undefined) promises = require('dns/promises');
    return promises;
  },
});
