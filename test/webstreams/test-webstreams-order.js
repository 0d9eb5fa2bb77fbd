'use strict';
// The order of callbacks and promise settlements, against a chain of
// microtask ticks (t0, t1, ...). The expected sequences are what Node 20
// produces; web streams are built on promise jobs, so code that mixes them
// with other promises depends on this order.
const common = require('../common');
const assert = require('assert');
const { ReadableStream, WritableStream, TransformStream } = require('stream/web');

const log = [];
function ticks(n) {
  let p = Promise.resolve();
  for (let i = 0; i < n; i++) p = p.then(() => log.push(`t${i}`));
}
// The log up to its last event that is not a tick.
function trimmed() {
  let end = log.length;
  while (end > 0 && /^t\d+$/.test(log[end - 1])) end--;
  return log.slice(0, end).join(' ');
}

const scenarios = [
  ['sync start, then pull', 'start pull', () => {
    new ReadableStream({ start() { log.push('start'); }, pull(c) { log.push('pull'); c.enqueue(1); } });
    ticks(6);
  }],
  ['start returns a promise', 'start t0 t1 pull', () => {
    new ReadableStream({ start() { log.push('start'); return Promise.resolve(); }, pull() { log.push('pull'); } });
    ticks(6);
  }],
  ['read of a queued chunk', 'read1', () => {
    new ReadableStream({ start(c) { c.enqueue(1); } }).getReader().read().then((v) => log.push(`read${v.value}`));
    ticks(4);
  }],
  ['pending read, then enqueue', 't0 read1', () => {
    let c;
    const r = new ReadableStream({ start(x) { c = x; } }).getReader();
    r.read().then((v) => log.push(`read${v.value}`));
    ticks(4);
    c.enqueue(1);
  }],
  ['writes and close', 'start write1 ready t0 write2 t1 w1 t2 w2 t3 closed closedP', () => {
    const w = new WritableStream({ start() { log.push('start'); }, write(ch) { log.push(`write${ch}`); } }).getWriter();
    w.write(1).then(() => log.push('w1'));
    w.write(2).then(() => log.push('w2'));
    w.close().then(() => log.push('closed'));
    w.closed.then(() => log.push('closedP'));
    w.ready.then(() => log.push('ready'));
    ticks(12);
  }],
  ['async sink', 'write1 t0 t1 t2 sinkclose t3 w1 t4 t5 t6 closed', () => {
    const w = new WritableStream({
      async write(ch) { log.push(`write${ch}`); },
      async close() { log.push('sinkclose'); },
    }).getWriter();
    w.write(1).then(() => log.push('w1'));
    w.close().then(() => log.push('closed'));
    ticks(12);
  }],
  ['transform', 't0 t1 t2 tx1 t3 read10 t4 t5 tx2 t6 w1 read20 t7 t8 w2 t9 done t10 closed', () => {
    const ts = new TransformStream({ transform(ch, c) { log.push(`tx${ch}`); c.enqueue(ch * 10); } });
    const w = ts.writable.getWriter();
    const r = ts.readable.getReader();
    r.read().then((v) => log.push(`read${v.value}`));
    w.write(1).then(() => log.push('w1'));
    r.read().then((v) => log.push(`read${v.value}`));
    w.write(2).then(() => log.push('w2'));
    w.close().then(() => log.push('closed'));
    r.read().then((v) => log.push(v.done ? 'done' : '?'));
    ticks(16);
  }],
  ['pipeTo', 'write1 t0 t1 t2 t3 write2 t4 t5 t6 sinkclose t7 t8 t9 piped', () => {
    const rs = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } });
    const ws = new WritableStream({ write(ch) { log.push(`write${ch}`); }, close() { log.push('sinkclose'); } });
    rs.pipeTo(ws).then(() => log.push('piped'));
    ticks(24);
  }],
  ['tee', 't0 t1 a1 b1 t2 a2 t3 t4 t5 t6 t7 t8 t9 t10 t11 adone', () => {
    const [a, b] = new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } }).tee();
    const ra = a.getReader();
    const rb = b.getReader();
    ra.read().then((v) => log.push(`a${v.value}`));
    rb.read().then((v) => log.push(`b${v.value}`));
    ra.read().then((v) => log.push(`a${v.value}`));
    // The branches close on the next tick, after every queued microtask.
    ra.read().then((v) => log.push(v.done ? 'adone' : '?'));
    ticks(12);
  }],
  ['for await', 't0 t1 t2 t3 v1 t4 v2 t5 t6 t7 t8 end', async () => {
    ticks(12);
    for await (const v of new ReadableStream({ start(c) { c.enqueue(1); c.enqueue(2); c.close(); } })) log.push(`v${v}`);
    log.push('end');
  }],
  ['iterator next() while pending', 't0 t1 t2 n1', () => {
    let c;
    const it = new ReadableStream({ start(x) { c = x; } }).values();
    it.next().then((v) => log.push(`n${v.value}`));
    ticks(12);
    c.enqueue(1);
  }],
  ['iterator return()', 'cancel t0 t1 t2 retx', () => {
    const it = new ReadableStream({ start(c) { c.enqueue(1); }, cancel() { log.push('cancel'); } }).values();
    ticks(12);
    it.return('x').then((v) => log.push(`ret${v.value}`));
  }],
  ['BYOB read and respond', 'pull t0 responded t1 t2 read1', () => {
    let c;
    const rs = new ReadableStream({ type: 'bytes', start(x) { c = x; }, pull() { log.push('pull'); } });
    rs.getReader({ mode: 'byob' }).read(new Uint8Array(4)).then((v) => log.push(`read${v.value.length}`));
    ticks(4);
    Promise.resolve().then(() => {
      c.byobRequest.view[0] = 1;
      c.byobRequest.respond(1);
      log.push('responded');
    });
  }],
  ['cancel', 'cancel x closed t0 canceled', () => {
    const r = new ReadableStream({ cancel(reason) { log.push(`cancel ${reason}`); } }).getReader();
    r.closed.then(() => log.push('closed'));
    r.cancel('x').then(() => log.push('canceled'));
    ticks(5);
  }],
  ['abort', 'abort x t0 t1 aborted closed', () => {
    const w = new WritableStream({ abort(reason) { log.push(`abort ${reason}`); } }).getWriter();
    w.closed.catch(() => log.push('closed'));
    w.abort('x').then(() => log.push('aborted'));
    ticks(6);
  }],
  ['error', 'closed read', () => {
    let c;
    const r = new ReadableStream({ start(x) { c = x; } }).getReader();
    r.read().catch(() => log.push('read'));
    r.closed.catch(() => log.push('closed'));
    c.error('e');
    ticks(3);
  }],
  ['ReadableStream.from', 't0 t1 t2 t3 r1 t4 t5 t6 t7 t8 r2 t9 t10 t11 done', () => {
    const r = ReadableStream.from([1, 2]).getReader();
    r.read().then((v) => log.push(`r${v.value}`));
    r.read().then((v) => log.push(`r${v.value}`));
    r.read().then((v) => log.push(v.done ? 'done' : '?'));
    ticks(12);
  }],
  ['pipeTo from a pulled source', 'pull w1 t0 t1 t2 t3 pull w2 t4 t5 t6 t7 pull w3 t8 t9 t10 close t11 t12 t13 piped',
    async () => {
      let n = 0;
      const rs = new ReadableStream({
        pull(c) {
          log.push('pull');
          c.enqueue(++n);
          if (n === 3) c.close();
        },
      }, { highWaterMark: 0 });
      const ws = new WritableStream({ write(ch) { log.push(`w${ch}`); }, close() { log.push('close'); } });
      await null;
      await null;
      log.length = 0;
      rs.pipeTo(ws).then(() => log.push('piped'));
      ticks(30);
    }],
];

(async () => {
  for (const [name, expected, fn] of scenarios) {
    log.length = 0;
    await fn();
    await new Promise((r) => setTimeout(r, 5));
    assert.strictEqual(trimmed(), expected, name);
  }
})().then(common.mustCall());
