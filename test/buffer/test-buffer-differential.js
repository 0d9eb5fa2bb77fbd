'use strict';
// Differential test: random bytes and strings (fixed seed) through
// StringDecoder, TextDecoder, TextEncoder, toString, from, write and
// byteLength in every encoding. The expected digests were computed by
// Node v20 running this same code.
const assert = require('assert');
const { StringDecoder } = require('string_decoder');
let seed = 20261124;
function rnd(n) { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; }
function h(x, s) { for (let i = 0; i < s.length; i++) x = (Math.imul(x, 31) + s.charCodeAt(i)) >>> 0; return x; }
const interesting = [0x00, 0x41, 0x7f, 0x80, 0xbf, 0xc0, 0xc2, 0xc3, 0xdf, 0xe0, 0xe2, 0xed, 0xef, 0xf0, 0xf4,
  0xf5, 0xf8, 0xff, 0xa0, 0x9f, 0x8f, 0x90, 0xd8, 0xdb, 0xdc, 0x3d, 0xde, 0xfe, 0xbb];
function randBytes(n) {
  const b = Buffer.alloc(n);
  for (let i = 0; i < n; i++) b[i] = rnd(3) ? interesting[rnd(interesting.length)] : rnd(256);
  return b;
}
const chars = ['a', '\u00e9', '\u20ac', '\ud83d\ude00', '\ud800', '\udc00', '=', ' ', '\n', '-', '_', '+', '/', 'Z', '0',
  'f', 'G', '$', '\u0100', '\uffff'];
function randString(n) {
  let s = '';
  for (let i = 0; i < n; i++) s += chars[rnd(chars.length)];
  return s;
}
const digests = {};
const encs = ['utf8', 'utf16le', 'base64', 'base64url', 'hex', 'latin1', 'ascii'];
for (const enc of encs) {
  let x = 0;
  for (let iter = 0; iter < 150; iter++) {
    const data = randBytes(rnd(24));
    const d = new StringDecoder(enc);
    let pos = 0;
    while (pos < data.length) {
      const n = rnd(5);
      x = h(x, d.write(data.subarray(pos, pos + n)) + '|' + d.lastNeed + ',' + d.lastTotal);
      pos += n;
    }
    x = h(x, d.end());
  }
  digests[`StringDecoder ${enc}`] = x;
}
for (const [enc, fatal] of [['utf-8', false], ['utf-8', true], ['utf-16le', false], ['utf-16le', true],
  ['utf-16be', false], ['latin1', false]]) {
  let x = 0;
  for (let iter = 0; iter < 150; iter++) {
    const data = randBytes(rnd(24));
    const d = new TextDecoder(enc, { fatal, ignoreBOM: rnd(2) === 0 });
    let pos = 0;
    try {
      while (pos < data.length) {
        const n = rnd(5);
        x = h(x, d.decode(data.subarray(pos, pos + n), { stream: true }) + '|');
        pos += n;
      }
      x = h(x, d.decode());
    } catch (e) {
      x = h(x, e.code);
    }
  }
  digests[`TextDecoder ${enc}${fatal ? ' fatal' : ''}`] = x;
}
for (const enc of encs) {
  let x = 0;
  for (let iter = 0; iter < 150; iter++) {
    // Short inputs take the JS paths, long ones the C paths.
    const data = randBytes(iter % 2 ? rnd(40) : 100 + rnd(400));
    x = h(x, data.toString(enc));
  }
  digests[`toString ${enc}`] = x;
}
for (const enc of encs) {
  let x = 0;
  for (let iter = 0; iter < 200; iter++) {
    const s = randString(iter % 2 ? rnd(30) : 100 + rnd(300));
    const w = Buffer.alloc(rnd(12));
    const wn = w.write(s, enc);
    x = h(x, `${Buffer.from(s, enc).toString('hex')}:${Buffer.byteLength(s, enc)}:${wn}${w.toString('hex')}`);
  }
  digests[`from/write/byteLength ${enc}`] = x;
}
{
  let x = 0;
  for (let iter = 0; iter < 200; iter++) {
    const s = randString(rnd(20));
    const u = new Uint8Array(rnd(20));
    const r = new TextEncoder().encodeInto(s, u);
    x = h(x, `${r.read},${r.written}${Buffer.from(u).toString('hex')}:${Buffer.from(new TextEncoder().encode(s)).toString('hex')}`);
  }
  digests.TextEncoder = x;
}

const expected = {
  'StringDecoder utf8': 1041747154,
  'StringDecoder utf16le': 4215191147,
  'StringDecoder base64': 4115917281,
  'StringDecoder base64url': 3061371136,
  'StringDecoder hex': 3779094400,
  'StringDecoder latin1': 3846033641,
  'StringDecoder ascii': 76686618,
  'TextDecoder utf-8': 2566191668,
  'TextDecoder utf-8 fatal': 1729515968,
  'TextDecoder utf-16le': 275527802,
  'TextDecoder utf-16le fatal': 1586023139,
  'TextDecoder utf-16be': 3344218156,
  'TextDecoder latin1': 945294054,
  'toString utf8': 440274636,
  'toString utf16le': 1908851872,
  'toString base64': 3852158284,
  'toString base64url': 1225263555,
  'toString hex': 3747231079,
  'toString latin1': 1333842751,
  'toString ascii': 1216912587,
  'from/write/byteLength utf8': 2234629287,
  'from/write/byteLength utf16le': 3779278391,
  'from/write/byteLength base64': 2412886236,
  'from/write/byteLength base64url': 1301191018,
  'from/write/byteLength hex': 3909962615,
  'from/write/byteLength latin1': 4045608239,
  'from/write/byteLength ascii': 458055275,
  'TextEncoder': 2095718067
};
for (const key of Object.keys(expected)) assert.strictEqual(digests[key], expected[key], key);
