#!/bin/sh
# Prints the home of a JDK of at least the given major version (default 21): JAVA_HOME if it is
# one, else the newest under /usr/lib/jvm; prints nothing (exit 1) when there is none.
# ./run.sh runs Keycloak and the services on it; benchmarks/run.sh the services.
want="${1:-21}"
best=""
best_major=0
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -f "$candidate/release" ] || continue
  major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release")
  [ -n "$major" ] && [ "$major" -ge "$want" ] || continue
  if [ "$candidate" = "${JAVA_HOME:-}" ]; then
    echo "$candidate"
    exit 0
  fi
  if [ "$major" -gt "$best_major" ]; then best="$candidate"; best_major="$major"; fi
done
[ -n "$best" ] && echo "$best"
