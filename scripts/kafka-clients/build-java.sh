#!/usr/bin/env bash
# Compiles the Java test client (tests/fixtures/kafka-clients/java) against org.apache.kafka:kafka-clients
# and its codec jars, fetched from Maven Central by scripts/fetch-kafka-jars.sh into .tmp/kafka-jars.
# Output: .tmp/kafka-clients/java (classes). Idempotent; needs mvn and a JDK >= 11.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/fetch-kafka-jars.sh .tmp/kafka-jars >/dev/null
out=".tmp/kafka-clients/java"
mkdir -p "$out"
src="tests/fixtures/kafka-clients/java/ScenarioClient.java"
if [ ! -f "$out/ScenarioClient.class" ] || [ "$src" -nt "$out/ScenarioClient.class" ]; then
  javac -cp '.tmp/kafka-jars/*' -d "$out" "$src"
fi
echo "$out"
