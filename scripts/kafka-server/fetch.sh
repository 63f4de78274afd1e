#!/usr/bin/env bash
# Fetches Apache Kafka's broker (org.apache.kafka:kafka_2.13 and its runtime dependency tree: kafka-server,
# kafka-storage, kafka-raft, kafka-metadata, the coordinators, scala-library, jackson, log4j2/slf4j, ...)
# from Maven Central into .tmp/kafka-server/<version>/ (git-ignored), as a flat classpath for
# scripts/kafka-server/kafka.sh. Idempotent: does nothing when the jars are already there.
#
# Usage: scripts/kafka-server/fetch.sh            (needs mvn and a JDK >= 17; KAFKA_VERSION overrides)
# Prints the classpath directory on its last line.
set -euo pipefail
cd "$(dirname "$0")/../.."

kafka_version="${KAFKA_VERSION:-4.1.1}"
log4j_version="${LOG4J_VERSION:-2.24.3}"  # the log4j-core kafka_2.13 4.1.1 brings
out_dir=".tmp/kafka-server/$kafka_version"
if [ -f "$out_dir/kafka_2.13-$kafka_version.jar" ] && [ -f "$out_dir/.complete" ]; then
  echo "$out_dir"
  exit 0
fi
mkdir -p "$out_dir"
work_dir=".tmp/kafka-server/pom-$kafka_version"
mkdir -p "$work_dir"
# kafka_2.13 (the broker, "core") declares the server modules, Scala and the logging backend it needs at
# run time; copying its runtime dependency tree gives a complete broker classpath.
cat >"$work_dir/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>sluice</groupId>
  <artifactId>kafka-server</artifactId>
  <version>0</version>
  <packaging>pom</packaging>
  <properties><log4j.version>$log4j_version</log4j.version></properties>
  <dependencies>
    <dependency>
      <groupId>org.apache.kafka</groupId>
      <artifactId>kafka_2.13</artifactId>
      <version>$kafka_version</version>
    </dependency>
    <!-- The broker logs through slf4j 1.7 to log4j2 (the distribution's libs/ carries this binding). -->
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-slf4j-impl</artifactId>
      <version>\${log4j.version}</version>
    </dependency>
  </dependencies>
</project>
POM
mvn -B -q -f "$work_dir/pom.xml" dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$(pwd)/$out_dir" >&2
touch "$out_dir/.complete"
echo "$out_dir"
