'use strict';
// node:v8 on JavaScriptCore. The value serializer is V8's wire format
// (written in JS, shared with child_process's 'advanced' channel). Heap
// numbers have V8's shape; JSC's C API reports no heap sizes, so they are
// the same estimates as process.memoryUsage(), all in "old_space". What
// needs V8 itself (heap snapshots, promise hooks, startup snapshots being
// built, the Serializer classes) throws ERR_NOT_IMPLEMENTED.

const serialization = require('internal/child_process/serialization');
const { serialize } = serialization;
const { validateInt32, validateString } = require('internal/validators');
const { codes: { ERR_NOT_IMPLEMENTED, ERR_NOT_BUILDING_SNAPSHOT }, nativeError } = require('internal/errors');

const MiB = 1024 * 1024;

// V8's limit: the old generation's maximum (--max-old-space-size, else a
// quarter of the memory up to 4 GiB) plus 48 MiB of young generation.
function heapSizeLimit() {
  const flag = process._lodeOptions.maxOldSpaceSize;
  const old = flag > 0 ? flag * MiB : Math.min(Math.floor(require('os').totalmem() / 4), 4096 * MiB);
  return old + 48 * MiB;
}

function getHeapStatistics() {
  const m = process.memoryUsage();
  const limit = heapSizeLimit();
  return {
    total_heap_size: m.heapTotal,
    total_heap_size_executable: 0,
    total_physical_size: m.heapTotal,
    total_available_size: Math.max(0, limit - m.heapUsed),
    used_heap_size: m.heapUsed,
    heap_size_limit: limit,
    malloced_memory: 0,
    peak_malloced_memory: 0,
    does_zap_garbage: 0,
    number_of_native_contexts: 1,
    number_of_detached_contexts: 0,
    total_global_handles_size: 0,
    used_global_handles_size: 0,
    external_memory: m.external,
  };
}

const kSpaces = ['read_only_space', 'new_space', 'old_space', 'code_space', 'shared_space',
  'new_large_object_space', 'large_object_space', 'code_large_object_space', 'shared_large_object_space'];

function getHeapSpaceStatistics() {
  const m = process.memoryUsage();
  const limit = heapSizeLimit();
  return kSpaces.map((name) => {
    const old = name === 'old_space';
    return {
      space_name: name,
      space_size: old ? m.heapTotal : 0,
      space_used_size: old ? m.heapUsed : 0,
      space_available_size: old ? Math.max(0, limit - m.heapUsed) : 0,
      physical_space_size: old ? m.heapTotal : 0,
    };
  });
}

function getHeapCodeStatistics() {
  return {
    code_and_metadata_size: 0,
    bytecode_and_metadata_size: 0,
    external_script_source_size: 0,
    cpu_profiler_metadata_size: 0,
  };
}

// A number that changes with the engine (node's changes with V8's version
// and flags): code caches are never shared between the two.
function cachedDataVersionTag() {
  const text = `lode ${process.versions.lode} jsc ${process.versions.jsc}`;
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

// JSC takes no flags at run time; node accepts any string too.
function setFlagsFromString(flags) {
  validateString(flags, 'flags');
}

// Coverage is collected only with NODE_V8_COVERAGE, which lode does not
// support: as in node without it, these do nothing.
function takeCoverage() {}
function stopCoverage() {}

function setHeapSnapshotNearHeapLimit(limit) {
  validateInt32(limit, 'limit', 1);
}

function deserialize(buffer) {
  if (!ArrayBuffer.isView(buffer)) {
    throw nativeError(TypeError, 'ERR_INVALID_ARG_TYPE', 'buffer must be a TypedArray or a DataView');
  }
  return serialization.deserialize(buffer);
}

const notImplemented = (name) => function () {
  throw new ERR_NOT_IMPLEMENTED(`v8.${name}()`);
};
function notImplementedClass(name) {
  return class {
    constructor() { throw new ERR_NOT_IMPLEMENTED(`v8.${name}`); }
  };
}

const notBuilding = () => { throw new ERR_NOT_BUILDING_SNAPSHOT(); };
const startupSnapshot = {
  isBuildingSnapshot: () => false,
  addSerializeCallback: notBuilding,
  addDeserializeCallback: notBuilding,
  setDeserializeMainFunction: notBuilding,
};

module.exports = {
  cachedDataVersionTag,
  getHeapSnapshot: notImplemented('getHeapSnapshot'),
  getHeapStatistics,
  getHeapSpaceStatistics,
  getHeapCodeStatistics,
  setFlagsFromString,
  Serializer: notImplementedClass('Serializer'),
  Deserializer: notImplementedClass('Deserializer'),
  DefaultSerializer: notImplementedClass('DefaultSerializer'),
  DefaultDeserializer: notImplementedClass('DefaultDeserializer'),
  deserialize,
  takeCoverage,
  stopCoverage,
  serialize,
  writeHeapSnapshot: notImplemented('writeHeapSnapshot'),
  promiseHooks: {
    onInit: notImplemented('promiseHooks.onInit'),
    onSettled: notImplemented('promiseHooks.onSettled'),
    onBefore: notImplemented('promiseHooks.onBefore'),
    onAfter: notImplemented('promiseHooks.onAfter'),
    createHook: notImplemented('promiseHooks.createHook'),
  },
  queryObjects: notImplemented('queryObjects'),
  startupSnapshot,
  setHeapSnapshotNearHeapLimit,
  GCProfiler: notImplementedClass('GCProfiler'),
};
