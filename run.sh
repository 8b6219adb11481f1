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

# Builds when a jar is missing, or when a source that goes into it (its module's main sources and
# POM, those of the modules it uses, the parent POM) is newer than the jar: never runs stale code.
# After a build every jar counts as current (Maven leaves a jar it did not need to rewrite with
# its old time).
stale() { # jar, then the sources that go into it; prints why it is stale
  local jar=$1 changed
  shift
  if [ ! -f "$jar" ]; then
    echo "$jar is missing"
    return
  fi
  changed=$( (find "$@" -newer "$jar" -type f -print 2>/dev/null || true) | head -n 1)
  [ -z "$changed" ] || echo "$changed is newer than $jar"
}
app() { echo "$1/target/quarkus-app/quarkus-run.jar"; }
trust="trust/pom.xml trust/src/main"
common="pom.xml common/pom.xml common/src/main $trust"
funding_client="funding-client/pom.xml funding-client/src/main"
case "${1:-}" in
  -h|--help) ;;
  *)
    # shellcheck disable=SC2086
    why=$(stale local-stack/target/local-stack.jar pom.xml local-stack/pom.xml local-stack/src/main \
      deportation-service/src/main)
    # shellcheck disable=SC2086
    [ -n "$why" ] || why=$(stale "$(app gateway)" pom.xml $trust gateway/pom.xml gateway/src/main)
    # shellcheck disable=SC2086
    [ -n "$why" ] || why=$(stale "$(app funding-service)" $common funding-service/pom.xml funding-service/src/main)
    for service in training-service deportation-service; do
      # shellcheck disable=SC2086
      [ -n "$why" ] || why=$(stale "$(app $service)" $common $funding_client $service/pom.xml $service/src/main)
    done
    if [ -n "$why" ]; then
      # Only what runs: no tests compiled, no format check (./mvnw verify does both).
      echo "Building the parts it starts, as $why..."
      ./mvnw -q -Dmaven.test.skip=true -Dspotless.check.skip=true \
        -pl local-stack,gateway,training-service,deportation-service,funding-service -am package
      touch local-stack/target/local-stack.jar "$(app gateway)" "$(app training-service)" \
        "$(app deportation-service)" "$(app funding-service)"
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
