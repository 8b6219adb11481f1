#!/usr/bin/env bash
# Runs Puente locally on 127.0.0.1 with nothing but a JDK, as three deployments (PA-SNM, US-DHS,
# US-DOS), each with its gateway and the service it owns: builds when the jars are missing or
# older than the sources, then starts the embedded PostgreSQL, Keycloak with the three agencies'
# realms, the services and the gateways. ./run.sh --help for options. tools/preflight.sh checks
# first what it needs (java, a JDK 21+ for Keycloak, free ports) and names every problem at once.
set -euo pipefail
cd "$(dirname "$0")"

usage() {
  cat <<'EOF'
Usage: ./run.sh [--reset] [--infra] [--help]

Starts Puente on 127.0.0.1 as three sovereign deployments, one per agency, each with
its own realm, gateway and portal, and the service it owns:

  PA-SNM  portal and API http://127.0.0.1:8080  deportation-service 8082  realm pa-snm
  US-DHS  portal and API http://127.0.0.1:8090  training-service    8081  realm us-dhs
  US-DOS  portal and API http://127.0.0.1:8100  funding-service     8083  realm us-dos

A deployment reaches a partner's service only through the partner's gateway. They share
one Keycloak (port 8180, management 9180, the three realms, data in .run/keycloak; needs a
JDK 21+) and one embedded PostgreSQL (port 15432, databases training, removals, funding,
data in .run/postgres). Demo data is loaded through each owning deployment's API by its
own agency's users (password demo). Logs are in .run/logs/. Ctrl-C stops everything.

First tools/preflight.sh run checks java 17+, a JDK 21+ and the ports; then it builds
when a jar is missing or a POM or main source of a module it is built from is newer.
Heaps: gateways 192m, services 256m, Keycloak 512m.

  --reset   delete .run (databases, Keycloak's data, logs) and start clean
  --infra   start only PostgreSQL (15432; dev databases training_dev, removals_dev,
            funding_dev) and Keycloak (8180, 9180), for live coding:
            ./mvnw quarkus:dev -pl training-service (18081), deportation-service
            (18082) or funding-service (18083)
  --help    this text

While it runs, one part can be stopped and started again (a partner away):
  echo stop  > .run/control/us-dos-gateway
  echo start > .run/control/us-dos-gateway
Parts: pa-snm-gateway, us-dhs-gateway, us-dos-gateway, deportation-service,
training-service, funding-service.
EOF
}
infra=""
for arg in "$@"; do
  case "$arg" in
    -h | --help)
      usage
      exit 0
      ;;
    --infra) infra=--infra ;;
    --reset) ;;
    *)
      echo "Unknown option $arg" >&2
      usage >&2
      exit 2
      ;;
  esac
done

tools/preflight.sh run $infra

# Builds when a jar is missing, or when a POM or main source of any module the started jars are
# built from is newer than the oldest jar: never runs stale code. The modules are every top-level
# one with main sources but those that hold only tests, benchmarks, manifests or documents.
# --infra starts no service nor gateway, only the launcher, which is built from none of
# training-service, funding-service and gateway: editing them in dev mode rebuilds nothing here.
parts=local-stack
jars=(local-stack/target/local-stack.jar)
if [ -z "$infra" ]; then
  for module in gateway training-service deportation-service funding-service; do
    parts+=",$module"
    jars+=("$module/target/quarkus-app/quarkus-run.jar")
  done
fi
modules=()
for dir in */; do
  dir=${dir%/}
  case "$dir" in test-support | benchmarks | e2e | integration | k8s | openapi) continue ;; esac
  case "$infra/$dir" in --infra/training-service | --infra/funding-service | --infra/gateway) continue ;; esac
  [ -d "$dir/src/main" ] && modules+=("$dir/pom.xml" "$dir/src/main")
done
why=""
for jar in "${jars[@]}"; do
  [ -f "$jar" ] || why="$jar is missing"
done
if [ -z "$why" ]; then
  # shellcheck disable=SC2012
  oldest=$(ls -tr "${jars[@]}" | head -n 1)
  changed=$(find pom.xml "${modules[@]}" -newer "$oldest" -type f -print 2>/dev/null | head -n 1)
  [ -z "$changed" ] || why="$changed is newer than $oldest"
fi
if [ -n "$why" ]; then
  # Only what runs: no tests compiled, no format check, no second preflight (./mvnw verify does
  # all three).
  echo "Building the parts it starts, as $why..."
  ./mvnw -q -Dmaven.test.skip=true -Dspotless.check.skip=true -Dpreflight.skip=true \
    -pl "$parts" -am package
  # Maven leaves a jar it did not need to rewrite with its old time: after a build all are current.
  touch "${jars[@]}"
fi

# Keycloak needs a JDK 21 or newer: JAVA_HOME if it is one, else the newest under /usr/lib/jvm. The
# services run on it too, with its start-up cache (tools/service-java.sh).
KEYCLOAK_JAVA_HOME=$(tools/jdk-home.sh 21 || true)
export KEYCLOAK_JAVA_HOME

exec java -jar local-stack/target/local-stack.jar "$@"
