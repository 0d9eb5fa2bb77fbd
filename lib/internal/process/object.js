'use strict';
// The `process` object: an EventEmitter with Node's properties and methods.

const {
  codes: { ERR_INVALID_ARG_TYPE, ERR_UNKNOWN_SIGNAL, ERR_OUT_OF_RANGE, ERR_INVALID_ARG_VALUE, ERR_UNKNOWN_CREDENTIAL },
} = require('internal/errors');
const {
  validateArray, validateBoolean, validateString, validateNumber, validateObject, validateUint32,
} = require('internal/validators');

const archMap = { x86_64: 'x64', aarch64: 'arm64', i686: 'ia32', armv7l: 'arm', ppc64le: 'ppc64', s390x: 's390x', riscv64: 'riscv64' };

// An option's unsigned integer as node reads it: leading digits (none: 0),
// a minus sign wrapping around 2**64.
function parseUint64(text) {
  const m = /^\s*(-?)(\d*)/.exec(text);
  const n = Number(m[2] || 0);
  return m[1] && n !== 0 ? 2 ** 64 - n : n;
}

// Splits argv at the script: options before it are execArgv.
function parseCommandLine(native) {
  const raw = native.argv;
  const scriptIndex = native.scriptIndex;
  const execArgv = raw.slice(1, scriptIndex);
  const rest = raw.slice(scriptIndex);
  const opts = { eval: undefined, print: false, requires: [], check: false, unhandledRejections: undefined,
    noWarnings: false, noDeprecation: false, throwDeprecation: false, traceWarnings: false,
    traceDeprecation: false, title: undefined, inputType: undefined, conditions: [],
    maxHttpHeaderSize: 16384, insecureHttpParser: false, imports: [], envFiles: [], enableSourceMaps: false };
  const withValue = new Set(['-e', '--eval', '-p', '--print', '-r', '--require', '--import',
    '--unhandled-rejections', '--max-http-header-size', '--input-type', '--title', '-C', '--conditions',
    '--stack-size', '--stack-trace-limit', '--max-old-space-size', '--env-file', '--disable-warning',
    '--experimental-default-type', '--dns-result-order']);
  const flags = [];
  // NODE_OPTIONS first (the runtime has split and checked them), so that the
  // command line wins; they never show in execArgv.
  for (const list of [native.nodeOptions || [], execArgv]) {
    for (let i = 0; i < list.length; i++) {
      let a = list[i];
      if (a === '--') break;
      let value;
      const eq = a.indexOf('=');
      if (a.startsWith('--') && eq !== -1) {
        value = a.slice(eq + 1);
        a = a.slice(0, eq);
      } else if (withValue.has(a)) {
        value = list[++i];
      }
      flags.push([a, value]);
    }
  }
  for (const [a, value] of flags) {
    switch (a) {
      case '-e': case '--eval': opts.eval = value; break;
      case '-p': case '--print': opts.eval = value; opts.print = true; break;
      case '-r': case '--require': opts.requires.push(value); break;
      case '--import': opts.imports.push(value); break;
      case '-c': case '--check': opts.check = true; break;
      case '--unhandled-rejections': opts.unhandledRejections = value; break;
      case '--no-warnings': opts.noWarnings = true; break;
      case '--no-deprecation': opts.noDeprecation = true; break;
      case '--throw-deprecation': opts.throwDeprecation = true; break;
      case '--trace-deprecation': opts.traceDeprecation = true; break;
      case '--trace-warnings': opts.traceWarnings = true; break;
      case '--title': opts.title = value; break;
      case '--input-type': opts.inputType = value; break;
      case '-C': case '--conditions': opts.conditions.push(value); break;
      case '--max-http-header-size': opts.maxHttpHeaderSize = parseUint64(value); break;
      case '--insecure-http-parser': opts.insecureHttpParser = true; break;
      case '--expose-gc': opts.exposeGc = true; break;
      case '--enable-source-maps': opts.enableSourceMaps = true; break;
      case '--dns-result-order': opts.dnsResultOrder = value; break;
      case '--env-file': opts.envFiles.push(value); break;
      case '--max-old-space-size': opts.maxOldSpaceSize = Number(value); break;
      default: break;
    }
  }
  return { execArgv, rest, opts };
}

// process.setuid and its kin: a number or a user/group name.
function validateIdArg(id, name) {
  if (typeof id !== 'number' && typeof id !== 'string') throw new ERR_INVALID_ARG_TYPE(name, ['number', 'string'], id);
  if (typeof id === 'number') validateUint32(id, name);
}

// node's old errno form for these: `EPERM, Operation not permitted`, errno positive.
function credentialError([errno, code, message], syscall) {
  const err = new Error(`${code}, ${message}`);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

const credentialCalls = ['setuid', 'setgid', 'seteuid', 'setegid'];
function setCredential(kind, id) {
  validateIdArg(id, 'id');
  const r = internalBinding('process').setId(kind, id);
  if (r === -1) throw new ERR_UNKNOWN_CREDENTIAL('User', id);
  if (r === -2) throw new ERR_UNKNOWN_CREDENTIAL('Group', id);
  if (r !== undefined) throw credentialError(r, credentialCalls[kind]);
}

// A read-only Set whose has() takes a flag as node does: without its
// leading dashes, with underscores for dashes, or with `=value`.
class NodeEnvironmentFlagsSet extends Set {
  constructor(names) {
    super();
    for (const name of names) super.add(name);
    Object.freeze(this);
  }

  add() { return this; }

  delete() { return false; }

  clear() {}

  has(key) {
    if (typeof key !== 'string' || key === '') return false;
    const eq = key.indexOf('=');
    if (eq !== -1) key = key.slice(0, eq);
    key = key.replace(/_/g, '-');
    if (!key.startsWith('-')) key = (key.length === 1 ? '-' : '--') + key;
    // lode takes every --experimental-* flag (later node versions add them).
    return super.has(key) || (key.startsWith('--experimental-') && key.length > 15);
  }
}

function createProcess(native, loader) {
  const { internalBinding } = loader;
  const binding = internalBinding('process');
  const rusage = binding.resourceUsageValues;
  const EventEmitter = require('events');

  // process's prototype is an object whose constructor is named `process`.
  const ProcessConstructor = function process() {};
  const proto = Object.create(EventEmitter.prototype, {
    constructor: { value: ProcessConstructor, writable: true, configurable: true },
  });
  ProcessConstructor.prototype = proto;
  const process = Object.create(proto);
  theProcess = process;
  EventEmitter.call(process);

  const { execArgv, rest, opts } = parseCommandLine(native);
  const ids = binding.ids();
  const startTime = internalBinding('timers').hrtime();
  let exitCode;

  const [, , , machine] = internalBinding('os').uname();
  const props = {
    version: native.nodeVersion,
    versions: Object.freeze({
      node: native.nodeVersion.slice(1),
      lode: native.lodeVersion,
      jsc: native.jscVersion,
      uv: native.uvVersion,
      ares: native.aresVersion,
      openssl: native.opensslVersion,
      icu: native.icuVersion,
      unicode: native.unicodeVersion,
      zlib: native.zlibVersion,
      brotli: native.brotliVersion,
      modules: '115',
    }),
    arch: archMap[machine] || machine,
    platform: 'linux',
    release: Object.freeze({ name: 'node', lts: 'Iron' }),
    execArgv,
    execPath: native.execPath,
    argv0: native.argv[0],
    pid: ids.pid,
    ppid: ids.ppid,
    config: Object.freeze({ target_defaults: {}, variables: {} }),
    features: Object.freeze({ inspector: false, debug: false, uv: true, ipv6: true, tls_alpn: false,
      tls_sni: false, tls_ocsp: false, tls: false, cached_builtins: true }),
    _exiting: false,
    noDeprecation: opts.noDeprecation || undefined,
    throwDeprecation: opts.throwDeprecation || undefined,
    traceDeprecation: opts.traceDeprecation || undefined,
  };
  for (const k of Object.keys(props)) {
    if (props[k] === undefined) continue;
    Object.defineProperty(process, k, { value: props[k], writable: true, configurable: true, enumerable: true });
  }
  Object.defineProperty(process, '_lodeOptions', { value: opts, enumerable: false });
  Object.defineProperty(process, '_unhandledRejectionsMode', { value: opts.unhandledRejections, enumerable: false });

  // argv: the script is resolved by the main entry; -e puts args right after execPath.
  process.argv = [native.execPath, ...rest];

  let sourceMapsEnabled = opts.enableSourceMaps;
  Object.defineProperty(process, 'sourceMapsEnabled', {
    get() { return sourceMapsEnabled; }, enumerable: true, configurable: true,
  });

  Object.defineProperty(process, 'exitCode', {
    get() { return exitCode; },
    set(code) {
      if (code !== undefined && code !== null) {
        if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) code = +code;
        else if (typeof code !== 'number') throw new ERR_INVALID_ARG_TYPE('code', 'number', code);
        else if (!Number.isInteger(code)) throw new ERR_OUT_OF_RANGE('code', 'an integer', code);
      }
      exitCode = code === null ? undefined : code;
    },
    enumerable: true,
    configurable: false,
  });

  // The title is 'node' in Node until set; the OS process name changes only
  // when it is set.
  let title = opts.title === undefined ? 'lode' : opts.title;
  if (opts.title !== undefined) binding.setTitle(title);
  Object.defineProperty(process, 'title', {
    get() { return title; },
    set(v) {
      title = String(v);
      binding.setTitle(title);
    },
    enumerable: true,
    configurable: true,
  });

  process.env = require('internal/process/env').createEnv(binding);

  let cachedCwd = '';
  const methods = {
    // Kept until chdir, as node does: path.resolve asks for it every call.
    cwd() {
      if (cachedCwd === '') cachedCwd = binding.cwd();
      return cachedCwd;
    },
    chdir(directory) {
      validateString(directory, 'directory');
      binding.chdir(directory);
      cachedCwd = '';
    },
    umask(mask) {
      if (mask === undefined) return binding.umask();
      if (typeof mask === 'string') {
        if (!/^[0-7]+$/.test(mask)) {
          throw new ERR_INVALID_ARG_VALUE('mask', mask, 'must be a 32-bit unsigned integer or an octal string');
        }
        mask = parseInt(mask, 8);
      } else {
        validateNumber(mask, 'mask');
      }
      return binding.umask(mask & 0o777);
    },
    hrtime(time) {
      binding.hrtime();
      const b = binding.hrtimeBuffer;
      const sec = b[0] * 0x100000000 + b[1];
      const ns = b[2];
      if (time !== undefined) {
        if (!Array.isArray(time)) throw new ERR_INVALID_ARG_TYPE('time', 'Array', time);
        if (time.length !== 2) throw new ERR_OUT_OF_RANGE('time', 2, time.length);
        let ds = sec - time[0];
        let dn = ns - time[1];
        if (dn < 0) { ds--; dn += 1e9; }
        return [ds, dn];
      }
      return [sec, ns];
    },
    uptime() { return (internalBinding('timers').hrtime() - startTime) / 1000; },
    memoryUsage() {
      const rss = binding.rss();
      // JSC's C API does not report heap sizes; these are estimates from RSS.
      return { rss, heapTotal: rss, heapUsed: Math.floor(rss / 2), external: 0, arrayBuffers: 0 };
    },
    cpuUsage(prev) {
      binding.resourceUsage();
      const cur = { user: rusage[0], system: rusage[1] };
      if (prev !== undefined) {
        validateObject(prev, 'prevValue');
        for (const k of ['user', 'system']) {
          if (typeof prev[k] !== 'number') throw new ERR_INVALID_ARG_TYPE(`prevValue.${k}`, 'number', prev[k]);
          if (prev[k] < 0 || !Number.isFinite(prev[k])) {
            throw new ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${k}`, prev[k]);
          }
        }
        return { user: cur.user - prev.user, system: cur.system - prev.system };
      }
      return cur;
    },
    resourceUsage() {
      binding.resourceUsage();
      const o = {};
      for (let i = 0; i < kResourceUsageFields.length; i++) o[kResourceUsageFields[i]] = rusage[i];
      return o;
    },
    kill(pid, sig) {
      if (pid != (pid | 0)) throw new ERR_INVALID_ARG_TYPE('pid', 'number', pid); // eslint-disable-line eqeqeq
      const signals = require('internal/process/signals');
      let signum;
      if (sig === (sig | 0)) {
        signum = sig; // any integer goes to kill(2), which may answer EINVAL
      } else if (!sig) {
        signum = signals.numberOf('SIGTERM'); // undefined, null, '', false, NaN
      } else if (typeof sig === 'string' && signals.numberOf(sig) !== undefined) {
        signum = signals.numberOf(sig);
      } else {
        throw new ERR_UNKNOWN_SIGNAL(sig);
      }
      const err = binding.kill(pid, signum);
      if (err) {
        const { errnoException } = require('internal/errors');
        throw errnoException(err, 'kill');
      }
      return true;
    },
    exit(code) {
      if (code !== undefined) process.exitCode = code;
      if (!process._exiting) {
        process._exiting = true;
        process.emit('exit', process.exitCode === undefined ? 0 : process.exitCode);
      }
      binding.reallyExit(process.exitCode === undefined ? 0 : process.exitCode | 0);
    },
    reallyExit(code) { binding.reallyExit(code | 0); },
    abort() { binding.abort(); },
    getuid() { return binding.ids().uid; },
    geteuid() { return binding.ids().euid; },
    getgid() { return binding.ids().gid; },
    getegid() { return binding.ids().egid; },
    getgroups() { return binding.getgroups(); },
    setuid(id) { setCredential(0, id); },
    setgid(id) { setCredential(1, id); },
    seteuid(id) { setCredential(2, id); },
    setegid(id) { setCredential(3, id); },
    setgroups(groups) {
      validateArray(groups, 'groups');
      groups.forEach((g, i) => validateIdArg(g, `groups[${i}]`));
      const r = binding.setGroups(groups);
      if (typeof r === 'number') throw new ERR_UNKNOWN_CREDENTIAL('Group', groups[-r - 3]);
      if (r !== undefined) throw credentialError(r, 'setgroups');
    },
    initgroups(user, extraGroup) {
      validateIdArg(user, 'user');
      validateIdArg(extraGroup, 'extraGroup');
      const r = binding.initGroups(user, extraGroup);
      if (r === -1) throw new ERR_UNKNOWN_CREDENTIAL('User', user);
      if (r === -2) throw new ERR_UNKNOWN_CREDENTIAL('Group', extraGroup);
      if (r !== undefined) throw credentialError(r, 'initgroups');
    },
    // The queue's own function: a wrapper with rest/spread made JSC's
    // optimized callers exit (VarargsOverflow) and recompile under load.
    nextTick: require('internal/process/task_queues').nextTick,
    emitWarning(...args) { return require('internal/process/warning').emitWarning(...args); },
    // Recorded for the programs that ask (tsx turns it on); lode's stack
    // traces do not apply source maps.
    setSourceMapsEnabled(val) {
      validateBoolean(val, 'val');
      sourceMapsEnabled = val;
    },
    binding(name) {
      const { codes: { ERR_NOT_IMPLEMENTED } } = require('internal/errors');
      throw new ERR_NOT_IMPLEMENTED(`process.binding('${name}')`);
    },
    setUncaughtExceptionCaptureCallback(fn) {
      if (fn !== null && typeof fn !== 'function') throw new ERR_INVALID_ARG_TYPE('fn', ['Function', 'null'], fn);
      process._captureCallback = fn;
    },
    hasUncaughtExceptionCaptureCallback() { return typeof process._captureCallback === 'function'; },
    getBuiltinModule(id) {
      validateString(id, 'id');
      const name = id.startsWith('node:') ? id.slice(5) : id;
      if (!loader.publicIds.includes(name)) return undefined;
      return loader.requireBuiltin(name);
    },
    loadEnvFile(path = undefined) { require('internal/dotenv').loadEnvFile(path); },
    availableMemory() { return internalBinding('os').freemem(); },
    constrainedMemory() { return 0; },
    _getActiveHandles() { return []; },
    _getActiveRequests() { return []; },
    getActiveResourcesInfo() { return []; },
    _rawDebug(...args) {
      const { format } = require('internal/util/inspect');
      internalBinding('fs').writeString(2, `${format(...args)}\n`);
    },
  };
  methods.memoryUsage.rss = () => binding.rss();
  methods.hrtime.bigint = function bigint() {
    return binding.hrtimeBigInt();
  };
  for (const k of Object.keys(methods)) {
    Object.defineProperty(process, k, { value: methods[k], writable: true, configurable: true, enumerable: true });
  }

  // The options NODE_OPTIONS may hold (lode's, from its command-line table),
  // made on first use.
  Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
    get() {
      const flags = new NodeEnvironmentFlagsSet(native.envFlags || []);
      Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
        value: flags, writable: true, enumerable: true, configurable: true,
      });
      return flags;
    },
    set(value) {
      Object.defineProperty(process, 'allowedNodeEnvironmentFlags', {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });

  // stdio: created on first use, so `lode -e 0` never builds them.
  for (const [name, fd] of [['stdin', 0], ['stdout', 1], ['stderr', 2]]) {
    stdioGetters[name] = function get() {
      if (stdio[name] === undefined) stdio[name] = require('internal/stdio').create(fd);
      return stdio[name];
    };
    Object.defineProperty(process, name, {
      get: stdioGetters[name],
      set(v) { stdio[name] = v; },
      configurable: true,
      enumerable: true,
    });
  }

  require('internal/process/signals').setup(process, internalBinding);
  return process;
}

// process.stdin / stdout / stderr once built or set (by name); until then
// the global console writes to fd 1 and 2 itself (internal/console).
let theProcess; // the object createProcess made
// process.resourceUsage()'s fields, in the order src/process.c fills them.
const kResourceUsageFields = ['userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize',
  'unsharedDataSize', 'unsharedStackSize', 'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead',
  'fsWrite', 'ipcSent', 'ipcReceived', 'signalsCount', 'voluntaryContextSwitches',
  'involuntaryContextSwitches'];
const stdio = {};
const stdioGetters = {};
function stdioCreated(name) {
  return stdio[name] !== undefined;
}

// Whether v is process[name] (stdin, stdout or stderr), without building
// the stream: one not built yet cannot be v (readable.pipe() asks on every
// pipe, and building stdout loads net or tty).
function isProcessStdio(name, v) {
  const desc = Object.getOwnPropertyDescriptor(theProcess, name);
  if (desc === undefined) return false;
  if (desc.get === stdioGetters[name]) return stdio[name] !== undefined && stdio[name] === v;
  return theProcess[name] === v;
}

module.exports = { createProcess, stdioCreated, isProcessStdio };
