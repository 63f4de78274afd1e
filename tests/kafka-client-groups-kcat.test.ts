// Consumer groups with librdkafka through kcat in balanced-consumer mode (-G): auto-commit of the offsets
// of printed records, range assignor, SIGTERM to leave the group. The scenario:
// tests/fixtures/kafka-clients/group-scenario.ts. (Idempotent producing with librdkafka: kcat has no
// option to cut its stream mid-way usefully; the Java, franz-go and kafkajs tests cover it.)

import { describe, it } from 'vitest'
import { commandWorks, requireTool } from './fixtures/kafka-clients/harness.js'
import { runGroupScenario, groupBrokerSuite } from './fixtures/kafka-clients/group-scenario.js'

const available = requireTool('kcat', () => commandWorks('kcat', ['-V']), 'apt-get install -y kcat (see .ci/run)')

describe.skipIf(!available)('kcat (librdkafka) balanced consumer', () => {
  const s = groupBrokerSuite('sluice-kcat-groups-')

  it('three consumers share six partitions, survive a killed member and a broker restart', async () => {
    s.b = await runGroupScenario(s.b, s.dataDir, 'kcat', (bootstrap, topic, group) => ({
      command: 'kcat',
      args: [
        '-b', bootstrap, '-G', group, '-q', '-u',
        '-X', 'auto.offset.reset=earliest',
        '-X', 'enable.auto.commit=true',
        '-X', 'auto.commit.interval.ms=200',
        '-X', 'session.timeout.ms=6000',
        '-X', 'heartbeat.interval.ms=500',
        '-X', 'partition.assignment.strategy=range',
        '-f', '{"r":[[%p,%o,"%s"]]}\\n',
        topic,
      ],
      stop: 'SIGTERM',
    }))
  }, 240_000)
})
