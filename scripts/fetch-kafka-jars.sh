#!/usr/bin/env bash
# Fetches org.apache.kafka:kafka-clients and the libraries its compression codecs need (lz4-java,
# snappy-java, zstd-jni, slf4j-api) from Maven Central into .tmp/kafka-jars/ (git-ignored), for the
# record-batch interoperability tests (tests/record-batch.test.ts) and the fixture generator
# (tests/fixtures/kafka-batches/Generate.java). Idempotent: does nothing when the jars are already there.
#
# Usage: scripts/fetch-kafka-jars.sh [output-dir]     (needs mvn and a JDK >= 11)
set -euo pipefail
cd "$(dirname "$0")/.."

kafka_clients_version="${KAFKA_CLIENTS_VERSION:-4.1.1}"
out_dir="${1:-.tmp/kafka-jars}"
mkdir -p "$out_dir"
out_dir="$(cd "$out_dir" && pwd)"

if [ -f "$out_dir/kafka-clients-$kafka_clients_version.jar" ] && ls "$out_dir"/zstd-jni-*.jar "$out_dir"/snappy-java-*.jar "$out_dir"/lz4-java-*.jar >/dev/null 2>&1; then
  exit 0
fi

work_dir="$(mktemp -d)"
trap 'rm -rf "$work_dir"' EXIT
# kafka-clients declares its codecs as runtime dependencies, so copying its dependency tree brings them.
cat >"$work_dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>sluice</groupId>
  <artifactId>kafka-jars</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka-clients</artifactId>
      <version>$kafka_clients_version</version>
    </dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$work_dir/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$out_dir"
ls "$out_dir"
