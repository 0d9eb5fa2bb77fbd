'use strict';
// What node:dns and node:dns/promises share: argument validation for
// lookup/lookupService, the default result order, the error constants and
// DNS-shaped errors (`getaddrinfo ENOTFOUND host`).

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE },
} = require('internal/errors');
const {
  validateString, validateNumber, validateBoolean, validateOneOf, validatePort,
} = require('internal/validators');

let binding;
function dnsBinding() {
  if (binding === undefined) binding = internalBinding('dns');
  return binding;
}

// dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL (the values of glibc's AI_* flags).
const ADDRCONFIG = 32;
const ALL = 16;
const V4MAPPED = 8;

// Error codes of the resolver API, exported by both modules.
const errorCodes = {
  NODATA: 'ENODATA',
  FORMERR: 'EFORMERR',
  SERVFAIL: 'ESERVFAIL',
  NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP',
  REFUSED: 'EREFUSED',
  BADQUERY: 'EBADQUERY',
  BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY',
  BADRESP: 'EBADRESP',
  CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT',
  EOF: 'EOF',
  FILE: 'EFILE',
  NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION',
  BADSTR: 'EBADSTR',
  BADFLAGS: 'EBADFLAGS',
  NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS',
  NOTINITIALIZED: 'ENOTINITIALIZED',
  LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS',
  CANCELLED: 'ECANCELLED',
};

const orders = ['verbatim', 'ipv4first', 'ipv6first'];
let defaultResultOrder = 'verbatim';

function getDefaultResultOrder() {
  return defaultResultOrder;
}

function setDefaultResultOrder(order, name = 'dnsOrder') {
  validateOneOf(order, name, orders);
  defaultResultOrder = order;
}

// The order as the binding takes it.
function orderNumber(order) {
  return order === 'ipv4first' ? 1 : order === 'ipv6first' ? 2 : 0;
}

let isIPImpl;
function isIP(s) {
  if (isIPImpl === undefined) isIPImpl = require('internal/net').isIP;
  return isIPImpl(s);
}

// An error from getaddrinfo/getnameinfo (a negative libuv number) or from
// the resolver (a code string): `syscall CODE hostname`.
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    const b = dnsBinding();
    // "No such name" and "no data" are both reported as not found.
    code = code === b.UV_EAI_NODATA || code === b.UV_EAI_NONAME ?
      'ENOTFOUND' : internalBinding('uv').errname(code);
  }
  const err = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (hostname) err.hostname = hostname;
  if (typeof Error.captureStackTrace === 'function') Error.captureStackTrace(err, dnsException);
  return err;
}

let invalidHostnameWarned = false;
function emitInvalidHostnameWarning(hostname) {
  if (invalidHostnameWarned) return;
  invalidHostnameWarned = true;
  process.emitWarning(`The provided hostname "${hostname}" is not a valid hostname, and is ` +
    'supported in the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw new ERR_INVALID_ARG_VALUE('hints', hints);
  }
}

// lookup()'s options (a family number or an object), validated in Node's
// order: { family, hints, all, order }. Only the callback API takes the
// family names 'IPv4' and 'IPv6' (as Node 20).
function lookupOptions(options, familyNames) {
  let family = 0;
  let hints = 0;
  let all = false;
  let order = defaultResultOrder;
  if (typeof options === 'number') {
    validateOneOf(options, 'family', [0, 4, 6]);
    family = options;
  } else if (options !== undefined && typeof options !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('options', ['integer', 'object'], options);
  } else if (options != null) {
    if (options.hints != null) {
      validateNumber(options.hints, 'options.hints');
      hints = options.hints >>> 0;
      validateHints(hints);
    }
    if (options.family != null) {
      if (familyNames && options.family === 'IPv4') {
        family = 4;
      } else if (familyNames && options.family === 'IPv6') {
        family = 6;
      } else {
        validateOneOf(options.family, 'options.family', [0, 4, 6]);
        family = options.family;
      }
    }
    if (options.all != null) {
      validateBoolean(options.all, 'options.all');
      all = options.all;
    }
    if (options.verbatim != null) {
      validateBoolean(options.verbatim, 'options.verbatim');
      order = options.verbatim ? 'verbatim' : 'ipv4first';
    }
    if (options.order != null) {
      validateOneOf(options.order, 'options.order', orders);
      order = options.order;
    }
  }
  return { family, hints, all, order };
}

function validateHostname(hostname) {
  if (hostname) validateString(hostname, 'hostname');
}

// Node's port check: a number or numeric string in [0, 65535] (0 refused
// unless allowZero).

function validateLookupServiceAddress(address) {
  if (isIP(address) === 0) throw new ERR_INVALID_ARG_VALUE('address', address);
}

// The family of an address the binding answered with.
function familyOf(address) {
  return address.includes(':') ? 6 : 4;
}

module.exports = {
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  errorCodes,
  dnsBinding,
  dnsException,
  emitInvalidHostnameWarning,
  familyOf,
  getDefaultResultOrder,
  setDefaultResultOrder,
  isIP,
  lookupOptions,
  orderNumber,
  validateHostname,
  validateLookupServiceAddress,
  validatePort,
};
