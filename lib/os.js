'use strict';
// node:os

const binding = internalBinding('os');
const { validateInt32 } = require('internal/validators');

function uname() { return binding.uname(); }

function cpus() {
  return binding.cpus().map(([model, speed, user, nice, sys, idle, irq]) => ({
    model, speed, times: { user, nice, sys, idle, irq },
  }));
}

function cidr(address, netmask, family) {
  let bits = 0;
  if (family === 'IPv4') {
    for (const part of netmask.split('.')) {
      let n = +part;
      while (n & 0x80) { bits++; n = (n << 1) & 0xff; }
    }
  } else {
    for (const part of netmask.split(':')) {
      if (part === '') continue;
      let n = parseInt(part, 16);
      while (n & 0x8000) { bits++; n = (n << 1) & 0xffff; }
    }
  }
  return `${address}/${bits}`;
}

function networkInterfaces() {
  const out = {};
  for (const [name, address, netmask, family, mac, internal, scopeid] of binding.networkInterfaces()) {
    const entry = { address, netmask, family, mac, internal, cidr: cidr(address, netmask, family) };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] ||= []).push(entry);
  }
  return out;
}

function tmpdir() {
  let path = process.env.TMPDIR || process.env.TMP || process.env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function userInfo() {
  const info = binding.userInfo();
  const out = Object.create(null);
  out.uid = info.uid;
  out.gid = info.gid;
  out.username = info.username;
  out.homedir = info.homedir;
  out.shell = info.shell;
  return out;
}

function getPriority(pid = 0) {
  validateInt32(pid, 'pid');
  return binding.getPriority(pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  binding.setPriority(pid, priority);
}

const constants = Object.freeze({
  UV_UDP_REUSEADDR: 4,
  dlopen: Object.freeze({ RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8 }),
  errno: Object.freeze({ ...binding.errno }),
  signals: Object.freeze({ ...binding.signals }),
  priority: Object.freeze({
    PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7, PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
  }),
});


module.exports = {
  arch: () => process.arch,
  availableParallelism: () => binding.availableParallelism(),
  cpus,
  endianness: () => 'LE',
  freemem: () => binding.freemem(),
  getPriority,
  // HOME when set and not empty (as libuv answers), without a call into C.
  homedir: () => process.env.HOME || binding.homedir(),
  hostname: () => binding.hostname(),
  loadavg: () => binding.loadavg(),
  networkInterfaces,
  platform: () => process.platform,
  release: () => uname()[1],
  setPriority,
  tmpdir,
  totalmem: () => binding.totalmem(),
  type: () => uname()[0],
  userInfo,
  uptime: () => binding.uptime(),
  version: () => uname()[2],
  machine: () => uname()[3],
  constants,
  EOL: '\n',
  devNull: '/dev/null',
};
