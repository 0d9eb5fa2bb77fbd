'use strict';
// node:child_process. For now: spawnSync with string output. The rest of the
// module (spawn, exec, fork, Buffer output) arrives with the P5 issue; those
// members throw ERR_NOT_IMPLEMENTED.

const {
  codes: { ERR_NOT_IMPLEMENTED, ERR_INVALID_ARG_TYPE },
} = require('internal/errors');
const { validateString, validateObject, validateArray } = require('internal/validators');
const signals = require('internal/process/signals');

function spawnSync(file, args, options) {
  validateString(file, 'file');
  if (!Array.isArray(args)) {
    if (args !== undefined && args !== null && typeof args === 'object') options = args;
    args = [];
  }
  validateArray(args, 'args');
  options = options === undefined ? {} : options;
  validateObject(options, 'options');
  const encoding = options.encoding;
  if (encoding !== 'utf8' && encoding !== 'utf-8') {
    throw new ERR_NOT_IMPLEMENTED("child_process.spawnSync without encoding: 'utf8' (Buffer output)");
  }
  if (options.input !== undefined && typeof options.input !== 'string') {
    throw new ERR_INVALID_ARG_TYPE('options.input', 'string', options.input);
  }
  let env = null;
  if (options.env !== undefined) {
    validateObject(options.env, 'options.env');
    env = Object.keys(options.env).filter((k) => options.env[k] !== undefined)
      .map((k) => `${k}=${options.env[k]}`);
  }
  const killSignal = typeof options.killSignal === 'number' ? options.killSignal :
    signals.numberOf(options.killSignal || 'SIGTERM');
  const spawnargs = args.map(String);
  const r = internalBinding('spawn_sync').spawn(file, [options.argv0 || file, ...spawnargs], env,
    options.cwd === undefined ? null : String(options.cwd),
    options.input === undefined ? null : options.input,
    options.timeout > 0 ? options.timeout : 0, killSignal);
  const { uvException } = require('internal/errors');
  if (r.error !== undefined) {
    const err = uvException({ errno: r.error, syscall: `spawnSync ${file}`, path: file });
    err.message = `spawnSync ${file} ${err.code}`;
    err.spawnargs = spawnargs;
    return { error: err, status: null, signal: null, output: null, pid: 0, stdout: null, stderr: null };
  }
  const result = {
    pid: r.pid,
    output: [null, r.stdout, r.stderr],
    stdout: r.stdout,
    stderr: r.stderr,
    status: r.status,
    signal: r.signal ? signals.nameOf(r.signal) : null,
  };
  if (r.timedOut) {
    const err = uvException({ errno: -110, syscall: `spawnSync ${file}`, path: file });
    err.message = `spawnSync ${file} ETIMEDOUT`;
    err.spawnargs = spawnargs;
    result.error = err;
  }
  return result;
}

const notYet = (name) => function() {
  throw new ERR_NOT_IMPLEMENTED(`child_process.${name}`);
};

module.exports = {
  spawnSync,
  spawn: notYet('spawn'),
  exec: notYet('exec'),
  execFile: notYet('execFile'),
  execSync: notYet('execSync'),
  execFileSync: notYet('execFileSync'),
  fork: notYet('fork'),
  ChildProcess: notYet('ChildProcess'),
};
