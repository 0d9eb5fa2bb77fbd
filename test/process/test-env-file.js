'use strict';
// .env files: util.parseEnv, process.loadEnvFile and --env-file. The
// expected objects are node v20's results for the same texts (its quirks
// included: only spaces are blanks, a key may span lines, keys come out in
// sorted order, a key of spaces becomes the character before it).
const assert = require('assert');
const fs = require('fs');
const os = require('os');
const path = require('path');
const util = require('util');
const { spawnSync } = require('child_process');

const table = 
[["A=1",{"A":"1"}],
  ["A = 1 ",{"A":"1"}],
  ["export A=1",{"A":"1"}],
  ["export  A=1",{" A":"1"}],
  ["A=\"x y\"",{"A":"x y"}],
  ["A='x y'",{"A":"x y"}],
  ["A=`x y`",{"A":"x y"}],
  ["A=\"a\\nb\"",{"A":"a\nb"}],
  ["A='a\\nb'",{"A":"a\\nb"}],
  ["A=`a\\nb`",{"A":"a\\nb"}],
  ["A=x # comment",{"A":"x"}],
  ["A=\"x # y\" # c",{"A":"x # y"}],
  ["A=x#y",{"A":"x"}],
  ["# c\nA=1",{"A":"1"}],
  ["A",{}],
  ["A=",{"A":""}],
  ["=x\nA=1",{}],
  ["A B=1",{"A B":"1"}],
  ["A=1\nA=2",{"A":"2"}],
  ["A=\"multi\nline\"",{"A":"multi\nline"}],
  ["A='multi\nline'",{"A":"multi\nline"}],
  ["A=\"unterminated\nB=2",{"A":"\"unterminated","B":"2"}],
  ["A=\"x",{}],
  ["x y ='KEY=A",{"'KEY":"A"}],
  ["A=x\r\nB=y",{"A":"x","B":"y"}],
  ["A=\"x\"y",{"A":"x"}],
  ["A=\t\"x\"",{"A":"\t\"x\""}],
  ["A=\tx\t",{"A":"\tx\t"}],
  ["\tA=1",{"\tA":"1"}],
  ["A=1\n  #c\nB=2",{"#c\nB":"2","A":"1"}],
  ["#x=1",{"#x":"1"}],
  ["A=1\n =x",{"\n":"x","A":"1"}],
  ["#c\n =x",{"\n":"x"}],
  ["A=1\n\n =x",{"\n":"x","A":"1"}],
  ["Z=1\nA=2\n1=3\n_=4\na=5\nÄ=6\n😀=7\n=8",{"1":"3","A":"2","Z":"1","_":"4","a":"5","Ä":"6","":"8","😀":"7"}],
  ["A=  ",{"A":""}],
  ["A= #c",{"A":""}],
  ["A=1\nb\n =x",{"A":"1","b\n":"x"}],
  ["A\nB=2",{"A\nB":"2"}],
  ["export A",{}],
  ["export =1",{"export":"1"}],
  ["A=\"\\\"x\\\"\"",{"A":"\\"}],
  ["A=\"\\\\n\"",{"A":"\\\n"}],
  ["A==1",{"A":"=1"}],
  ["A=x=y",{"A":"x=y"}],
  ["  \n  A=1\n  ",{"A":"1"}]]
;
for (const [text, expected] of table) {
  const got = util.parseEnv(text);
  assert.deepStrictEqual(got, expected, JSON.stringify(text));
  assert.deepStrictEqual(Object.keys(got), Object.keys(expected), `key order of ${JSON.stringify(text)}`);
}
assert.strictEqual(util.parseEnv.length, 1);
assert.throws(() => util.parseEnv(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "content" argument must be of type string. Received type number (1)',
});

// process.loadEnvFile: sets what the environment lacks, never overrides.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lode-env-file-'));
fs.writeFileSync(path.join(dir, '.env'), 'LODE_T_A=file\nLODE_T_B="two\\nlines"\nLODE_T_C=c # note\n');
fs.writeFileSync(path.join(dir, 'more.env'), 'LODE_T_B=more\nLODE_T_D=d\n');
process.env.LODE_T_A = 'env';
process.loadEnvFile(path.join(dir, '.env'));
assert.strictEqual(process.env.LODE_T_A, 'env');
assert.strictEqual(process.env.LODE_T_B, 'two\nlines');
assert.strictEqual(process.env.LODE_T_C, 'c');
process.loadEnvFile(new URL(`file://${path.join(dir, 'more.env')}`));
assert.strictEqual(process.env.LODE_T_B, 'two\nlines');
assert.strictEqual(process.env.LODE_T_D, 'd');
process.loadEnvFile(Buffer.from(path.join(dir, 'more.env')));
assert.strictEqual(process.loadEnvFile.length, 0);
assert.throws(() => process.loadEnvFile(path.join(dir, 'nope.env')), {
  code: 'ENOENT', syscall: 'open', errno: -os.constants.errno.ENOENT,
  message: `ENOENT: no such file or directory, open '${path.join(dir, 'nope.env')}'`,
});
assert.throws(() => process.loadEnvFile(1), {
  code: 'ERR_INVALID_ARG_TYPE',
  message: 'The "path" argument must be of type string or an instance of Buffer or URL. Received type number (1)',
});

// Without an argument: ./.env of the working directory.
const env = { ...process.env, LODE_T_A: 'parent' };
delete env.LODE_T_B;
delete env.LODE_T_C;
let r = spawnSync(process.execPath, ['-e', 'process.loadEnvFile(); console.log(process.env.LODE_T_A, process.env.LODE_T_C)'],
  { cwd: dir, env, encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'parent c\n');

// --env-file, repeated: a later file wins over an earlier one, the
// environment over both; visible before the program's first line.
r = spawnSync(process.execPath, [`--env-file=${path.join(dir, '.env')}`, '--env-file', path.join(dir, 'more.env'),
  '-p', '[process.env.LODE_T_A, process.env.LODE_T_B, process.env.LODE_T_C, process.env.LODE_T_D].join()'],
{ env, encoding: 'utf8' });
assert.strictEqual(r.stderr, '');
assert.strictEqual(r.stdout, 'parent,more,c,d\n');
// A missing file ends the process with code 9 before anything runs.
r = spawnSync(process.execPath, ['--env-file=missing.env', '-e', 'console.log("ran")'], { cwd: dir, encoding: 'utf8' });
assert.strictEqual(r.status, 9);
assert.strictEqual(r.stdout, '');
assert.match(r.stderr, /: missing\.env: not found\n$/);
r = spawnSync(process.execPath, [`--env-file=${dir}`, '-e', '0'], { encoding: 'utf8' });
assert.strictEqual(r.status, 9);
assert.match(r.stderr, /: .*: invalid format\n$/);

fs.rmSync(dir, { recursive: true, force: true });
