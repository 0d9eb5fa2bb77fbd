'use strict';
// A tiny DNS server for the resolver tests, over node:dgram on 127.0.0.1.
// It answers from a table: { 'name': { A: [...], MX: [...], ... } }.
// Names missing from the table get NXDOMAIN; a name with a `rcode` entry
// gets that response code; a name with `drop: true` is never answered.

const dgram = require('dgram');

const TYPES = {
  A: 1, NS: 2, CNAME: 5, SOA: 6, PTR: 12, MX: 15, TXT: 16, AAAA: 28, SRV: 33, NAPTR: 35,
  ANY: 255, CAA: 257,
};
const typeNames = Object.fromEntries(Object.entries(TYPES).map(([k, v]) => [v, k]));

function u16(n) { return Buffer.from([(n >> 8) & 255, n & 255]); }
function u32(n) { const b = Buffer.alloc(4); b.writeUInt32BE(n >>> 0); return b; }

function encodeName(name) {
  const parts = name.split('.').filter((p) => p.length > 0);
  return Buffer.concat([...parts.map((p) => Buffer.concat([Buffer.from([p.length]), Buffer.from(p)])),
    Buffer.from([0])]);
}

function charString(s) {
  const b = Buffer.from(s);
  return Buffer.concat([Buffer.from([b.length]), b]);
}

function ipv6Bytes(s) {
  const [head, tail] = s.split('::');
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  return Buffer.concat(groups.map((g) => u16(parseInt(g, 16))));
}

function rdata(type, v) {
  switch (type) {
    case 'A': return Buffer.from(v.split('.').map(Number));
    case 'AAAA': return ipv6Bytes(v);
    case 'NS': case 'CNAME': case 'PTR': return encodeName(v);
    case 'MX': return Buffer.concat([u16(v.priority), encodeName(v.exchange)]);
    case 'TXT': return Buffer.concat(v.map(charString));
    case 'SRV':
      return Buffer.concat([u16(v.priority), u16(v.weight), u16(v.port), encodeName(v.name)]);
    case 'SOA':
      return Buffer.concat([encodeName(v.nsname), encodeName(v.hostmaster), u32(v.serial),
        u32(v.refresh), u32(v.retry), u32(v.expire), u32(v.minttl)]);
    case 'NAPTR':
      return Buffer.concat([u16(v.order), u16(v.preference), charString(v.flags),
        charString(v.service), charString(v.regexp), encodeName(v.replacement)]);
    case 'CAA':
      return Buffer.concat([Buffer.from([v.critical, v.tag.length]), Buffer.from(v.tag),
        Buffer.from(v.value)]);
    default: throw new Error(`dns-server: no encoder for ${type}`);
  }
}

// The question: [name, type, end offset], or null.
function parseQuestion(msg) {
  if (msg.length < 12) return null;
  let off = 12;
  const labels = [];
  while (off < msg.length && msg[off] !== 0) {
    const len = msg[off];
    labels.push(msg.toString('latin1', off + 1, off + 1 + len));
    off += 1 + len;
  }
  off++;
  if (off + 4 > msg.length) return null;
  return [labels.join('.'), msg.readUInt16BE(off), off + 4];
}

function answer(table, msg) {
  const q = parseQuestion(msg);
  if (q === null) return null;
  const [name, qtype, end] = q;
  const entry = table[name.toLowerCase()];
  if (entry && entry.drop) return null;
  let rcode = entry === undefined ? 3 : (entry.rcode || 0);
  const answers = [];
  if (rcode === 0) {
    const types = qtype === TYPES.ANY ? Object.keys(entry).filter((t) => t in TYPES) :
      [typeNames[qtype]];
    for (const t of types) {
      const values = entry[t];
      if (values === undefined) continue;
      for (const v of (t === 'SOA' ? [values] : values)) {
        const ttl = typeof v === 'object' && v !== null && v.ttl !== undefined ? v.ttl : 300;
        const value = typeof v === 'object' && v !== null && v.value !== undefined && t !== 'CAA' ? v.value : v;
        const rd = rdata(t, value);
        answers.push(Buffer.concat([u16(0xc00c), u16(TYPES[t]), u16(1), u32(ttl), u16(rd.length), rd]));
      }
    }
  }
  const header = Buffer.concat([msg.subarray(0, 2), u16(0x8180 | rcode), u16(1), u16(answers.length),
    u16(0), u16(0)]);
  return Buffer.concat([header, msg.subarray(12, end), ...answers]);
}

// Starts the server; callback(server, 'ip:port') once it listens.
function startServer(table, callback) {
  const server = dgram.createSocket('udp4');
  server.queries = [];
  server.on('message', (msg, rinfo) => {
    const q = parseQuestion(msg);
    if (q !== null) server.queries.push([q[0], typeNames[q[1]] || q[1]]);
    const reply = answer(table, msg);
    if (reply !== null) server.send(reply, rinfo.port, rinfo.address);
  });
  server.bind(0, '127.0.0.1', () => callback(server, `127.0.0.1:${server.address().port}`));
  return server;
}

module.exports = { startServer };
