'use strict';
// node:stream/consumers: read a whole stream (a Node stream, any async
// iterable, a web ReadableStream) into one value.

const { Buffer } = require('buffer');
const { Blob } = require('internal/buffer_blob');

async function blob(stream) {
  const chunks = [];
  for await (const chunk of stream) chunks.push(chunk);
  return new Blob(chunks);
}

async function arrayBuffer(stream) {
  return (await blob(stream)).arrayBuffer();
}

async function buffer(stream) {
  return Buffer.from(await arrayBuffer(stream));
}

// Strings are taken as they are; bytes are decoded as UTF-8, a character
// split across chunks included.
async function text(stream) {
  const decoder = new TextDecoder();
  let out = '';
  for await (const chunk of stream) {
    if (typeof chunk === 'string') out += chunk;
    else out += decoder.decode(chunk, { stream: true });
  }
  return out + decoder.decode();
}

async function json(stream) {
  return JSON.parse(await text(stream));
}

module.exports = { arrayBuffer, blob, buffer, text, json };
