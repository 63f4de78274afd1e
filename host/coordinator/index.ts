// Consumer groups, committed offsets and idempotent producer state for the Kafka broker (docs/groups.md).
// The broker decodes requests with the generated codec, calls these, and encodes what they return.

export * from './clock.js'
export * from './errors.js'
export * from './records.js'
export * from './offset-store.js'
export * from './group-coordinator.js'
export * from './producer-state.js'
