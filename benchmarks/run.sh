#!/usr/bin/env bash
# Measures the suite on this machine and writes benchmarks/RESULTS.md and results.svg.
# Not part of the test gate (about 35 minutes; needs the machine to itself).
#   benchmarks/run.sh                 # everything, 5 rounds of 10 s per pair
#   BENCH_ROUNDS=3 BENCH_SECONDS=5 benchmarks/run.sh   # a quicker, noisier look
#   BENCH_ONLY=create,gateway benchmarks/run.sh        # some sections only, written to
#     benchmarks/target/RESULTS.md (startup, create, gateway, hotline, outbox, portal, pages)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null || ! command -v pgbench >/dev/null; then
  # Debian's packages: wrk, and pgbench (in postgresql-contrib on Debian 12).
  apt-get update -q && apt-get install -y -q wrk postgresql-contrib
fi
if [ "$(nproc)" -lt 2 ]; then
  echo "Two cores are needed: the services on one, the load on the other." >&2
  exit 1
fi
./mvnw -q -B install -DskipTests
# The services run on the JDK ./run.sh runs them on (the newest 21+, else this one), as it does.
java_home=$(tools/jdk-home.sh 21 || dirname "$(dirname "$(readlink -f "$(command -v java)")")")
# The harness (and so PostgreSQL, wrk and pgbench, which it starts) on core 1; it starts the
# services on core 0.
exec taskset -c 1 ./mvnw -q -B -pl benchmarks/harness exec:java \
  -Dbench.rounds="${BENCH_ROUNDS:-5}" -Dbench.seconds="${BENCH_SECONDS:-10}" -Dbench.warmup="${BENCH_WARMUP:-30}" \
  -Dbench.only="${BENCH_ONLY:-}" -Dbench.java-home="$java_home"
