'use strict';
// node:tls on OpenSSL's libssl: secure contexts (internal/tls/
// secure_context), TLSSocket / Server / connect (internal/tls/wrap), and
// the host name check of RFC 6125 that clients run on the peer certificate.

const net = require('net');
const { SecureContext, createSecureContext } = require('internal/tls/secure_context');
const { TLSSocket, Server, connect } = require('internal/tls/wrap');
const {
  codes: { ERR_OUT_OF_RANGE, ERR_TLS_CERT_ALTNAME_INVALID, ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

const binding = internalBinding('tls_context');

// Node's default cipher list (crypto.constants.defaultCoreCipherList).
const { DEFAULT_CIPHERS } = require('internal/crypto/cipher_list');

let ciphers;
function getCiphers() {
  ciphers ??= binding.getCiphers();
  return ciphers.slice();
}

let roots;
function rootCertificates() {
  roots ??= Object.freeze(binding.getRootCertificates());
  return roots;
}

// ALPN protocol names → the wire format (length-prefixed), into
// out.ALPNProtocols; other values are left alone.
function convertALPNProtocols(protocols, out) {
  if (Array.isArray(protocols)) {
    const parts = [];
    for (let i = 0; i < protocols.length; i++) {
      const p = protocols[i];
      const b = typeof p === 'string' ? Buffer.from(p) : Buffer.from(p.buffer, p.byteOffset, p.byteLength);
      if (b.length > 255) {
        throw new ERR_OUT_OF_RANGE(`The byte length of the protocol at index ${i}`, '<= 255', b.length);
      }
      parts.push(Buffer.from([b.length]), b);
    }
    out.ALPNProtocols = Buffer.concat(parts);
  } else if (ArrayBuffer.isView(protocols)) {
    out.ALPNProtocols = Buffer.from(protocols.buffer, protocols.byteOffset, protocols.byteLength);
  }
}

// ---- host name checks (RFC 6125) ----

// The names of a subjectaltname string ("DNS:a, IP Address:1.2.3.4"); a
// quoted value may hold ", ".
function splitAltNames(altNames) {
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < altNames.length; i++) {
    const ch = altNames[i];
    if (ch === '"') {
      quoted = !quoted;
    } else if (ch === '\\' && quoted && i + 1 < altNames.length) {
      cur += altNames[++i];
    } else if (!quoted && ch === ',' && altNames[i + 1] === ' ') {
      out.push(cur);
      cur = '';
      i++;
    } else {
      cur += ch;
    }
  }
  if (cur) out.push(cur);
  return out;
}

// An IP address in one spelling: IPv6 as groups without leading zeros,
// the longest run of zero groups written "::".
function canonicalIP(ip) {
  if (!net.isIPv6(ip)) return ip;
  let s = ip.toLowerCase().replace(/%.*$/, '');
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(s);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number);
    s = `${s.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = s.split('::');
  const head = halves[0] ? halves[0].split(':') : [];
  const tail = halves.length > 1 && halves[1] ? halves[1].split(':') : [];
  const groups = [...head, ...new Array(8 - head.length - tail.length).fill('0'), ...tail]
    .map((g) => parseInt(g, 16));
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    let j = i;
    while (j < 8 && groups[j] === 0) j++;
    if (j - i > bestLen) {
      best = i;
      bestLen = j - i;
    }
    i = j === i ? i + 1 : j;
  }
  const hex = groups.map((g) => g.toString(16));
  if (best === -1) return hex.join(':');
  return `${hex.slice(0, best).join(':')}::${hex.slice(best + bestLen).join(':')}`;
}

// Whether `host` (its labels) matches a certificate name. A wildcard may
// only stand in the leftmost label, once, not in an A-label, and not for
// a name of fewer than three labels.
function nameMatches(hostLabels, pattern, allowWildcard) {
  if (typeof pattern !== 'string' || pattern === '') return false;
  const labels = pattern.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length !== hostLabels.length || labels.includes('')) return false;
  if (labels.some((l) => /[^\u0021-\u007f]/.test(l))) return false;
  for (let i = labels.length - 1; i >= 1; i--) {
    if (labels[i] !== hostLabels[i]) return false;
  }
  const first = labels[0];
  const star = first.indexOf('*');
  if (star === -1 || first.startsWith('xn--')) return first === hostLabels[0];
  if (!allowWildcard || first.indexOf('*', star + 1) !== -1 || labels.length < 3) return false;
  const before = first.slice(0, star);
  const after = first.slice(star + 1);
  const h = hostLabels[0];
  return h.length >= before.length + after.length && h.startsWith(before) && h.endsWith(after);
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = `${hostname}`;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = hostname.replace(/\.$/, '');
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ${ips.join(', ')}`;
  } else if (dnsNames.length > 0 || subject?.CN) {
    const hostLabels = hostname.toLowerCase().split('.');
    const matches = (p) => nameMatches(hostLabels, p, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(matches);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      valid = Array.isArray(cn) ? cn.some(matches) : matches(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = new ERR_TLS_CERT_ALTNAME_INVALID(reason);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

function createServer(options, listener) {
  return new Server(options, listener);
}

function createSecurePair() {
  throw new ERR_NOT_IMPLEMENTED('tls.createSecurePair');
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION: 'TLSv1.2',
  DEFAULT_MAX_VERSION: 'TLSv1.3',
  getCiphers,
  rootCertificates: undefined,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair,
};

// Read from the system store on first use.
Object.defineProperty(module.exports, 'rootCertificates', {
  configurable: false,
  enumerable: true,
  get: rootCertificates,
});
