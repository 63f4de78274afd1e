#!/usr/bin/env bash
# Compiles the Java test clients (tests/fixtures/kafka-clients/java/*.java) against org.apache.kafka:kafka-clients
# and its codec jars, fetched from Maven Central by scripts/fetch-kafka-jars.sh into .tmp/kafka-jars.
# Output: .tmp/kafka-clients/java (classes). Idempotent; needs mvn and a JDK >= 11.
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/fetch-kafka-jars.sh .tmp/kafka-jars >/dev/null
out=".tmp/kafka-clients/java"
mkdir -p "$out"
# Recompile when any source is newer than its class.
for src in tests/fixtures/kafka-clients/java/*.java; do
  class="$out/$(basename "$src" .java).class"
  if [ ! -f "$class" ] || [ "$src" -nt "$class" ]; then
    javac -cp '.tmp/kafka-jars/*' -d "$out" tests/fixtures/kafka-clients/java/*.java
    break
  fi
done
echo "$out"
