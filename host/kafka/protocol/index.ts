// Kafka wire-protocol codec: primitives (Reader, Writer), shared helpers, the codecs generated from
// Apache Kafka's message definitions (generated/, by scripts/generate-kafka-protocol.mjs) and framing.

export * from './errors.js'
export * from './reader.js'
export * from './writer.js'
export * from './codec.js'
export * from './frame.js'
export * from './generated/index.js'
