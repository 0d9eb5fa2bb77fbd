'use strict';
// A generated 10 MB text through zlib.createBrotliCompress() (default
// quality, 11) and zlib.createBrotliDecompress(): bench/zlib-gzip.js's run
// with brotli. Prints the elapsed ms.
const zlib = require('zlib');
const { run } = require('./zlib-gzip.js');
run(Number(process.argv[2]) || 10, zlib.createBrotliCompress(), zlib.createBrotliDecompress());
