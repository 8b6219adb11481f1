#!/usr/bin/env bash
# Runs Puente locally on 127.0.0.1 with nothing but a JDK, as three deployments (PA-SNM, US-DHS,
# US-DOS), each with its gateway and the service it owns: builds when the jars are missing or
# older than the sources, then starts the embedded PostgreSQL, Keycloak with the three agencies'
# realms, the services and the gateways. ./run.sh --help for options.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "Java is not installed: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk)." >&2
  exit 1
fi

# Builds when a jar is missing, or when a source that goes into them (the main sources and POMs of
# the modules below) is newer than the oldest jar: never runs stale code. After a build every jar counts
# as current (Maven leaves a jar it did not need to rewrite with its old time).
jars="local-stack/target/local-stack.jar training-service/target/quarkus-app/quarkus-run.jar
  deportation-service/target/quarkus-app/quarkus-run.jar funding-service/target/quarkus-app/quarkus-run.jar
  gateway/target/quarkus-app/quarkus-run.jar"
case "${1:-}" in
  -h|--help) ;;
  *)
    why=""
    for jar in $jars; do
      [ -f "$jar" ] || why="$jar is missing"
    done
    if [ -z "$why" ]; then
      # shellcheck disable=SC2086
      oldest=$(ls -t $jars | tail -n 1)
      sources="pom.xml"
      for module in common funding-client training-service deportation-service funding-service gateway local-stack; do
        sources="$sources $module/pom.xml $module/src/main"
      done
      # shellcheck disable=SC2086
      changed=$( (find $sources -newer "$oldest" -type f -print 2>/dev/null || true) | head -n 1)
      [ -z "$changed" ] || why="$changed changed since the last build"
    fi
    if [ -n "$why" ]; then
      # Only what runs: no tests compiled, no format check (./mvnw verify does both).
      echo "Building the parts it starts, as $why..."
      ./mvnw -q -Dmaven.test.skip=true -Dspotless.check.skip=true \
        -pl local-stack,gateway,training-service,deportation-service,funding-service -am package
      # shellcheck disable=SC2086
      touch $jars
    fi
    ;;
esac

# Keycloak needs a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm.
jdk_major() { sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$1/release" 2>/dev/null; }
KEYCLOAK_JAVA_HOME=""
for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
  [ -n "$candidate" ] && [ -f "$candidate/release" ] || continue
  major=$(jdk_major "$candidate")
  if [ -n "$major" ] && [ "$major" -ge 21 ]; then KEYCLOAK_JAVA_HOME="$candidate"; break; fi
done
export KEYCLOAK_JAVA_HOME

exec java -jar local-stack/target/local-stack.jar "$@"
