'use strict';
// Random calls into a module's functions (and, for buffer, Buffer's statics
// and prototype methods), one line per call: the arguments and what came
// back (a value's short form, or the error's code). The calls depend only on
// the seed, so lode and node print the same lines where they agree:
//   tools/vs-node tools/fuzz-calls.js MODULE [SEED] [CALLS] [SKIP...]
// Not for modules with side effects (fs, child_process): the calls run in
// the current folder. SKIP names functions one of them lacks (e.g. path.matchesGlob), so that
// the rest stays aligned. Found: querystring.parse(s, []) looping, buffer
// argument checks (a10b9f6, a744c36).
const name = process.argv[2];
const seed0 = Number(process.argv[3]) || 1;
const N = Number(process.argv[4]) || 30;
let s = seed0;
const rnd = (n) => { s ^= s << 13; s ^= s >>> 17; s ^= s << 5; return (s >>> 0) % n; };
const mkvals = () => [undefined, null, 0, -1, 1, 3, 65537, 2 ** 32 + 1, -(2 ** 31), NaN, Infinity, 0.5, -0,
  '', 'a', 'abc', 'héllo', '\ud800', 'utf8', 'hex', 'base64', 'latin1', 'ucs2', 'ascii', 'base64url', '.', '..', '/a/b', 'a/b/../c', 'C:\\x', 'file:///x', 'http://a.b/c?d=e#f',
  'a=1&b=2', '%zz', '%41', '+', true, false, 10n, [], [1, 2, 3], ['a', 'b'], {}, { a: 1 }, { length: 3 }, { encoding: 'hex' },
  Buffer.from('abc'), Buffer.alloc(0), Buffer.from([0xff, 0xfe]), new Uint16Array([1, 2]), new Uint8Array([5])];
function repr(v) {
  try {
    if (v === undefined) return 'undefined';
    if (typeof v === 'string') return 'str:' + JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' + v.length : v);
    if (typeof v === 'number' || typeof v === 'boolean') return typeof v + ':' + (Object.is(v, -0) ? '-0' : String(v));
    if (typeof v === 'bigint') return 'big:' + v;
    if (typeof v === 'function') return 'fn';
    if (typeof v === 'symbol') return 'sym';
    if (v === null) return 'null';
    if (Buffer.isBuffer(v)) return 'buf:' + v.toString('hex').slice(0, 60) + ':' + v.length;
    if (ArrayBuffer.isView(v)) return 'view:' + v.constructor.name + ':' + v.length;
    if (Array.isArray(v)) return 'arr:' + JSON.stringify(v).slice(0, 80);
    if (typeof v.then === 'function') {
      v.then(() => {}, () => {}); // a rejection is a result here, not a crash
      return 'promise';
    }
    const proto = Object.getPrototypeOf(v);
    // Instances of classes: their fields are internals, the class is enough.
    if (proto !== null && proto !== Object.prototype) return 'obj:' + (proto.constructor ? proto.constructor.name : '?');
    return 'obj:' + (proto && proto.constructor ? proto.constructor.name : 'null') + ':' + JSON.stringify(v, (k, x) => typeof x === 'bigint' ? String(x) : x)?.slice(0, 80);
  } catch (e) { return 'unrepr'; }
}
const mod = require(name);
const targets = [];
const add = (obj, prefix) => {
  for (const k of Object.getOwnPropertyNames(obj).sort()) {
    let v; try { v = obj[k]; } catch { continue; }
    if (typeof v === 'function' && k !== 'constructor' && !/^[A-Z]/.test(k)) targets.push([prefix + k, v, obj]);
  }
};
add(mod, name + '.');
if (name === 'buffer') { add(Buffer, 'Buffer.'); }
if (name === 'path') { add(mod.posix, 'posix.'); }
const protoCalls = name === 'buffer' ? Object.getOwnPropertyNames(Buffer.prototype).filter((k) => typeof Buffer.prototype[k] === 'function' && k !== 'constructor').sort() : [];
const lines = [];
const skip = new Set(process.argv.slice(5));
for (const [k, fn, self] of targets) {
  if (skip.has(k)) continue;
  for (let i = 0; i < N; i++) {
    const vals = mkvals();
    const args = []; for (let n = rnd(4); n > 0; n--) args.push(vals[rnd(vals.length)]);
    let out;
    try { out = 'ok ' + repr(Reflect.apply(fn, self, args)); } catch (e) { out = 'err ' + (e && (e.code || e.name)); }
    lines.push(`${k}(${args.map(repr).join(', ')}) => ${out}`);
  }
}
for (const k of protoCalls) {
  if (skip.has(k)) continue;
  for (let i = 0; i < N; i++) {
    const vals = mkvals();
    const b = Buffer.from('hello wörld');
    const args = []; for (let n = rnd(4); n > 0; n--) args.push(vals[rnd(vals.length)]);
    let out;
    try { out = 'ok ' + repr(b[k](...args)); } catch (e) { out = 'err ' + (e && (e.code || e.name)); }
    lines.push(`buf.${k}(${args.map(repr).join(', ')}) => ${out} | ${b.toString('hex')}`);
  }
}
process.stdout.write(lines.join('\n') + '\n');
