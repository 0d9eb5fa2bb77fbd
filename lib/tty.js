'use strict';
// node:tty. WriteStream is lode's terminal output stream (process.stdout and
// process.stderr on a terminal are instances); ReadStream is process.stdin's
// class on a terminal. Both become node:stream streams with the rest of the
// streams issue.

const { StdioTTYWriteStream } = require('internal/stdio');
const { StdinStream } = require('internal/stdin');
const {
  codes: { ERR_NOT_IMPLEMENTED },
} = require('internal/errors');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && internalBinding('tty').isatty(fd);
}

class WriteStream extends StdioTTYWriteStream {
  constructor(fd) {
    super(fd);
  }
}

class ReadStream extends StdinStream {
  constructor(fd) {
    // lode reads a terminal through its one stdin handle.
    if (fd !== 0) throw new ERR_NOT_IMPLEMENTED('tty.ReadStream on a descriptor other than 0');
    super();
  }
}

module.exports = { isatty, ReadStream, WriteStream };
