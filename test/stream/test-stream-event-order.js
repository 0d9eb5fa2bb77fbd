'use strict';
// Event order of Readable/Writable/Duplex/Transform/pipeline scenarios, as Node v20 emits them.
const assert = require('assert');
const { Readable, Writable, Duplex, PassThrough, Transform, pipeline, finished } = require('stream');

function L(s, tag, names, log) {
  for (const n of names) {
    s.on(n, (a) => log.push(`${tag}:${n}${a === undefined ? '' : `:${a && a.message ? a.message : a}`}`));
  }
}

const scenarios = {
  readableAndData(log, done) {
    const r = new Readable({ read() {} });
    r.on('readable', () => {
      log.push('readable');
      while (r.read() !== null);
    });
    L(r, 'r', ['data', 'end', 'close'], log);
    r.push('a');
    r.push(null);
    r.on('close', done);
  },
  writableBackpressure(log, done) {
    const w = new Writable({ highWaterMark: 2, write(c, e, cb) { log.push(`write:${c}`); process.nextTick(cb); } });
    L(w, 'w', ['drain', 'finish', 'close', 'prefinish'], log);
    log.push(`ret:${w.write('abc')}`);
    log.push(`ret:${w.write('d')}`);
    w.once('drain', () => w.end('e'));
    w.on('close', done);
  },
  destroyDuringWrite(log, done) {
    const w = new Writable({ write(c, e, cb) { setImmediate(cb); } });
    L(w, 'w', ['error', 'close', 'finish'], log);
    w.write('a', (e) => log.push(`cb1:${e && e.code}`));
    w.write('b', (e) => log.push(`cb2:${e && e.code}`));
    w.destroy();
    setTimeout(done, 5);
  },
  finalError(log, done) {
    const w = new Writable({ write(c, e, cb) { cb(); }, final(cb) { cb(new Error('fin')); } });
    L(w, 'w', ['error', 'close', 'finish', 'prefinish'], log);
    w.end('x', (e) => log.push(`endcb:${e && e.message}`));
    setTimeout(done, 5);
  },
  onceReadableThenData(log, done) {
    const r = new Readable({ read() {} });
    r.once('readable', () => {
      log.push('readable');
      r.on('data', (d) => log.push(`data:${d}`));
    });
    L(r, 'r', ['end', 'pause', 'resume', 'close'], log);
    r.push('q');
    setImmediate(() => r.push(null));
    r.on('close', done);
  },
  duplexDestroyError(log, done) {
    const d = new Duplex({ read() {}, write(c, e, cb) { cb(); } });
    L(d, 'd', ['error', 'close', 'end', 'finish'], log);
    d.destroy(new Error('dd'));
    d.on('close', done);
  },
  passThroughEmpty(log, done) {
    const t = new PassThrough();
    L(t, 't', ['end', 'finish', 'close', 'prefinish'], log);
    t.end();
    t.resume();
    t.on('close', done);
  },
  finishedWritable(log, done) {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    finished(w, (e) => log.push(`finished:${e}`));
    L(w, 'w', ['finish', 'close'], log);
    w.end('z');
    setTimeout(done, 5);
  },
  readZero(log, done) {
    const r = new Readable({ highWaterMark: 3, read(n) { log.push(`_read:${n}`); } });
    log.push(`read0:${r.read(0)}`);
    log.push(`push:${r.push('abcd')}`);
    L(r, 'r', ['readable'], log);
    setTimeout(done, 5);
  },
  endTwice(log, done) {
    const w = new Writable({ write(c, e, cb) { cb(); } });
    w.on('error', (e) => log.push(`err:${e.code}`));
    w.end();
    w.end((e) => log.push(`cb:${e && e.code}`));
    w.on('close', () => {
      w.end((e) => log.push(`cb2:${e && e.code}`));
      setTimeout(done, 5);
    });
  },
  pipeSlow(log, done) {
    const r = new Readable({ highWaterMark: 2, read() {} });
    const w = new Writable({ highWaterMark: 2, write(c, e, cb) { log.push(`w:${c}`); setImmediate(cb); } });
    L(r, 'r', ['pause', 'resume', 'end', 'close'], log);
    L(w, 'w', ['drain', 'finish', 'close'], log);
    w.on('pipe', () => log.push('w:pipe'));
    w.on('unpipe', () => log.push('w:unpipe'));
    r.pipe(w);
    r.push('12');
    r.push('34');
    r.push('56');
    r.push(null);
    w.on('close', done);
  },
  flushError(log, done) {
    const t = new Transform({ transform(c, e, cb) { cb(null, c); }, flush(cb) { cb(new Error('fl')); } });
    L(t, 't', ['error', 'close', 'end', 'finish', 'prefinish', 'data'], log);
    t.end('k');
    t.on('close', done);
  },
  writevBatch(log, done) {
    const w = new Writable({
      writev(ch, cb) { log.push(`writev:${ch.length}:${ch.map((x) => x.chunk).join('')}`); cb(); },
      write(c, e, cb) { log.push(`write:${c}`); setImmediate(cb); },
    });
    w.write('a', () => log.push('cb1'));
    w.write('b', () => log.push('cb2'));
    w.write('c', () => log.push('cb3'));
    L(w, 'w', ['finish', 'drain', 'close'], log);
    w.end();
    w.on('close', done);
  },
  pipelineMidError(log, done) {
    const a = new Readable({ read() {} });
    const b = new PassThrough();
    L(a, 'a', ['close', 'error'], log);
    L(b, 'b', ['close', 'error'], log);
    pipeline(a, b, (e) => {
      log.push(`cb:${e && e.message}`);
      setTimeout(done, 5);
    });
    b.destroy(new Error('mid'));
  },
  asyncIteratorBreak(log, done) {
    (async () => {
      const r = new Readable({ objectMode: true, read() {} });
      L(r, 'r', ['close', 'end'], log);
      r.push(1);
      r.push(2);
      for await (const x of r) {
        log.push(`it:${x}`);
        break;
      }
      log.push('after');
      setTimeout(done, 5);
    })();
  },
  halfClosedDuplex(log, done) {
    const d = new Duplex({ readable: false, read() {}, write(c, e, cb) { cb(); } });
    log.push(`state:${d.readable}:${d.writable}:${d.readableEnded}`);
    L(d, 'd', ['finish', 'close', 'end'], log);
    d.end('x');
    d.on('close', done);
  },
  constructRead(log, done) {
    const r = new Readable({
      construct(cb) { log.push('construct'); setImmediate(cb); },
      read() { log.push('read'); this.push('x'); this.push(null); },
    });
    L(r, 'r', ['data', 'end', 'close'], log);
    log.push('sync');
    r.on('close', done);
  },
  constructWrite(log, done) {
    const w = new Writable({
      construct(cb) { log.push('construct'); cb(); },
      write(c, e, cb) { log.push(`write:${c}`); cb(); },
      final(cb) { log.push('final'); cb(); },
    });
    w.write('1');
    w.end('2');
    log.push('sync');
    L(w, 'w', ['finish', 'close'], log);
    w.on('close', done);
  },
  constructError(log, done) {
    const w = new Writable({ construct(cb) { cb(new Error('cons')); }, write(c, e, cb) { cb(); } });
    L(w, 'w', ['error', 'close'], log);
    w.write('a', (e) => log.push(`cb:${e && e.message}`));
    w.on('close', done);
  },
  removeReadableListener(log, done) {
    const r = new Readable({ read() {} });
    const f = () => log.push('readable');
    r.on('readable', f);
    r.push('a');
    setImmediate(() => {
      r.removeListener('readable', f);
      r.on('data', (d) => log.push(`data:${d}`));
      r.push('b');
      setImmediate(() => {
        log.push(`flowing:${r.readableFlowing}`);
        done();
      });
    });
  },
  readOneByOne(log, done) {
    const r = new Readable({ read() {} });
    r.push('abc');
    r.on('readable', () => {
      let c;
      while ((c = r.read(1)) !== null) log.push(`read:${c}`);
    });
    setImmediate(() => r.push(null));
    r.on('end', () => log.push('end'));
    r.on('close', done);
  },
  allowHalfOpenFalse(log, done) {
    const d = new Duplex({ allowHalfOpen: false, read() { this.push(null); }, write(c, e, cb) { cb(); } });
    L(d, 'd', ['end', 'prefinish', 'finish', 'close'], log);
    d.resume();
    d.on('close', done);
  },
  transformOrder(log, done) {
    const t = new Transform({
      transform(c, e, cb) { log.push(`transform:${c}`); cb(null, String(c).toUpperCase()); },
      flush(cb) { log.push('flush'); cb(null, '!'); },
    });
    L(t, 't', ['data', 'prefinish', 'finish', 'end', 'close'], log);
    t.write('a');
    t.end('b');
    t.on('close', done);
  },
};

const expected = {
  readableAndData: [
    'readable', 'r:data:a', 'r:end', 'r:close',
  ],
  writableBackpressure: [
    'write:abc', 'ret:false', 'ret:false', 'write:d', 'w:drain', 'write:e', 'w:prefinish',
    'w:finish', 'w:close',
  ],
  destroyDuringWrite: [
    'w:close', 'cb1:null', 'cb2:ERR_STREAM_DESTROYED',
  ],
  finalError: [
    'w:error:fin', 'w:close', 'endcb:fin',
  ],
  onceReadableThenData: [
    'readable', 'r:resume', 'data:q', 'r:end', 'r:close',
  ],
  duplexDestroyError: [
    'd:error:dd', 'd:close',
  ],
  passThroughEmpty: [
    't:prefinish', 't:finish', 't:end', 't:close',
  ],
  finishedWritable: [
    'w:finish', 'finished:undefined', 'w:close',
  ],
  readZero: [
    '_read:3', 'read0:null', 'push:false', 'r:readable', 'r:readable',
  ],
  endTwice: [
    'cb:null', 'cb2:ERR_STREAM_ALREADY_FINISHED',
  ],
  pipeSlow: [
    'w:pipe', 'r:resume', 'w:12', 'r:pause', 'w:drain', 'r:resume', 'w:34', 'r:pause', 'w:drain',
    'r:resume', 'w:56', 'r:pause', 'r:end', 'r:close', 'w:finish', 'w:unpipe', 'w:close',
  ],
  flushError: [
    't:data:k', 't:error:fl', 't:close',
  ],
  writevBatch: [
    'write:a', 'writev:2:bc', 'cb1', 'cb2', 'cb3', 'w:finish', 'w:close',
  ],
  pipelineMidError: [
    'b:error:mid', 'b:close', 'a:error:mid', 'a:close', 'cb:mid',
  ],
  asyncIteratorBreak: [
    'it:1', 'after', 'r:close',
  ],
  halfClosedDuplex: [
    'state:false:true:true', 'd:finish', 'd:close',
  ],
  constructRead: [
    'sync', 'construct', 'read', 'r:data:x', 'r:end', 'r:close',
  ],
  constructWrite: [
    'sync', 'construct', 'write:1', 'write:2', 'final', 'w:finish', 'w:close',
  ],
  constructError: [
    'cb:cons', 'w:error:cons', 'w:close',
  ],
  removeReadableListener: [
    'readable', 'data:a', 'data:b', 'flowing:true',
  ],
  readOneByOne: [
    'read:a', 'read:b', 'read:c', 'end',
  ],
  allowHalfOpenFalse: [
    'd:end', 'd:prefinish', 'd:finish', 'd:close',
  ],
  transformOrder: [
    'transform:a', 't:data:A', 'transform:b', 't:data:B', 'flush', 't:data:!', 't:prefinish',
    't:end', 't:finish', 't:close',
  ],
};

// Run the scenarios one after the other; compare each log with Node's.
const names = Object.keys(scenarios);
assert.deepStrictEqual(names, Object.keys(expected));
let finished_ = 0;
(function next(i) {
  if (i === names.length) return;
  const log = [];
  scenarios[names[i]](log, () => {
    assert.deepStrictEqual(log, expected[names[i]], names[i]);
    finished_++;
    next(i + 1);
  });
})(0);
process.on('exit', () => assert.strictEqual(finished_, names.length));
