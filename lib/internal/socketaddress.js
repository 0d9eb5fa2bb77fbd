'use strict';
// net.SocketAddress and net.BlockList. Addresses are kept as 128-bit
// BigInts, IPv4 ones in the IPv4-mapped IPv6 range (::ffff:a.b.c.d), so an
// IPv4 rule matches the mapped form of its address and the other way round,
// as in Node.

const { isIPv4, isIPv6 } = require('internal/net');
const {
  codes: { ERR_INVALID_ADDRESS, ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE },
} = require('internal/errors');
const { validatePort, validateString, validateInt32 } = require('internal/validators');
const { inspect } = require('internal/util/inspect');

const kMapped = 0xffffn << 32n;

function v4ToBig(s) {
  let n = 0n;
  for (const part of s.split('.')) n = (n << 8n) | BigInt(Number(part));
  return n;
}

function v6ToBig(s) {
  let text = s;
  const zone = text.indexOf('%');
  if (zone !== -1) text = text.slice(0, zone);
  let tail = [];
  // An embedded IPv4 address becomes the last two groups.
  const lastColon = text.lastIndexOf(':');
  if (text.includes('.', lastColon)) {
    const v4 = v4ToBig(text.slice(lastColon + 1));
    tail = [Number(v4 >> 16n), Number(v4 & 0xffffn)];
    text = `${text.slice(0, lastColon + 1)}0`;
    text = text.endsWith('::0') ? text.slice(0, -1) : text.slice(0, -2);
  }
  const [left, right] = text.includes('::') ? text.split('::') : [text, undefined];
  const parse = (p) => (p ? p.split(':').map((g) => parseInt(g, 16)) : []);
  const l = parse(left);
  const r = right === undefined ? [] : parse(right);
  const fill = 8 - tail.length - l.length - r.length;
  const groups = right === undefined ? [...l, ...tail] : [...l, ...new Array(fill).fill(0), ...r, ...tail];
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(g);
  return n;
}

function bigToV4(n) {
  return [24n, 16n, 8n, 0n].map((k) => String((n >> k) & 0xffn)).join('.');
}

// RFC 5952 text: lower case, the longest run of two or more zero groups as
// "::", IPv4-mapped and IPv4-compatible addresses with an IPv4 tail.
function bigToV6(n) {
  if (n >> 32n === 0xffffn) return `::ffff:${bigToV4(n & 0xffffffffn)}`;
  // IPv4-compatible (::a.b.c.d, the 7th group not zero), as inet_ntop writes it.
  if (n >> 32n === 0n && n >> 16n !== 0n) return `::${bigToV4(n)}`;
  const groups = [];
  for (let k = 112n; k >= 0n; k -= 16n) groups.push(Number((n >> k) & 0xffffn));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (groups[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best === -1) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

function parseFamily(family, name) {
  validateString(family, name);
  const f = family.toLowerCase();
  if (f !== 'ipv4' && f !== 'ipv6') throw new ERR_INVALID_ARG_VALUE(name, family);
  return f;
}

// The 128-bit form of `address` of `family`, or undefined when invalid.
function toBig(address, family) {
  if (family === 'ipv4') return isIPv4(address) ? kMapped | v4ToBig(address) : undefined;
  return isIPv6(address) ? v6ToBig(address) : undefined;
}

const kBig = Symbol('big');
const kInfo = Symbol('info'); // { address, port, family, flowlabel }
const kRules = Symbol('rules');

class SocketAddress {
  static isSocketAddress(value) {
    return value instanceof SocketAddress;
  }

  constructor(options = {}) {
    if (options === null || typeof options !== 'object') {
      throw new ERR_INVALID_ARG_TYPE('options', 'Object', options);
    }
    const family = parseFamily(options.family === undefined ? 'ipv4' : options.family, 'options.family');
    const address = options.address === undefined ? (family === 'ipv4' ? '127.0.0.1' : '::') : options.address;
    validateString(address, 'options.address');
    const port = options.port === undefined ? 0 : options.port;
    validatePort(port, 'options.port');
    const flowlabel = options.flowlabel === undefined ? 0 : options.flowlabel;
    if (typeof flowlabel !== 'number') throw new ERR_INVALID_ARG_TYPE('options.flowlabel', 'number', flowlabel);
    if (!Number.isInteger(flowlabel) || flowlabel < 0 || flowlabel > 0xffffffff) {
      throw new ERR_OUT_OF_RANGE('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    }
    const big = toBig(address, family);
    if (big === undefined) throw new ERR_INVALID_ADDRESS();
    this[kBig] = big;
    this[kInfo] = {
      address: family === 'ipv4' ? bigToV4(big & 0xffffffffn) : bigToV6(big),
      port: port | 0,
      family,
      flowlabel,
    };
  }

  get address() { return this[kInfo].address; }
  get port() { return this[kInfo].port; }
  get family() { return this[kInfo].family; }
  get flowlabel() { return this[kInfo].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `SocketAddress ${inspect(this.toJSON(), options)}`;
  }
}

// An address argument of BlockList: a string of `type`, or a SocketAddress.
function addressArg(address, type, name) {
  if (address instanceof SocketAddress) return address;
  validateString(address, name);
  const family = parseFamily(type, 'options.family');
  const big = toBig(address, family);
  if (big === undefined) throw new ERR_INVALID_ADDRESS();
  return new SocketAddress({ address, family });
}

function label(sa) {
  return `${sa.family === 'ipv4' ? 'IPv4' : 'IPv6'} ${sa.address}`;
}

class BlockList {
  constructor() {
    this[kRules] = []; // newest first, as Node lists them
  }

  addAddress(address, family = 'ipv4') {
    const sa = addressArg(address, family, 'address');
    this[kRules].unshift({ start: sa[kBig], end: sa[kBig], text: `Address: ${label(sa)}` });
  }

  addRange(start, end, family = 'ipv4') {
    const a = addressArg(start, family, 'start');
    const b = addressArg(end, family, 'end');
    if (a[kBig] > b[kBig]) throw new ERR_INVALID_ARG_VALUE('start', a, 'must come before end');
    this[kRules].unshift({ start: a[kBig], end: b[kBig], text: `Range: ${label(a)}-${b.address}` });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    const sa = addressArg(network, family, 'network');
    const bits = sa.family === 'ipv4' ? 32 : 128;
    validateInt32(prefix, 'prefix', 0, bits);
    const hostBits = BigInt(bits - prefix);
    const mask = (1n << hostBits) - 1n;
    const start = sa[kBig] & ~mask;
    this[kRules].unshift({ start, end: start | mask, text: `Subnet: ${label(sa)}/${prefix}` });
  }

  check(address, family = 'ipv4') {
    let big;
    if (address instanceof SocketAddress) {
      big = address[kBig];
    } else {
      validateString(address, 'address');
      if (typeof family !== 'string') throw new ERR_INVALID_ARG_TYPE('family', 'string', family);
      const f = family.toLowerCase();
      if (f !== 'ipv4' && f !== 'ipv6') return false;
      big = toBig(address, f);
      if (big === undefined) return false;
    }
    return this[kRules].some((r) => big >= r.start && big <= r.end);
  }

  get rules() {
    return this[kRules].map((r) => r.text);
  }

  [inspect.custom](depth, options) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, options)}`;
  }
}

module.exports = { SocketAddress, BlockList };
