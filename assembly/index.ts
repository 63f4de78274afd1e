// The one wasm module of Sluice. Every export is a pure function over pointers into the shared memory the
// host lays out (see host/memory/layout.ts): nothing here allocates, because the AssemblyScript allocator
// is per instance and every worker instantiates this module over the same memory.
export { heapBase } from './base'
export * from './crc32c'
export * from './ring'
export * from './mpmc'
export * from './window'
export * from './batch-scan'
export * from './frame'
