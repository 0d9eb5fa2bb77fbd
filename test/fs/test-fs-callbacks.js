'use strict';
// The callback API (thread pool, results through the event loop) and
// fs/promises over it.
const assert = require('assert');
const fs = require('fs');
const fsp = require('fs/promises');
const os = require('os');
const path = require('path');
const { mustCall } = require('../common');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fscb-'));
const file = path.join(dir, 'a.txt');
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));

// Callbacks are asynchronous: code after the call runs first.
let after = false;
fs.writeFile(file, 'h\u00e9llo', mustCall((err) => {
  assert.strictEqual(err, null);
  assert.ok(after);
  fs.readFile(file, 'utf8', mustCall((err, s) => {
    assert.strictEqual(err, null);
    assert.strictEqual(s, 'h\u00e9llo');
    step2();
  }));
}));
after = true;

function step2() {
  fs.appendFile(file, '!', mustCall((err) => {
    assert.ifError(err);
    fs.readFile(file, mustCall((err, b) => {
      assert.deepStrictEqual(b, Buffer.from('h\u00e9llo!'));
      fs.stat(file, mustCall((err, st) => {
        assert.ifError(err);
        assert.ok(st instanceof fs.Stats);
        assert.strictEqual(st.size, 7);
        assert.strictEqual(st.isFile(), true);
        step3();
      }));
    }));
  }));
}

function step3() {
  fs.open(file, 'r', mustCall((err, fd) => {
    assert.ifError(err);
    const buf = Buffer.alloc(4);
    fs.read(fd, buf, 0, 4, 1, mustCall((err, n, b) => {
      assert.ifError(err);
      assert.strictEqual(n, 4);
      assert.strictEqual(b, buf);
      assert.deepStrictEqual(buf, Buffer.from('\u00e9ll'));
      fs.fstat(fd, mustCall((err, st) => {
        assert.strictEqual(st.size, 7);
        fs.close(fd, mustCall((err) => {
          assert.ifError(err);
          step4();
        }));
      }));
    }));
  }));
}

function step4() {
  fs.mkdir(path.join(dir, 'p', 'q'), { recursive: true }, mustCall((err, first) => {
    assert.ifError(err);
    assert.strictEqual(first, path.join(dir, 'p'));
    fs.readdir(dir, mustCall((err, names) => {
      assert.deepStrictEqual(names.sort(), ['a.txt', 'p']);
      fs.readdir(dir, { withFileTypes: true }, mustCall((err, ents) => {
        assert.ok(ents.every((e) => e instanceof fs.Dirent));
        fs.rename(file, path.join(dir, 'b.txt'), mustCall((err) => {
          assert.ifError(err);
          fs.exists(path.join(dir, 'b.txt'), mustCall((yes) => {
            assert.strictEqual(yes, true);
            fs.unlink(path.join(dir, 'b.txt'), mustCall((err) => {
              assert.ifError(err);
              fs.exists(path.join(dir, 'b.txt'), mustCall((yes2) => assert.strictEqual(yes2, false)));
            }));
          }));
        }));
      }));
    }));
  }));
}

// Errors arrive in the callback with Node's shape.
fs.readFile(path.join(dir, 'nope'), mustCall((err, data) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'open');
  assert.strictEqual(err.path, path.join(dir, 'nope'));
  assert.strictEqual(err.message, `ENOENT: no such file or directory, open '${path.join(dir, 'nope')}'`);
  assert.strictEqual(data, undefined);
}));
fs.stat(path.join(dir, 'nope'), mustCall((err) => assert.strictEqual(err.syscall, 'stat')));
fs.mkdir(dir, mustCall((err) => assert.strictEqual(err.code, 'EEXIST')));

// Bad arguments throw synchronously.
assert.throws(() => fs.readFile(file), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.stat(file, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => fs.open(123.5, () => {}), { code: 'ERR_INVALID_ARG_TYPE' });

// fs/promises.
(async () => {
  // In a directory of its own: the callback steps above list `dir`.
  const pdir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-fsp-'));
  process.on('exit', () => fs.rmSync(pdir, { recursive: true, force: true }));
  const p = path.join(pdir, 'promised.txt');
  await fsp.writeFile(p, 'data');
  assert.strictEqual(await fsp.readFile(p, 'utf8'), 'data');
  assert.strictEqual((await fsp.stat(p)).size, 4);
  await assert.rejects(fsp.readFile(path.join(pdir, 'nope')), { code: 'ENOENT' });
  // rm: files, directories with recursive, force on missing paths.
  fs.mkdirSync(path.join(pdir, 'r', 's', 't'), { recursive: true });
  fs.writeFileSync(path.join(pdir, 'r', 's', 'f.txt'), 'x');
  await assert.rejects(fsp.rm(path.join(pdir, 'r')), { code: 'ERR_FS_EISDIR' });
  await fsp.rm(path.join(pdir, 'r'), { recursive: true });
  assert.strictEqual(fs.existsSync(path.join(pdir, 'r')), false);
  await assert.rejects(fsp.rm(path.join(pdir, 'nope')), { code: 'ENOENT', syscall: 'lstat' });
  await fsp.rm(path.join(pdir, 'nope'), { force: true });
  const me = os.userInfo();
  await fsp.chown(p, me.uid, me.gid);
  await fsp.lutimes(p, 1, 2);
  assert.strictEqual((await fsp.lstat(p)).mtimeMs, 2000);
  assert.ok((await fsp.statfs(pdir)).bsize > 0);
  // readv / writev through the callback API.
  const vfd = fs.openSync(p, 'w+');
  const written = await new Promise((res, rej) => fs.writev(vfd, [Buffer.from('xy'), Buffer.from('z')], 0, (e, n) => (e ? rej(e) : res(n))));
  assert.strictEqual(written, 3);
  const bufs = [Buffer.alloc(1), Buffer.alloc(2)];
  const got = await new Promise((res, rej) => fs.readv(vfd, bufs, 0, (e, n, b) => (e ? rej(e) : res([n, b]))));
  assert.strictEqual(got[0], 3);
  assert.strictEqual(got[1], bufs);
  assert.strictEqual(Buffer.concat(bufs).toString(), 'xyz');
  fs.closeSync(vfd);
  await fsp.rm(p);
  assert.strictEqual(fs.existsSync(p), false);
  assert.strictEqual(require('fs').promises, fsp);
})().then(mustCall());
