'use strict';
// node's old internal module names, still required by packages.

function readStart(socket) {
  if (socket && !socket._paused && socket.readable) socket.resume();
}

function readStop(socket) {
  if (socket) socket.pause();
}

module.exports = { IncomingMessage: require('http').IncomingMessage, readStart, readStop };
