'use strict';
// node:child_process. spawn/exec/execFile/fork run children on the event
// loop (ChildProcess in internal/child_process over src/process_wrap.c);
// the *Sync forms run them to completion on a private loop
// (src/spawn_sync.c).

const {
  AbortError,
  errnoException,
  codes: {
    ERR_CHILD_PROCESS_IPC_REQUIRED, ERR_CHILD_PROCESS_STDIO_MAXBUFFER, ERR_INVALID_ARG_TYPE,
    ERR_INVALID_ARG_VALUE, ERR_OUT_OF_RANGE,
  },
} = require('internal/errors');
const {
  validateAbortSignal, validateArray, validateBoolean, validateFunction, validateObject,
  validateString,
} = require('internal/validators');
const { isArrayBufferView } = require('internal/util/types');
const signals = require('internal/process/signals');
const { ChildProcess, getValidStdio, stdioFromString, toSignal } = require('internal/child_process');

const MAX_BUFFER = 1024 * 1024;
const kPromisifyCustom = Symbol.for('nodejs.util.promisify.custom');

// ---- argument checks ----

function nullCheck(value, name) {
  if (typeof value === 'string' && value.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string without null bytes');
  }
}

function isInt32(v) { return v === (v | 0); }

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw new ERR_OUT_OF_RANGE('timeout', 'an unsigned integer', timeout);
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw new ERR_OUT_OF_RANGE('options.maxBuffer', 'a positive number', maxBuffer);
  }
}

// killSignal as a signal number, or undefined when not given.
function sanitizeKillSignal(killSignal) {
  if (typeof killSignal === 'string' || typeof killSignal === 'number') return toSignal(killSignal);
  if (killSignal != null) {
    throw new ERR_INVALID_ARG_TYPE('options.killSignal', ['string', 'number'], killSignal);
  }
  return undefined;
}

// A path option: a string, a Buffer/Uint8Array (kept as it is: spawn, as
// Node's, then ignores it as cwd; spawnSync uses it), or a file: URL.
function toPath(value, name) {
  let path;
  if (typeof value === 'string') {
    path = value;
  } else if (value instanceof Uint8Array) {
    if (value.includes(0)) {
      throw new ERR_INVALID_ARG_VALUE(name, value, 'must be a string, Uint8Array, or URL without null bytes');
    }
    return value;
  } else if (value !== null && typeof value === 'object' && typeof value.href === 'string' &&
             value.protocol !== undefined) {
    path = require('url').fileURLToPath(value);
  } else {
    throw new ERR_INVALID_ARG_TYPE(name, ['string', 'Buffer', 'URL'], value);
  }
  if (path.includes('\u0000')) {
    throw new ERR_INVALID_ARG_VALUE(name, path, 'must be a string, Uint8Array, or URL without null bytes');
  }
  return path;
}

// The checks and defaults every spawn form shares; the result is what
// ChildProcess.spawn and the sync binding take.
function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  nullCheck(file, 'file');
  if (file.length === 0) throw new ERR_INVALID_ARG_VALUE('file', file, 'cannot be empty');
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw new ERR_INVALID_ARG_TYPE('args', 'object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  for (let i = 0; i < args.length; i++) nullCheck(args[i], `args[${i}]`);

  let cwd = options.cwd;
  if (cwd != null) cwd = toPath(cwd, 'options.cwd');
  if (options.detached != null) validateBoolean(options.detached, 'options.detached');
  if (options.uid != null && !isInt32(options.uid)) {
    throw new ERR_INVALID_ARG_TYPE('options.uid', 'int32', options.uid);
  }
  if (options.gid != null && !isInt32(options.gid)) {
    throw new ERR_INVALID_ARG_TYPE('options.gid', 'int32', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' && typeof options.shell !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.shell', ['boolean', 'string'], options.shell);
  }
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  if (options.windowsHide != null) validateBoolean(options.windowsHide, 'options.windowsHide');
  const verbatim = options.windowsVerbatimArguments;
  if (verbatim != null) validateBoolean(verbatim, 'options.windowsVerbatimArguments');

  if (options.shell) {
    nullCheck(options.shell, 'options.shell');
    // The command line is the file and its arguments joined by spaces,
    // given to the shell as one string.
    const command = [file, ...args].join(' ');
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  args.unshift(typeof options.argv0 === 'string' ? options.argv0 : file);

  let envPairs;
  if (options.env) {
    envPairs = [];
    const env = options.env;
    for (const key in env) {
      const value = env[key];
      if (value === undefined) continue;
      nullCheck(key, `options.env['${key}']`);
      nullCheck(value, `options.env['${key}']`);
      envPairs.push(`${key}=${value}`);
    }
  } else {
    // process.env is the C environment: read it whole, in one call.
    envPairs = internalBinding('process_wrap').envPairs();
  }

  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!verbatim,
  };
}

// ---- spawn ----

function abortChild(child, killSignal, reason) {
  try {
    if (child.kill(killSignal)) child.emit('error', new AbortError(undefined, { cause: reason }));
  } catch (err) {
    child.emit('error', err);
  }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  validateAbortSignal(options.signal, 'options.signal');
  const killSignal = sanitizeKillSignal(options.killSignal);
  const child = new ChildProcess();
  child.spawn(options);

  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      timer = null;
      try {
        child.kill(killSignal);
      } catch (err) {
        child.emit('error', err);
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    });
  }

  const signal = options.signal;
  if (signal) {
    const onAbort = () => abortChild(child, killSignal, signal.reason);
    if (signal.aborted) {
      process.nextTick(onAbort);
    } else {
      signal.addEventListener('abort', onAbort, { once: true });
      child.once('exit', () => signal.removeEventListener('abort', onAbort));
    }
  }
  return child;
}

// ---- fork ----

// Our own flags minus -e/-p and their code: a child forked from `-e` code
// runs its module, not that code again.
function withoutEval(argv) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-e' || a === '--eval' || a === '-p' || a === '--print' || a === '-pe') {
      i++;
    } else if (!a.startsWith('--eval=') && !a.startsWith('--print=')) {
      out.push(a);
    }
  }
  return out;
}

function fork(modulePath, args, options) {
  modulePath = toPath(modulePath, 'modulePath');
  if (typeof modulePath !== 'string') modulePath = Buffer.from(modulePath).toString();
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else {
    validateArray(args, 'args');
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  nullCheck(options.execPath, 'options.execPath');

  let execArgv = options.execArgv || process.execArgv;
  for (let i = 0; i < execArgv.length; i++) nullCheck(execArgv[i], `options.execArgv[${i}]`);
  if (execArgv === process.execArgv) execArgv = withoutEval(execArgv);
  args = [...execArgv, modulePath, ...args];

  if (typeof options.stdio === 'string') {
    options.stdio = stdioFromString(options.stdio, 'ipc');
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = stdioFromString(options.silent ? 'pipe' : 'inherit', 'ipc');
  } else if (!options.stdio.includes('ipc')) {
    throw new ERR_CHILD_PROCESS_IPC_REQUIRED('options.stdio');
  }
  return spawn(options.execPath, args, options);
}

// ---- execFile / exec ----

function normalizeExecFileArgs(file, args, options, callback) {
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args != null && typeof args === 'object') {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (args == null) args = [];
  if (typeof options === 'function') callback = options;
  else if (options != null) validateObject(options, 'options');
  if (options == null) options = {};
  if (callback != null) validateFunction(callback, 'callback');
  if (options.argv0 != null) {
    validateString(options.argv0, 'options.argv0');
    nullCheck(options.argv0, 'options.argv0');
  }
  return { file, args, options, callback };
}

function execFile(file, args, options, callback) {
  ({ file, args, options, callback } = normalizeExecFileArgs(file, args, options, callback));
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: MAX_BUFFER,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = sanitizeKillSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding !== 'buffer' && Buffer.isEncoding(options.encoding) ?
    options.encoding : null;
  const out = { chunks: [], bytes: 0, name: 'stdout' };
  const err = { chunks: [], bytes: 0, name: 'stderr' };
  let killed = false;
  let exited = false;
  let timer = null;
  let ex = null;

  function collected(s, stream) {
    if (encoding || (stream && stream.readableEncoding)) return s.chunks.join('');
    return Buffer.concat(s.chunks);
  }

  function onClose(code, signal) {
    if (exited) return;
    exited = true;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    if (!callback) return;
    const stdout = collected(out, child.stdout);
    const stderr = collected(err, child.stderr);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    let cmd = file;
    if (args.length) cmd += ` ${args.join(' ')}`;
    if (!ex) {
      ex = new Error(`Command failed: ${cmd}\n${stderr}`);
      ex.code = code < 0 ? internalBinding('uv').errname(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function onError(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    onClose();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      onClose();
    }
  }

  if (options.timeout > 0) {
    timer = setTimeout(() => {
      timer = null;
      kill();
    }, options.timeout);
  }

  // Output beyond maxBuffer ends the child: what fits is kept, counted in
  // bytes of the stream's encoding, cut in characters as Node does.
  function collect(s, stream) {
    if (encoding) stream.setEncoding(encoding);
    stream.on('data', (chunk) => {
      if (options.maxBuffer === Infinity) {
        s.chunks.push(chunk);
        return;
      }
      const enc = stream.readableEncoding;
      const length = enc ? Buffer.byteLength(chunk, enc) : chunk.length;
      s.bytes += length;
      if (s.bytes > options.maxBuffer) {
        const keep = options.maxBuffer - (s.bytes - length);
        s.chunks.push(chunk.slice(0, keep));
        ex = new ERR_CHILD_PROCESS_STDIO_MAXBUFFER(s.name);
        kill();
      } else {
        s.chunks.push(chunk);
      }
    });
  }
  if (child.stdout) collect(out, child.stdout);
  if (child.stderr) collect(err, child.stderr);

  child.addListener('close', onClose);
  child.addListener('error', onError);
  return child;
}

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  nullCheck(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

// util.promisify forms: resolve { stdout, stderr }; the rejection carries
// them too; the promise has the ChildProcess as `child`.
function promisified(fn) {
  return function(...args) {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = fn(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}
Object.defineProperty(exec, kPromisifyCustom, { enumerable: false, value: promisified(exec) });
Object.defineProperty(execFile, kPromisifyCustom, { enumerable: false, value: promisified(execFile) });

// ---- the synchronous forms ----

let spawnSyncBinding;

function syncInput(value, i, encoding) {
  if (isArrayBufferView(value)) {
    return value instanceof Uint8Array ? value :
      new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
  }
  if (typeof value === 'string') return Buffer.from(value, encoding);
  throw new ERR_INVALID_ARG_TYPE(`options.stdio[${i}]`, ['Buffer', 'TypedArray', 'DataView', 'string'], value);
}

function spawnSync(file, args, options) {
  options = { maxBuffer: MAX_BUFFER, ...normalizeSpawnArguments(file, args, options) };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = sanitizeKillSignal(options.killSignal);
  const stdio = getValidStdio(options.stdio || 'pipe', true).stdio;
  if (options.input) stdio[0] = { ...stdio[0], input: options.input };
  const slots = stdio.map((s, i) => {
    switch (s.type) {
      case 'pipe':
      case 'overlapped': {
        const slot = { type: 'pipe', readable: !!s.readable, writable: !!s.writable, input: undefined };
        if (s.input != null) slot.input = syncInput(s.input, i, options.encoding);
        return slot;
      }
      case 'wrap': {
        // A stream handle: the child gets its descriptor.
        return { type: 'fd', fd: internalBinding('stream_wrap').fd(s.handle) };
      }
      default:
        return { type: s.type, fd: s.fd };
    }
  });

  if (spawnSyncBinding === undefined) spawnSyncBinding = internalBinding('spawn_sync');
  const r = spawnSyncBinding.spawn({
    file: options.file,
    args: options.args.map((a) => `${a}`),
    envPairs: options.envPairs,
    cwd: options.cwd instanceof Uint8Array ? Buffer.from(options.cwd).toString() : options.cwd,
    uid: options.uid,
    gid: options.gid,
    detached: options.detached,
    stdio: slots,
    timeout: options.timeout > 0 ? options.timeout : 0,
    killSignal: killSignal === undefined ? signals.numberOf('SIGTERM') : killSignal,
    maxBuffer: options.maxBuffer == null ? MAX_BUFFER : options.maxBuffer,
  });

  const result = {};
  if (r.error !== undefined) {
    const err = errnoException(r.error, `spawnSync ${options.file}`);
    err.path = options.file;
    err.spawnargs = options.args.slice(1);
    result.error = err;
  }
  result.status = r.status;
  result.signal = r.signal ? (signals.nameOf(r.signal) ?? null) : null;
  let output = null;
  if (r.output !== null) {
    const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding : null;
    output = r.output.map((ab) => {
      if (ab === null) return null;
      const buf = Buffer.from(ab);
      return encoding ? buf.toString(encoding) : buf;
    });
  }
  result.output = output;
  result.pid = r.pid;
  result.stdout = output && output[1];
  result.stderr = output && output[2];
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += `\n${ret.stderr.toString()}`;
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function execFileSync(file, args, options) {
  ({ file, args, options } = normalizeExecFileArgs(file, args, options));
  // Without a stdio option the child's stderr is shown on ours.
  const inheritStderr = !options.stdio;
  const ret = spawnSync(file, args, options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, [options.argv0 || file, ...args]);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const inheritStderr = !opts.options.stdio;
  const ret = spawnSync(opts.file, opts.options);
  if (inheritStderr && ret.stderr) process.stderr.write(ret.stderr);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

module.exports = {
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
