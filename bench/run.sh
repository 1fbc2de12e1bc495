#!/usr/bin/env bash
# Survey benchmark: starts a fresh MariaDB, Keycloak and the platform (nothing shared with
# ./run.sh), then prints submission throughput and latency against a trivial endpoint, dashboard
# query times at 1,000,000 samples over 1,000 shops, and QR encodes per second.
# Takes about 5 minutes on 2 cores. Environment: BENCH_SECONDS (per load phase, default 20),
# BENCH_CLIENTS (default 32), BENCH_SAMPLES (bulk-loaded samples, default 1000000).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q install -DskipTests
exec mvn -B -q -pl bench exec:exec
