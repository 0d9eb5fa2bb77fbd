'use strict';
// Differential check of lode's JavaScript parser against JSC's own syntax
// check, over every .js/.cjs/.mjs file under a folder (a node_modules tree).
// Run by tools/test-parser --diff: `lode --expose-internals tools/parser-diff.js DIR`.
//
// - A script (.cjs, or .js outside a "type": "module" package) is checked
//   the way CommonJS loads it, inside the module wrapper, by both parsers:
//   lode's (esm.parseScript, which parses as that function body) and JSC's
//   (JSCheckScriptSyntax of the wrapped source). They must agree.
// - A module (.mjs, or .js in a "type": "module" package) cannot be given to
//   JSC's C API as a module; lode parses and rewrites it, and JSC must then
//   accept the rewritten code. Modules lode rejects are listed: JSC cannot
//   say whether they were valid.
// Exit 1 on any disagreement.
const fs = require('fs');
const path = require('path');
const { internalBinding } = require('internal/test/binding');

const esm = internalBinding('esm');
const { checkSyntax } = internalBinding('builtins');
const root = process.argv[2];
if (!root) {
  console.error('usage: lode --expose-internals tools/parser-diff.js DIR');
  process.exit(2);
}

// The wrapper CommonJS compiles a file in; a hashbang line (valid only at
// the very start of a source) becomes a comment there, as the loader does.
const wrap = (src) => `(function (exports, require, module, __filename, __dirname) { ${
  src.startsWith('#!') ? `//${src.slice(2)}` : src}\n})`;
// parseScript skips sources without an import( call; this comment makes it
// parse every file.
const forceParse = '\n/* import( */';

const typeCache = new Map();
function packageType(dir) {
  if (typeCache.has(dir)) return typeCache.get(dir);
  let type = 'commonjs';
  const pj = path.join(dir, 'package.json');
  if (fs.existsSync(pj)) {
    try {
      type = JSON.parse(fs.readFileSync(pj, 'utf8')).type === 'module' ? 'module' : 'commonjs';
    } catch {
      type = 'commonjs';
    }
  } else {
    const parent = path.dirname(dir);
    if (parent !== dir) type = packageType(parent);
  }
  typeCache.set(dir, type);
  return type;
}

// null when JSC accepts the code, else the SyntaxError it would throw.
function jscAccepts(code, file) {
  return checkSyntax(code, file) === null;
}

function lodeAccepts(fn) {
  try {
    fn();
    return true;
  } catch (err) {
    if (!(err instanceof SyntaxError)) throw err;
    return false;
  }
}

const counts = { scripts: 0, modules: 0, bytes: 0 };
const disagree = [];
const modulesRejected = [];

function check(file) {
  const src = fs.readFileSync(file, 'utf8');
  counts.bytes += src.length;
  const isModule = file.endsWith('.mjs') || (file.endsWith('.js') && packageType(path.dirname(file)) === 'module');
  if (isModule) {
    counts.modules++;
    let code;
    if (!lodeAccepts(() => { code = esm.parseModule(src, file).code; })) {
      modulesRejected.push(file);
      return;
    }
    if (!jscAccepts(code, file)) disagree.push(`${file}: module accepted by lode, its rewrite rejected by JSC`);
    return;
  }
  counts.scripts++;
  const mine = lodeAccepts(() => esm.parseScript(src + forceParse, file));
  const theirs = jscAccepts(wrap(src), file);
  if (mine !== theirs) disagree.push(`${file}: lode ${mine ? 'accepts' : 'rejects'}, JSC ${theirs ? 'accepts' : 'rejects'}`);
}

function walk(dir) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    // The test262 corpus has its own check (tools/js-parse --corpus).
    if (ent.isDirectory()) {
      if (ent.name !== 'test262-parser-tests') walk(p);
    }
    else if (ent.isFile() && /\.(c|m)?js$/.test(ent.name)) check(p);
  }
}

walk(root);
console.log(`parser-diff: ${counts.scripts} scripts, ${counts.modules} modules, ` +
  `${(counts.bytes / 1048576).toFixed(1)} MB`);
for (const f of modulesRejected) console.log(`parser-diff: module rejected by lode (JSC cannot tell): ${f}`);
for (const d of disagree) console.log(`parser-diff: DISAGREE ${d}`);
if (disagree.length > 0) {
  console.log(`parser-diff: FAILED: ${disagree.length} disagreement(s)`);
  process.exit(1);
}
console.log('parser-diff: lode and JSC agree on every script; JSC accepts every rewritten module');
