'use strict';
// node:repl: a read-eval-print loop on readline. Each input runs as a
// script in this context (so `let`/`const` and functions persist between
// inputs); input that ends too early (an open brace, string or template)
// continues on the next line with the '... ' prompt; `{ ... }` alone is
// read as an object literal. Results print with util.inspect; `_` and
// `_error` hold the last result and error; `.help`, `.exit`, `.break`,
// `.clear`; Ctrl+C clears the line (twice on an empty line ends it),
// Ctrl+D ends it. Built-in modules are globals, as in node's REPL.
// Top-level `await` runs the input in an async function.

const { Interface } = require('internal/readline/interface');
const builtins = internalBinding('builtins');
const { inspect } = require('internal/util/inspect');
const path = require('path');

const kIncomplete = /end of (script|input)|Unterminated|Unexpected EOF|missing \} after/i;
let counter = 0;

function isRecoverable(err) {
  return err instanceof SyntaxError && kIncomplete.test(err.message);
}

function REPLServer(options = {}) {
  if (!(this instanceof REPLServer)) return new REPLServer(options);
  if (typeof options === 'string') options = { prompt: options };
  const input = options.input ?? process.stdin;
  const output = options.output ?? process.stdout;
  const terminal = options.terminal ?? !!output.isTTY;
  this._replPrompt = options.prompt ?? '> ';
  Interface.call(this, { input, output, terminal, prompt: this._replPrompt, completer: undefined });
  this.useColors = options.useColors ?? (terminal && output.hasColors?.() === true);
  this.ignoreUndefined = options.ignoreUndefined === true;
  this.writer = options.writer ?? ((value) => inspect(value, { colors: this.useColors }));
  this.context = globalThis;
  this.commands = Object.create(null);
  this.last = undefined;
  this.lastError = undefined;
  this._buffer = '';
  this._sawSigint = false;
  this._busy = false;
  this._pending = [];
  this._pendingClose = false;
  defineCommands(this);
  installGlobals();

  this.on('line', (line) => this._onReplLine(line));
  this.on('SIGINT', () => {
    const empty = this.line.length === 0 && this._buffer === '';
    this.clearLine();
    this._buffer = '';
    if (empty) {
      if (this._sawSigint) {
        this.close();
        return;
      }
      this._writeToOutput('(To exit, press Ctrl+C again or Ctrl+D or type .exit)\n');
      this._sawSigint = true;
    } else {
      this._sawSigint = false;
    }
    this.displayPrompt();
  });
  this.once('close', () => this.emit('exit'));
  this.displayPrompt();
}
Object.setPrototypeOf(REPLServer.prototype, Interface.prototype);
Object.setPrototypeOf(REPLServer, Interface);

// The input's end while an await runs: close once it is done.
REPLServer.prototype.close = function close() {
  if (this._busy) {
    this._pendingClose = true;
    return;
  }
  Interface.prototype.close.call(this);
};

REPLServer.prototype.displayPrompt = function displayPrompt(preserveCursor) {
  const prompt = this._buffer === '' ? this._replPrompt : '... ';
  this.setPrompt(prompt);
  this.prompt(preserveCursor);
  this.setPrompt(this._replPrompt);
};

REPLServer.prototype.defineCommand = function defineCommand(keyword, cmd) {
  if (typeof cmd === 'function') cmd = { action: cmd };
  this.commands[keyword] = cmd;
};

REPLServer.prototype.clearBufferedCommand = function clearBufferedCommand() {
  this._buffer = '';
};

REPLServer.prototype._onReplLine = function _onReplLine(line) {
  // Lines that arrive while an await runs wait their turn.
  if (this._busy) {
    this._pending.push(line);
    return;
  }
  this._sawSigint = false;
  const trimmed = line.trim();
  if (trimmed.startsWith('.') && !/^\.\d/.test(trimmed)) {
    const [keyword, ...rest] = trimmed.slice(1).split(/\s+/);
    const cmd = this.commands[keyword];
    if (cmd !== undefined) {
      cmd.action.call(this, rest.join(' '));
      if (!this.closed) this.displayPrompt();
      return;
    }
    // (Inside open input, `.foo` may be code: a member on the next line.)
    if (this._buffer === '') {
      this._writeToOutput('Invalid REPL keyword\n');
      this.displayPrompt();
      return;
    }
  }
  const code = this._buffer === '' ? line : `${this._buffer}\n${line}`;
  if (code.trim() === '') {
    this.displayPrompt();
    return;
  }
  const result = this._evaluate(code);
  if (result.incomplete) {
    this._buffer = code;
    this.displayPrompt();
    return;
  }
  this._buffer = '';
  if (result.promise !== undefined) {
    // Input waits while the awaited work runs.
    this._busy = true;
    this.pause();
    result.promise.then((value) => this._printValue(value), (error) => this._printError(error)).then(() => {
      this._busy = false;
      if (this.closed) return;
      this.resume();
      this.displayPrompt();
      while (this._pending.length > 0 && !this._busy && !this.closed) this._onReplLine(this._pending.shift());
      if (this._pendingClose && !this._busy) this.close();
    });
    return;
  }
  if (result.error !== undefined) this._printError(result.error);
  else this._printValue(result.value);
  if (!this.closed) this.displayPrompt();
};

// Runs code as a script; { value } | { error } | { incomplete: true }.
REPLServer.prototype._evaluate = function _evaluate(code) {
  const filename = `REPL${++counter}`;
  let text = code;
  // `{ a: 1 }` alone is an object, not a block.
  if (/^\s*\{/.test(code) && !/;\s*$/.test(code) && builtins.checkSyntax(`(${code})`, filename) === null) {
    text = `(${code})`;
  }
  const syntaxError = builtins.checkSyntax(text, filename);
  if (syntaxError !== null) {
    // Top-level await: the input run in an async function (a declaration
    // `const x = await ...` makes x a global, as the REPL keeps it).
    if (/\bawait\b/.test(code)) {
      const wrapped = awaitForm(code, filename);
      if (wrapped !== null) {
        try {
          return { promise: builtins.evaluate(wrapped, filename) };
        } catch (error) {
          return { error };
        }
      }
    }
    if (isRecoverable(syntaxError)) return { incomplete: true };
    return { error: syntaxError };
  }
  try {
    return { value: builtins.evaluate(text, filename) };
  } catch (error) {
    return { error };
  }
};

function awaitForm(code, filename) {
  const body = code.replace(/;\s*$/, '');
  const decl = /^\s*(?:const|let|var)\s+([A-Za-z_$][\w$]*)\s*=\s*([\s\S]+)$/.exec(body);
  const candidates = decl !== null ?
    [`(async () => { globalThis[${JSON.stringify(decl[1])}] = (${decl[2]}\n); })()`] :
    [`(async () => (${body}\n))()`, `(async () => { ${code}\n })()`];
  for (const text of candidates) {
    if (builtins.checkSyntax(text, filename) === null) return text;
  }
  return null;
}

REPLServer.prototype._printValue = function _printValue(value) {
  this.last = value;
  lastValue = value;
  if (value === undefined && this.ignoreUndefined) return;
  this._writeToOutput(`${this.writer(value)}\n`);
};

REPLServer.prototype._printError = function _printError(err) {
  this.lastError = err;
  lastError = err;
  let text;
  if (err instanceof Error) {
    // Frames in modules the input called are shown; the REPL's own inputs
    // and lode's internals are not.
    const stack = typeof err.stack === 'string' ? err.stack.split('\n') : [];
    const own = stack.slice(1).filter((l) => l.startsWith('    at ') && !/\bREPL\d+:|node:|\[native code\]|<anonymous>/.test(l));
    // Own properties worth showing (a code, say; not the engine's location
    // ones) make it `[Name: message] { code: ... }`, as node prints it.
    const extra = Object.keys(err).filter((k) => !['stack', 'message', 'line', 'column', 'sourceURL'].includes(k));
    const head = extra.length === 0 ? `${err.name}: ${err.message}` :
      `[${err.name}: ${err.message}] ${inspect(Object.fromEntries(extra.map((k) => [k, err[k]])))}`;
    text = [head, ...own].join('\n');
  } else {
    text = inspect(err, { colors: this.useColors });
  }
  this._writeToOutput(`Uncaught ${text}\n`);
};

function defineCommands(repl) {
  repl.defineCommand('break', {
    help: 'Sometimes you get stuck, this gets you out',
    action() { this.clearBufferedCommand(); },
  });
  repl.defineCommand('clear', {
    help: 'Break, and also clear the local context',
    action() {
      this.clearBufferedCommand();
      this._writeToOutput('Clearing context...\n');
    },
  });
  repl.defineCommand('exit', {
    help: 'Exit the REPL',
    action() { this.close(); },
  });
  repl.defineCommand('help', {
    help: 'Print this help message',
    action() {
      const names = Object.keys(this.commands).sort();
      const width = Math.max(...names.map((n) => n.length)) + 4;
      for (const name of names) this._writeToOutput(`.${name.padEnd(width - 1)}${this.commands[name].help ?? ''}\n`);
      this._writeToOutput('\nPress Ctrl+C to abort current expression, Ctrl+D to exit the REPL\n');
    },
  });
}

// `_` and `_error` are the REPL's until the user assigns them.
let lastValue;
let lastError;
let globalsInstalled = false;
function installGlobals() {
  if (globalsInstalled) return;
  globalsInstalled = true;
  for (const [name, get] of [['_', () => lastValue], ['_error', () => lastError]]) {
    Object.defineProperty(globalThis, name, {
      get,
      set(v) { Object.defineProperty(globalThis, name, { value: v, writable: true, enumerable: false, configurable: true }); },
      enumerable: false,
      configurable: true,
    });
  }
  const Module = require('module');
  const req = Module.createRequire(path.join(process.cwd(), '<repl>'));
  for (const [name, value] of [['require', req], ['module', { exports: {}, id: '<repl>', paths: req.resolve.paths('x') }]]) {
    if (!(name in globalThis)) Object.defineProperty(globalThis, name, { value, writable: true, configurable: true });
  }
  // Every public built-in module by its name, loaded on first use.
  for (const id of Module.builtinModules) {
    if (id.startsWith('_') || id.includes('/') || id in globalThis) continue;
    Object.defineProperty(globalThis, id, {
      get() {
        const m = req(id);
        Object.defineProperty(globalThis, id, { value: m, writable: true, configurable: true });
        return m;
      },
      set(v) { Object.defineProperty(globalThis, id, { value: v, writable: true, configurable: true }); },
      configurable: true,
    });
  }
}
function start(options) {
  return new REPLServer(options);
}

class Recoverable extends SyntaxError {
  constructor(err) {
    super();
    this.err = err;
  }
}

module.exports = {
  start,
  REPLServer,
  REPL_MODE_SLOPPY: Symbol('repl-sloppy'),
  REPL_MODE_STRICT: Symbol('repl-strict'),
  Recoverable,
  writer: inspect,
  builtinModules: require('module').builtinModules.filter((id) => !id.startsWith('_')),
  isValidSyntax: (code) => builtins.checkSyntax(`${code}`, 'repl') === null,
};
