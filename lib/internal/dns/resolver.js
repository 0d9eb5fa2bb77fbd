'use strict';
// The resolver API of node:dns and node:dns/promises: resolve*, reverse,
// Resolver (setServers/getServers/cancel/setLocalAddress), over c-ares
// (the cares_wrap binding). The module-level functions share one default
// resolver, made on first use so that lookup-only programs never start
// c-ares.

const {
  codes: {
    ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_INVALID_IP_ADDRESS, ERR_DNS_SET_SERVERS_FAILED,
  },
  hideStackHeader,
} = require('internal/errors');
const {
  validateString, validateFunction, validateArray, validateInt32,
} = require('internal/validators');
const { errorCodes, dnsException, isIP } = require('internal/dns/utils');

let binding;
function cares() {
  if (binding === undefined) binding = internalBinding('cares_wrap');
  return binding;
}

// c-ares status codes, in order from 1 (ARES_ENODATA), are the codes of
// dns.NODATA… dns.CANCELLED.
const aresCodes = Object.values(errorCodes);
function aresCode(status) {
  return aresCodes[status - 1] || `EUNKNOWN${status}`;
}

// [binding name (the error's syscall), method name, record type]
const queries = [
  ['queryAny', 'resolveAny', 'ANY'],
  ['queryA', 'resolve4', 'A'],
  ['queryAaaa', 'resolve6', 'AAAA'],
  ['queryCaa', 'resolveCaa', 'CAA'],
  ['queryCname', 'resolveCname', 'CNAME'],
  ['queryMx', 'resolveMx', 'MX'],
  ['queryNs', 'resolveNs', 'NS'],
  ['queryTxt', 'resolveTxt', 'TXT'],
  ['querySrv', 'resolveSrv', 'SRV'],
  ['queryPtr', 'resolvePtr', 'PTR'],
  ['queryNaptr', 'resolveNaptr', 'NAPTR'],
  ['querySoa', 'resolveSoa', 'SOA'],
];
const methodOf = Object.fromEntries(queries.map(([, method, type]) => [type, method]));

class QueryReqWrap {}
class GetHostByAddrReqWrap {}

function withTtl(result, ttls, ttl) {
  if (!ttl || ttls === undefined) return result;
  return result.map((address, i) => ({ address, ttl: ttls[i] }));
}

function onresolve(status, result, ttls) {
  if (status !== 0) {
    this.callback(dnsException(aresCode(status), this.bindingName, this.hostname));
    return;
  }
  this.callback(null, withTtl(result, ttls, this.ttl));
}

function onresolvePromise(status, result, ttls) {
  if (status !== 0) {
    this.reject(dnsException(aresCode(status), this.bindingName, this.hostname));
    return;
  }
  this.resolve(withTtl(result, ttls, this.ttl));
}

function channelOptions(options) {
  const { timeout = -1, tries = 4 } = { ...options };
  validateInt32(timeout, 'options.timeout', -1);
  validateInt32(tries, 'options.tries', 1);
  return [timeout, tries];
}

function formatServer([ip, port]) {
  if (port === 53 || port === 0) return ip; // 0: the default port
  return ip.includes(':') ? `[${ip}]:${port}` : `${ip}:${port}`;
}

// 'ip', 'ip:port', '[ipv6]' or '[ipv6]:port' → [family, ip, port].
function parseServer(server) {
  let ip = server;
  let port = 53;
  let m;
  if ((m = /^\[([^\]]+)\](?::(\d+))?$/.exec(server)) !== null) {
    ip = m[1];
    if (m[2] !== undefined) port = +m[2];
  } else if (isIP(server) === 0 && (m = /^([^:]+):(\d+)$/.exec(server)) !== null) {
    ip = m[1];
    port = +m[2];
  }
  const family = isIP(ip);
  if (family === 0) throw new ERR_INVALID_IP_ADDRESS(server);
  return [family, ip, port];
}

function invalidLocalAddress() {
  const err = new TypeError('Invalid IP address.');
  err.code = 'ERR_INVALID_ARG_VALUE';
  hideStackHeader(err, 'TypeError [ERR_INVALID_ARG_VALUE]');
  return err;
}

// What both Resolver classes share.
class ResolverBase {
  constructor(options = undefined) {
    const [timeout, tries] = channelOptions(options);
    this._handle = cares().createChannel(timeout, tries);
  }

  cancel() {
    cares().cancel(this._handle);
  }

  getServers() {
    return cares().getServers(this._handle).map(formatServer);
  }

  setServers(servers) {
    validateArray(servers, 'servers');
    const list = servers.map((server, i) => {
      validateString(server, `servers[${i}]`);
      return parseServer(server);
    });
    const status = cares().setServers(this._handle, list);
    if (status !== 0) {
      // c-ares 1.18 refuses (ENOTIMP) only while queries are pending.
      const why = status === 5 ? 'There are pending queries.' : cares().strerror(status);
      throw new ERR_DNS_SET_SERVERS_FAILED(why, servers);
    }
  }

  setLocalAddress(ipv4, ipv6) {
    validateString(ipv4, 'ipv4');
    if (ipv6 !== undefined) validateString(ipv6, 'ipv6');
    if (cares().setLocalAddress(this._handle, ipv4, ipv6) !== 0) throw invalidLocalAddress();
  }
}

// ---- the callback API ----

class Resolver extends ResolverBase {
  resolve(hostname, rrtype, callback) {
    let method;
    if (typeof rrtype === 'string') {
      method = methodOf[rrtype];
    } else if (typeof rrtype === 'function') {
      method = 'resolve4';
      callback = rrtype;
    } else {
      throw new ERR_INVALID_ARG_TYPE('rrtype', 'string', rrtype);
    }
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[method](hostname, callback);
  }

  reverse(ip, callback) {
    validateString(ip, 'name');
    validateFunction(callback, 'callback');
    const req = new GetHostByAddrReqWrap();
    req.bindingName = 'getHostByAddr';
    req.callback = callback;
    req.hostname = ip;
    req.oncomplete = onresolve;
    const err = cares().getHostByAddr(this._handle, req, ip);
    if (err) throw dnsException(err, 'getHostByAddr', ip);
    return req;
  }
}

function callbackQuery(bindingName, type) {
  const query = function(name, options, callback) {
    if (typeof options === 'function') {
      callback = options;
      options = undefined;
    }
    validateString(name, 'name');
    validateFunction(callback, 'callback');
    const req = new QueryReqWrap();
    req.bindingName = bindingName;
    req.callback = callback;
    req.hostname = name;
    req.oncomplete = onresolve;
    req.ttl = !!(options && options.ttl);
    cares().query(this._handle, req, cares().types[type], name);
    return req;
  };
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

// ---- the promise API ----

class PromiseResolver extends ResolverBase {
  resolve(hostname, rrtype) {
    let method;
    if (rrtype === undefined) {
      method = 'resolve4';
    } else {
      validateString(rrtype, 'rrtype');
      method = methodOf[rrtype];
    }
    if (method === undefined) throw new ERR_INVALID_ARG_VALUE('rrtype', rrtype);
    return this[method](hostname);
  }

  reverse(ip) {
    validateString(ip, 'name');
    return new Promise((resolve, reject) => {
      const req = new GetHostByAddrReqWrap();
      req.bindingName = 'getHostByAddr';
      req.hostname = ip;
      req.resolve = resolve;
      req.reject = reject;
      req.oncomplete = onresolvePromise;
      const err = cares().getHostByAddr(this._handle, req, ip);
      if (err) reject(dnsException(err, 'getHostByAddr', ip));
    });
  }
}

function promiseQuery(bindingName, type) {
  const query = function(name, options) {
    validateString(name, 'name');
    return new Promise((resolve, reject) => {
      const req = new QueryReqWrap();
      req.bindingName = bindingName;
      req.hostname = name;
      req.resolve = resolve;
      req.reject = reject;
      req.oncomplete = onresolvePromise;
      req.ttl = !!(options && options.ttl);
      cares().query(this._handle, req, cares().types[type], name);
    });
  };
  Object.defineProperty(query, 'name', { value: bindingName });
  return query;
}

// Methods in Node's prototype order.
for (const [bindingName, method, type] of queries) {
  Object.defineProperty(Resolver.prototype, method, {
    value: callbackQuery(bindingName, type), writable: true, configurable: true,
  });
  Object.defineProperty(PromiseResolver.prototype, method, {
    value: promiseQuery(bindingName, type), writable: true, configurable: true,
  });
}
for (const cls of [Resolver, PromiseResolver]) {
  for (const name of ['reverse', 'resolve']) {
    const fn = cls.prototype[name];
    delete cls.prototype[name];
    cls.prototype[name] = fn;
    Object.defineProperty(cls.prototype, name, { enumerable: false });
  }
}
Object.defineProperty(PromiseResolver, 'name', { value: 'Resolver' });
Object.defineProperty(Resolver.prototype.reverse, 'name', { value: 'getHostByAddr' });
Object.defineProperty(PromiseResolver.prototype.reverse, 'name', { value: 'getHostByAddr' });

// ---- the default resolver, shared by both APIs ----

let defaultHandle;
const defaults = new Map();
function defaultResolver(cls) {
  let r = defaults.get(cls);
  if (r === undefined) {
    if (defaultHandle === undefined) defaultHandle = new cls()._handle;
    r = Object.create(cls.prototype);
    r._handle = defaultHandle;
    defaults.set(cls, r);
  }
  return r;
}

const memberNames = ['getServers', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa',
  'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa',
  'resolveSrv', 'resolveTxt', 'reverse'];

// dns.setServers: a new default resolver with those servers (so queries
// pending on the old one do not stand in the way), shared by both APIs.
function defaultResolverSetServers(servers) {
  const r = Object.create(ResolverBase.prototype);
  r._handle = cares().createChannel(-1, 4);
  r.setServers(servers);
  defaultHandle = r._handle;
  for (const d of defaults.values()) d._handle = defaultHandle;
}

// Module-level functions: the default resolver's methods, bound on first use.
function makeApi(cls) {
  const api = { setServers: defaultResolverSetServers };
  for (const name of memberNames) {
    const target = cls.prototype[name] ?? ResolverBase.prototype[name];
    const fn = function(...args) {
      return target.apply(defaultResolver(cls), args);
    };
    Object.defineProperty(fn, 'name', { value: `bound ${target.name}` });
    api[name] = fn;
  }
  return api;
}

const callbackApi = makeApi(Resolver);
const promiseApi = makeApi(PromiseResolver);

module.exports = {
  Resolver,
  getServers: callbackApi.getServers,
  setServers: callbackApi.setServers,
  callbackMethods: Object.fromEntries(memberNames.filter((n) => n !== 'getServers')
    .map((n) => [n, callbackApi[n]])),
  promises: {
    Resolver: PromiseResolver,
    getServers: promiseApi.getServers,
    setServers: promiseApi.setServers,
    methods: Object.fromEntries(memberNames.filter((n) => n !== 'getServers')
      .map((n) => [n, promiseApi[n]])),
  },
};
