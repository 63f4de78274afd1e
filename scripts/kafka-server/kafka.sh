#!/usr/bin/env bash
# Runs Apache Kafka (fetched from Maven Central by scripts/kafka-server/fetch.sh) as a single-node KRaft
# broker+controller ("combined mode") on 127.0.0.1, the peer of bench/kafka-peer.bench.mjs.
#
#   kafka.sh prepare <dir> <port> <controller-port>   write <dir>/server.properties and log4j2.properties,
#                                                     format <dir>/data (kafka.tools.StorageTool format)
#   kafka.sh start <dir>                              exec the broker (java ... kafka.Kafka); logs in <dir>/server.log
#
# The JVM options are those of the distribution's kafka-server-start.sh / kafka-run-class.sh (1 GiB heap,
# G1, 20 ms pause target); KAFKA_HEAP_OPTS and KAFKA_JVM_PERFORMANCE_OPTS override them as there.
# KAFKA_VERSION picks the version (default: fetch.sh's). Needs a JDK >= 17 (JAVA, else java on PATH).
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
cp_dir="$repo/$(bash "$repo/scripts/kafka-server/fetch.sh" | tail -n 1)"
java="${JAVA:-java}"
heap_opts="${KAFKA_HEAP_OPTS:--Xmx1G -Xms1G}"
perf_opts="${KAFKA_JVM_PERFORMANCE_OPTS:--server -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -XX:InitiatingHeapOccupancyPercent=35 -XX:+ExplicitGCInvokesConcurrent -XX:MaxInlineLevel=15 -Djava.awt.headless=true}"

usage() { sed -n '2,12p' "$0" >&2; exit 2; }

case "${1:-}" in
  prepare)
    [ $# -eq 4 ] || usage
    dir="$(mkdir -p "$2" && cd "$2" && pwd)"; port="$3"; cport="$4"
    mkdir -p "$dir/data"
    cat >"$dir/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$cport
listeners=PLAINTEXT://127.0.0.1:$port,CONTROLLER://127.0.0.1:$cport
advertised.listeners=PLAINTEXT://127.0.0.1:$port
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$dir/data
num.partitions=1
default.replication.factor=1
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
PROPS
    cat >"$dir/log4j2.properties" <<LOG
status = warn
appender.file.type = File
appender.file.name = FILE
appender.file.fileName = $dir/server.log
appender.file.layout.type = PatternLayout
appender.file.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = INFO
rootLogger.appenderRef.file.ref = FILE
LOG
    # A cluster id is 16 random bytes in unpadded URL-safe base64 (what `StorageTool random-uuid` prints).
    cluster_id="$(head -c 16 /dev/urandom | base64 | tr '+/' '-_' | tr -d '=\n')"
    # shellcheck disable=SC2086
    "$java" -Xmx256M -Dlog4j2.configurationFile="$dir/log4j2.properties" -cp "$cp_dir/*" \
      kafka.tools.StorageTool format -t "$cluster_id" -c "$dir/server.properties" --ignore-formatted >&2
    ;;
  start)
    [ $# -eq 2 ] || usage
    dir="$(cd "$2" && pwd)"
    # shellcheck disable=SC2086
    exec "$java" $heap_opts $perf_opts -Dkafka.logs.dir="$dir" -Dlog4j2.configurationFile="$dir/log4j2.properties" \
      -cp "$cp_dir/*" kafka.Kafka "$dir/server.properties"
    ;;
  *) usage ;;
esac
