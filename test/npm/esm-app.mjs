// ES-module-only packages from npm: chalk 5, execa 9 (spawning children of
// this same runtime), and uuid 9, whose package.json "exports" picks a file
// per condition (node + import: an .mjs wrapper over CommonJS with named
// exports; require: the CommonJS build). tools/test-npm copies this file
// next to the node_modules it installed and runs it under lode and node;
// both outputs must be the same.
import chalk, { Chalk, supportsColor } from 'chalk';
import { execa, execaSync, execaNode } from 'execa';
import { v4, v5, validate, NIL, version as uuidVersion } from 'uuid';
import * as uuidNs from 'uuid';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

const require = createRequire(import.meta.url);
const out = [];
const show = (...a) => out.push(a.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));

// chalk
const c = new Chalk({ level: 1 });
show(c.red.bold('red bold') + c.bgBlue.white(' on blue'));
show(new Chalk({ level: 3 }).hex('#ff8800')('orange'), new Chalk({ level: 0 }).green('plain'));
show('chalk level', chalk.level, 'supportsColor', supportsColor);

// execa: promise API, input, failure, sync, lines, a pipe between children.
const child = await execa(process.execPath, ['-e', 'console.log("child argv " + process.argv.length)']);
show(child.stdout, child.exitCode, child.failed);
show((await execa(process.execPath, ['-e', 'process.stdin.pipe(process.stdout)'], { input: 'piped input' })).stdout);
const failed = await execa(process.execPath, ['-e', 'console.error("oops"); process.exit(3)'], { reject: false });
show(failed.exitCode, failed.failed, failed.stderr, failed.shortMessage.split('\n')[0].replace(process.execPath, 'RUNTIME'));
try {
  await execa(process.execPath, ['-e', 'process.exit(4)']);
} catch (e) {
  show('rejected with exit code', e.exitCode, e.constructor.name);
}
show(execaSync(process.execPath, ['-e', 'console.log(40 + 2)']).stdout);
const lines = [];
for await (const line of execa(process.execPath, ['-e', 'console.log("one\\ntwo\\nthree")'])) lines.push(line);
show(lines);
const piped = await execa(process.execPath, ['-e', 'console.log("upper me")'])
  .pipe(process.execPath, ['-e', 'process.stdin.setEncoding("utf8").on("data", (d) => process.stdout.write(d.toUpperCase()))']);
show(piped.stdout);
const viaNode = await execaNode({ nodePath: process.execPath })`${new URL('./esm-child.mjs', import.meta.url).pathname} arg1`;
show(viaNode.stdout);

// uuid through "exports" conditions.
show(validate(v4()), v5('hello', v5.URL), NIL, uuidVersion(NIL));
show(import.meta.resolve('uuid').replace(/.*node_modules/, ''), require.resolve('uuid').replace(/.*node_modules/, ''));
show(typeof require('uuid').v4, Object.keys(uuidNs).length > 5);
show(JSON.parse(readFileSync(new URL('./node_modules/uuid/package.json', import.meta.url), 'utf8')).version.split('.')[0]);

console.log(out.join('\n'));
