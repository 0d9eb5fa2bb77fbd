'use strict';
// FileHandle.readLines: the lines of a readable stream, as readline's
// Interface gives them with crlfDelay: Infinity ('\n', '\r\n' and a lone
// '\r' end a line; '\r\n' split across chunks is one break). lode has no
// node:readline yet: this is the part of its Interface that readLines needs
// ('line', 'close', 'pause', 'resume', close(), pause(), resume() and async
// iteration).

const EventEmitter = require('events');

const kMaxQueued = 1024; // lines waiting for the iterator before input pauses

class Interface extends EventEmitter {
  #input;
  #decoder = null;
  #partial = '';
  #skipLF = false; // the last chunk ended in '\r': a leading '\n' belongs to it
  #paused = false;
  closed = false;

  constructor(input) {
    super();
    this.#input = input;
    input.on('data', (chunk) => this.#onData(chunk));
    input.on('end', () => this.#onEnd());
    input.on('error', (err) => this.emit('error', err));
  }

  #onData(chunk) {
    let text;
    if (typeof chunk === 'string') {
      text = chunk;
    } else {
      if (this.#decoder === null) {
        const { StringDecoder } = require('string_decoder');
        this.#decoder = new StringDecoder('utf8');
      }
      text = this.#decoder.write(chunk);
    }
    if (this.#skipLF && text.length > 0) {
      if (text.charCodeAt(0) === 10) text = text.slice(1);
      this.#skipLF = false;
    }
    let start = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c !== 10 && c !== 13) continue;
      const line = this.#partial + text.slice(start, i);
      this.#partial = '';
      if (c === 13) {
        if (i + 1 === text.length) this.#skipLF = true;
        else if (text.charCodeAt(i + 1) === 10) i++;
      }
      start = i + 1;
      this.emit('line', line);
    }
    this.#partial += text.slice(start);
  }

  #onEnd() {
    const rest = this.#partial + (this.#decoder !== null ? this.#decoder.end() : '');
    this.#partial = '';
    if (rest.length > 0) this.emit('line', rest);
    this.close();
  }

  close() {
    if (this.closed) return;
    this.pause();
    this.closed = true;
    this.emit('close');
  }

  pause() {
    if (this.#paused) return this;
    this.#input.pause();
    this.#paused = true;
    this.emit('pause');
    return this;
  }

  resume() {
    if (!this.#paused) return this;
    this.#input.resume();
    this.#paused = false;
    this.emit('resume');
    return this;
  }

  [Symbol.asyncIterator]() {
    const queue = [];
    let failure = null;
    let done = false;
    let wake = null;
    const notify = () => {
      if (wake !== null) {
        const w = wake;
        wake = null;
        w();
      }
    };
    this.on('line', (line) => {
      queue.push(line);
      if (queue.length >= kMaxQueued) this.#input.pause();
      notify();
    });
    this.on('close', () => {
      done = true;
      notify();
    });
    this.on('error', (err) => {
      failure = err;
      notify();
    });
    // destroy() would close the handle: not with autoClose: false.
    const finish = () => {
      this.close();
      if (this.#input.autoClose !== false) this.#input.destroy();
    };
    const iterator = {
      next: async () => {
        for (;;) {
          if (queue.length > 0) {
            const value = queue.shift();
            if (queue.length < kMaxQueued && !this.closed && !this.#paused) this.#input.resume();
            return { value, done: false };
          }
          if (failure !== null) {
            const err = failure;
            failure = null;
            finish();
            throw err;
          }
          if (done) return { value: undefined, done: true };
          await new Promise((resolve) => { wake = resolve; });
        }
      },
      return: async () => {
        finish();
        return { value: undefined, done: true };
      },
      [Symbol.asyncIterator]() { return this; },
    };
    return iterator;
  }
}

module.exports = { Interface };
