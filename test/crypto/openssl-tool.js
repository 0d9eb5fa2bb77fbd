'use strict';
// The system `openssl` command for the crypto tests: a temporary directory
// (removed at exit) and a runner that returns stdout as a Buffer.

const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-crypto-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

function openssl(args, input) {
  return execFileSync('openssl', args, { cwd: dir, input, stdio: ['pipe', 'pipe', 'pipe'] });
}

const file = (name) => path.join(dir, name);
const write = (name, data) => fs.writeFileSync(file(name), data);
const read = (name) => fs.readFileSync(file(name));

module.exports = { openssl, dir, file, write, read };
