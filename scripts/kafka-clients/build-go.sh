#!/usr/bin/env bash
# Builds the franz-go test client (tests/fixtures/kafka-clients/go) into .tmp/kafka-clients/franz-client.
# Modules come from the Go module proxy, pinned by go.sum. Idempotent; needs go >= the go.mod version.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=".tmp/kafka-clients"
mkdir -p "$out"
(cd tests/fixtures/kafka-clients/go && go build -o "../../../../$out/franz-client" .)
echo "$out/franz-client"
