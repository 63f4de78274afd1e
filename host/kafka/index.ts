// The Kafka-compatible broker: start it over an engine with startKafkaBroker (or new KafkaBroker).
export { KafkaBroker, type KafkaBrokerOptions } from './broker.js'
export { startKafkaBroker, type StartedKafkaBroker } from './start.js'
export { ErrorCode } from './error-codes.js'
export { TOPIC_CONFIG_DEFINITIONS } from './topic-configs.js'
export { TopicAdminError } from './topic-admin.js'
