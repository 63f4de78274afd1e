// What the broker logs through: the part of pino's Logger it uses (a pino logger fits as it is).

export interface KafkaLog {
  debug(fields: object, message: string): void
  info(fields: object, message: string): void
  error(fields: object, message: string): void
}

const ignore = (): void => {}
export const silentLog: KafkaLog = { debug: ignore, info: ignore, error: ignore }
