'use strict';
// node:v8 on JavaScriptCore: heap numbers in V8's shape (estimates),
// serialize/deserialize in V8's wire format, and the V8-only parts throwing
// ERR_NOT_IMPLEMENTED rather than pretending.
const assert = require('assert');
const v8 = require('v8');
const { spawnSync } = require('child_process');

const stats = v8.getHeapStatistics();
for (const k of ['total_heap_size', 'total_heap_size_executable', 'total_physical_size', 'total_available_size',
  'used_heap_size', 'heap_size_limit', 'malloced_memory', 'peak_malloced_memory', 'does_zap_garbage',
  'number_of_native_contexts', 'number_of_detached_contexts', 'total_global_handles_size',
  'used_global_handles_size', 'external_memory']) {
  assert.strictEqual(typeof stats[k], 'number', k);
  assert.ok(stats[k] >= 0, k);
}
assert.ok(stats.used_heap_size > 0 && stats.used_heap_size <= stats.total_heap_size);
assert.ok(stats.heap_size_limit > stats.used_heap_size);
// --max-old-space-size sets the limit as in V8 (plus 48 MiB of young generation).
const r = spawnSync(process.execPath, ['--max-old-space-size=100', '-p', 'require("v8").getHeapStatistics().heap_size_limit'],
  { encoding: 'utf8' });
assert.strictEqual(r.stdout.trim(), String((100 + 48) * 1024 * 1024));

const spaces = v8.getHeapSpaceStatistics();
assert.ok(spaces.some((s) => s.space_name === 'old_space' && s.space_used_size > 0));
for (const s of spaces) {
  assert.deepStrictEqual(Object.keys(s), ['space_name', 'space_size', 'space_used_size', 'space_available_size',
    'physical_space_size']);
}
assert.deepStrictEqual(Object.keys(v8.getHeapCodeStatistics()), ['code_and_metadata_size',
  'bytecode_and_metadata_size', 'external_script_source_size', 'cpu_profiler_metadata_size']);
assert.strictEqual(typeof v8.cachedDataVersionTag(), 'number');
assert.strictEqual(v8.cachedDataVersionTag(), v8.cachedDataVersionTag());

// The bytes node writes for these values.
const cases = [[{ a: 1 }, 'ff0f6f22016149027b01'], [[1, 'x'], 'ff0f41024902220178240002'], ['é', 'ff0f2201e9'],
  [10n, 'ff0f5a100a00000000000000'], [new Map([[1, 2]]), 'ff0f3b490249043a02']];
for (const [value, hex] of cases) {
  assert.strictEqual(v8.serialize(value).toString('hex'), hex);
  assert.deepStrictEqual(v8.deserialize(Buffer.from(hex, 'hex')), value);
}
const nested = { list: [1, 2.5, 'three', null, undefined, true], when: new Date(0), re: /x/gi, set: new Set([1]) };
assert.deepStrictEqual(v8.deserialize(v8.serialize(nested)), nested);
assert.throws(() => v8.serialize(() => {}), /could not be cloned/);

assert.throws(() => v8.setFlagsFromString(1), { code: 'ERR_INVALID_ARG_TYPE' });
v8.setFlagsFromString('--allow-natives-syntax');
assert.throws(() => v8.setHeapSnapshotNearHeapLimit(0), { code: 'ERR_OUT_OF_RANGE' });
v8.takeCoverage();
v8.stopCoverage();
assert.ok(!v8.startupSnapshot.isBuildingSnapshot());
assert.throws(() => v8.startupSnapshot.addSerializeCallback(() => {}), {
  code: 'ERR_NOT_BUILDING_SNAPSHOT',
  message: 'Operation cannot be invoked when not building startup snapshot',
});

if (process.versions.lode) {
  assert.throws(() => new v8.Serializer(), { code: 'ERR_NOT_IMPLEMENTED' });
  assert.throws(() => v8.getHeapSnapshot(), { code: 'ERR_NOT_IMPLEMENTED' });
}

// deserialize() takes views only, and data with V8's version header.
for (const bad of ['hex', 5, undefined, new ArrayBuffer(2)]) {
  assert.throws(() => v8.deserialize(bad), { name: 'TypeError', code: 'ERR_INVALID_ARG_TYPE',
    message: 'buffer must be a TypedArray or a DataView' });
}
for (const bad of [Buffer.alloc(0), new Uint8Array([1, 2]), Buffer.from([0xff, 0x7f, 0x30])]) {
  assert.throws(() => v8.deserialize(bad),
    { message: 'Unable to deserialize cloned data due to invalid or unsupported version.' });
}
