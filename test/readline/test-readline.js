'use strict';
// node:readline and readline/promises. Expected terminal output is what
// node v20 writes for the same keys (ECMA-48 cursor controls).
const assert = require('assert');
const readline = require('readline');
const readlinePromises = require('readline/promises');
const { PassThrough, Readable } = require('stream');

function collect(stream) {
  const box = { text: '' };
  stream.on('data', (d) => { box.text += d; });
  return box;
}

async function main() {
  // Lines without a terminal: \n, \r\n (also split across chunks), \r, a
  // UTF-8 character split across chunks, the last line at the end.
  {
    const input = new PassThrough();
    const rl = readline.createInterface({ input });
    assert.strictEqual(rl.terminal, false);
    assert.strictEqual(rl.crlfDelay, 100);
    assert.strictEqual(rl.historySize, 30);
    const events = [];
    for (const e of ['line', 'close', 'pause']) rl.on(e, (x) => events.push(x === undefined ? e : `${e}:${x}`));
    const closed = new Promise((resolve) => rl.on('close', resolve));
    input.write('a\r');
    input.write('\nb\r\nc');
    input.write('\rd\n\ne');
    input.write(Buffer.from([0xe2, 0x82]));
    input.write(Buffer.from([0xac, 0x0a]));
    input.end('last');
    await closed;
    assert.deepStrictEqual(events, ['line:a', 'line:b', 'line:c', 'line:d', 'line:', 'line:e€', 'line:last', 'pause', 'close']);
    assert.strictEqual(rl.closed, true);
  }

  // question() with a callback writes the query and takes the next line.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const out = collect(output);
    const rl = readline.createInterface({ input, output });
    const answer = new Promise((resolve) => rl.question('name? ', resolve));
    input.write('bob\n');
    assert.strictEqual(await answer, 'bob');
    assert.strictEqual(out.text, 'name? ');
    rl.close();
    assert.throws(() => rl.question('again?', () => {}), { code: 'ERR_USE_AFTER_CLOSE', message: 'readline was closed' });
  }

  // for await over lines, from any readable.
  {
    const rl = readline.createInterface({ input: Readable.from(['x\ny', '\nz']), crlfDelay: Infinity });
    const lines = [];
    for await (const line of rl) lines.push(line);
    assert.deepStrictEqual(lines, ['x', 'y', 'z']);
  }

  // readline/promises: question() as a promise, with an AbortSignal.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const out = collect(output);
    const rl = readlinePromises.createInterface({ input, output });
    setTimeout(() => input.write('42\n'), 10);
    assert.strictEqual(await rl.question('n? '), '42');
    assert.strictEqual(out.text, 'n? ');
    const ac = new AbortController();
    const q = rl.question('x? ', { signal: ac.signal });
    ac.abort();
    await assert.rejects(q, { name: 'AbortError', code: 'ABORT_ERR' });
    rl.close();
    await assert.rejects(rl.question('late'), { code: 'ERR_USE_AFTER_CLOSE' });

    const batch = new readlinePromises.Readline(output);
    out.text = '';
    await batch.cursorTo(1).moveCursor(2, -1).clearLine(0).clearScreenDown().commit();
    assert.strictEqual(out.text, '\x1b[2G\x1b[2C\x1b[1A\x1b[2K\x1b[0J');
    batch.cursorTo(5).rollback();
    out.text = '';
    await batch.commit();
    assert.strictEqual(out.text, '');
  }

  // The cursor helpers.
  {
    let text = '';
    const w = { write(d, cb) { text += d; if (cb) cb(); return true; } };
    readline.cursorTo(w, 3);
    readline.cursorTo(w, 3, 4);
    readline.moveCursor(w, -2, 3);
    readline.clearLine(w, -1);
    readline.clearLine(w, 1);
    readline.clearLine(w, 0);
    readline.clearScreenDown(w);
    assert.strictEqual(text, '\x1b[4G\x1b[5;4H\x1b[2D\x1b[3B\x1b[1K\x1b[0K\x1b[2K\x1b[0J');
    assert.throws(() => readline.cursorTo(w, 'a', 1), {
      code: 'ERR_INVALID_CURSOR_POS', message: 'Cannot set cursor row without setting its column',
    });
    assert.throws(() => readline.cursorTo(w, 1, 1, 'x'), {
      code: 'ERR_INVALID_ARG_TYPE',
      message: 'The "callback" argument must be of type function. Received type string (\'x\')',
    });
    assert.strictEqual(readline.cursorTo(null, 1), true);
    assert.strictEqual(readline.moveCursor(w, 0, 0), true);
  }

  // Keys from terminal input.
  {
    const input = new PassThrough();
    readline.emitKeypressEvents(input);
    const got = [];
    input.on('keypress', (s, k) => got.push([s, k.name, k.ctrl, k.meta, k.shift]));
    for (const s of ['a', 'A', '\r', '\x7f', '\x03', '\x1b[A', '\x1b[3~', '\x1b[1;5C', '\x1bb', '\x1b[Z', '😀', '\x1b[200~']) {
      input.write(s);
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(got, [
      ['a', 'a', false, false, false], ['A', 'a', false, false, true], ['\r', 'return', false, false, false],
      ['\x7f', 'backspace', false, false, false], ['\x03', 'c', true, false, false], [undefined, 'up', false, false, false],
      [undefined, 'delete', false, false, false], [undefined, 'right', true, false, false], [undefined, 'b', false, true, false],
      [undefined, 'tab', false, false, true], ['😀', undefined, false, false, false], [undefined, 'paste-start', false, false, false],
    ]);
  }

  // Editing on a terminal: keys one at a time, as typed.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const out = collect(output);
    const rl = readline.createInterface({ input, output, terminal: true, prompt: '> ' });
    const lines = [];
    const history = [];
    rl.on('line', (l) => lines.push(l));
    rl.on('history', (h) => history.push([...h]));
    rl.prompt();
    for (const k of ['a', 'b', '\x1b[D', 'X', '\x7f', '\r', 'h', 'e', 'l', 'l', 'o', '\x1b[A', '\r', 'h', 'i', '\x01', 'Z', '\r']) {
      input.write(k);
    }
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(lines, ['ab', 'hello', 'Zhi']);
    assert.deepStrictEqual(history, [['ab'], ['hello', 'ab'], ['Zhi', 'hello', 'ab']]);
    assert.strictEqual(out.text, '\x1b[1G\x1b[0J> \x1b[3Gab\x1b[1D\x1b[1G\x1b[0J> aXb\x1b[5G\x1b[1G\x1b[0J> ab\x1b[4G' +
      '\x1b[1C\r\nhello\x1b[1G\x1b[0J> hello\x1b[8G\r\nhi\x1b[2D\x1b[1G\x1b[0J> Zhi\x1b[4G\x1b[2C\r\n');
    // Up arrow on an empty line: the last entry.
    input.write('\x1b[A');
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(rl.line, 'Zhi');
    assert.strictEqual(rl.cursor, 3);
    assert.deepStrictEqual(rl.getCursorPos(), { rows: 0, cols: 5 });
    input.write('\x15'); // Ctrl+U: the line left of the cursor goes
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(rl.line, '');
    let sigint = 0;
    rl.on('SIGINT', () => sigint++);
    input.write('\x03');
    input.write('\x04'); // Ctrl+D on an empty line closes
    await new Promise((resolve) => setImmediate(resolve));
    assert.strictEqual(sigint, 1);
    assert.strictEqual(rl.closed, true);
  }

  // Tab completion with a completer.
  {
    const input = new PassThrough();
    const output = new PassThrough();
    const out = collect(output);
    const completer = (line) => {
      const all = ['help', 'hello', 'exit'];
      const hits = all.filter((c) => c.startsWith(line));
      return [hits.length ? hits : all, line];
    };
    const rl = readline.createInterface({ input, output, terminal: true, prompt: '$ ', completer });
    const lines = [];
    rl.on('line', (l) => lines.push(l));
    rl.prompt();
    for (const k of ['e', '\t', '\r', 'h', 'e', '\t', 'l', '\t', 'p', '\r']) input.write(k);
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepStrictEqual(lines, ['exit', 'hellop']);
    assert.strictEqual(out.text, '\x1b[1G\x1b[0J$ \x1b[3Gexit\r\nhellop\r\n');
    rl.close();
  }

  assert.deepStrictEqual(Object.keys(readline).sort(),
    ['Interface', 'clearLine', 'clearScreenDown', 'createInterface', 'cursorTo', 'emitKeypressEvents', 'moveCursor',
      'promises'].sort());
  assert.strictEqual(readline.promises, readlinePromises);
  assert.ok(readline.Interface(new PassThrough()) instanceof readline.Interface);
}

main().then(() => {}, (err) => { process.exitCode = 1; throw err; });
