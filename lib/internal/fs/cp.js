'use strict';
// fs.cp / cpSync: copy files and (with recursive) directory trees.

const pathModule = require('path');
const { validateFunction, validateObject } = require('internal/validators');

function lazyFs() { return require('fs'); }

// Node reports cp's own failures as SystemErrors with these texts.
function cpError(code, errno, detail, path) {
  const titles = {
    ERR_FS_EISDIR: 'Path is a directory',
    ERR_FS_CP_EEXIST: 'Target already exists',
    ERR_FS_CP_EINVAL: 'Invalid src or dest',
  };
  const err = new Error(`${titles[code]}: cp returned ${errno} (${detail}) ${path}`);
  err.name = 'SystemError';
  err.code = code;
  err.errno = errno;
  err.syscall = 'cp';
  err.path = path;
  return err;
}

// A copied link points where the original did: relative targets are
// resolved against the original's directory, as Node does.
function linkTarget(linkPath, target) {
  return pathModule.isAbsolute(target) ? target : pathModule.resolve(pathModule.dirname(linkPath), target);
}

function normalize(src, dest, options) {
  if (options === undefined) options = {};
  validateObject(options, 'options');
  const opts = {
    recursive: false, force: true, errorOnExist: false, dereference: false,
    preserveTimestamps: false, ...options,
  };
  if (opts.filter !== undefined) validateFunction(opts.filter, 'options.filter');
  const rel = pathModule.relative(pathModule.resolve(src), pathModule.resolve(dest));
  if (rel !== '' && !rel.startsWith('..') && !pathModule.isAbsolute(rel)) {
    throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', `cannot copy ${src} to a subdirectory of self ${dest}`, dest);
  }
  return opts;
}

function cpSync(src, dest, options) {
  const fs = lazyFs();
  const opts = normalize(src, dest, options);
  const copy = (s, d) => {
    if (opts.filter && !opts.filter(s, d)) return;
    const st = opts.dereference ? fs.statSync(s) : fs.lstatSync(s);
    if (st.isDirectory()) {
      if (!opts.recursive) throw cpError('ERR_FS_EISDIR', 'EISDIR', `${s} is a directory (not copied)`, s);
      if (!fs.existsSync(d)) fs.mkdirSync(d, { mode: st.mode & 0o7777 });
      for (const name of fs.readdirSync(s)) copy(pathModule.join(s, name), pathModule.join(d, name));
      return;
    }
    if (fs.lstatSync(d, { throwIfNoEntry: false })) {
      if (!opts.force) {
        if (opts.errorOnExist) throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', `${d} already exists`, d);
        return;
      }
      if (st.isSymbolicLink()) fs.unlinkSync(d);
    }
    if (st.isSymbolicLink()) fs.symlinkSync(linkTarget(s, fs.readlinkSync(s)), d);
    else fs.copyFileSync(s, d);
    if (opts.preserveTimestamps && !st.isSymbolicLink()) fs.utimesSync(d, st.atime, st.mtime);
  };
  copy(src, dest);
}

function cp(src, dest, options, cb) {
  if (typeof options === 'function') {
    cb = options;
    options = undefined;
  }
  validateFunction(cb, 'cb');
  const fs = lazyFs();
  const opts = normalize(src, dest, options);
  const copy = (s, d, done) => {
    if (opts.filter && !opts.filter(s, d)) return process.nextTick(done, null);
    (opts.dereference ? fs.stat : fs.lstat)(s, (err, st) => {
      if (err) return done(err);
      if (st.isDirectory()) {
        if (!opts.recursive) return done(cpError('ERR_FS_EISDIR', 'EISDIR', `${s} is a directory (not copied)`, s));
        return fs.mkdir(d, { mode: st.mode & 0o7777 }, (mkErr) => {
          if (mkErr && mkErr.code !== 'EEXIST') return done(mkErr);
          fs.readdir(s, (rdErr, names) => {
            if (rdErr) return done(rdErr);
            const next = () => {
              const name = names.shift();
              if (name === undefined) return done(null);
              copy(pathModule.join(s, name), pathModule.join(d, name), (e) => (e ? done(e) : next()));
            };
            next();
          });
        });
      }
      fs.lstat(d, (missing) => {
        const finish = (e) => {
          if (e || !opts.preserveTimestamps || st.isSymbolicLink()) return done(e || null);
          fs.utimes(d, st.atime, st.mtime, (e2) => done(e2 || null));
        };
        const write = () => (st.isSymbolicLink() ?
          fs.readlink(s, (e, target) => (e ? done(e) : fs.symlink(linkTarget(s, target), d, finish))) :
          fs.copyFile(s, d, finish));
        if (missing) return write();
        if (!opts.force) {
          return done(opts.errorOnExist ? cpError('ERR_FS_CP_EEXIST', 'EEXIST', `${d} already exists`, d) : null);
        }
        if (st.isSymbolicLink()) return fs.unlink(d, (e) => (e ? done(e) : write()));
        write();
      });
    });
  };
  copy(src, dest, (err) => cb(err || null));
}

module.exports = { cp, cpSync };
