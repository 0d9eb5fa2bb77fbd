'use strict';
// readline's Interface: lines from an input stream. Without a terminal the
// text is split at \n, \r\n and \r (a \r\n split across chunks within
// crlfDelay counts once). On a terminal (terminal: true, or an output that
// is a TTY) the input is read as keys and edited in place: a cursor,
// Emacs-style control keys, history with prefix search, tab completion,
// and the prompt redrawn with ECMA-48 cursor controls.

const EventEmitter = require('events');
const { StringDecoder } = require('string_decoder');
const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_INVALID_ARG_VALUE, ERR_USE_AFTER_CLOSE },
} = require('internal/errors');
const { validateAbortSignal, validateUint32 } = require('internal/validators');
const keys = require('internal/readline/keys');

const kPrompt = Symbol('prompt');
const kQuestionPrompt = Symbol('questionPrompt');
const kQuestion = Symbol('question');
const kSawReturnAt = Symbol('sawReturnAt');
const kLineBuffer = Symbol('lineBuffer');
const kDecoder = Symbol('decoder');
const kLines = Symbol('lines');
const kSearch = Symbol('search');

const kHistorySize = 30;
const kMaxLinesQueued = 1024;
const lineEnding = /\r?\n|\r(?!\n)/g;

// Columns a character takes on a terminal: 0 for combining marks and
// zero-width characters, 2 for East Asian wide ones and emoji.
function charWidth(cp) {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0xfe00 && cp <= 0xfe0f)) return 0;
  if ((cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
      (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
      (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) ||
      (cp >= 0x1f900 && cp <= 0x1f9ff) || (cp >= 0x20000 && cp <= 0x3fffd)) return 2;
  return 1;
}

// Control sequences written in a prompt take no columns.
const controlSequences = /\x1b\[[0-9;]*[A-Za-z]/g;

function stringWidth(s) {
  let w = 0;
  for (const ch of s.replace(controlSequences, '')) w += charWidth(ch.codePointAt(0));
  return w;
}

// Interface(input[, output[, completer[, terminal]]]) or Interface(options).
function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) return new Interface(input, output, completer, terminal);
  EventEmitter.call(this);
  let history;
  let historySize = kHistorySize;
  let removeHistoryDuplicates = false;
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let tabSize = 8;
  let escapeCodeTimeout = 500;
  if (input?.input) {
    // An options object.
    const o = input;
    output = o.output;
    completer = o.completer;
    terminal = o.terminal;
    history = o.history;
    signal = o.signal;
    if (o.tabSize !== undefined) {
      validateUint32(o.tabSize, 'tabSize', true);
      tabSize = o.tabSize;
    }
    if (o.historySize !== undefined) historySize = o.historySize;
    removeHistoryDuplicates = o.removeHistoryDuplicates === true;
    if (o.prompt !== undefined) prompt = o.prompt;
    if (o.crlfDelay !== undefined) crlfDelay = o.crlfDelay;
    if (o.escapeCodeTimeout !== undefined) {
      if (!Number.isFinite(o.escapeCodeTimeout)) {
        throw new ERR_INVALID_ARG_VALUE('input.escapeCodeTimeout', o.escapeCodeTimeout);
      }
      escapeCodeTimeout = o.escapeCodeTimeout;
    }
    if (signal !== undefined) validateAbortSignal(signal, 'options.signal');
    input = o.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw new ERR_INVALID_ARG_VALUE('completer', completer);
  }
  if (history === undefined) history = [];
  else if (!Array.isArray(history)) throw new ERR_INVALID_ARG_TYPE('history', 'Array', history);
  if (typeof historySize !== 'number' || Number.isNaN(historySize) || historySize < 0) {
    throw new ERR_INVALID_ARG_VALUE('historySize', historySize);
  }
  if (terminal === undefined && !(output === null || output === undefined)) terminal = !!output.isTTY;

  this.isCompletionEnabled = true;
  this.escapeCodeTimeout = escapeCodeTimeout;
  this.tabSize = tabSize;
  this.line = '';
  this.output = output;
  this.input = input;
  this.history = history;
  this.historySize = historySize;
  this.removeHistoryDuplicates = removeHistoryDuplicates;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.completer = completer;
  this.terminal = !!terminal;

  this[kPrompt] = prompt;
  this[kQuestion] = null;
  this[kQuestionPrompt] = undefined;
  this[kSawReturnAt] = 0;
  this[kLineBuffer] = null;
  this[kDecoder] = new StringDecoder('utf8');
  this[kLines] = null;
  Object.defineProperty(this, 'closed', { value: false, writable: true, configurable: true });
  Object.defineProperty(this, 'paused', { value: false, writable: true, configurable: true });

  const onData = (data) => this._normalWrite(data);
  const onEnd = () => {
    if (typeof this[kLineBuffer] === 'string' && this[kLineBuffer].length > 0) this.emit('line', this[kLineBuffer]);
    this[kLineBuffer] = null;
    this.close();
  };
  const onKeypress = (s, key) => this._ttyWrite(s, key);
  const onResize = () => this._refreshLine();
  if (this.terminal) {
    this.cursor = 0;
    this.historyIndex = -1;
    this.prevRows = 0;
    this[kSearch] = '';
    keys.emitKeypressEvents(input, this);
    input.on('keypress', onKeypress);
    input.on('end', onEnd);
    this._setRawMode(true);
    if (output !== null && output !== undefined) output.on('resize', onResize);
    this.once('close', () => {
      input.removeListener('keypress', onKeypress);
      input.removeListener('end', onEnd);
      if (output !== null && output !== undefined) output.removeListener('resize', onResize);
    });
  } else {
    input.on('data', onData);
    input.on('end', onEnd);
    this.once('close', () => {
      input.removeListener('data', onData);
      input.removeListener('end', onEnd);
    });
  }
  if (signal !== undefined) {
    const onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Object.defineProperty(Interface.prototype, 'columns', {
  configurable: true,
  enumerable: true,
  get() { return this.output?.columns || Infinity; },
});

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this[kPrompt] = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this[kPrompt];
};

Interface.prototype._setRawMode = function _setRawMode(mode) {
  if (typeof this.input.setRawMode === 'function') return this.input.setRawMode(mode);
  return undefined;
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.terminal && process.env.TERM !== 'dumb') {
    if (!preserveCursor) this.cursor = 0;
    this._refreshLine();
  } else {
    this._writeToOutput(this[kPrompt]);
  }
};

// The callback form; readline/promises overrides it.
Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options === null || typeof options !== 'object') options = {};
  if (this.closed) throw new ERR_USE_AFTER_CLOSE('readline');
  const signal = options.signal;
  if (signal !== undefined) {
    validateAbortSignal(signal, 'options.signal');
    if (signal.aborted) return;
    const onAbort = () => this._cancelQuestion();
    signal.addEventListener('abort', onAbort, { once: true });
    const done = cb;
    cb = (answer) => {
      signal.removeEventListener('abort', onAbort);
      done(answer);
    };
  }
  if (typeof cb === 'function') this._ask(query, cb);
};

Interface.prototype._ask = function _ask(query, cb) {
  if (this[kQuestion] !== null) {
    this.prompt();
    return;
  }
  this[kQuestionPrompt] = this[kPrompt];
  this.setPrompt(query);
  this[kQuestion] = cb;
  this.prompt();
};

Interface.prototype._cancelQuestion = function _cancelQuestion() {
  if (this[kQuestion] === null) return;
  this[kQuestion] = null;
  this.setPrompt(this[kQuestionPrompt]);
  this.clearLine();
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestion] !== null) {
    const cb = this[kQuestion];
    this[kQuestion] = null;
    this.setPrompt(this[kQuestionPrompt]);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal) this._setRawMode(false);
  this.closed = true;
  this.emit('close');
};

Interface.prototype.pause = function pause() {
  if (this.paused) return undefined;
  this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return undefined;
  this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

// (No check for a closed interface: node v20 has none either.)
Interface.prototype.write = function write(data, key) {
  if (this.paused) this.resume();
  if (this.terminal) this._ttyWrite(data, key);
  else this._normalWrite(data);
};

// ---- lines without a terminal ----

Interface.prototype._normalWrite = function _normalWrite(b) {
  if (b === undefined) return;
  let text = typeof b === 'string' ? b : this[kDecoder].write(b);
  // The \n of a \r\n whose \r ended the previous chunk.
  if (this[kSawReturnAt] !== 0 && Date.now() - this[kSawReturnAt] <= this.crlfDelay && text.charCodeAt(0) === 10) {
    text = text.slice(1);
  }
  this[kSawReturnAt] = 0;
  lineEnding.lastIndex = 0;
  if (!lineEnding.test(text)) {
    if (text) this[kLineBuffer] = this[kLineBuffer] ? this[kLineBuffer] + text : text;
    return;
  }
  if (this[kLineBuffer]) {
    text = this[kLineBuffer] + text;
    this[kLineBuffer] = null;
  }
  if (text.endsWith('\r')) this[kSawReturnAt] = Date.now();
  lineEnding.lastIndex = 0;
  let start = 0;
  const lines = [];
  let m;
  while ((m = lineEnding.exec(text)) !== null) {
    lines.push(text.slice(start, m.index));
    start = lineEnding.lastIndex;
  }
  this[kLineBuffer] = text.slice(start);
  for (const line of lines) {
    this._onLine(line);
    if (this.closed) break;
  }
};

// ---- editing on a terminal ----

Interface.prototype._displayPos = function _displayPos(text) {
  const cols = this.columns;
  let offset = 0;
  let rows = 0;
  for (const ch of text.replace(controlSequences, '')) {
    if (ch === '\n') {
      rows += Math.ceil(offset / cols) || 1;
      offset = 0;
      continue;
    }
    if (ch === '\t') {
      offset += this.tabSize - (offset % this.tabSize);
      continue;
    }
    const w = charWidth(ch.codePointAt(0));
    if (w === 0) continue;
    // A wide character does not fit in the last column: it starts the next row.
    if (w === 2 && (offset + 1) % cols === 0) offset++;
    offset += w;
  }
  const extra = cols === Infinity ? 0 : Math.floor(offset / cols);
  return { cols: extra === 0 ? offset : offset - extra * cols, rows: rows + extra };
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const pos = this._displayPos(this[kPrompt] + this.line.slice(0, this.cursor));
  return { rows: pos.rows, cols: pos.cols };
};

Interface.prototype._refreshLine = function _refreshLine() {
  const text = this[kPrompt] + this.line;
  const end = this._displayPos(text);
  const cur = this.getCursorPos();
  if (this.prevRows > 0) keys.moveCursor(this.output, 0, -this.prevRows);
  keys.cursorTo(this.output, 0);
  keys.clearScreenDown(this.output);
  this._writeToOutput(text);
  // A line that ends exactly at the margin: make the terminal wrap now.
  if (end.cols === 0) this._writeToOutput(' ');
  keys.cursorTo(this.output, cur.cols);
  if (end.rows > cur.rows) keys.moveCursor(this.output, 0, cur.rows - end.rows);
  this.prevRows = cur.rows;
};

Interface.prototype._insertString = function _insertString(c) {
  if (this.cursor < this.line.length) {
    this.line = this.line.slice(0, this.cursor) + c + this.line.slice(this.cursor);
    this.cursor += c.length;
    this._refreshLine();
    return;
  }
  const before = this.getCursorPos();
  this.line += c;
  this.cursor += c.length;
  const after = this.getCursorPos();
  if (before.rows < after.rows) this._refreshLine();
  else this._writeToOutput(c);
};

// Moves the cursor by dx characters (code points), within the line.
Interface.prototype._moveCursor = function _moveCursor(dx) {
  if (dx === 0) return;
  const from = this.getCursorPos();
  let c = this.cursor;
  if (dx > 0) {
    for (let k = 0; k < dx && c < this.line.length; k++) c += this.line.codePointAt(c) > 0xffff ? 2 : 1;
  } else {
    for (let k = 0; k > dx && c > 0; k--) c -= c >= 2 && this.line.codePointAt(c - 2) > 0xffff ? 2 : 1;
  }
  this.cursor = c;
  const to = this.getCursorPos();
  if (from.rows === to.rows) {
    if (to.cols !== from.cols) keys.moveCursor(this.output, to.cols - from.cols, 0);
    this.prevRows = to.rows;
  } else {
    this._refreshLine();
  }
};

Interface.prototype._wordLeft = function _wordLeft() {
  if (this.cursor === 0) return;
  const m = /\S+\s*$/.exec(this.line.slice(0, this.cursor)) || /\s+$/.exec(this.line.slice(0, this.cursor));
  this._moveCursor(-[...m[0]].length);
};

Interface.prototype._wordRight = function _wordRight() {
  if (this.cursor >= this.line.length) return;
  const m = /^(?:\s+|[^\w\s]+|\w+)\s*/.exec(this.line.slice(this.cursor));
  this._moveCursor([...m[0]].length);
};

Interface.prototype._deleteLeft = function _deleteLeft() {
  if (this.cursor > 0 && this.line.length > 0) {
    const n = this.cursor >= 2 && this.line.codePointAt(this.cursor - 2) > 0xffff ? 2 : 1;
    this.line = this.line.slice(0, this.cursor - n) + this.line.slice(this.cursor);
    this.cursor -= n;
    this._refreshLine();
  }
};

Interface.prototype._deleteRight = function _deleteRight() {
  if (this.cursor < this.line.length) {
    const n = this.line.codePointAt(this.cursor) > 0xffff ? 2 : 1;
    this.line = this.line.slice(0, this.cursor) + this.line.slice(this.cursor + n);
    this._refreshLine();
  }
};

Interface.prototype._deleteWordLeft = function _deleteWordLeft() {
  if (this.cursor > 0) {
    const left = this.line.slice(0, this.cursor).replace(/\S+\s*$|\s+$/, '');
    this.line = left + this.line.slice(this.cursor);
    this.cursor = left.length;
    this._refreshLine();
  }
};

Interface.prototype._deleteWordRight = function _deleteWordRight() {
  if (this.cursor < this.line.length) {
    const right = this.line.slice(this.cursor).replace(/^\s*(?:\w+|[^\w\s]+)?/, '');
    this.line = this.line.slice(0, this.cursor) + right;
    this._refreshLine();
  }
};

Interface.prototype._deleteLineLeft = function _deleteLineLeft() {
  this.line = this.line.slice(this.cursor);
  this.cursor = 0;
  this._refreshLine();
};

Interface.prototype._deleteLineRight = function _deleteLineRight() {
  this.line = this.line.slice(0, this.cursor);
  this._refreshLine();
};

// Ends the line on screen (cursor to its end, then a new line).
Interface.prototype.clearLine = function clearLine() {
  this._moveCursor(+Infinity);
  this._writeToOutput('\r\n');
  this.line = '';
  this.cursor = 0;
  this.prevRows = 0;
};

Interface.prototype._addHistory = function _addHistory() {
  if (this.line.length === 0) return '';
  if (this.historySize === 0 || this.line.trim().length === 0) return this.line;
  if (this.history.length === 0 || this.history[0] !== this.line) {
    if (this.removeHistoryDuplicates) {
      const at = this.history.indexOf(this.line);
      if (at !== -1) this.history.splice(at, 1);
    }
    this.history.unshift(this.line);
    if (this.history.length > this.historySize) this.history.pop();
  }
  this.historyIndex = -1;
  const line = this.history[0];
  this.emit('history', this.history);
  return line;
};

Interface.prototype._line = function _line() {
  const line = this._addHistory();
  this.clearLine();
  this._onLine(line);
};

// History with prefix search: what was typed before the first Up arrow
// picks the entries shown.
Interface.prototype._historyPrev = function _historyPrev() {
  if (this.history.length === 0 || this.historyIndex >= this.history.length) return;
  if (this.historyIndex === -1) this[kSearch] = this.line.slice(0, this.cursor);
  const search = this[kSearch];
  let i = this.historyIndex + 1;
  while (i < this.history.length &&
         ((search && !this.history[i].startsWith(search)) || this.history[i] === this.line)) i++;
  this.line = i === this.history.length ? search : this.history[i];
  this.historyIndex = i;
  this.cursor = this.line.length;
  this._refreshLine();
};

Interface.prototype._historyNext = function _historyNext() {
  if (this.historyIndex < 0) return;
  const search = this[kSearch];
  let i = this.historyIndex - 1;
  while (i >= 0 && ((search && !this.history[i].startsWith(search)) || this.history[i] === this.line)) i--;
  this.line = i === -1 ? search : this.history[i];
  this.historyIndex = i;
  this.cursor = this.line.length;
  this._refreshLine();
};

Interface.prototype._tabComplete = function _tabComplete() {
  this.pause();
  const before = this.line.slice(0, this.cursor);
  const done = (err, value) => {
    this.resume();
    if (err || !Array.isArray(value)) return;
    const [completions, partial = before] = value;
    if (!Array.isArray(completions) || completions.length === 0) return;
    const unique = [...new Set(completions.filter((c) => c))];
    let common = unique[0] ?? '';
    for (const c of unique) {
      let k = 0;
      while (k < common.length && k < c.length && common[k] === c[k]) k++;
      common = common.slice(0, k);
    }
    if (unique.length === 1 || common.length > partial.length) {
      this._insertString(common.slice(partial.length));
      return;
    }
    // Several: list them in columns, then the prompt again.
    const width = Math.max(...unique.map(stringWidth)) + 2;
    const perRow = Math.max(1, Math.floor(this.columns / width) || 1);
    let out = '\r\n';
    unique.forEach((c, i) => {
      out += c + (i % perRow === perRow - 1 || i === unique.length - 1 ? '\r\n' : ' '.repeat(width - stringWidth(c)));
    });
    this._writeToOutput(out);
    this.prevRows = 0;
    this._refreshLine();
  };
  try {
    if (this.completer.length === 2) this.completer(before, done);
    else {
      const r = this.completer(before);
      if (r && typeof r.then === 'function') r.then((v) => done(null, v), done);
      else done(null, r);
    }
  } catch (err) {
    this.resume();
    throw err;
  }
};

Interface.prototype._ttyWrite = function _ttyWrite(s, key) {
  key = key || {};
  const name = key.name;
  if (name === 'escape') return;
  if (key.ctrl && key.shift) {
    if (name === 'backspace') this._deleteLineLeft();
    else if (name === 'delete') this._deleteLineRight();
    return;
  }
  if (key.ctrl) {
    switch (name) {
      case 'c':
        if (this.listenerCount('SIGINT') > 0) this.emit('SIGINT');
        else this.close();
        return;
      case 'h': this._deleteLeft(); return;
      case 'd':
        if (this.cursor === 0 && this.line.length === 0) this.close();
        else this._deleteRight();
        return;
      case 'u': this._deleteLineLeft(); return;
      case 'k': this._deleteLineRight(); return;
      case 'a': this._moveCursor(-Infinity); return;
      case 'e': this._moveCursor(+Infinity); return;
      case 'b': this._moveCursor(-1); return;
      case 'f': this._moveCursor(+1); return;
      case 'l':
        keys.cursorTo(this.output, 0, 0);
        keys.clearScreenDown(this.output);
        this._refreshLine();
        return;
      case 'n': this._historyNext(); return;
      case 'p': this._historyPrev(); return;
      case 'w': case 'backspace': this._deleteWordLeft(); return;
      case 'delete': this._deleteWordRight(); return;
      case 'left': this._wordLeft(); return;
      case 'right': this._wordRight(); return;
      default: return;
    }
  }
  if (key.meta) {
    switch (name) {
      case 'b': this._wordLeft(); return;
      case 'f': this._wordRight(); return;
      case 'd': case 'delete': this._deleteWordRight(); return;
      case 'backspace': this._deleteWordLeft(); return;
      default: return;
    }
  }
  if (name !== 'return' && name !== 'enter') this[kSawReturnAt] = 0;
  switch (name) {
    case 'return':
      this[kSawReturnAt] = Date.now();
      this._line();
      return;
    case 'enter':
      // The \n of a \r\n: the line ended at the \r.
      if (this[kSawReturnAt] !== 0 && Date.now() - this[kSawReturnAt] <= this.crlfDelay) {
        this[kSawReturnAt] = 0;
        return;
      }
      this[kSawReturnAt] = 0;
      this._line();
      return;
    case 'backspace': this._deleteLeft(); return;
    case 'delete': this._deleteRight(); return;
    case 'left': this._moveCursor(-1); return;
    case 'right': this._moveCursor(+1); return;
    case 'home': this._moveCursor(-Infinity); return;
    case 'end': this._moveCursor(+Infinity); return;
    case 'up': this._historyPrev(); return;
    case 'down': this._historyNext(); return;
    case 'tab':
      if (typeof this.completer === 'function' && this.isCompletionEnabled) {
        this._tabComplete();
        return;
      }
      break;
    default:
      break;
  }
  if (typeof s === 'string' && s) {
    // Text written with write(): lines in it end lines.
    const parts = s.split(/\r\n|\n|\r/);
    for (let i = 0; i < parts.length; i++) {
      if (i > 0) this._line();
      if (parts[i]) this._insertString(parts[i]);
    }
  }
};

// `for await (const line of rl)`: one iterator per interface; input is
// paused while many lines wait to be read.
Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  if (this[kLines] !== null) return this[kLines];
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  const onLine = (line) => {
    if (waiting.length > 0) {
      waiting.shift().resolve({ value: line, done: false });
      return;
    }
    queue.push(line);
    if (queue.length > kMaxLinesQueued && !this.paused) this.pause();
  };
  const finish = () => {
    done = true;
    this.removeListener('line', onLine);
    for (const w of waiting.splice(0)) w.resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    failure = err;
    for (const w of waiting.splice(0)) w.reject(err);
    failure = waiting.length === 0 ? err : null;
    finish();
  };
  this.on('line', onLine);
  this.once('close', finish);
  this.input?.on?.('error', onError);
  const self = this;
  this[kLines] = Object.setPrototypeOf({
    next() {
      if (queue.length > 0) {
        const value = queue.shift();
        if (self.paused && !self.closed && queue.length < kMaxLinesQueued / 2) self.resume();
        return Promise.resolve({ value, done: false });
      }
      if (failure !== null) {
        const err = failure;
        failure = null;
        return Promise.reject(err);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      self.close();
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  }, Object.getPrototypeOf(Object.getPrototypeOf((async function* () {})())));
  return this[kLines];
};

module.exports = { Interface };
