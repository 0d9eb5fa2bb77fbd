'use strict';
// package.json lookups shared by the CommonJS and the ES module resolvers:
// each file is read and parsed once per process. A file that does not
// parse is remembered with its error; each resolver reports it in its own
// words.

const path = require('path');

const fsb = internalBinding('fs');

// jsonPath -> null (no file) or { path, dir, data, error }
const cache = new Map();

function statKind(p) {
  return fsb.internalModuleStat(p); // 0 file, 1 dir, <0 missing
}

function readJson(jsonPath) {
  let pkg = cache.get(jsonPath);
  if (pkg !== undefined) return pkg;
  pkg = null;
  if (statKind(jsonPath) === 0) {
    let text;
    try {
      text = fsb.readFileUtf8(jsonPath);
    } catch {
      text = undefined;
    }
    if (text !== undefined) {
      pkg = { path: jsonPath, dir: path.dirname(jsonPath), data: {}, error: null };
      try {
        const parsed = JSON.parse(text);
        if (parsed !== null && typeof parsed === 'object') pkg.data = parsed;
      } catch (e) {
        pkg.error = e;
      }
    }
  }
  cache.set(jsonPath, pkg);
  return pkg;
}

// The package.json of a directory, or null.
function readPackage(dir) {
  return readJson(dir === '/' ? '/package.json' : `${dir}/package.json`);
}

// The package.json that governs a file: the nearest one up the tree, not
// looking past a node_modules folder.
function readPackageScope(filePath) {
  let dir = path.dirname(filePath);
  for (;;) {
    if (dir.endsWith('/node_modules')) return null;
    const pkg = readPackage(dir);
    if (pkg !== null) return pkg;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

module.exports = { readPackage, readPackageScope, statKind };
