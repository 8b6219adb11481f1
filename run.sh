#!/usr/bin/env bash
# Runs Puente locally on 127.0.0.1 with nothing but a JDK: builds what is missing, then starts
# the embedded PostgreSQL, Keycloak and the services. ./run.sh --help for options.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v java >/dev/null 2>&1; then
  echo "Java is not installed: install a JDK 17 or newer (e.g. apt-get install openjdk-17-jdk)." >&2
  exit 1
fi

case "${1:-}" in
  -h|--help) ;;
  *)
    missing=""
    for jar in local-stack/target/local-stack.jar training-service/target/quarkus-app/quarkus-run.jar \
               deportation-service/target/quarkus-app/quarkus-run.jar funding-service/target/quarkus-app/quarkus-run.jar \
               gateway/target/quarkus-app/quarkus-run.jar; do
      [ -f "$jar" ] || missing="$jar"
    done
    if [ -n "$missing" ]; then
      echo "Building (first run only; later runs start at once)..."
      ./mvnw -q -DskipTests package
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
