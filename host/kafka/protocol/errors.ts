// Typed errors for the Kafka wire-protocol codec. Every failure while decoding untrusted bytes or
// encoding a message surfaces as a KafkaProtocolError naming the message, the version and the field,
// so a broker can answer (or drop the connection) without guessing what went wrong.

export type KafkaProtocolErrorCode =
  /** The bytes end before the field does. */
  | 'truncated'
  /** A length, count or size is larger than a configured limit. */
  | 'limit'
  /** The bytes are malformed: a negative length, a null for a non-nullable field, a bad varint. */
  | 'invalid'
  /** The api version is outside the message's validVersions. */
  | 'unsupported_version'
  /** The api key is not one this codec knows. */
  | 'unknown_api'
  /** A value cannot be written: out of range, wrong type, or non-default in a version that lacks it. */
  | 'unencodable'

export class KafkaProtocolError extends Error {
  override readonly name = 'KafkaProtocolError'
  readonly code: KafkaProtocolErrorCode
  /** Message type, e.g. `MetadataRequest`, or '' when the reader/writer was used outside a message. */
  readonly messageName: string
  /** Api version being read or written, or -1 when unknown. */
  readonly version: number
  /** Field path in Kafka's JSON names, e.g. `MetadataRequestTopic.Name`. */
  readonly field: string

  constructor(code: KafkaProtocolErrorCode, messageName: string, version: number, field: string, detail: string) {
    const where = messageName === '' ? field : `${messageName} v${version}${field === '' ? '' : ` field ${field}`}`
    super(`${where}: ${detail}`)
    this.code = code
    this.messageName = messageName
    this.version = version
    this.field = field
  }
}
